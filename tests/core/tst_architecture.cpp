// SPDX-License-Identifier: Apache-2.0
// The structure the code keeps (docs/ARCHITECTURE.md, "Layers"; issue #15's application layer): the logic
// in src/core depends on no window and its units depend on each other one way only. A reaction of one
// capability to another's change is a domain event (core/services/DomainEvents.h), not a call back into
// it. This reads the sources, so a new include that closes a cycle fails here, naming the files.
#include <QDirIterator>
#include <QFile>
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

/// The project headers a file includes ("core/services/PermitService.h").
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
        const QStringList files = sourcesUnder(u"core"_s);
        QVERIFY2(files.size() > 100, qPrintable(u"only %1 files under src/core"_s.arg(files.size())));
        static const QRegularExpression widgets(u"^\\s*#\\s*include\\s*<(QtWidgets/|QWidget>|QApplication>|QMainWindow>|QDialog>|QOpenGL)"_s,
                                                QRegularExpression::MultilineOption);
        QStringList problems;
        for (const QString &path : files) {
            const QString text = read(path);
            for (const QString &inc : projectIncludes(text))
                if (!inc.startsWith(u"core/"_s) && !inc.startsWith(u"print/"_s))
                    problems << u"%1 includes \"%2\""_s.arg(path.mid(kSrc.size() + 1), inc);
            if (const auto m = widgets.match(text); m.hasMatch())
                problems << u"%1 includes <%2"_s.arg(path.mid(kSrc.size() + 1), m.captured(1));
        }
        for (const QString &path : sourcesUnder(u"server"_s))
            for (const QString &inc : projectIncludes(read(path)))
                if (!inc.startsWith(u"core/"_s) && !inc.startsWith(u"server/"_s) && !inc.startsWith(u"reports/"_s))
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
        for (const QString &dir : {u"core"_s, u"server"_s, u"sdk"_s, u"print"_s, u"reports"_s, u"tickets"_s, u"map"_s})
            for (const QString &path : sourcesUnder(dir))
                for (const QString &inc : projectIncludes(read(path)))
                    if (inc.startsWith(u"demo/"_s))
                        problems << u"%1 includes \"%2\""_s.arg(path.mid(kSrc.size() + 1), inc);
        for (const QString &dir : {u"core"_s, u"server"_s, u"sdk"_s, u"print"_s, u"reports"_s, u"tickets"_s, u"map"_s})
            for (const QString &path : sourcesUnder(dir))
                if (read(path).contains(u":/guardline/demo"_s))
                    problems << u"%1 reads the demo's resources (:/guardline/demo)"_s.arg(path.mid(kSrc.size() + 1));
        for (const QString &path : sourcesUnder(u"demo"_s))
            for (const QString &inc : projectIncludes(read(path)))
                if (!inc.startsWith(u"core/"_s) && !inc.startsWith(u"demo/"_s))
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

    /// No two units of the logic depend on each other, directly or through others.
    void logicDependsOneWay()
    {
        const QStringList files = sourcesUnder(u"core"_s);
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
        QVERIFY(edges.value(u"core/services/OperationsService"_s).contains(u"core/services/DomainEvents"_s));
        QVERIFY(!edges.value(u"core/services/OperationsService"_s).contains(u"core/services/PermitService"_s));
        QVERIFY(edges.value(u"core/services/DomainEvents"_s).isEmpty());
        QVERIFY(edges.value(u"core/services/EventSubscriptions"_s).contains(u"core/services/PermitService"_s));
        QVERIFY(edges.value(u"core/services/PermitService"_s).contains(u"core/services/OperationsService"_s)); // PermitSignOffs.cpp
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
