// Settings > SSH reach the console's SSH work: the default user and key go to
// the workspace hosts that name none (Services), the Run Command window and
// the provisioning wizard take "hosts at a time" from it.
#include "app/gui/Composition.h"
#include "core/settings/AppSettings.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/provision/ProvisionWizard.h"
#include "widgets/services/AdHocCommandDialog.h"
#include "widgets/services/ServicesView.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mc;

class tst_SettingsApplied : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void sshDefaultsReachServicesCommandsAndTheWizard()
    {
        settings::AppSettings prefs;
        prefs.sshUser = QStringLiteral("opsdefault");
        prefs.sshKeyPath = QStringLiteral("/keys/ops_ed25519");
        prefs.sshForks = 7;
        prefs.save();

        // m1 names no user; m2 has its own (ansible_user), which wins.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.mcw.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mesos_console_workspace: 1\nprofile:\n  name: s\n  ssh:\n    port: 1\n"
                   "inventory:\n  all:\n    children:\n      masters:\n        hosts:\n"
                   "          m1:\n            ansible_host: 127.0.0.1\n            zoo_id: 1\n"
                   "          m2:\n            ansible_host: 127.0.0.2\n            zoo_id: 2\n"
                   "            ansible_user: own\n");
        file.close();

        auto *window = new widgets::MainWindow;
        app::StartOptions options;
        options.workspacePath = path;
        new app::Composition(window, options);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        auto *services = window->findChild<widgets::ServicesView *>();
        QVERIFY(services);
        const QList<ssh::HostSpec> hosts = services->hosts();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts[0].user, QStringLiteral("opsdefault"));
        QCOMPARE(hosts[0].keyPath, QStringLiteral("/keys/ops_ed25519"));
        QCOMPARE(hosts[1].user, QStringLiteral("own"));

        services->openCommandWindow();
        auto *command = services->findChild<widgets::AdHocCommandDialog *>();
        QVERIFY(command);
        QCOMPARE(command->forksField()->value(), 7);
        command->close();

        auto *wizard = window->findChild<widgets::ProvisionWizard *>();
        QVERIFY(wizard);
        auto *forks = wizard->findChild<QLineEdit *>(QStringLiteral("forks"));
        auto *user = wizard->findChild<QLineEdit *>(QStringLiteral("sshUser"));
        QVERIFY(forks && user);
        QCOMPARE(forks->text(), QStringLiteral("7"));
        QVERIFY2(user->placeholderText().contains(QStringLiteral("opsdefault")),
                 qPrintable(user->placeholderText()));
        window->close();
        delete window;
    }
};

QTEST_MAIN(tst_SettingsApplied)
#include "tst_SettingsApplied.moc"
