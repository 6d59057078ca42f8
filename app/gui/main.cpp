#include "app/gui/Composition.h"

#include "core/BuildInfo.h"
#include "core/i18n/Translations.h"
#include "core/settings/AppSettings.h"
#include "core/settings/NetworkProxy.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/settings/Appearance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <memory>

namespace {

void describeOptions(QCommandLineParser &parser, QCommandLineOption &demo)
{
    parser.setApplicationDescription(
        QStringLiteral("Native desktop console for Apache Mesos + Marathon clusters: inventory, SSH "
                       "provisioning, live cluster views, apps, tasks, logs, services and HAProxy routing."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("Workspace file to open."),
                                 QStringLiteral("[workspace]"));
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("mesos-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("MesosConsole"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(mc::build::kVersion));
}

} // namespace

int main(int argc, char *argv[])
{
    QCommandLineOption demo(QStringLiteral("demo"),
                            QStringLiteral("Start the embedded demo cluster and connect to it."));

    // --help and --version must work without a display: answer them before a
    // QApplication (which needs a display) exists.
    {
        const QStringList rawArgs = [&] {
            QStringList list;
            for (int i = 0; i < argc; ++i)
                list << QString::fromLocal8Bit(argv[i]);
            return list;
        }();
        const bool wantsInfo = rawArgs.contains(QStringLiteral("--help"))
            || rawArgs.contains(QStringLiteral("-h")) || rawArgs.contains(QStringLiteral("--version"))
            || rawArgs.contains(QStringLiteral("-v"));
        if (wantsInfo) {
            QCoreApplication core(argc, argv);
            setIdentity();
            QCommandLineParser parser;
            describeOptions(parser, demo);
            parser.process(core); // prints help/version and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Mesos Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mesos-console.svg")));

    QCommandLineParser parser;
    describeOptions(parser, demo);
    parser.process(app);

    mc::app::StartOptions options;
    options.demo = parser.isSet(demo);
    if (!parser.positionalArguments().isEmpty())
        options.workspacePath = parser.positionalArguments().constFirst();

    const mc::settings::AppSettings settings = mc::settings::AppSettings::load();
    mc::i18n::installTranslations(settings.language);
    mc::widgets::applyTheme(settings.theme);
    mc::settings::applyProxy(settings);

    auto window = std::make_unique<mc::widgets::MainWindow>();
    new mc::app::Composition(window.get(), options);
    window->restoreSettings();
    window->show();
    return app.exec();
}
