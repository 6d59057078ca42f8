// Opening a second workspace adds its cluster beside the first one's instead of replacing it;
// each keeps the name, mode and colour of its own workspace: the badge, the guard and the
// gate of the cluster shown follow it when switching.
#include "app/gui/ClusterSession.h"
#include "app/gui/Composition.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/settings/Appearance.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

class tst_WorkspaceClusters : public QObject
{
    Q_OBJECT

private slots:
    void eachWorkspaceAddsItsClusterWithItsMode()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QTemporaryDir dir;
        qputenv("MESOS_CONSOLE_AUDIT_LOG", dir.filePath(u"audit.jsonl"_s).toUtf8());
        test::LocalClusterProcess a({ u"--agents"_s, u"1"_s });
        test::LocalClusterProcess b({ u"--agents"_s, u"1"_s });
        QVERIFY2(a.start(), qPrintable(a.error()));
        QVERIFY2(b.start(), qPrintable(b.error()));
        const auto workspace = [&dir](const QString &name, const QString &mode,
                                      const test::LocalClusterProcess &c) {
            QString path = dir.filePath(name + u".mcw.yaml"_s);
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(
                    u"mesos_console_workspace: 1\nprofile:\n  name: %1\n  mode: %2\n"
                    "  colour: \"#d93025\"\n  mesos_url: %3\n  marathon_url: %4\ninventory:\n  all:\n    hosts: {}\n"_s
                        .arg(name, mode, c.leaderUrl(), c.marathonUrl())
                        .toUtf8());
            return path;
        };
        widgets::MainWindow window;
        app::StartOptions options;
        options.workspacePath = workspace(u"alpha"_s, u"read-write"_s, a);
        auto *composition = new app::Composition(&window, options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(composition->sessions().size(), 1);
        QCOMPARE(window.clusterBadge()->text(), u"alpha · read-write"_s);

        Q_EMIT window.openWorkspaceRequested(workspace(u"beta"_s, u"read-only"_s, b));
        QCOMPARE(composition->sessions().size(), 2);
        app::ClusterSession *alpha = composition->sessions().at(0);
        app::ClusterSession *beta = composition->sessions().at(1);
        QCOMPARE(composition->activeSession(), beta);
        QCOMPARE(alpha->name(), u"alpha"_s);
        QCOMPARE(beta->name(), u"beta"_s);
        QCOMPARE(beta->mode(), audit::ClusterMode::ReadOnly);
        QCOMPARE(window.clusterBadge()->text(), u"beta · read-only"_s);
        QCOMPARE(beta->gate()->scope().mode, audit::ClusterMode::ReadOnly);
        // Its mode colour in the switcher.
        auto *combo = window.findChild<QComboBox *>(u"clusterSwitcherCombo"_s);
        QCOMPARE(combo->palette().color(QPalette::ButtonText), QColor(u"#d93025"_s));
        QCOMPARE(combo->currentText(), u"beta"_s);
        if (const QString shots = qEnvironmentVariable("MC_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            window.resize(900, 500);
            for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
                widgets::applyTheme(theme);
                combo->showPopup();
                QTest::qWait(300);
                const QString suffix = theme == settings::Theme::Light ? u"light"_s : u"dark"_s;
                QVERIFY(window.grab().save(shots + u"/switcher-modes-"_s + suffix + u".png"_s));
                QVERIFY(combo->view()->window()->grab().save(shots + u"/switcher-modes-popup-"_s + suffix
                                                             + u".png"_s));
                combo->hidePopup();
            }
            widgets::applyTheme(settings::Theme::Light);
        }
        // alpha kept its own workspace's mode.
        QCOMPARE(alpha->mode(), audit::ClusterMode::ReadWrite);
        QCOMPARE(alpha->gate()->scope().cluster, u"alpha"_s);
        composition->activate(alpha);
        QCOMPARE(window.clusterBadge()->text(), u"alpha · read-write"_s);
        // The same workspace again shows its cluster, not a second watcher.
        Q_EMIT window.openWorkspaceRequested(dir.filePath(u"beta.mcw.yaml"_s));
        QCOMPARE(composition->sessions().size(), 2);
        QCOMPARE(composition->activeSession(), beta);
        delete composition;
    }
};

QTEST_MAIN(tst_WorkspaceClusters)
#include "tst_WorkspaceClusters.moc"
