#include "core/util/ShellQuote.h"

#include <QProcess>
#include <QTest>

using mc::shellJoin;
using mc::shellQuote;

class tst_ShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void keepsPlainWordsReadable_data();
    void keepsPlainWordsReadable();
    void realShellSeesExactlyOneLiteralWord_data();
    void realShellSeesExactlyOneLiteralWord();
    void joinQuotesEveryArgument();
};

void tst_ShellQuote::keepsPlainWordsReadable_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("word") << "zookeeper"
                          << "zookeeper";
    QTest::newRow("path") << "/etc/mesos/zk"
                          << "/etc/mesos/zk";
    QTest::newRow("url") << "zk://m1:2181,m2:2181/mesos"
                         << "zk://m1:2181,m2:2181/mesos";
    QTest::newRow("empty") << ""
                           << "''";
    QTest::newRow("space") << "a b"
                           << "'a b'";
    QTest::newRow("single quote") << "it's"
                                  << "'it'\\''s'";
}

void tst_ShellQuote::keepsPlainWordsReadable()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(shellQuote(input), expected);
}

void tst_ShellQuote::realShellSeesExactlyOneLiteralWord_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("semicolon") << "host; touch /tmp/pwned";
    QTest::newRow("command substitution") << "$(id -u)";
    QTest::newRow("backticks") << "`id -u`";
    QTest::newRow("quotes") << "a'b\"c";
    QTest::newRow("newline") << "line1\nline2; echo injected";
    QTest::newRow("glob") << "*";
    QTest::newRow("variable") << "$HOME ${PATH}";
    QTest::newRow("leading dash") << "-n";
    QTest::newRow("backslash") << "a\\b\\";
    QTest::newRow("unicode") << QString::fromUtf8("grüße 🙂");
    QTest::newRow("empty") << QString();
}

// Runs the quoted value through a real /bin/sh and checks that the shell
// receives exactly one argument equal to the original bytes.
void tst_ShellQuote::realShellSeesExactlyOneLiteralWord()
{
    QFETCH(QString, value);
    const QString script = QStringLiteral("printf '%s\\n' \"$#\"; printf '%s' ") + shellQuote(value);
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             { QStringLiteral("-c"),
               QStringLiteral("set -- ") + shellQuote(value) + QStringLiteral("; ") + script });
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(sh.exitCode(), 0);
    const QByteArray output = sh.readAllStandardOutput();
    const qsizetype newline = output.indexOf('\n');
    QCOMPARE(output.left(newline), QByteArray("1"));
    QCOMPARE(QString::fromUtf8(output.mid(newline + 1)), value);
}

void tst_ShellQuote::joinQuotesEveryArgument()
{
    QCOMPARE(shellJoin({ QStringLiteral("service"), QStringLiteral("zookeeper"), QStringLiteral("restart") }),
             QStringLiteral("service zookeeper restart"));
    QCOMPARE(shellJoin({ QStringLiteral("echo"), QStringLiteral("a;b") }), QStringLiteral("echo 'a;b'"));
}

QTEST_GUILESS_MAIN(tst_ShellQuote)
#include "tst_ShellQuote.moc"
