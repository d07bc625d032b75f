// SPDX-License-Identifier: Apache-2.0
// The structure the code keeps (docs/ARCHITECTURE.md, "Layers" and "Folders"; issue #15's application layer):
// the logic (src/platform and each module's logic under src/modules) depends on no window, its units depend
// on each other one way only, and a module's views reach another module's views only through the shell. A reaction of one
// capability to another's change is a domain event (platform/services/DomainEvents.h), not a call back into
// it. This reads the sources, so a new include that closes a cycle fails here, naming the files.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringEncoder>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString kSrc = QStringLiteral(GUARDLINE_SOURCE_DIR "/src");

QString read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

QStringList sourcesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(kSrc + u'/' + dir, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    std::sort(out.begin(), out.end());
    return out;
}

/// Whether a path under src/ is logic: the platform and the modules, except their views (modules/<x>/ui),
/// the 3D map (modules/map), and the report and work-ticket renderers (Qt Gui/Charts, used by the shells).
bool isLogic(const QString &rel)
{
    static const QRegularExpression view(u"^modules/(?:[^/]+/ui/|map/|reporting/render/|permits/ticket/)"_s);
    return (rel.startsWith(u"platform/"_s) || rel.startsWith(u"modules/"_s)) && !view.match(rel).hasMatch();
}

/// The logic's files (absolute paths).
QStringList logicFiles()
{
    QStringList out;
    for (const QString &path : sourcesUnder(u"platform"_s) + sourcesUnder(u"modules"_s))
        if (isLogic(path.mid(kSrc.size() + 1)))
            out << path;
    return out;
}

/// The project headers a file includes ("modules/permits/logic/PermitService.h").
QStringList projectIncludes(const QString &text)
{
    static const QRegularExpression inc(u"^\\s*#\\s*include\\s+\"([^\"]+)\""_s, QRegularExpression::MultilineOption);
    QStringList out;
    for (auto m = inc.globalMatch(text); m.hasNext();)
        out << m.next().captured(1);
    return out;
}

/// The unit a file belongs to: a header and its source are one unit (its path without the extension); a
/// source without a header of its own (PermitSignOffs.cpp) belongs to the class whose members it defines most.
QString unitOf(const QString &path, const QString &text, const QHash<QString, QString> &headerOfClass)
{
    const QString base = path.left(path.lastIndexOf(u'.'));
    if (path.endsWith(u".h"_s) || QFile::exists(base + u".h"_s))
        return base.mid(kSrc.size() + 1);
    static const QRegularExpression def(u"^[^\\s#/].*?\\b([A-Z]\\w*)::~?\\w+\\("_s, QRegularExpression::MultilineOption);
    QHash<QString, int> count;
    for (auto m = def.globalMatch(text); m.hasNext();)
        ++count[m.next().captured(1)];
    QString best;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        if (headerOfClass.contains(it.key()) && (best.isEmpty() || it.value() > count.value(best)))
            best = it.key();
    return best.isEmpty() ? base.mid(kSrc.size() + 1) : headerOfClass.value(best);
}

} // namespace

