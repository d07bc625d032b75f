// SPDX-License-Identifier: Apache-2.0
#include "shell/Application.h"
#include "modules/reporting/render/ReportGeneratorImpl.h"
#include "modules/site/logic/StoreSetup.h"
#include "platform/store/DbUrl.h"
#include "platform/util/Error.h"
#include "platform/util/Log.h"
#include "shell/FirstRunWizard.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"
#include "shell/UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <optional>

#ifdef GUARDLINE_HAVE_MAP
#include "modules/map/MapRender.h"
#endif

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {
namespace {

void installTranslations(QApplication &app, const QString &requested)
{
    const QString lang = !requested.isEmpty() ? requested
                                              : QSettings().value(u"ui/language"_s, QLocale::system().name()).toString();
    setUiLanguage(lang);
    auto *mine = new QTranslator(&app);
    if (lang.startsWith(u"zh"_s) && mine->load(u":/i18n/guardline_zh_CN.qm"_s))
        app.installTranslator(mine);
    auto *qt = new QTranslator(&app);
    if (lang.startsWith(u"zh"_s) && qt->load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

int takeScreenshot(MainWindow &w, const QString &file, QSize size)
{
    w.resize(size);
    w.show();
    int rc = 1;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, [&] {
        std::fprintf(stderr, "guardline: no data within 120 s; no screenshot written\n");
        QApplication::exit(3);
    });
    QObject::connect(&w, &MainWindow::storeFailed, [&](const QString &message) {
        std::fprintf(stderr, "guardline: %s\n", qPrintable(message));
        QApplication::exit(2);
    });
    QObject::connect(&w, &MainWindow::snapshotShown, &w, [&] {
        // Let the views lay out and the map render one frame, then grab the whole window.
        QTimer::singleShot(600, &w, [&] {
            const QImage shot = w.grab().toImage();
            if (!shot.save(file)) {
                std::fprintf(stderr, "guardline: cannot write %s\n", qPrintable(file));
                QApplication::exit(2);
                return;
            }
            std::fprintf(stdout, "%s\n", qPrintable(file));
            QApplication::exit(0);
        });
    }, Qt::SingleShotConnection);
    timeout.start(120'000);
    rc = QApplication::exec();
    return rc;
}

/// What the store holds, looked at off the UI thread (a PostgreSQL server may take its connect timeout
/// to answer). A store that cannot be looked at gives no state: the sign-in then shows why.
std::optional<StoreState> probeStore(const QString &url)
{
    std::optional<StoreState> state;
    QEventLoop loop;
    QThread *thread = QThread::create([&] {
        try {
            state = StoreSetup::probe(url);
        } catch (const std::exception &e) {
            qCWarning(lcStore).noquote() << "looking at the store before sign-in:" << e.what();
        }
    });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    return state;
}

} // namespace

int runApplication(int argc, char **argv)
{
#ifdef GUARDLINE_HAVE_MAP
    gl::map::setDefaultSurfaceFormat();
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Guardline"_s);
    QApplication::setApplicationName(u"Guardline"_s);
    QApplication::setApplicationVersion(QStringLiteral(GUARDLINE_VERSION));
    gl::reports::registerReportGenerator(); // the scheduled daily report renders on the data thread

    QCommandLineParser p;
    p.setApplicationDescription(u"Guardline: industrial safety command center"_s);
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({u"db"_s, u"database: a file path, sqlite:PATH or postgresql://user[:pass]@host[:port]/db"_s, u"url"_s});
    p.addOption({u"demo"_s, u"open the built-in demo plant (created on first use), signed in as the demo dispatcher"_s});
    p.addOption({u"screenshot"_s, u"render the main window to FILE.png and exit"_s, u"file"_s});
    p.addOption({u"view"_s, u"map view: top, iso, or follow (the area of the newest unacknowledged alarm)"_s, u"view"_s, u"iso"_s});
    p.addOption({u"size"_s, u"window size for the screenshot, WxH"_s, u"size"_s, u"1600x900"_s});
    p.addOption({u"workspace"_s, u"workspace to show, in its factory arrangement: control, permits, hazards, contractors, reports or admin (default: the user's)"_s, u"name"_s});
    p.addOption({u"lang"_s, u"user interface language: zh_CN or en (default: the system's)"_s, u"lang"_s});
    p.addOption({u"light"_s, u"light theme (offices); the control room default is dark"_s});
    p.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    installFileLogging(dataDir + u"/logs/guardline.log"_s);
    installTranslations(app, p.value(u"lang"_s));
    applyTheme(app, p.isSet(u"light"_s) ? Theme::Light : Theme::Dark);

    // The store: --db, else GUARDLINE_DB, else the one the set-up assistant kept (settings key store/url),
    // else the default file in the app-data folder. The demo's own is demo.sqlite beside it.
    QString url = p.isSet(u"db"_s) ? p.value(u"db"_s) : qEnvironmentVariable("GUARDLINE_DB");
    bool demo = p.isSet(u"demo"_s);
    const QString demoUrl = url.isEmpty() ? dataDir + u"/demo.sqlite"_s : url; // the demo never mixes with a real site's store
    if (demo)
        url = demoUrl;
    else if (url.isEmpty())
        url = QSettings().value(QLatin1String(FirstRunWizard::settingsKey)).toString();
    QString describe;
    try {
        describe = DbUrl::parse(url).redacted();
    } catch (const Error &e) {
        std::fprintf(stderr, "guardline: %s\n", qPrintable(e.message()));
        return 2;
    }

    QSize size(1600, 900);
    if (const QStringList wh = p.value(u"size"_s).split(u'x'); wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
        size = QSize(wh[0].toInt(), wh[1].toInt());
    else {
        std::fprintf(stderr, "guardline: --size must be WxH, e.g. 1600x900\n");
        return 2;
    }
    if (p.value(u"view"_s) != u"top"_s && p.value(u"view"_s) != u"iso"_s && p.value(u"view"_s) != u"follow"_s) {
        std::fprintf(stderr, "guardline: --view must be top, iso or follow\n");
        return 2;
    }

    if (p.isSet(u"workspace"_s) && !MainWindow::workspaceKeys().contains(p.value(u"workspace"_s))) {
        std::fprintf(stderr, "guardline: --workspace must be one of %s\n", qPrintable(MainWindow::workspaceKeys().join(u", "_s)));
        return 2;
    }

    MainWindow w;
    w.setMapView(p.value(u"view"_s));
    if (p.isSet(u"workspace"_s))
        w.setStartWorkspace(p.value(u"workspace"_s));
    // A failure to open (a refused sign-in, or --demo on a store that is not the demo's) is shown.
    QObject::connect(&w, &MainWindow::storeFailed, &w, [&w](const QString &message) {
        if (!w.lastSnapshot())
            QMessageBox::critical(&w, QObject::tr("Guardline"), message);
    });
    QString setUpUser, setUpPassword;
    if (!demo && !p.isSet(u"screenshot"_s)) {
        // A store without any account (a new installation, or a new empty file or database): the set-up
        // assistant instead of the sign-in (docs/OPERATIONS.md "Going live").
        if (const std::optional<StoreState> state = probeStore(url); state && state->needsSetUp()) {
            qCInfo(lcStore).noquote() << state->describe << "has no account yet: the set-up assistant";
            FirstRunWizard wizard(url.isEmpty() ? DbUrl::defaultSqlitePath() : url);
            if (wizard.exec() != QDialog::Accepted)
                return 0;
            switch (wizard.outcome()) {
            case FirstRunWizard::Outcome::Demo:
                demo = true; // the same as 'guardline --demo' with the same --db
                url = demoUrl;
                break;
            case FirstRunWizard::Outcome::SetUp:
                setUpUser = wizard.adminUsername();
                setUpPassword = wizard.adminPassword();
                [[fallthrough]];
            case FirstRunWizard::Outcome::SignIn:
                url = wizard.url();
                describe = DbUrl::parse(url).redacted();
                break;
            case FirstRunWizard::Outcome::None:
                return 0;
            }
        }
    }
    if (demo) {
        w.openStore(url, true); // signs in as the demo dispatcher on the demo's own store only (DataWorker::open)
    } else if (!setUpUser.isEmpty()) {
        w.openStore(url, false, setUpUser, setUpPassword); // the administrator just created
    } else {
        LoginDialog login(describe);
        if (login.exec() != QDialog::Accepted)
            return 0;
        w.openStore(url, false, login.username(), login.password());
    }
    if (p.isSet(u"screenshot"_s))
        return takeScreenshot(w, p.value(u"screenshot"_s), size);
    w.resize(size);
    w.show();
    return QApplication::exec();
}

} // namespace ui
} // namespace gl
