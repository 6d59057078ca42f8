#include "core/inventory/HostPattern.h"
#include "core/inventory/PythonLiteral.h"
#include "core/inventory/ShellSplit.h"
#include "core/inventory/VariantUtil.h"

#include <QTest>

using namespace mc::inventory;

// The pieces of Ansible's INI semantics, one rule per row (docs:
// provisioning-reference §4.9); the fixtures test them together.
class tst_PythonLiteral : public QObject
{
    Q_OBJECT

private slots:
    void readsLiteralsLikeAstLiteralEval_data();
    void readsLiteralsLikeAstLiteralEval();
    void splitsLikeShlex_data();
    void splitsLikeShlex();
    void expandsHostPatterns_data();
    void expandsHostPatterns();
    void printsFloatsLikePython_data();
    void printsFloatsLikePython();
};

void tst_PythonLiteral::readsLiteralsLikeAstLiteralEval_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("json"); // json.dumps of the value Ansible stores
    QTest::newRow("int") << QStringLiteral("42") << QStringLiteral("42");
    QTest::newRow("negative") << QStringLiteral("-7") << QStringLiteral("-7");
    QTest::newRow("underscores") << QStringLiteral("1_000") << QStringLiteral("1000");
    QTest::newRow("hex") << QStringLiteral("0x1F") << QStringLiteral("31");
    QTest::newRow("leading zero stays text") << QStringLiteral("0755") << QStringLiteral("\"0755\"");
    QTest::newRow("float") << QStringLiteral("1.5") << QStringLiteral("1.5");
    QTest::newRow("exponent") << QStringLiteral("1e3") << QStringLiteral("1000.0");
    QTest::newRow("True") << QStringLiteral("True") << QStringLiteral("true");
    QTest::newRow("true stays text") << QStringLiteral("true") << QStringLiteral("\"true\"");
    QTest::newRow("None") << QStringLiteral("None") << QStringLiteral("null");
    QTest::newRow("quoted") << QStringLiteral("'007'") << QStringLiteral("\"007\"");
    QTest::newRow("escape") << QStringLiteral("'a\\tb'") << QStringLiteral("\"a\\tb\"");
    QTest::newRow("concatenation") << QStringLiteral("'a' \"b\"") << QStringLiteral("\"ab\"");
    QTest::newRow("list") << QStringLiteral("[1, 'two']") << QStringLiteral("[\n    1,\n    \"two\"\n]");
    QTest::newRow("bare name in list") << QStringLiteral("[1,2,three]") << QStringLiteral("\"[1,2,three]\"");
    QTest::newRow("tuple") << QStringLiteral("(1,2)") << QStringLiteral("[\n    1,\n    2\n]");
    QTest::newRow("bare tuple") << QStringLiteral("1, 2") << QStringLiteral("[\n    1,\n    2\n]");
    QTest::newRow("dict") << QStringLiteral("{'b': 1, 'a': None}")
                          << QStringLiteral("{\n    \"a\": null,\n    \"b\": 1\n}");
    QTest::newRow("comment after value") << QStringLiteral("2  # two") << QStringLiteral("2");
    QTest::newRow("words stay text") << QStringLiteral("yes   # note") << QStringLiteral("\"yes   # note\"");
    QTest::newRow("unit suffix") << QStringLiteral("5mins") << QStringLiteral("\"5mins\"");
    QTest::newRow("url") << QStringLiteral("http://x:8080/") << QStringLiteral("\"http://x:8080/\"");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    QTest::newRow("sign on bool") << QStringLiteral("-True") << QStringLiteral("\"-True\"");
    QTest::newRow("double sign") << QStringLiteral("--1") << QStringLiteral("\"--1\"");
    QTest::newRow("call") << QStringLiteral("int(3)") << QStringLiteral("\"int(3)\"");
    QTest::newRow("deep nesting") << QString(QStringLiteral("[").repeated(1000))
                                  << QStringLiteral("\"") + QStringLiteral("[").repeated(1000) + u'"';
}

void tst_PythonLiteral::readsLiteralsLikeAstLiteralEval()
{
    QFETCH(QString, text);
    QFETCH(QString, json);
    QCOMPARE(QString::fromUtf8(VariantUtil::toPythonJson(PythonLiteral::valueOf(text))), json);
    // And back: repr() reads back to the same value.
    const QVariant v = PythonLiteral::valueOf(text);
    const auto repr = PythonLiteral::repr(v);
    QVERIFY(repr);
    QCOMPARE(VariantUtil::toPythonJson(PythonLiteral::valueOf(*repr)), VariantUtil::toPythonJson(v));
}

