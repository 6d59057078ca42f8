// The provisioning wizard driven under offscreen: against an inventory alone
// (preflight errors, plan errors), and through a real run on SshTestHosts with
// ZooKeeper forming a quorum, postflight and summary.
#include "core/i18n/Translations.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"
#include "tests/support/ZooKeeperServer.h"
#include "tests/support/ZooKeeperTestService.h"
#include "widgets/provision/ProvisionWizard.h"
#include "widgets/settings/Appearance.h"
#include "widgets/ssh/HostKeyDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QPointer>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtTest>

using mc::widgets::ProvisionWizard;

namespace {

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MC_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return f.fileName();
}

QStringList texts(QTreeWidget *tree, int column)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(column);
    return out;
}

} // namespace

class tst_ProvisionWizard : public QObject
{
    Q_OBJECT

private slots:
    void startsEmptyAndCannotGoOn()
    {
        ProvisionWizard w;
        QCOMPARE(w.currentPage(), int(ProvisionWizard::WorkspacePage));
        auto *next = w.findChild<QPushButton *>(QStringLiteral("next"));
        QVERIFY(next);
        QVERIFY(!next->isEnabled());
    }

    void preflightShowsInventoryErrorsBeforeTouchingHosts()
    {
        QTemporaryDir dir;
        const QString inv = writeFile(dir, QStringLiteral("hosts"),
                                      QStringLiteral("[masters]\nm1 zoo_id=1\nm2 zoo_id=1\n[agents]\na1\n"));
        ProvisionWizard w;
        w.resize(1000, 700);
        w.setWorkspacePath(inv);
        w.goToPage(ProvisionWizard::PreflightPage);
        auto *hostChecks = w.findChild<QCheckBox *>(QStringLiteral("preflightHostChecks"));
        QVERIFY(hostChecks);
        hostChecks->setChecked(false);
        w.runPreflight();
        auto *issues = w.findChild<QTreeWidget *>(QStringLiteral("preflightFindings"));
        QVERIFY(issues);
        const QStringList checks = texts(issues, 2);
        QVERIFY2(checks.contains(QStringLiteral("master_count")), qPrintable(checks.join(u',')));
        QVERIFY2(checks.contains(QStringLiteral("zoo_id")), qPrintable(checks.join(u',')));
        shot(&w, QStringLiteral("wizard-preflight-errors"));
    }

