#include "app/gui/Composition.h"
#include "app/gui/DemoCluster.h"
#include "app/gui/DemoSmokeCheck.h"
#include "app/gui/ScreenshotTour.h"

#include "core/BuildInfo.h"
#include "core/i18n/Translations.h"
#include "core/settings/AppSettings.h"
#include "core/settings/NetworkProxy.h"
#include "core/util/Allocator.h"
#include "core/util/Logging.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/settings/Appearance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <memory>
#include <optional>
#include <utility>

namespace {

struct Options
{
    QCommandLineOption demo { QStringLiteral("demo"),
                              QStringLiteral("Start the embedded demo cluster and connect to it.") };
    QCommandLineOption master { QStringLiteral("master"),
                                QStringLiteral(
                                    "Watch this Mesos master (http://host:5050; repeat for each master) or "
                                    "the masters registered in ZooKeeper (zk://h1:2181,h2:2181/mesos)."),
                                QStringLiteral("URL") };
    QCommandLineOption marathon { QStringLiteral("marathon"),
                                  QStringLiteral(
                                      "Watch this Marathon (http://host:8080; repeat for each instance)."),
                                  QStringLiteral("URL") };
    QCommandLineOption screenshots { QStringLiteral("screenshots"),
                                     QStringLiteral(
                                         "Save a picture of every view into DIR, then quit (for the docs)."),
                                     QStringLiteral("DIR") };
    QCommandLineOption settle { QStringLiteral("screenshot-delay"),
                                QStringLiteral(
                                    "Seconds to let the views fill before --screenshots (default 12)."),
                                QStringLiteral("SECONDS"), QStringLiteral("12") };
    QCommandLineOption smoke { QStringLiteral("smoke"),
                               QStringLiteral(
                                   "With --demo: wait until Mesos and Marathon are live and every demo "
                                   "app has a running task, say so in one line and quit (exit 0); "
                                   "exit 1 with the reason after --smoke-timeout.") };
    QCommandLineOption verbose { QStringLiteral("verbose"),
                                 QStringLiteral(
                                     "Write the diagnostic log's debug lines too (stderr and Help > "
                                     "Diagnostics; the mc.* logging categories).") };
    QCommandLineOption smokeTimeout { QStringLiteral("smoke-timeout"),
                                      QStringLiteral("Seconds --smoke waits for the demo (default 180)."),
                                      QStringLiteral("SECONDS"), QStringLiteral("180") };
};

void describeOptions(QCommandLineParser &parser, Options &options)
{
    parser.setApplicationDescription(
        QStringLiteral("Native desktop console for Apache Mesos + Marathon clusters: inventory, SSH "
                       "provisioning, live cluster views, apps, tasks, logs, services and HAProxy routing."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.demo);
    parser.addOption(options.master);
    parser.addOption(options.marathon);
    parser.addOption(options.screenshots);
    parser.addOption(options.settle);
    parser.addOption(options.smoke);
    parser.addOption(options.smokeTimeout);
    parser.addOption(options.verbose);
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("Workspace file to open."),
                                 QStringLiteral("[workspace]"));
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("mesos-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("MesosConsole"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(mc::build::kVersion));
}

// --help or --version among the arguments: they must work without a display, so they are
// answered before a QApplication (which needs a display) exists.
bool wantsInfo(int argc, char *argv[])
{
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    return rawArgs.contains(QStringLiteral("--help")) || rawArgs.contains(QStringLiteral("-h"))
        || rawArgs.contains(QStringLiteral("--version")) || rawArgs.contains(QStringLiteral("-v"));
}

int printInfo(int argc, char *argv[], Options &cli)
{
    QCoreApplication core(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    describeOptions(parser, cli);
    parser.process(core); // prints help/version and exits
    return 0;
}

void printError(const QString &message)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
}

// --smoke and --smoke-timeout: the seconds to wait, or nullopt with the reason printed.
std::optional<double> smokeSeconds(const QCommandLineParser &parser, const Options &cli, bool demo)
{
    bool timeoutOk = false;
    const double seconds = parser.value(cli.smokeTimeout).toDouble(&timeoutOk);
    if (parser.isSet(cli.smoke) && !demo) {
        printError(QCoreApplication::translate("main", "--smoke checks the demo cluster: give --demo too."));
        return std::nullopt;
    }
    if (!timeoutOk || seconds <= 0) {
        printError(QCoreApplication::translate("main",
                                               "--smoke-timeout wants a number of seconds "
                                               "above 0, not \"%1\".")
                       .arg(parser.value(cli.smokeTimeout)));
        return std::nullopt;
    }
    return seconds;
}

// --master and --marathon values: zk:// URLs hold commas themselves; http lists may be comma
// separated.
QStringList splitAddresses(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values) {
        out << (value.startsWith(QStringLiteral("zk://")) ? QStringList { value }
                                                          : value.split(u',', Qt::SkipEmptyParts));
    }
    return out;
}

// --screenshots DIR: a picture of every view, then quit.
void startScreenshotTour(mc::widgets::MainWindow *window, mc::app::Composition *composition,
                         const QCommandLineParser &parser, const Options &cli)
{
    auto *tour = new mc::app::ScreenshotTour(window, parser.value(cli.screenshots),
                                             parser.value(cli.settle).toInt() * 1000, window);
    tour->setBeforePage([composition](const QString &page) {
        if (page == u"logs")
            composition->openLogsOfARunningTask(QStringLiteral("ticker"));
    });
    // The demo's views fill once its cluster (and ZooKeeper) runs: settle from then.
    if (mc::app::DemoCluster *demo = composition->demoCluster()) {
        const auto once = [tour, started = std::make_shared<bool>(false)] {
            if (!std::exchange(*started, true))
                tour->start();
        };
        QObject::connect(demo, &mc::app::DemoCluster::ready, tour, once);
        QObject::connect(demo, &mc::app::DemoCluster::failed, tour, once);
    } else {
        tour->start();
    }
}

// --smoke: says in one line whether the demo came up and quits with 0 or 1.
void startSmokeCheck(mc::widgets::MainWindow *window, mc::app::Composition *composition, double seconds)
{
    auto *check
        = new mc::app::DemoSmokeCheck(composition, std::chrono::milliseconds(qint64(seconds * 1000)), window);
    QObject::connect(check, &mc::app::DemoSmokeCheck::finished, qApp, [](int code, const QString &line) {
        std::fputs(qPrintable(line + u'\n'), code == 0 ? stdout : stderr);
        std::fflush(code == 0 ? stdout : stderr);
        QCoreApplication::exit(code);
    });
    check->start();
}

} // namespace

