// SPDX-License-Identifier: Apache-2.0
// Issue 16 item 9, the operator's language everywhere: the command center in zh_CN shows no English text that
// the translation file translates. A text shows in English when its tr() context at run time is not the
// context lupdate filed it under (a class without Q_OBJECT inherits its base's tr(); the 3D map's toolbar
// stayed English that way). Each workspace of a signed-in administrator is walked: buttons, labels, tabs,
// dock titles, menus and tool-bar actions, compared with every translated source text of
// resources/translations/guardline_zh_CN.ts.
#include "platform/auth/UserService.h"
#include "platform/store/Database.h"
#include "platform/store/Schema.h"
#include "platform/util/Clock.h"
#include "shell/MainWindow.h"
#include "shell/UiLanguage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace gl;

namespace {
/// Source texts of the .ts file whose finished translation differs from the source.
QSet<QString> translatedSources(const QString &tsPath)
{
    QSet<QString> out;
    QFile f(tsPath);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished";
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!unfinished && !text.isEmpty() && text != source)
                out.insert(source);
        }
    }
    return out;
}

QString plain(QString text)
{
    text.remove(u'&');
    return text.trimmed();
}
} // namespace

class TestUiLanguage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("GUARDLINE_NOW", "2026-03-02T10:30:00+08:00");
        gl::setProcessClock(nullptr);
        QCoreApplication::setOrganizationName(u"GuardlineTest"_s);
        QCoreApplication::setApplicationName(u"tst_ui_language"_s);
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.path() + u"/config"_s)); // its own workspace layouts
    }

    void zhInterfaceShowsNoTranslatedEnglishText()
    {
        const QSet<QString> english = translatedSources(QStringLiteral(GUARDLINE_SOURCE_DIR "/resources/translations/guardline_zh_CN.ts"));
        QVERIFY(english.size() > 1000);
        QVERIFY(english.contains(u"Structures"_s)); // the map toolbar's layer toggle
        auto *translator = new QTranslator(qApp);
        QVERIFY(translator->load(u":/i18n/guardline_zh_CN.qm"_s));
        QCoreApplication::installTranslator(translator);
        ui::setUiLanguage(u"zh_CN"_s);

        const QString db = m_dir.path() + u"/site.sqlite"_s;
        {
            auto store = Database::open(DbUrl::parse(db));
            Schema::migrate(*store);
            const Clock &clock = processClock();
            ServiceContext ctx{*store, Actor::system(u"test"_s), &clock};
            UserService(ctx).add(u"root"_s, u"Admin"_s, Role::Admin, u"a long enough password"_s);
        }
        ui::MainWindow w;
        QSignalSpy shown(&w, &ui::MainWindow::snapshotShown);
        w.openStore(db, false, u"root"_s, u"a long enough password"_s);
        w.resize(1600, 900);
        w.show();
        QVERIFY(shown.wait(60'000));

        QStringList found;
        int checked = 0;
        bool mapToolbarSeen = false; // the map's layer toggle, in Chinese (it was English: the case this test was made for)
        auto check = [&](const QString &text, const QObject *where, const char *what) {
            const QString t = plain(text);
            ++checked;
            mapToolbarSeen = mapToolbarSeen || t == u"构筑物"_s;
            if (english.contains(t) || english.contains(text))
                found << u"%1 '%2' (%3)"_s.arg(QString::fromLatin1(what), t,
                                               where->objectName().isEmpty() ? QString::fromLatin1(where->metaObject()->className())
                                                                             : where->objectName());
        };
        for (const QString &workspace : ui::MainWindow::workspaceKeys()) {
            w.showWorkspace(workspace);
            QTest::qWait(200); // the arrangement is laid out
            for (QAbstractButton *b : w.findChildren<QAbstractButton *>())
                if (b->isVisible())
                    check(b->text(), b, "button");
            for (QLabel *l : w.findChildren<QLabel *>())
                if (l->isVisible() && l->textFormat() != Qt::RichText)
                    check(l->text(), l, "label");
            for (QTabBar *tabs : w.findChildren<QTabBar *>())
                if (tabs->isVisible())
                    for (int i = 0; i < tabs->count(); ++i)
                        check(tabs->tabText(i), tabs, "tab");
            for (QDockWidget *d : w.findChildren<QDockWidget *>())
                if (d->isVisible())
                    check(d->windowTitle(), d, "dock title");
            for (QToolBar *bar : w.findChildren<QToolBar *>())
                if (bar->isVisible())
                    for (QAction *a : bar->actions())
                        check(a->text(), bar, "tool-bar action");
        }
        for (QAction *top : w.menuBar()->actions()) {
            check(top->text(), w.menuBar(), "menu");
            if (QMenu *m = top->menu())
                for (QAction *a : m->actions())
                    check(a->text(), m, "menu entry");
        }
        QVERIFY2(checked > 200, qPrintable(QString::number(checked)));
        QVERIFY(mapToolbarSeen);
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(u"English in the zh_CN interface:\n  "_s + found.join(u"\n  "_s)));
        w.close();
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_ui_language.moc"