    // Tests and screen readers find every control by its objectName.
    void everyControlHasAName()
    {
        ProvisionWizard w;
        QStringList unnamed;
        const auto check = [&](auto *control) {
            if (control->objectName().isEmpty())
                unnamed << QStringLiteral("%1 “%2”").arg(
                    QString::fromLatin1(control->metaObject()->className()),
                    control->accessibleName() + control->property("text").toString());
        };
        for (auto *c : w.findChildren<QPushButton *>())
            check(c);
        for (auto *c : w.findChildren<QCheckBox *>())
            check(c);
        for (auto *c : w.findChildren<QLineEdit *>())
            check(c);
        for (auto *c : w.findChildren<QComboBox *>())
            check(c);
        for (auto *c : w.findChildren<QTreeWidget *>())
            check(c);
        for (auto *c : w.findChildren<QTableWidget *>())
            check(c);
        for (auto *c : w.findChildren<QListWidget *>())
            check(c);
        for (auto *c : w.findChildren<QPlainTextEdit *>())
            check(c);
        for (auto *c : w.findChildren<QProgressBar *>())
            check(c);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    // Each page where the step list says, readable in both themes (MC_SHOT_DIR: every
    // page, light and dark, the preflight with the inventory's findings).
    void everyPageInBothThemes()
    {
        QTemporaryDir dir;
        const QString inv = writeFile(dir, QStringLiteral("hosts"),
                                      QStringLiteral("[masters]\nm1 zoo_id=1\nm2 zoo_id=1\n[agents]\na1\n"));
        ProvisionWizard w;
        w.resize(1100, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setWorkspacePath(inv);
        w.goToPage(ProvisionWizard::PreflightPage);
        w.findChild<QCheckBox *>(QStringLiteral("preflightHostChecks"))->setChecked(false);
        w.runPreflight();
        auto *steps = w.findChild<QListWidget *>(QStringLiteral("steps"));
        QVERIFY(steps);
        const QStringList pages { QStringLiteral("workspacePage"), QStringLiteral("methodPage"),
                                  QStringLiteral("preflightPage"), QStringLiteral("planPage"),
                                  QStringLiteral("runPage"),       QStringLiteral("postflightPage"),
                                  QStringLiteral("summaryPage"),   QStringLiteral("driftPage") };
        for (const auto theme : { mc::settings::Theme::Light, mc::settings::Theme::Dark }) {
            mc::widgets::applyTheme(theme);
            QTest::qWait(200);
            for (int page = ProvisionWizard::WorkspacePage; page <= ProvisionWizard::DriftPage; ++page) {
                w.goToPage(page);
                QCOMPARE(steps->currentRow(), page);
                auto *shown = w.findChild<QWidget *>(pages[page]);
                QVERIFY2(shown && shown->isVisible(), qPrintable(pages[page]));
                shot(&w,
                     QStringLiteral("wizard-page-%1-%2")
                         .arg(page)
                         .arg(theme == mc::settings::Theme::Dark ? QStringLiteral("dark")
                                                                 : QStringLiteral("light")));
            }
        }
        mc::widgets::applyTheme(mc::settings::Theme::Light);
    }

    // The pages are classes of their own but translate in the wizard's context: the
    // shipped translations still reach them, and the shared context's messages too.
    void pagesKeepTheirTranslations()
    {
        QCOMPARE(mc::i18n::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        // English again however this test ends: the next ones read English texts.
        const auto english = qScopeGuard([] { mc::i18n::installTranslations(QStringLiteral("en")); });
        {
            ProvisionWizard w;
            QCOMPARE(w.findChild<QPushButton *>(QStringLiteral("runChecks"))->text(),
                     QStringLiteral("Prüfungen ausführen"));
            QCOMPARE(w.findChild<QPushButton *>(QStringLiteral("checkDrift"))->text(),
                     QStringLiteral("Auf Drift prüfen"));
            w.goToPage(ProvisionWizard::RunPage);
            w.startRun();
            QCOMPARE(w.findChild<QLabel *>(QStringLiteral("runStatus"))->text(),
                     QStringLiteral("Planen nicht möglich: Zuerst ein Inventar wählen."));
        }
    }

    // Summary and "Retry failed hosts only" wait for a run; the step list says so.
    void stepsNotReachedAreDisabled()
    {
        QTemporaryDir dir;
        const QString inv = writeFile(dir, QStringLiteral("hosts"),
                                      QStringLiteral("[masters]\nm1 zoo_id=1\n[agents]\na1\n"));
        ProvisionWizard w;
        w.show();
        auto *steps = w.findChild<QListWidget *>(QStringLiteral("steps"));
        auto *next = w.findChild<QPushButton *>(QStringLiteral("next"));
        auto *retry = w.findChild<QPushButton *>(QStringLiteral("retryFailed"));
        QVERIFY(steps && next && retry);
        // Nothing chosen: only the first step.
        for (int row = 1; row < steps->count(); ++row)
            QVERIFY2(!(steps->item(row)->flags() & Qt::ItemIsEnabled), qPrintable(steps->item(row)->text()));
        w.setWorkspacePath(inv);
        QVERIFY(steps->item(ProvisionWizard::PlanPage)->flags() & Qt::ItemIsEnabled);
        QVERIFY(!(steps->item(ProvisionWizard::SummaryPage)->flags() & Qt::ItemIsEnabled));
        QVERIFY(!retry->isEnabled());
        // A click on the summary step does not go there.
        const QRect summary = steps->visualItemRect(steps->item(ProvisionWizard::SummaryPage));
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, summary.center());
        QCOMPARE(w.currentPage(), int(ProvisionWizard::WorkspacePage));
        // Next walks up to Postflight, not beyond.
        for (int page = ProvisionWizard::WorkspacePage; page < ProvisionWizard::PostflightPage; ++page) {
            QVERIFY2(next->isEnabled(), qPrintable(QString::number(page)));
            QTest::mouseClick(next, Qt::LeftButton);
        }
        QCOMPARE(w.currentPage(), int(ProvisionWizard::PostflightPage));
        QVERIFY(!next->isEnabled());
        QVERIFY(!next->toolTip().isEmpty());
    }

    // Preflight showed an empty table for minutes, errors as cut-off lines, and Next stayed on:
    // now a row per host as it is checked, its findings wrapped in the table, and no way on.
    // The wizard closed while its preflight still waits for a host: the checks end on
    // their thread later and must not call into the deleted wizard (they did: a queued
    // call on a dangling pointer).
    void closingDuringAPreflightIsSafe()
    {
        QTcpServer silent; // accepts and never says a word: the SSH banner never comes
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        const QString inv
            = writeFile(dir, QStringLiteral("hosts"),
                        QStringLiteral("[masters]\nm1 ansible_host=127.0.0.1 ansible_port=%1 zoo_id=1\n"
                                       "[agents]\na1 ansible_host=127.0.0.1 ansible_port=%1\n")
                            .arg(silent.serverPort()));
        auto *w = new ProvisionWizard;
        w->setWorkspacePath(inv);
        w->setSshSettings(QStringLiteral("nobody"), QString(), dir.filePath(QStringLiteral("known_hosts")));
        w->goToPage(ProvisionWizard::PreflightPage);
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("runChecks")), Qt::LeftButton);
        QVERIFY(w->isBusy());
        QPointer<ProvisionWizard> gone(w);
        delete w;
        QVERIFY(!gone);
        // The checks give up on the silent host after their connect timeout (5 s): wait past it.
        QTest::qWait(8000);
        QVERIFY(silent.isListening());
    }