int main(int argc, char *argv[])
{
    mc::limitMallocArenas();
    // Every message from here on is kept (redacted) for Help > Diagnostics and goes on to stderr.
    mc::logging::installMessageHandler(&mc::logging::recentLog());
    Options cli;
    if (wantsInfo(argc, argv))
        return printInfo(argc, argv, cli);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Mesos Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mesos-console.svg")));

    QCommandLineParser parser;
    describeOptions(parser, cli);
    parser.process(app);
    mc::logging::applyRules(parser.isSet(cli.verbose), false);

    mc::app::StartOptions options;
    options.demo = parser.isSet(cli.demo);
    const std::optional<double> smokeTimeout = smokeSeconds(parser, cli, options.demo);
    if (!smokeTimeout)
        return 2;
    options.masters = splitAddresses(parser.values(cli.master));
    options.marathons = splitAddresses(parser.values(cli.marathon));
    if (!parser.positionalArguments().isEmpty())
        options.workspacePath = parser.positionalArguments().constFirst();

    const mc::settings::AppSettings settings = mc::settings::AppSettings::load();
    mc::i18n::installTranslations(settings.language);
    mc::widgets::applyTheme(settings.theme);
    mc::settings::applyProxy(settings);

    auto window = std::make_unique<mc::widgets::MainWindow>();
    auto *composition = new mc::app::Composition(window.get(), options);
    window->restoreSettings();
    if (!options.masters.isEmpty())
        window->showPage(QStringLiteral("cluster"));
    else if (!options.marathons.isEmpty())
        window->showPage(QStringLiteral("apps"));
    window->show();
    if (parser.isSet(cli.screenshots))
        startScreenshotTour(window.get(), composition, parser, cli);
    if (parser.isSet(cli.smoke))
        startSmokeCheck(window.get(), composition, *smokeTimeout);
    return app.exec();
}
