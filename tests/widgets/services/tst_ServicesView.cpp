#include "core/cluster/ServiceTypes.h"
#include "core/ssh/SshSession.h"
#include "models/services/ServicesModel.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/ZooKeeperTestService.h"
#include "widgets/common/EmptyState.h"
#include "widgets/services/AdHocCommandDialog.h"
#include "widgets/services/ServicesView.h"
#include "widgets/ssh/GuiPrompts.h"
#include "widgets/ssh/HostKeyDialog.h"
#include "widgets/ssh/SecretDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mc::cluster;
using namespace mc::ssh;
using mc::models::ServicesModel;
using mc::test::SshTestHosts;
using mc::widgets::ServicesView;

// The Services view and the SSH dialogs, driven like a user would, against real
// sshd test hosts with a real ZooKeeper.
class TestServicesView : public QObject
{
    Q_OBJECT

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
    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(2, &error), qPrintable(error));
        if (m_hosts.isolated()) {
            QVERIFY2(mc::test::installZooKeeperService(m_hosts, 0, &error), qPrintable(error));
            QCOMPARE(m_hosts.runOnHost(0, QStringLiteral("service zookeeper start")).exitCode, 0);
        }
    }
    void cleanupTestCase() { m_hosts.stop(); }

    void showsEmptyStateWithoutHosts()
    {
        ServicesView view;
        view.resize(900, 600);
        view.show();
        auto *empty = view.findChild<mc::widgets::EmptyState *>();
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!view.table()->isVisible());
    }

    void showsLiveStatusAndRestartsAColumnAfterConfirming()
    {
        if (!m_hosts.isolated())
            QSKIP("needs namespace hosts (root) for ZooKeeper and sudo");
        ServicesView view;
        QStringList questions;
        bool answer = false;
        view.setConfirmation([&](const QString &q) {
            questions << q;
            return answer;
        });
        view.setSessionOptions(options());
        view.setHosts(specs());
        view.setStatusInterval(500);
        view.resize(1000, 640);
        view.show();
        QVERIFY(view.table()->isVisible());
        ServicesModel *model = view.model();
        const QString zkHost = m_hosts.host(0).name;
        QTRY_COMPARE_WITH_TIMEOUT(model->status(zkHost, Service::ZooKeeper), ServiceStatus::Active, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->status(m_hosts.host(1).name, Service::ZooKeeper),
                                  ServiceStatus::Absent, 20000);
        QCOMPARE(model->indexFor(zkHost, Service::ZooKeeper).data().toString(), QStringLiteral("active"));

        // Select the zookeeper column on the zookeeper host; "Restart": asked first.
        view.table()->selectionModel()->select(model->indexFor(zkHost, Service::ZooKeeper),
                                               QItemSelectionModel::ClearAndSelect);
        auto *restart = view.findChild<QPushButton *>(QStringLiteral("restartButton"));
        QVERIFY(restart);
        QSignalSpy finished(&view, &ServicesView::actionFinished);
        QTest::mouseClick(restart, Qt::LeftButton);
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions[0].contains(QStringLiteral("one at a time")));
        QVERIFY(!view.isBusy()); // refused: nothing runs

        answer = true;
        QTest::mouseClick(restart, Qt::LeftButton);
        QCOMPARE(questions.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto results = finished[0][0].value<QList<HostResult>>();
        QCOMPARE(results.size(), 1);
        QVERIFY2(results[0].state == HostState::Changed, qPrintable(results[0].reason));
        // Right after the restart ZooKeeper may not answer on its client port
        // yet: the next status poll says "starting" until it does.
        QTRY_COMPARE_WITH_TIMEOUT(model->status(zkHost, Service::ZooKeeper), ServiceStatus::Active, 20000);
        QVERIFY(view.output()->toPlainText().contains(zkHost + QStringLiteral(" | ")));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("1 ok")));
        shoot(&view, QStringLiteral("services-view.png"));
    }

    void commandWindowShowsOutputAndExitCodes()
    {
        mc::widgets::AdHocCommandDialog dialog(specs(), options());
        dialog.show();
        QSignalSpy finished(&dialog, &mc::widgets::AdHocCommandDialog::commandFinished);
        QTest::keyClicks(dialog.commandField(),
                         QStringLiteral("echo hello from $(hostname); [ $(hostname) != mchost1 ]"));
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const QString out = dialog.output()->toPlainText();
        QVERIFY2(out.contains(m_hosts.host(0).name + QStringLiteral(" | hello from")), qPrintable(out));
        if (m_hosts.isolated()) {
            QVERIFY(dialog.summary()->text().contains(QStringLiteral("1 of 2 hosts failed")));
            QVERIFY(dialog.summary()->text().contains(QStringLiteral("mchost1: exit 1")));
        }
        shoot(&dialog, QStringLiteral("command-window.png"));
    }

    void hostKeyDialogShowsFingerprintAndReturnsChoice_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("decision");
        QTest::newRow("refuse") << QStringLiteral("refuse") << int(TrustDecision::Refuse);
        QTest::newRow("once") << QStringLiteral("trustOnce") << int(TrustDecision::TrustOnce);
        QTest::newRow("always") << QStringLiteral("trustAlways") << int(TrustDecision::TrustAlways);
    }
    void hostKeyDialogShowsFingerprintAndReturnsChoice()
    {
        QFETCH(QString, button);
        QFETCH(int, decision);
        mc::widgets::HostKeyDialog dialog({ QStringLiteral("m1"), QStringLiteral("10.0.0.1"), 22,
                                            QStringLiteral("ssh-ed25519"), QStringLiteral("SHA256:abcdef") });
        dialog.show();
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("fingerprint"))
                    ->text()
                    .contains(QStringLiteral("SHA256:abcdef")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(button), Qt::LeftButton);
        QCOMPARE(int(dialog.decision()), decision);
        if (button == u"trustAlways")
            shoot(&dialog, QStringLiteral("host-key-dialog.png"));
    }

    // The console's prompts remember a typed password for the session, but not
    // one the host refused: a typo is asked again, not replayed forever.
    void refusedPasswordIsAskedAgainAcceptedOneIsNot()
    {
        HostSpec host = specs().at(0);
        host.keyPath.clear(); // no key of the test hosts: password login
        SessionOptions o = options();
        o.prompts = mc::widgets::guiPrompts(nullptr);
        QStringList typed { QStringLiteral("typo"), m_hosts.password() };
        int dialogs = 0;
        QTimer answerer;
        answerer.setInterval(20);
        connect(&answerer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<mc::widgets::SecretDialog *>(QApplication::activeModalWidget());
            if (!dialog || typed.isEmpty())
                return;
            ++dialogs;
            QTest::keyClicks(dialog->field(), typed.takeFirst());
            dialog->accept();
        });
        answerer.start();
        const auto login = [&] {
            SshSession session(host, o);
            return session.exec(QStringLiteral("true"));
        };
        const auto first = login();
        QVERIFY(!first.ok());
        QVERIFY2(first.error().message.contains(QStringLiteral("authentication")),
                 qPrintable(first.error().message));
        QCOMPARE(dialogs, 1);
        const auto second = login(); // asked again
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
        QCOMPARE(dialogs, 2);
        const auto third = login(); // remembered
        QVERIFY(third.ok());
        QCOMPARE(dialogs, 2);
    }

    // Trust once / refuse an unknown host key: asked once per session, not on every connection
    // (the Services view connects every few seconds).
    void hostKeyDecisionIsAskedOncePerSession()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SessionOptions o = options();
        o.knownHostsPath = dir.filePath(QStringLiteral("known_hosts")); // knows no host
        o.prompts = mc::widgets::guiPrompts(nullptr);
        QString button;
        int dialogs = 0;
        QTimer answerer;
        answerer.setInterval(20);
        connect(&answerer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<mc::widgets::HostKeyDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            ++dialogs;
            QTest::mouseClick(dialog->findChild<QPushButton *>(button), Qt::LeftButton);
        });
        answerer.start();
        const auto login = [&](int host) {
            SshSession session(specs().at(host), o);
            return session.exec(QStringLiteral("true"));
        };
        button = QStringLiteral("trustOnce");
        QVERIFY(login(0).ok());
        QCOMPARE(dialogs, 1);
        QVERIFY(login(0).ok()); // trusted for the session
        QCOMPARE(dialogs, 1);
        QVERIFY(!QFile::exists(o.knownHostsPath) || QFile(o.knownHostsPath).size() == 0); // only once

        button = QStringLiteral("refuse");
        QVERIFY(!login(1).ok());
        QCOMPARE(dialogs, 2);
        const auto again = login(1); // refused for the session, without asking
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(m_hosts.hostKeyFingerprint(1)),
                 qPrintable(again.error().message));
        QCOMPARE(dialogs, 2);
    }

    void secretDialogHidesWhatIsTyped()
    {
        mc::widgets::SecretDialog dialog(
            { QStringLiteral("m1"), SecretKind::BecomePassword, QStringLiteral("sudo password") });
        dialog.show();
        QCOMPARE(dialog.field()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(dialog.field(), QStringLiteral("s3cret"));
        QCOMPARE(dialog.secret(), QStringLiteral("s3cret"));
    }
};

QTEST_MAIN(TestServicesView)
#include "tst_ServicesView.moc"