    void preflightShowsEachHostAndBlocksNextOnErrors()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closed = probe.serverPort();
        probe.close(); // nothing listens there now: refused at once
        QTemporaryDir dir;
        const QString inv
            = writeFile(dir, QStringLiteral("hosts"),
                        QStringLiteral("[masters]\nm1 ansible_host=127.0.0.1 ansible_port=%1 zoo_id=1\n"
                                       "[agents]\na1 ansible_host=127.0.0.1 ansible_port=%1\n")
                            .arg(closed));
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *w = new ProvisionWizard;
        layout->addWidget(w);
        window.resize(1024, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        w->setWorkspacePath(inv);
        w->setSshSettings(QStringLiteral("nobody"), QString(), dir.filePath(QStringLiteral("known_hosts")));
        w->goToPage(ProvisionWizard::PreflightPage);
        auto *findings = w->findChild<QTreeWidget *>(QStringLiteral("preflightFindings"));
        auto *next = w->findChild<QPushButton *>(QStringLiteral("next"));
        QVERIFY(findings && next && next->isEnabled());
        QStringList checking;
        QObject context; // declared after the captured locals: the connection ends before they do
        connect(findings->model(), &QAbstractItemModel::rowsInserted, &context,
                [findings, &checking]( // clazy:exclude=lambda-in-connect the context goes first
                    const QModelIndex &, int first) {
                    const QModelIndex index = findings->model()->index(first, 3);
                    if (index.data().toString() == u"checking…")
                        checking << findings->model()->index(first, 1).data().toString();
                });
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("runChecks")), Qt::LeftButton);
        QVERIFY(w->isBusy());
        QVERIFY(!next->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!w->isBusy(), 60000);
        checking.sort();
        QCOMPARE(checking, (QStringList { QStringLiteral("a1"), QStringLiteral("m1") }));
        QStringList hosts;
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = findings->topLevelItem(i);
            if (item->text(0) == u"error" && item->text(2) == u"ssh")
                hosts << item->text(1);
        }
        hosts.sort();
        QCOMPARE(hosts, (QStringList { QStringLiteral("a1"), QStringLiteral("m1") }));
        QVERIFY(!next->isEnabled());
        QVERIFY(!next->toolTip().isEmpty());
        auto *steps = w->findChild<QListWidget *>(QStringLiteral("steps"));
        QVERIFY(!(steps->item(ProvisionWizard::PlanPage)->flags() & Qt::ItemIsEnabled));
        // Wrapped in the table: no horizontal scrolling, the window as wide as it was.
        QVERIFY(!findings->horizontalScrollBar()->isVisible());
        QCOMPARE(window.width(), 1024);
        shot(&window, QStringLiteral("wizard-preflight-unreachable"));
    }

    // Fresh machines are not in known_hosts yet: the wizard asks about each key (fingerprint
    // shown) instead of refusing it, and goes on once trusted; asked once, not per connection.
    void freshHostsAreAskedAboutTheirKeys()
    {
        mc::test::SshTestHosts hosts;
        QString error;
        QVERIFY2(hosts.start(1, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString inv
            = writeFile(dir, QStringLiteral("hosts"),
                        QStringLiteral("[masters]\n%1 ansible_host=%2 ansible_port=%3 zoo_id=1\n")
                            .arg(hosts.host(0).name, hosts.host(0).address)
                            .arg(hosts.host(0).port));
        ProvisionWizard w;
        w.show();
        w.setWorkspacePath(inv);
        w.setSshSettings(hosts.user(), hosts.keyPath(), dir.filePath(QStringLiteral("known_hosts")));
        w.setBecomePassword(hosts.password());
        w.setRecipePath(mc::test::fixturePath(QStringLiteral("provision/files-and-zookeeper.yaml")));
        QStringList fingerprints;
        QTimer answerer;
        answerer.setInterval(20);
        connect(&answerer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<mc::widgets::HostKeyDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            fingerprints << dialog->findChild<QLabel *>(QStringLiteral("fingerprint"))->text();
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trustOnce")), Qt::LeftButton);
        });
        answerer.start();
        w.goToPage(ProvisionWizard::PlanPage);
        w.computePlan();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
        QCOMPARE(fingerprints.size(), 1);
        QVERIFY2(fingerprints.first().contains(hosts.hostKeyFingerprint(0)),
                 qPrintable(fingerprints.first()));
        auto *plan = w.findChild<QTreeWidget *>(QStringLiteral("planTree"));
        QVERIFY(plan);
        QCOMPARE(plan->topLevelItemCount(), 1);
        QStringList states;
        for (int i = 0; i < plan->topLevelItem(0)->childCount(); ++i)
            states << plan->topLevelItem(0)->child(i)->text(2);
        QVERIFY2(states.contains(QStringLiteral("change")), qPrintable(states.join(u',')));
    }

    void runsAClusterEndToEnd()
    {
        if (!mc::test::ZooKeeperServer::unavailableReason().isEmpty())
            QSKIP(qPrintable(mc::test::ZooKeeperServer::unavailableReason()));
        mc::test::SshTestHosts hosts;
        QString error;
        QVERIFY2(hosts.start(3, &error), qPrintable(error));
        if (!hosts.isolated())
            QSKIP("needs root for isolated test hosts");
        for (int i = 0; i < 3; ++i)
            QVERIFY2(mc::test::installZooKeeperService(hosts, i, &error), qPrintable(error));
        QTemporaryDir dir;
        QString ini = QStringLiteral("[masters]\n");
        for (int i = 0; i < 3; ++i)
            ini += QStringLiteral("%1 ansible_host=%2 zoo_id=%3\n")
                       .arg(hosts.host(i).name, hosts.host(i).address)
                       .arg(i + 1);
        ini += QStringLiteral("[agents]\n%1\n").arg(hosts.host(2).name);
        const QString inv = writeFile(dir, QStringLiteral("hosts"), ini);

        ProvisionWizard w;
        w.resize(1100, 760);
        w.show();
        w.setWorkspacePath(inv);
        w.setSshSettings(hosts.user(), hosts.keyPath(), hosts.knownHostsPath());
        w.setBecomePassword(hosts.password());
        shot(&w, QStringLiteral("wizard-1-workspace"));
        w.setRecipePath(mc::test::fixturePath(QStringLiteral("provision/files-and-zookeeper.yaml")));
        w.setRecipeVariable(QStringLiteral("zk_tick_time"), QStringLiteral("200"));
        w.goToPage(ProvisionWizard::MethodPage);
        shot(&w, QStringLiteral("wizard-2-method"));

        w.goToPage(ProvisionWizard::PreflightPage);
        w.runPreflight();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
        shot(&w, QStringLiteral("wizard-3-preflight"));

        w.goToPage(ProvisionWizard::PlanPage);
        w.computePlan();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
        auto *plan = w.findChild<QTreeWidget *>(QStringLiteral("planTree"));
        QVERIFY(plan);
        QCOMPARE(plan->topLevelItemCount(), 3);
        // Select zoo.cfg of the first host: its diff shows.
        QTreeWidgetItem *host0 = plan->topLevelItem(0);
        for (int i = 0; i < host0->childCount(); ++i) {
            if (host0->child(i)->text(0) == u"zoo.cfg")
                plan->setCurrentItem(host0->child(i));
        }
        QVERIFY(plan->currentItem());
        auto *diff = w.findChild<QPlainTextEdit *>(QStringLiteral("planDiff"));
        QVERIFY(diff);
        QVERIFY2(diff->toPlainText().contains(QStringLiteral("+server.1=")), qPrintable(diff->toPlainText()));
        shot(&w, QStringLiteral("wizard-4-plan"));
        // Nothing was changed by the plan.
        QCOMPARE(hosts.runOnHost(0, QStringLiteral("test -e /etc/mesos/zk")).exitCode, 1);

        w.goToPage(ProvisionWizard::RunPage);
        w.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 90000);
        QVERIFY2(w.lastRun().success(), qPrintable(w.lastRun().recapText()));
        shot(&w, QStringLiteral("wizard-5-run"));

        w.goToPage(ProvisionWizard::PostflightPage);
        auto quorumShown = [&] {
            const auto *zk = w.lastPostflight().verdict(mc::provision::Postflight::kZooKeeper);
            return zk && zk->ok && zk->text.startsWith(QStringLiteral("1 leader, 2 followers"));
        };
        QElapsedTimer waited;
        waited.start();
        while (!quorumShown() && waited.elapsed() < 40000) {
            w.runPostflight();
            QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
            if (!quorumShown())
                QTest::qWait(500);
        }
        QVERIFY(quorumShown());
        // No Mesos or Marathon runs on the test hosts: the postflight says which and why.
        const auto *mesos = w.lastPostflight().verdict(mc::provision::Postflight::kMesos);
        QVERIFY(mesos && !mesos->ok);
        QVERIFY2(mesos->text.contains(QStringLiteral("cannot ask %1:5050").arg(hosts.host(0).address)),
                 qPrintable(mesos->text));
        auto *postflightStatus = w.findChild<QLabel *>(QStringLiteral("postflightStatus"));
        QVERIFY(postflightStatus);
        QVERIFY2(postflightStatus->text().contains(QStringLiteral("ZooKeeper: 1 leader, 2 followers")),
                 qPrintable(postflightStatus->text()));
        shot(&w, QStringLiteral("wizard-6-postflight"));
        w.goToPage(ProvisionWizard::SummaryPage);
        // The journal of the first host: its run, step by step with timings.
        auto *history = w.findChild<QPlainTextEdit *>(QStringLiteral("history"));
        QVERIFY(history);
        QVERIFY2(history->toPlainText().contains(QStringLiteral("zookeeper | zoo.cfg  CHANGED")),
                 qPrintable(history->toPlainText()));
        // Where the time went: a row per kind of work and one for all, from this run.
        auto *profile = w.findChild<QTreeWidget *>(QStringLiteral("profileTable"));
        QVERIFY(profile);
        const QStringList kinds = texts(profile, 0);
        QVERIFY2(kinds.size() >= 4, qPrintable(kinds.join(u',')));
        QCOMPARE(kinds.first(), QStringLiteral("connect"));
        QVERIFY2(kinds.contains(QStringLiteral("file upload")), qPrintable(kinds.join(u',')));
        QVERIFY2(kinds.last().startsWith(QStringLiteral("all (")), qPrintable(kinds.last()));
        QVERIFY(profile->topLevelItem(int(kinds.size()) - 1)->text(1).toInt() > 0);
        shot(&w, QStringLiteral("wizard-7-summary"));
        if (!qEnvironmentVariable("MC_SHOT_DIR").isEmpty()) {
            mc::widgets::applyTheme(mc::settings::Theme::Dark);
            QTest::qWait(200);
            shot(&w, QStringLiteral("wizard-7-summary-dark"));
            mc::widgets::applyTheme(mc::settings::Theme::Light);
        }

        // Drift: a file changed by hand shows with its diff; converge clears it.
        const QString edited = QStringLiteral("/etc/mesos-master/cluster");
        QCOMPARE(hosts.runOnHost(1, QStringLiteral("echo by-hand > %1").arg(edited)).exitCode, 0);
        w.goToPage(ProvisionWizard::DriftPage);
        w.checkDrift();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
        QCOMPARE(w.lastDrift().driftedHosts(), QStringList { hosts.host(1).name });
        auto *driftTree = w.findChild<QTreeWidget *>(QStringLiteral("driftTree"));
        QVERIFY(driftTree);
        QCOMPARE(driftTree->topLevelItem(1)->text(1), QStringLiteral("drifted"));
        QCOMPARE(driftTree->topLevelItem(0)->text(1), QStringLiteral("in sync"));
        auto *driftDetail = w.findChild<QPlainTextEdit *>(QStringLiteral("driftDetail"));
        QVERIFY(driftDetail && driftDetail->isVisible());
        QVERIFY2(driftDetail->toPlainText().contains(QStringLiteral("-by-hand\n+mesos\n")),
                 qPrintable(driftDetail->toPlainText()));
        shot(&w, QStringLiteral("wizard-8-drift"));
        w.converge();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 60000);
        QVERIFY2(w.lastRun().success(), qPrintable(w.lastRun().recapText()));
        QCOMPARE(w.lastRun().recap.size(), 1);
        QCOMPARE(hosts.runOnHost(1, QStringLiteral("cat %1").arg(edited)).output, QStringLiteral("mesos\n"));
        w.goToPage(ProvisionWizard::DriftPage);
        w.checkDrift();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
        QVERIFY2(w.lastDrift().driftedHosts().isEmpty(), qPrintable(w.lastDrift().text()));
        shot(&w, QStringLiteral("wizard-8-drift-converged"));

        // Agent identity: a plan that changes an agent's attributes says what it costs.
        QCOMPARE(hosts.runOnHost(2, QStringLiteral("echo rack:r1 > /etc/mesos-slave/attributes")).exitCode,
                 0);
        const QString attributes = writeFile(
            dir, QStringLiteral("attributes.yaml"),
            QStringLiteral("recipe: 1\nname: Agent attributes\nvariables: { agent_attributes: 'rack:r2' }\n"
                           "apply: { agents: [mesos-agent] }\nroles:\n  mesos-agent:\n    steps:\n"
                           "      - name: attributes\n        copy: { dest: /etc/mesos-slave/attributes, "
                           "content: \"{{agent_attributes}}\\n\" }\n"));
        w.setRecipePath(attributes);
        auto labelShows = [&](const char *name, const QString &start) {
            auto *label = w.findChild<QLabel *>(QLatin1String(name));
            return label && label->isVisible() && label->text().startsWith(start);
        };
        // Not before the plan was seen.
        w.goToPage(ProvisionWizard::RunPage);
        w.startRun();
        QVERIFY(!w.isBusy());
        QVERIFY(labelShows(
            "runStatus",
            QStringLiteral("This recipe writes the attributes/resources of %1").arg(hosts.host(2).name)));
        w.goToPage(ProvisionWizard::PlanPage);
        w.computePlan();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
        QCOMPARE(w.identityWarnings().size(), 1);
        QVERIFY2(w.identityWarnings().at(0).contains(QStringLiteral("rm -f /var/lib/mesos/meta/slaves/latest")),
                 qPrintable(w.identityWarnings().at(0)));
        QVERIFY(labelShows("planWarnings", QStringLiteral("Agent identity: agent ")));
        shot(&w, QStringLiteral("wizard-9-agent-identity"));
        QCOMPARE(hosts.runOnHost(2, QStringLiteral("cat /etc/mesos-slave/attributes")).output,
                 QStringLiteral("rack:r1\n"));
        // Seen: the run goes, and says it again.
        w.goToPage(ProvisionWizard::RunPage);
        QVERIFY(labelShows("runWarnings", QStringLiteral("Agent identity: agent ")));
        w.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
        QVERIFY2(w.lastRun().success(), qPrintable(w.lastRun().recapText()));
        QCOMPARE(hosts.runOnHost(2, QStringLiteral("cat /etc/mesos-slave/attributes")).output,
                 QStringLiteral("rack:r2\n"));

        // A host that fails is retried alone.
        const QString failing = writeFile(
            dir, QStringLiteral("failing.yaml"),
            QStringLiteral("recipe: 1\nname: Fails where told\napply: { masters: [r] }\nroles:\n  r:\n"
                           "    steps:\n      - name: not told to fail\n        command: test ! -e "
                           "/etc/mesos/mc-fail\n"));
        w.setRecipePath(failing);
        QCOMPARE(hosts.runOnHost(1, QStringLiteral("touch /etc/mesos/mc-fail")).exitCode, 0);
        w.goToPage(ProvisionWizard::RunPage);
        w.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
        QVERIFY2(w.lastRun().badHosts() == QStringList { hosts.host(1).name },
                 qPrintable(w.lastRun().recapText()));
        QCOMPARE(w.lastRun().recap.size(), 3);
        w.goToPage(ProvisionWizard::SummaryPage);
        auto *retry = w.findChild<QPushButton *>(QStringLiteral("retryFailed"));
        QVERIFY(retry && retry->isEnabled());
        shot(&w, QStringLiteral("wizard-10-retry"));
        QCOMPARE(hosts.runOnHost(1, QStringLiteral("rm /etc/mesos/mc-fail")).exitCode, 0);
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
        QVERIFY2(w.lastRun().success(), qPrintable(w.lastRun().recapText()));
        QCOMPARE(w.lastRun().recap.size(), 1);
        QCOMPARE(w.lastRun().recap[0].host, hosts.host(1).name);
        QVERIFY(!retry->isEnabled());
        // All ZooKeepers stop at once (each JVM takes seconds), bounded.
        std::vector<std::unique_ptr<QThread>> stops;
        for (int i = 0; i < 3; ++i) {
            stops.emplace_back(QThread::create(
                [&hosts, i] { hosts.runOnHost(i, QStringLiteral("/etc/init.d/zookeeper stop"), 20000); }));
            stops.back()->start();
        }
        for (auto &t : stops)
            t->wait();
    }
};

QTEST_MAIN(tst_ProvisionWizard)
#include "tst_ProvisionWizard.moc"
