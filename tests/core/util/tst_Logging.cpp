// What the diagnostic log must never carry (core/util/Logging.h): passwords in URLs,
// Authorization values, password= / token= pairs and PEM blocks are replaced, the rest of
// the line stays readable; and --verbose is taken out of a command line.

#include "core/util/Logging.h"

#include <QTest>
#include <QUrl>

using mc::logging::redact;

class tst_Logging : public QObject
{
    Q_OBJECT

private slots:
    void redactsSecrets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *text, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        };
        row("url password", "GET http://ops:s3cret@m1:5050/master/state failed",
            "GET http://ops:***@m1:5050/master/state failed");
        row("url password with @", "https://ops:p@ss:w0rd@marathon.example/v2/apps",
            "https://ops:***@marathon.example/v2/apps");
        row("zk url", "following zk://mesos:zkpass@h1:2181,h2:2181/mesos",
            "following zk://mesos:***@h1:2181,h2:2181/mesos");
        row("user only", "ssh://ops@h1:22 and http://m1:5050/x", "ssh://ops@h1:22 and http://m1:5050/x");
        row("basic header", "Authorization: Basic b3BzOnMzY3JldA==", "Authorization: ***");
        row("token header", "authorization: token=abc.def.ghi", "authorization: ***");
        row("json header", R"({"Authorization":"Bearer xyz","Accept":"*/*"})",
            R"({"Authorization":"***","Accept":"*/*"})");
        row("cookie", "Cookie: session=1234; other=5", "Cookie: ***");
        row("password pair", "login with password=hunter2 and user=ops",
            "login with password=*** and user=ops");
        row("token pair", "?access_token=abc123&x=1", "?access_token=***&x=1");
        row("json pair", R"({"password": "hunter2", "user": "ops"})",
            R"({"password": "***", "user": "ops"})");
        row("env pair", "MC_HTTP_PASSWORD=s3cret mesos-console-cli",
            "MC_HTTP_PASSWORD=*** mesos-console-cli");
        row("secret colon", "secret: abc", "secret: ***");
        row("passphrase", "passphrase=correct horse", "passphrase=*** horse");
        row("not a pair", "tokens=5, wrong or no passphrase, --http-password-env OPS_PW",
            "tokens=5, wrong or no passphrase, --http-password-env OPS_PW");
        row("private key",
            "key:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nAAAB\n-----END OPENSSH "
            "PRIVATE "
            "KEY-----\ndone",
            "key:\n-----BEGIN OPENSSH PRIVATE KEY----- *** -----END OPENSSH PRIVATE KEY-----\ndone");
        row("cut-off key", "-----BEGIN RSA PRIVATE KEY-----\nMIIEow",
            "-----BEGIN RSA PRIVATE KEY----- *** -----END RSA PRIVATE KEY-----");
        row("certificate", "ca: -----BEGIN CERTIFICATE-----MIIB-----END CERTIFICATE----- ok",
            "ca: -----BEGIN CERTIFICATE----- *** -----END CERTIFICATE----- ok");
        row("plain", "Leading master m1:5050 found via masters m1:5050",
            "Leading master m1:5050 found via masters m1:5050");
        row("empty", "", "");
    }

    void redactsSecrets()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(redact(text), expected);
        QCOMPARE(redact(redact(text)), expected); // twice changes nothing more
    }

    void aUrlIsShownWithoutItsPassword()
    {
        const QUrl url(QStringLiteral("http://ops:s3cret@m1:5050/master/state"));
        QCOMPARE(mc::logging::shown(url), QStringLiteral("http://ops@m1:5050/master/state"));
    }

    void verboseIsTakenAnywhereBeforeADoubleDash()
    {
        QStringList args { QStringLiteral("--verbose"), QStringLiteral("tasks"),     QStringLiteral("exec"),
                           QStringLiteral("T"),         QStringLiteral("--verbose"), QStringLiteral("--"),
                           QStringLiteral("ls"),        QStringLiteral("--verbose") };
        QVERIFY(mc::logging::takeVerbose(args));
        QCOMPARE(args,
                 (QStringList { QStringLiteral("tasks"), QStringLiteral("exec"), QStringLiteral("T"),
                                QStringLiteral("--"), QStringLiteral("ls"), QStringLiteral("--verbose") }));
        QStringList plain { QStringLiteral("leader"), QStringLiteral("--master"), QStringLiteral("u") };
        QVERIFY(!mc::logging::takeVerbose(plain));
        QCOMPARE(plain.size(), 3);
    }

    void everySubsystemHasItsCategory()
    {
        QCOMPARE(mc::logging::categoryNames(),
                 (QStringList { QStringLiteral("mc.cluster"), QStringLiteral("mc.mesos"),
                                QStringLiteral("mc.marathon"), QStringLiteral("mc.ssh"),
                                QStringLiteral("mc.http"), QStringLiteral("mc.provision"),
                                QStringLiteral("mc.haproxy"), QStringLiteral("mc.logs") }));
        mc::logging::applyRules(false, false);
        QVERIFY(mc::lcCluster().isInfoEnabled());
        QVERIFY(!mc::lcCluster().isDebugEnabled());
        mc::logging::applyRules(true, false);
        QVERIFY(mc::lcSsh().isDebugEnabled());
        mc::logging::applyRules(false, true);
        QVERIFY(!mc::lcSsh().isWarningEnabled());
        mc::logging::applyRules(false, false);
    }
};

QTEST_GUILESS_MAIN(tst_Logging)
#include "tst_Logging.moc"
