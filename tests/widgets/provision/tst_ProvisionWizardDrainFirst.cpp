// The provisioning wizard's "Drain agents first", driven as a user does: an sshd test host as the
// agent whose attributes change, a localcluster master that knows an agent with its name. The
// plan says it would drain; the run drains (DRAINING, DRAINED in the live output), applies and
// reactivates. MC_SCREENSHOT_DIR: the plan and run pages, light and dark.
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"
#include "widgets/provision/ProvisionWizard.h"
#include "widgets/settings/Appearance.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using mc::widgets::ProvisionWizard;

class tst_ProvisionWizardDrainFirst : public QObject
{
    Q_OBJECT

private:
    static void shoot(ProvisionWizard &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        for (const auto theme : { mc::settings::Theme::Light, mc::settings::Theme::Dark }) {
            mc::widgets::applyTheme(theme);
            QTest::qWait(200);
            w.grab().save(u"%1/%2-%3.png"_s.arg(dir, name,
                                                theme == mc::settings::Theme::Dark ? u"dark"_s : u"light"_s));
        }
        mc::widgets::applyTheme(mc::settings::Theme::Light);
    }

private slots:
    void drainsFirstFromTheRunPage()
    {
        mc::test::SshTestHosts hosts;
        QString error;
        QVERIFY2(hosts.start(1, &error), qPrintable(error));
        if (!hosts.isolated())
            QSKIP("needs root for an isolated test host");
        const QString host = hosts.host(0).name;
        QCOMPARE(hosts
                     .runOnHost(0, u"rm -rf /run/mc-drain-mesos /run/mc-drain-agent.log; mkdir -p "
                                   "/run/mc-drain-mesos/meta/slaves/old-id /etc/mesos-agent && ln -s old-id "
                                   "/run/mc-drain-mesos/meta/slaves/latest && printf 'rack:r1\\n' > "
                                   "/etc/mesos-agent/attributes"_s)
                     .exitCode,
                 0);
        mc::test::LocalClusterProcess cluster({ u"--agents"_s, u"1"_s, u"--agent-hostnames"_s, host });
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        const QJsonObject task = cluster.launchApp({ { u"id"_s, u"/slow-stop"_s },
                                                     { u"cmd"_s, u"trap '' TERM; while true; do sleep 1; done"_s },
                                                     { u"cpus"_s, 0.1 },
                                                     { u"mem"_s, 16 },
                                                     { u"instances"_s, 1 },
                                                     { u"taskKillGracePeriodSeconds"_s, 2 } });
        QVERIFY(!task.isEmpty());
        const QString agentId = task[u"slave_id"_s].toString();

        QTemporaryDir dir;
        QFile inventory(dir.filePath(u"hosts"_s));
        QVERIFY(inventory.open(QIODevice::WriteOnly));
        inventory.write(
            u"[masters]\n%1 ansible_host=%2 zoo_id=1\n[agents]\n%1\n"_s.arg(host, hosts.host(0).address).toUtf8());
        inventory.close();

        ProvisionWizard w;
        w.resize(1100, 760);
        w.show();
        w.setWorkspacePath(inventory.fileName());
        w.setSshSettings(hosts.user(), hosts.keyPath(), hosts.knownHostsPath());
        w.setBecomePassword(hosts.password());
        w.setRecipePath(mc::test::fixturePath(u"provision/drain-first-agent.yaml"_s));
        w.setRecipeVariable(u"agent_attributes"_s, u"rack:r2"_s);

        // Ticked (with the master typed) before the plan: the plan says what it would drain.
        w.goToPage(ProvisionWizard::RunPage);
        auto *drainFirst = w.findChild<QCheckBox *>(u"provisionDrainFirst"_s);
        auto *masters = w.findChild<QLineEdit *>(u"provisionDrainMasters"_s);
        QVERIFY(drainFirst && masters);
        QVERIFY(!masters->isEnabled());
        QTest::mouseClick(drainFirst, Qt::LeftButton, {}, QPoint(8, drainFirst->height() / 2));
        QVERIFY(drainFirst->isChecked());
        QVERIFY(masters->isEnabled());
        QTest::keyClicks(masters, cluster.leaderUrl());

        w.goToPage(ProvisionWizard::PlanPage);
        w.computePlan();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
        auto *plan = w.findChild<QTreeWidget *>(u"planTree"_s);
        QVERIFY(plan && plan->topLevelItemCount() == 1);
        QStringList planned;
        for (int i = 0; i < plan->topLevelItem(0)->childCount(); ++i)
            planned << plan->topLevelItem(0)->child(i)->text(0) + u" | "_s + plan->topLevelItem(0)->child(i)->text(3);
        QVERIFY2(planned.join(u'\n').contains(u"drain agent | would drain agent %1"_s.arg(agentId)),
                 qPrintable(planned.join(u'\n')));
        auto *warning = w.findChild<QLabel *>(u"planWarnings"_s);
        QVERIFY2(warning && warning->text().contains(u"“Drain agents first” is ticked"_s), qPrintable(warning->text()));
        shoot(w, u"provision-drain-plan"_s);
        QCOMPARE(hosts.runOnHost(0, u"cat /etc/mesos-agent/attributes"_s).output, u"rack:r1\n"_s);

        w.goToPage(ProvisionWizard::RunPage);
        auto *run = w.findChild<QPushButton *>(u"provisionRun"_s);
        QVERIFY(run && run->isEnabled());
        auto *runStatus = w.findChild<QLabel *>(u"runStatus"_s);
        QVERIFY(runStatus);
        QTest::mouseClick(run, Qt::LeftButton);
        // The run starts at once (the drain alone lasts the task's 2 s kill grace): when it does
        // not, the status says why (seen once under load: nothing ran and the output was empty).
        QVERIFY2(w.isBusy(), qPrintable(runStatus->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 90000);
        QVERIFY2(w.lastRun().success(), qPrintable(w.lastRun().recapText()));
        auto *output = w.findChild<QPlainTextEdit *>(u"runOutput"_s);
        QVERIFY(output);
        const QString said = output->toPlainText();
        const qsizetype draining = said.indexOf(u"%1 | agent %2: DRAINING"_s.arg(host, agentId));
        const qsizetype drained = said.indexOf(u"%1 | agent %2: DRAINED"_s.arg(host, agentId));
        QVERIFY2(draining >= 0 && drained > draining, qPrintable(said));
        shoot(w, u"provision-drain-run"_s);

        QCOMPARE(hosts.runOnHost(0, u"cat /etc/mesos-agent/attributes"_s).output, u"rack:r2\n"_s);
        bool deactivated = true;
        const QJsonArray agents
            = mc::test::httpGet(cluster.leaderUrl() + u"/master/slaves"_s).json()[u"slaves"_s].toArray();
        for (const QJsonValue &a : agents) {
            if (a[u"id"_s].toString() == agentId)
                deactivated = a[u"deactivated"_s].toBool();
        }
        QVERIFY(!deactivated);
        hosts.runOnHost(0, u"rm -rf /etc/mesos-agent"_s);
    }
};

QTEST_MAIN(tst_ProvisionWizardDrainFirst)
#include "tst_ProvisionWizardDrainFirst.moc"