void tst_PythonLiteral::splitsLikeShlex_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("plain") << QStringLiteral(
        "h a=1 b=2") << QStringList { QStringLiteral("h"), QStringLiteral("a=1"), QStringLiteral("b=2") };
    QTest::newRow("quotes") << QStringLiteral("h a=\"two words\" b='x y'")
                            << QStringList { QStringLiteral("h"), QStringLiteral("a=two words"),
                                             QStringLiteral("b=x y") };
    QTest::newRow("hash in a word ends the line")
        << QStringLiteral("h a=x#y b=2") << QStringList { QStringLiteral("h"), QStringLiteral("a=x") };
    QTest::newRow("quoted hash") << QStringLiteral("h a='x # y'")
                                 << QStringList { QStringLiteral("h"), QStringLiteral("a=x # y") };
    QTest::newRow("escaped space") << QStringLiteral("h a=x\\ y")
                                   << QStringList { QStringLiteral("h"), QStringLiteral("a=x y") };
    QTest::newRow("backslash in double quotes")
        << QStringLiteral("h a=\"x\\ny\"") << QStringList { QStringLiteral("h"), QStringLiteral("a=x\\ny") };
    QTest::newRow("empty quotes") << QStringLiteral("h a=''")
                                  << QStringList { QStringLiteral("h"), QStringLiteral("a=") };
}

void tst_PythonLiteral::splitsLikeShlex()
{
    QFETCH(QString, line);
    QFETCH(QStringList, tokens);
    const auto outcome = ShellSplit::split(line);
    QVERIFY(outcome.error.isEmpty());
    QStringList texts;
    for (const auto &t : outcome.tokens)
        texts << t.text;
    QCOMPARE(texts, tokens);
    for (const QString &t : tokens)
        QCOMPARE(ShellSplit::split(ShellSplit::quote(t)).tokens.value(0).text, t);
}

void tst_PythonLiteral::expandsHostPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<int>("port");
    QTest::newRow("name") << QStringLiteral("a.example.com")
                          << QStringList { QStringLiteral("a.example.com") } << -1;
    QTest::newRow("port") << QStringLiteral("a.example.com:2222")
                          << QStringList { QStringLiteral("a.example.com") } << 2222;
    QTest::newRow("padded") << QStringLiteral(
        "n[08:10]") << QStringList { QStringLiteral("n08"), QStringLiteral("n09"), QStringLiteral("n10") }
                            << -1;
    QTest::newRow("letters with port")
        << QStringLiteral("g-[a:c]:22")
        << QStringList { QStringLiteral("g-a"), QStringLiteral("g-b"), QStringLiteral("g-c") } << 22;
    QTest::newRow("step") << QStringLiteral("e[1:9:4]")
                          << QStringList { QStringLiteral("e1"), QStringLiteral("e5"), QStringLiteral("e9") }
                          << -1;
    QTest::newRow("two ranges") << QStringLiteral("r[1:2]n[a:b]")
                                << QStringList { QStringLiteral("r1na"), QStringLiteral("r1nb"),
                                                 QStringLiteral("r2na"), QStringLiteral("r2nb") }
                                << -1;
    QTest::newRow("ipv6 with port") << QStringLiteral("[2001:db8::1]:2200")
                                    << QStringList { QStringLiteral("2001:db8::1") } << 2200;
    QTest::newRow("bare ipv6") << QStringLiteral("2001:db8::1")
                               << QStringList { QStringLiteral("2001:db8::1") } << -1;
    QTest::newRow("ipv4 range") << QStringLiteral("10.0.0.[1:2]")
                                << QStringList { QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2") }
                                << -1;
}

void tst_PythonLiteral::expandsHostPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, hosts);
    QFETCH(int, port);
    const auto e = HostPattern::expand(pattern, true);
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
    QCOMPARE(e.hosts, hosts);
    QCOMPARE(e.port.value_or(-1), port);
}

void tst_PythonLiteral::printsFloatsLikePython_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("1.0") << 1.0 << QStringLiteral("1.0");
    QTest::newRow("1.1") << 1.1 << QStringLiteral("1.1");
    QTest::newRow("0.1+0.2") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
    QTest::newRow("1e16") << 1e16 << QStringLiteral("1e+16");
    QTest::newRow("1e15") << 1e15 << QStringLiteral("1000000000000000.0");
    QTest::newRow("0.0001") << 0.0001 << QStringLiteral("0.0001");
    QTest::newRow("0.00001") << 0.00001 << QStringLiteral("1e-05");
    QTest::newRow("-2.5e-10") << -2.5e-10 << QStringLiteral("-2.5e-10");
}

void tst_PythonLiteral::printsFloatsLikePython()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(VariantUtil::pythonFloat(value), text);
}

QTEST_GUILESS_MAIN(tst_PythonLiteral)
#include "tst_PythonLiteral.moc"
