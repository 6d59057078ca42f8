// mesos-console-cli --verbose writes the diagnostic log on stderr, against a real localcluster
// with HTTP authentication on: the mc.cluster line naming the leading master is there, the
// password (given in the environment, or in the master's URL) and its Authorization value are
// not. Without --verbose stderr stays the command's own; QT_LOGGING_RULES still picks lines.

#include "tests/support/LocalClusterProcess.h"
#include "tests/support/CliRun.h"

#include <QTest>
#include <QUrl>

namespace {

using Run = mc::test::CliRun;
using mc::test::runCli;

const QString kUser = QStringLiteral("ops");
const QString kPassword = QStringLiteral("Pa55-verbose");

// Neither the password nor the Basic value that carries it.
void verifyNoSecret(const Run &run)
{
    const QString basic = QString::fromLatin1((kUser + u':' + kPassword).toUtf8().toBase64());
    for (const QString &text : { run.out, run.err }) {
        QVERIFY2(!text.contains(kPassword), qPrintable(text));
        QVERIFY2(!text.contains(basic), qPrintable(text));
    }
}

} // namespace

class tst_CliVerbose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_cluster.setEnvironmentVariable(QStringLiteral("LOCALCLUSTER_HTTP_CREDENTIALS"),
                                         kUser + u':' + kPassword);
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    }

    void verboseLogsTheLeaderAndNoSecret()
    {
        const Run run
            = runCli({ QStringLiteral("--verbose"), QStringLiteral("leader"), QStringLiteral("--master"),
                    m_cluster.leaderUrl(), QStringLiteral("--http-user"), kUser },
                  { { QStringLiteral("MC_HTTP_PASSWORD"), kPassword } });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString leader = QStringLiteral(":%1 found").arg(QUrl(m_cluster.leaderUrl()).port());
        QVERIFY2(run.err.contains(QStringLiteral("mc.cluster info: Leading master")), qPrintable(run.err));
        QVERIFY2(run.err.contains(leader), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("mc.mesos info: Mesos: live")), qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("mc.cluster"))); // the log is on stderr only
        verifyNoSecret(run);
    }

    // The password in the URLs: answered (Qt answers the challenge with it) and never written,
    // not even in the line about the second master, which refuses the connection.
    void aPasswordInTheUrlIsNeverWritten()
    {
        QUrl master(m_cluster.leaderUrl());
        master.setUserName(kUser);
        master.setPassword(kPassword);
        QUrl refusing = master;
        refusing.setPort(1);
        const Run run = runCli({ QStringLiteral("leader"), QStringLiteral("--master"), master.toString(),
                              QStringLiteral("--master"), refusing.toString(),
                              QStringLiteral("--verbose") }); // after the command as well
        QVERIFY2(run.err.contains(QStringLiteral("mc.http debug: GET http://ops@127.0.0.1:1/")),
                 qPrintable(run.err));
        verifyNoSecret(run);
    }

    void withoutVerboseStderrHasNoLog()
    {
        const Run run = runCli({ QStringLiteral("leader"), QStringLiteral("--master"), m_cluster.leaderUrl(),
                              QStringLiteral("--http-user"), kUser },
                            { { QStringLiteral("MC_HTTP_PASSWORD"), kPassword } });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void qtLoggingRulesStillWork()
    {
        const Run run
            = runCli({ QStringLiteral("leader"), QStringLiteral("--master"), m_cluster.leaderUrl(),
                    QStringLiteral("--http-user"), kUser },
                  { { QStringLiteral("MC_HTTP_PASSWORD"), kPassword },
                    { QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("mc.cluster.info=true") } });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Leading master")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("Mesos: live")), qPrintable(run.err)); // mc.mesos stays off
        verifyNoSecret(run);
    }

private:
    mc::test::LocalClusterProcess m_cluster { { QStringLiteral("--agents"), QStringLiteral("1") } };
};

QTEST_GUILESS_MAIN(tst_CliVerbose)
#include "tst_CliVerbose.moc"
