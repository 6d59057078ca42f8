#include "core/cluster/ServiceTypes.h"
#include "core/ssh/HostResult.h"
#include "models/services/ServicesModel.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/ZooKeeperTestService.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/services/ServicesView.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace mc::cluster;
using namespace mc::ssh;
using mc::models::ServicesModel;
using mc::test::SshTestHosts;
using mc::widgets::ServicesView;

// Cancelling a running action in the Services view, against three real sshd
// hosts each running a real ZooKeeper: a rolling restart cancelled after its
// first host leaves the other two alone and says so per host.
class TestServicesViewCancel : public QObject
{
    Q_OBJECT

    static constexpr int kHosts = 3;
    SshTestHosts m_hosts;

    QList<HostSpec> specs() const
    {
        QList<HostSpec> list;
        for (int i = 0; i < m_hosts.hosts().size(); ++i) {
            HostSpec s;
            s.name = m_hosts.host(i).name;
            s.address = m_hosts.host(i).address;
            s.port = m_hosts.host(i).port;
            s.user = m_hosts.user();
            s.keyPath = m_hosts.keyPath();
            s.becomePassword = m_hosts.password();
            list << s;
        }
        return list;
    }
    SessionOptions options() const
    {
        SessionOptions o;
        o.knownHostsPath = m_hosts.knownHostsPath();
        o.sshConfigPath = QStringLiteral("none");
        o.connectTimeoutMs = 3000;
        return o;
    }
    QString zooKeeperPid(int i) const
    {
        return m_hosts.runOnHost(i, QStringLiteral("cat /run/zookeeper.pid")).output.trimmed();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(kHosts, &error), qPrintable(error));
        if (!m_hosts.isolated())
            QSKIP("needs namespace hosts (root) for ZooKeeper and sudo");
        for (int i = 0; i < kHosts; ++i) {
            QVERIFY2(mc::test::installZooKeeperService(m_hosts, i, &error), qPrintable(error));
            QCOMPARE(m_hosts.runOnHost(i, QStringLiteral("service zookeeper start")).exitCode, 0);
        }
    }
    void cleanupTestCase() { m_hosts.stop(); }

    void cancelledRollingRestartLeavesTheOtherHostsAlone()
    {
        ServicesView view;
        view.setConfirmation([](const mc::widgets::Confirmation &) { return true; });
        view.setSessionOptions(options());
        view.setHosts(specs());
        view.setStatusInterval(500);
        view.resize(1000, 640);
        view.show();
        ServicesModel *model = view.model();
        for (int i = 0; i < kHosts; ++i)
            QTRY_COMPARE_WITH_TIMEOUT(model->status(m_hosts.host(i).name, Service::ZooKeeper),
                                      ServiceStatus::Active, 30000);
        QStringList pids;
        for (int i = 0; i < kHosts; ++i) {
            pids << zooKeeperPid(i);
            QVERIFY2(!pids.last().isEmpty(), qPrintable(m_hosts.host(i).name));
        }

        QVERIFY(!view.cancelButton()->isVisible()); // nothing runs
        QVERIFY(view.findChild<QCheckBox *>(QStringLiteral("rolling"))->isChecked());
        // The whole ZooKeeper column, rolling: one host at a time.
        const int column = int(model->services().indexOf(Service::ZooKeeper));
        view.table()->selectColumn(column);
        QSignalSpy finished(&view, &ServicesView::actionFinished);
        // Cancel as soon as the first host's ZooKeeper answers again (the job then
        // only reads its status before the next host would start).
        const QString firstHost = m_hosts.host(0).name;
        bool clicked = false;
        connect(view.output(), &QPlainTextEdit::textChanged, this, [&] {
            if (!clicked
                && view.output()->toPlainText().contains(firstHost
                                                         + QStringLiteral(" | zookeeper answers again"))) {
                clicked = true;
                QVERIFY(view.cancelButton()->isVisible());
                QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
            }
        });
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("restartButton")), Qt::LeftButton);
        QVERIFY(view.isBusy());
        QVERIFY(view.cancelButton()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 90000);
        QVERIFY(clicked);

        const auto results = finished[0][0].value<QList<HostResult>>();
        QCOMPARE(results.size(), kHosts);
        QCOMPARE(results[0].host, firstHost);
        QVERIFY2(results[0].state == HostState::Changed, qPrintable(results[0].reason));
        for (int i = 1; i < kHosts; ++i) {
            QCOMPARE(results[i].state, HostState::Skipped);
            QVERIFY2(results[i].reason.contains(QStringLiteral("cancelled")), qPrintable(results[i].reason));
        }
        // The first host restarted; the others kept their ZooKeeper process.
        QVERIFY(zooKeeperPid(0) != pids[0]);
        QCOMPARE(zooKeeperPid(1), pids[1]);
        QCOMPARE(zooKeeperPid(2), pids[2]);

        // Said per host, and in the summary; the button goes away.
        const QString out = view.output()->toPlainText();
        for (int i = 1; i < kHosts; ++i)
            QVERIFY2(out.contains(m_hosts.host(i).name + QStringLiteral(" | skipped: cancelled")),
                     qPrintable(out));
        const QString summary = view.findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Cancelled"))
                     && summary.contains(QStringLiteral("2 not started")),
                 qPrintable(summary));
        QVERIFY(!view.cancelButton()->isVisible());
        QVERIFY(!view.isBusy());
    }
};

QTEST_MAIN(TestServicesViewCancel)
#include "tst_ServicesViewCancel.moc"
