#include "core/cluster/ServiceTypes.h"
#include "core/ssh/SshSession.h"
#include "models/services/ServicesModel.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/ZooKeeperTestService.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/common/EmptyState.h"
#include "widgets/services/AdHocCommandDialog.h"
#include "widgets/services/ServicesView.h"
#include "widgets/ssh/GuiPrompts.h"
#include "widgets/ssh/HostKeyDialog.h"
#include "widgets/ssh/SecretDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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
        view.setConfirmation([&](const mc::widgets::Confirmation &c) {
            questions << c.question;
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

    // The command window offers the workspace's groups (given to the Services
    // view by its caller); picking one ticks exactly its hosts, and the command
    // runs on those only.
    void commandWindowPicksHostsByGroup()
    {
        const QString h0 = m_hosts.host(0).name;
        const QString h1 = m_hosts.host(1).name;
        ServicesView view;
        view.setSessionOptions(options());
        view.setHosts(specs());
        view.setGroups({ { QStringLiteral("masters"), { h0 } },
                         { QStringLiteral("all"), { h0, h1 } },
                         { QStringLiteral("elsewhere"), { QStringLiteral("not-here") } } });
        view.show();
        view.openCommandWindow();
        auto *dialog = view.findChild<mc::widgets::AdHocCommandDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QComboBox *picker = dialog->groupPicker();
        QVERIFY(picker->isVisible());
        QCOMPARE(picker->count(), 3); // "Pick a group…", masters, all; none of elsewhere's hosts is here
        QCOMPARE(dialog->pickedHosts(), QStringList({ h0, h1 })); // every host at first

        picker->setFocus();
        QTest::keyClick(picker, Qt::Key_Down); // masters
        QCOMPARE(picker->currentData().toString(), QStringLiteral("masters"));
        QCOMPARE(dialog->pickedHosts(), QStringList({ h0 }));
        QTest::keyClick(picker, Qt::Key_Down); // all
        QCOMPARE(dialog->pickedHosts(), QStringList({ h0, h1 }));
        // Unticking a host by hand: the picker no longer names the selection.
        dialog->hostList()->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(picker->currentIndex(), 0);
        QCOMPARE(dialog->pickedHosts(), QStringList({ h1 }));

        QTest::keyClick(picker, Qt::Key_Down); // masters again
        QCOMPARE(dialog->pickedHosts(), QStringList({ h0 }));
        QSignalSpy finished(dialog, &mc::widgets::AdHocCommandDialog::commandFinished);
        QTest::keyClicks(dialog->commandField(), QStringLiteral("echo ran on $(hostname)"));
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto results = finished[0][0].value<QList<HostResult>>();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].host, h0);
        const QString out = dialog->output()->toPlainText();
        QVERIFY2(out.contains(h0 + QStringLiteral(" | ran on")), qPrintable(out));
        QVERIFY2(!out.contains(h1 + QStringLiteral(" | ")), qPrintable(out));
    }

    // "Run as root": sudo asks, the password is given on stdin (asked once per
    // host through the prompt), the command runs as root, the password shows
    // nowhere.
    void commandWindowRunsAsRootWithTheSudoPassword()
    {
        if (!m_hosts.canBecome())
            QSKIP("needs namespace hosts (root) for sudo");
        QList<HostSpec> hosts = specs();
        for (HostSpec &h : hosts)
            h.becomePassword.clear(); // asked through the prompt
        SessionOptions o = options();
        QAtomicInt asked;
        QAtomicInt wrongKind;
        const QString password = m_hosts.password();
        o.prompts.secret = [&asked, &wrongKind, password](const SecretRequest &r) -> std::optional<QString> {
            asked.fetchAndAddOrdered(1);
            if (r.kind != SecretKind::BecomePassword)
                wrongKind.fetchAndAddOrdered(1);
            return password;
        };
        mc::widgets::AdHocCommandDialog dialog(hosts, o);
        QStringList rootQuestions;
        dialog.setConfirmation([&](const mc::widgets::Confirmation &c) {
            rootQuestions << c.question + u'\n' + c.objects.join(u'\n');
            return true;
        });
        dialog.show();
        QSignalSpy finished(&dialog, &mc::widgets::AdHocCommandDialog::commandFinished);
        QTest::keyClicks(dialog.commandField(), QStringLiteral("echo user=$(id -un)"));
        // Without become: the login user.
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(dialog.output()->toPlainText().contains(QStringLiteral(" | user=") + m_hosts.user()),
                 qPrintable(dialog.output()->toPlainText()));
        QCOMPARE(asked.loadRelaxed(), 0);
        QVERIFY(rootQuestions.isEmpty()); // not as root: nothing to ask

        QTest::mouseClick(dialog.becomeBox(), Qt::LeftButton, {},
                          QPoint(6, dialog.becomeBox()->height() / 2));
        QVERIFY(dialog.becomeBox()->isChecked());
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        // As root it asked first, naming the hosts.
        QCOMPARE(rootQuestions.size(), 1);
        for (const HostSpec &h : hosts)
            QVERIFY2(rootQuestions.first().contains(h.displayName()), qPrintable(rootQuestions.first()));
        const auto results = finished[1][0].value<QList<HostResult>>();
        QCOMPARE(results.size(), 2);
        for (const HostResult &r : results)
            QVERIFY2(r.state == HostState::Changed, qPrintable(r.host + u' ' + r.reason));
        const QString out = dialog.output()->toPlainText();
        for (int i = 0; i < 2; ++i)
            QVERIFY2(out.contains(m_hosts.host(i).name + QStringLiteral(" | user=root")), qPrintable(out));
        QCOMPARE(asked.loadRelaxed(), 2);
        QCOMPARE(wrongKind.loadRelaxed(), 0);
        QVERIFY(!out.contains(password));
        QVERIFY(!dialog.summary()->text().contains(password));
        QVERIFY2(dialog.summary()->text().startsWith(QStringLiteral("0 of 2 hosts failed")),
                 qPrintable(dialog.summary()->text()));
    }

    // Cancel interrupts the running command; hosts not started yet are left alone.
    void commandWindowCancelInterruptsAndSkipsTheRest()
    {
        mc::widgets::AdHocCommandDialog dialog(specs(), options());
        dialog.show();
        dialog.forksField()->setValue(1); // one host at a time: the second waits
        QVERIFY(!dialog.cancelButton()->isEnabled());
        QSignalSpy finished(&dialog, &mc::widgets::AdHocCommandDialog::commandFinished);
        QTest::keyClicks(dialog.commandField(),
                         QStringLiteral("echo started; touch ~/adhoc-cancel-marker; sleep 30"));
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QVERIFY(!dialog.runButton()->isEnabled());
        QVERIFY(dialog.cancelButton()->isEnabled());
        const QString first = m_hosts.host(0).name;
        const QString second = m_hosts.host(1).name;
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.output()->toPlainText().contains(first + QStringLiteral(" | started")), 20000);
        QElapsedTimer t;
        t.start();
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(t.elapsed() < 3000);
        const auto results = finished[0][0].value<QList<HostResult>>();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].state, HostState::Failed);
        QVERIFY2(results[0].reason.contains(QStringLiteral("cancelled")), qPrintable(results[0].reason));
        QCOMPARE(results[1].state, HostState::Skipped);
        QVERIFY2(results[1].reason.contains(QStringLiteral("cancelled")), qPrintable(results[1].reason));
        QVERIFY(!dialog.output()->toPlainText().contains(second + QStringLiteral(" | ")));
        if (m_hosts.isolated()) {
            QCOMPARE(
                m_hosts.runOnHost(0, QStringLiteral("test -e /home/mctest/adhoc-cancel-marker")).exitCode, 0);
            QVERIFY(m_hosts.runOnHost(1, QStringLiteral("test -e /home/mctest/adhoc-cancel-marker")).exitCode
                    != 0);
        }
        QVERIFY2(dialog.summary()->text().startsWith(QStringLiteral("Cancelled.")),
                 qPrintable(dialog.summary()->text()));
        QVERIFY(dialog.runButton()->isEnabled());
        QVERIFY(!dialog.cancelButton()->isEnabled());
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