class TestArchitecture : public QObject {
    Q_OBJECT
private Q_SLOTS:
    /// The logic links Qt Core/Sql (and Qt Gui's images and PDF writer) only: no widget, no window, no view
    /// code. Besides itself it uses only src/print, a leaf library of Qt Gui text for PDFs. The site service
    /// links only the logic and the report renderer.
    void logicHasNoWindow()
    {
        const QStringList files = logicFiles();
        QVERIFY2(files.size() > 100, qPrintable(u"only %1 files of logic"_s.arg(files.size())));
        static const QRegularExpression widgets(u"^\\s*#\\s*include\\s*<(QtWidgets/|QWidget>|QApplication>|QMainWindow>|QDialog>|QOpenGL)"_s,
                                                QRegularExpression::MultilineOption);
        QStringList problems;
        for (const QString &path : files) {
            const QString text = read(path);
            for (const QString &inc : projectIncludes(text))
                if (!isLogic(inc))
                    problems << u"%1 includes \"%2\""_s.arg(path.mid(kSrc.size() + 1), inc);
            if (const auto m = widgets.match(text); m.hasMatch())
                problems << u"%1 includes <%2"_s.arg(path.mid(kSrc.size() + 1), m.captured(1));
        }
        for (const QString &path : sourcesUnder(u"server"_s))
            for (const QString &inc : projectIncludes(read(path)))
                if (!isLogic(inc) && !inc.startsWith(u"server/"_s) && !inc.startsWith(u"modules/reporting/render/"_s))
                    problems << u"%1 includes \"%2\""_s.arg(path.mid(kSrc.size() + 1), inc);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    /// The demo plant, its simulated sensors, its synthesized hazard photos and its site layout (with the
    /// mesh beside it) are a target of their own (src/demo, Guardline::Demo): no production library
    /// includes them or names the demo's resource folder, they use only the logic, and the site service's
    /// program carries none of their code or data (its symbols and resource names are looked for in the
    /// built guardline-server).
    void demoStaysOutOfProduction()
    {
        QVERIFY2(sourcesUnder(u"demo"_s).size() >= 10, "the demo's sources are not under src/demo");
        QStringList problems;
        // Everything but the command center's widgets (the shell and the modules' views may show the demo).
        static const QRegularExpression widgets(u"^modules/[^/]+/ui/"_s);
        QStringList production;
        for (const QString &dir : {u"platform"_s, u"modules"_s, u"server"_s, u"sdk"_s})
            for (const QString &path : sourcesUnder(dir))
                if (!widgets.match(path.mid(kSrc.size() + 1)).hasMatch())
                    production << path;
        QVERIFY(production.size() > 200);
        for (const QString &path : production) {
            const QString text = read(path);
            for (const QString &inc : projectIncludes(text))
                if (inc.startsWith(u"demo/"_s))
                    problems << u"%1 includes \"%2\""_s.arg(path.mid(kSrc.size() + 1), inc);
            if (text.contains(u":/guardline/demo"_s))
                problems << u"%1 reads the demo's resources (:/guardline/demo)"_s.arg(path.mid(kSrc.size() + 1));
        }
        for (const QString &path : sourcesUnder(u"demo"_s))
            for (const QString &inc : projectIncludes(read(path)))
                if (!isLogic(inc) && !inc.startsWith(u"demo/"_s))
                    problems << u"%1 includes \"%2\""_s.arg(path.mid(kSrc.size() + 1), inc);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        QFile server(QStringLiteral(GUARDLINE_BINARY_DIR "/bin/guardline-server"));
        QVERIFY2(server.open(QIODevice::ReadOnly), qPrintable(server.fileName() + u": "_s + server.errorString()));
        const QByteArray binary = server.readAll();
        QVERIFY(binary.contains("SiteEngine")); // the search does find the engine's own symbols
        for (const char *symbol : {"DemoTelemetry", "DemoPlant", "loadTelemetrySeed", "demoPhoto", "demoDefectRegion", "demoLayout"})
            QVERIFY2(!binary.contains(symbol), symbol);
        // The demo's data: its resource folder as code names it (a UTF-16 literal), and the names of its
        // files as rcc stores them (UTF-16, big-endian), or as plain text.
        for (const QString &name : {u":/guardline/demo"_s, u"plant-layout.json"_s, u"cooling-tower.obj"_s, u"hazard-scene.jpg"_s})
            for (const auto encoding : {QStringConverter::Latin1, QStringConverter::Utf16LE, QStringConverter::Utf16BE})
                QVERIFY2(!binary.contains(QByteArray(QStringEncoder(encoding).encode(name))), qPrintable(name));
    }

    /// Each capability is a room of its own (src/modules/<x>/{logic,ui}): the logic of every module is in
    /// its logic folder or a library folder beside it, and a module's views include another module's views
    /// only where one window opens or builds on another's (listed here with why); everything else goes through the shell
    /// (PanelHost, the data thread's snapshot) or the logic.
    void modulesKeepToTheirRooms()
    {
        const QStringList modules = QDir(kSrc + u"/modules"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &m : {u"admission"_s, u"dispatch"_s, u"hazards"_s, u"permits"_s, u"reporting"_s, u"site"_s,
                                 u"telemetry"_s, u"training"_s, u"video"_s, u"map"_s})
            QVERIFY2(modules.contains(m), qPrintable(m));
        // from (file) -> to (header), each a window of one module opening or following one of another
        const QSet<QString> allowed = {
            u"modules/telemetry/ui/TelemetryPanel.cpp -> modules/dispatch/ui/RosterEditor.h"_s, // On duty… opens the roster
            u"modules/telemetry/ui/RulesEditor.cpp -> modules/dispatch/ui/RosterEditor.h"_s,    // the rule's escalation names on-duty roles
            u"modules/telemetry/ui/AlarmPanel.cpp -> modules/dispatch/ui/DispatchActions.h"_s,  // an alarm is dispatched as an order
            u"modules/hazards/ui/EvidencePicker.cpp -> modules/video/ui/CameraWall.h"_s,        // a camera's still as the hazard's photo
            u"modules/permits/ui/AreaDrawView.h -> modules/site/ui/SitePlanView.h"_s,           // the work area is drawn on the site plan
        };
        static const QRegularExpression ui(u"^modules/([^/]+)/ui/"_s);
        QStringList problems;
        QSet<QString> seen;
        for (const QString &path : sourcesUnder(u"modules"_s)) {
            const QString rel = path.mid(kSrc.size() + 1);
            const auto from = ui.match(rel);
            if (!from.hasMatch())
                continue;
            for (const QString &inc : projectIncludes(read(path))) {
                const auto to = ui.match(inc);
                if (!to.hasMatch() || to.captured(1) == from.captured(1))
                    continue;
                const QString edge = rel + u" -> "_s + inc;
                seen.insert(edge);
                if (!allowed.contains(edge))
                    problems << edge;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"a module's view includes another module's view:\n"_s + problems.join(u'\n')));
        for (const QString &edge : allowed) // a listed reason that no longer holds is taken off the list
            QVERIFY2(seen.contains(edge), qPrintable(u"no longer included, take it off the list: "_s + edge));
        // Nothing of a module lies loose beside its folders.
        for (const QString &m : modules)
            for (const QString &f : QDir(kSrc + u"/modules/"_s + m).entryList({u"*.h"_s, u"*.cpp"_s}, QDir::Files))
                if (m != u"map"_s)
                    problems << u"modules/%1/%2 is in no folder of the module"_s.arg(m, f);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    /// No two units of the logic depend on each other, directly or through others.
    void logicDependsOneWay()
    {
        const QStringList files = logicFiles();
        QHash<QString, QString> text, headerOfClass;
        static const QRegularExpression cls(u"^(?:class|struct)\\s+(?:\\w+\\s+)?([A-Z]\\w*)\\b[^;]*$"_s, QRegularExpression::MultilineOption);
        for (const QString &path : files) {
            text[path] = read(path);
            if (path.endsWith(u".h"_s))
                for (auto m = cls.globalMatch(text[path]); m.hasNext();)
                    headerOfClass.insert(m.next().captured(1), path.mid(kSrc.size() + 1).chopped(2));
        }
        // unit → unit it includes → the file that does
        QHash<QString, QHash<QString, QString>> edges;
        for (const QString &path : files) {
            const QString from = unitOf(path, text[path], headerOfClass);
            for (const QString &inc : projectIncludes(text[path])) {
                const QString to = inc.chopped(2);
                if (inc.endsWith(u".h"_s) && to != from)
                    edges[from].insert(to, path.mid(kSrc.size() + 1));
            }
        }
        // Tarjan's strongly connected components: each with more than one unit is a cycle.
        QHash<QString, int> index, low;
        QStringList stack;
        QSet<QString> onStack;
        QList<QStringList> cycles;
        int next = 0;
        std::function<void(const QString &)> visit = [&](const QString &v) {
            index[v] = low[v] = next++;
            stack << v;
            onStack.insert(v);
            for (const QString &w : edges.value(v).keys()) {
                if (!index.contains(w)) {
                    visit(w);
                    low[v] = std::min(low[v], low[w]);
                } else if (onStack.contains(w)) {
                    low[v] = std::min(low[v], index[w]);
                }
            }
            if (low[v] == index[v]) {
                QStringList component;
                QString w;
                do {
                    w = stack.takeLast();
                    onStack.remove(w);
                    component << w;
                } while (w != v);
                if (component.size() > 1)
                    cycles << component;
            }
        };
        QStringList units = edges.keys();
        std::sort(units.begin(), units.end());
        for (const QString &u : units)
            if (!index.contains(u))
                visit(u);
        QStringList problems;
        for (QStringList c : cycles) {
            std::sort(c.begin(), c.end());
            QStringList why;
            for (const QString &a : c)
                for (const QString &b : c)
                    if (edges.value(a).contains(b))
                        why << u"  %1 -> %2 (%3)"_s.arg(a, b, edges.value(a).value(b));
            problems << u"units depending on each other: %1\n%2"_s.arg(c.join(u", "_s), why.join(u'\n'));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The check sees the dependencies it is about: the alarms reach the permits only through the event.
        QVERIFY(edges.value(u"modules/dispatch/logic/OperationsService"_s).contains(u"platform/services/DomainEvents"_s));
        QVERIFY(!edges.value(u"modules/dispatch/logic/OperationsService"_s).contains(u"modules/permits/logic/PermitService"_s));
        for (const QString &to : edges.value(u"platform/services/DomainEvents"_s).keys())
            QVERIFY2(to.startsWith(u"platform/"_s), qPrintable(to));
        QVERIFY(edges.value(u"modules/permits/logic/EventSubscriptions"_s).contains(u"modules/permits/logic/PermitReactions"_s));
        QVERIFY(edges.value(u"modules/permits/logic/PermitReactions"_s).contains(u"modules/permits/logic/PermitService"_s));
        QVERIFY(edges.value(u"modules/permits/logic/PermitService"_s).contains(u"modules/dispatch/logic/OperationsService"_s)); // PermitSignOffs.cpp
    }

    /// Each module's logic is a target of its own (src/modules/CMakeLists.txt, guardline_module_logic), on the
    /// platform and the modules it DEPENDS on, declared lowest first, so the modules depend on each other one way
    /// only. This reads those declarations and the sources: a module's logic includes only its own logic, the
    /// logic of the modules below it, and the library folders (Guardline::Site, ::Conflicts…) it or they link;
    /// the platform includes no module; every logic folder has its target; guardline-server links the engine's
    /// logic, never Guardline::Core (every module), the widgets or the demo. The same for the views: each module's
    /// ui folder is Guardline::<Module>Ui, declared in src/shell/CMakeLists.txt on the workstation layer.
    void moduleTargetsDependOneWay()
    {
        const QString modulesCMake = read(kSrc + u"/modules/CMakeLists.txt"_s);
        // Library folders by alias: "Guardline::Conflicts" -> "modules/permits/simops".
        QHash<QString, QString> folderOfLib;
        static const QRegularExpression alias(u"ALIAS\\s+(Guardline::\\w+)"_s);
        QDirIterator libs(kSrc + u"/modules"_s, {u"CMakeLists.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (libs.hasNext()) {
            const QString path = libs.next();
            const QString folder = QFileInfo(path).path().mid(kSrc.size() + 1);
            for (auto m = alias.globalMatch(read(path)); m.hasNext();)
                folderOfLib.insert(m.next().captured(1), folder);
        }
        QVERIFY2(folderOfLib.value(u"Guardline::Conflicts"_s) == u"modules/permits/simops"_s, "the library folders are not found");
        // module -> the folders it may include (its logic, its dependencies' logic and libraries, its libraries)
        static const QRegularExpression call(u"^guardline_module_logic\\(([a-z]+)([^)]*)\\)"_s, QRegularExpression::MultilineOption);
        QHash<QString, QSet<QString>> reach;
        QStringList declared;
        for (auto m = call.globalMatch(modulesCMake); m.hasNext();) {
            const auto c = m.next();
            const QString module = c.captured(1);
            QSet<QString> folders{u"modules/%1/logic"_s.arg(module)};
            QString section;
            for (const QString &word : c.captured(2).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
                if (word == u"DEPENDS"_s || word == u"LIBS"_s) {
                    section = word;
                } else if (section == u"DEPENDS"_s) {
                    QVERIFY2(declared.contains(word), qPrintable(u"%1 depends on %2, declared after it or not at all"_s.arg(module, word)));
                    folders.unite(reach.value(word));
                } else if (section == u"LIBS"_s && word.startsWith(u"Guardline::"_s)) {
                    QVERIFY2(folderOfLib.contains(word), qPrintable(u"%1 links %2, a library of no module folder"_s.arg(module, word)));
                    folders.insert(folderOfLib.value(word));
                }
            }
            reach.insert(module, folders);
            declared << module;
        }
        QVERIFY2(declared.size() >= 10, qPrintable(declared.join(u", "_s)));
        QStringList problems;
        for (const QString &m : QDir(kSrc + u"/modules"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (QDir(kSrc + u"/modules/"_s + m + u"/logic"_s).exists() && !declared.contains(m))
                problems << u"modules/%1/logic has no guardline_module_logic target"_s.arg(m);
        static const QRegularExpression logicFile(u"^modules/([a-z]+)/logic/"_s);
        static const QRegularExpression folderOf(u"^(modules/[a-z]+/[a-z0-9]+)/"_s);
        for (const QString &path : logicFiles()) {
            const QString rel = path.mid(kSrc.size() + 1);
            const bool platform = rel.startsWith(u"platform/"_s);
            const auto lm = logicFile.match(rel);
            if (!platform && !lm.hasMatch())
                continue; // a library folder: its own CMake target says what it links
            for (const QString &inc : projectIncludes(read(path))) {
                const auto f = folderOf.match(inc);
                if (!f.hasMatch())
                    continue;
                if (platform)
                    problems << u"%1 (platform) includes the module header \"%2\""_s.arg(rel, inc);
                else if (!reach.value(lm.captured(1)).contains(f.captured(1)))
                    problems << u"%1 includes \"%2\": module %3 does not depend on %4 (src/modules/CMakeLists.txt)"_s.arg(
                        rel, inc, lm.captured(1), f.captured(1));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The check sees what it is about: dispatch is below permits, so permits may raise alarms, not the reverse.
        QVERIFY(reach.value(u"permits"_s).contains(u"modules/dispatch/logic"_s));
        QVERIFY(!reach.value(u"dispatch"_s).contains(u"modules/permits/logic"_s));
        QVERIFY(reach.value(u"engine"_s).contains(u"modules/telemetry/rules"_s));

        // The views: each module's ui is a target (src/shell/CMakeLists.txt, guardline_module_ui) on the workstation
        // layer; it includes another module's views only when its DEPENDS name them, and never the frame.
        const QString shellCMake = read(kSrc + u"/shell/CMakeLists.txt"_s);
        static const QRegularExpression uiCall(u"^guardline_module_ui\\(([a-z]+)([^)]*)\\)"_s, QRegularExpression::MultilineOption);
        QHash<QString, QSet<QString>> uiReach;
        for (auto m = uiCall.globalMatch(shellCMake); m.hasNext();) {
            const auto c = m.next();
            QSet<QString> folders{u"modules/%1/ui"_s.arg(c.captured(1))};
            QString section;
            for (const QString &word : c.captured(2).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
                if (word == u"DEPENDS"_s || word == u"LIBS"_s)
                    section = word;
                else if (section == u"DEPENDS"_s) {
                    QVERIFY2(uiReach.contains(word), qPrintable(u"views of %1 depend on those of %2, declared after them"_s.arg(c.captured(1), word)));
                    folders.unite(uiReach.value(word));
                }
            }
            uiReach.insert(c.captured(1), folders);
        }
        static const QRegularExpression workstationCall(u"NAME guardline_workstation ALIAS Guardline::Workstation\\s+SOURCES([^)]*?)LIBS"_s);
        const auto ws = workstationCall.match(shellCMake);
        QVERIFY2(ws.hasMatch(), "src/shell/CMakeLists.txt: no Guardline::Workstation");
        QSet<QString> workstation;
        for (const QString &f : ws.captured(1).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts))
            if (f.endsWith(u".h"_s))
                workstation.insert(u"shell/"_s + f);
        QVERIFY(workstation.contains(u"shell/DataWorker.h"_s));
        static const QRegularExpression uiFile(u"^modules/([a-z]+)/ui/"_s);
        static const QRegularExpression uiFolder(u"^(modules/[a-z]+/ui)/"_s);
        for (const QString &m : QDir(kSrc + u"/modules"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (QDir(kSrc + u"/modules/"_s + m + u"/ui"_s).exists() && !uiReach.contains(m))
                problems << u"modules/%1/ui has no guardline_module_ui target"_s.arg(m);
        for (const QString &path : sourcesUnder(u"modules"_s)) {
            const QString rel = path.mid(kSrc.size() + 1);
            const auto um = uiFile.match(rel);
            if (!um.hasMatch())
                continue;
            for (const QString &inc : projectIncludes(read(path))) {
                if (inc.startsWith(u"shell/"_s) && !workstation.contains(inc))
                    problems << u"%1 includes \"%2\", the frame's (only Guardline::Workstation is below the views)"_s.arg(rel, inc);
                const auto f = uiFolder.match(inc);
                if (f.hasMatch() && !uiReach.value(um.captured(1)).contains(f.captured(1)))
                    problems << u"%1 includes \"%2\": the views of %3 do not depend on %4 (src/shell/CMakeLists.txt)"_s.arg(
                        rel, inc, um.captured(1), f.captured(1));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(uiReach.value(u"telemetry"_s).contains(u"modules/dispatch/ui"_s));
        QVERIFY(!uiReach.value(u"dispatch"_s).contains(u"modules/telemetry/ui"_s));

        const QString server = read(kSrc + u"/server/CMakeLists.txt"_s);
        QVERIFY(server.contains(u"Guardline::EngineLogic"_s));
        for (const QString &target : {u"Guardline::Core"_s, u"Guardline::Widgets"_s, u"Guardline::Demo"_s, u"Guardline::WorkspaceLogic"_s})
            QVERIFY2(!server.contains(target), qPrintable(u"src/server/CMakeLists.txt links "_s + target));
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
