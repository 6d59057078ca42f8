// HostPattern::expand: the hosts a pattern gives, and where in the pattern an
// error points (the inventory editors and `--on` underline that character).

#include "core/inventory/HostPattern.h"
#include "tests/support/TestPaths.h"

#include <QtTest>

using mc::inventory::HostPattern;
using namespace Qt::StringLiterals;

class tst_HostPattern : public QObject
{
    Q_OBJECT

private slots:
    void expands_data();
    void expands();
    void errorPointsAtTheRange_data();
    void errorPointsAtTheRange();
    void fuzzRegressionsKeepTheirProperty();
};

void tst_HostPattern::expands_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<int>("port");

    QTest::newRow("plain") << u"web1"_s << QStringList { u"web1"_s } << -1;
    QTest::newRow("range") << u"web[1:3]"_s << QStringList { u"web1"_s, u"web2"_s, u"web3"_s } << -1;
    QTest::newRow("padded") << u"a[08:10].x"_s << QStringList { u"a08.x"_s, u"a09.x"_s, u"a10.x"_s } << -1;
    QTest::newRow("two ranges") << u"r[1:2]n[a:b]"_s << QStringList { u"r1na"_s, u"r1nb"_s, u"r2na"_s, u"r2nb"_s } << -1;
    QTest::newRow("step") << u"h[0:6:3]"_s << QStringList { u"h0"_s, u"h3"_s, u"h6"_s } << -1;
    QTest::newRow("port") << u"m[1:2]:2222"_s << QStringList { u"m1"_s, u"m2"_s } << 2222;
    QTest::newRow("bracketed IPv6 and port") << u"[::1]:22"_s << QStringList { u"::1"_s } << 22;
}

void tst_HostPattern::expands()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, hosts);
    QFETCH(int, port);
    const HostPattern::Expansion e = HostPattern::expand(pattern, true);
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
    QCOMPARE(e.hosts, hosts);
    QCOMPARE(e.port.value_or(-1), port);
}

void tst_HostPattern::errorPointsAtTheRange_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("offset");

    QTest::newRow("no end") << u"web[1:]"_s << 3;
    QTest::newRow("second range") << u"r[1:2]n[x:1]"_s << 7;
    QTest::newRow("second range, after a port") << u"r[1:2]n[x:1]:22"_s << 7;
    QTest::newRow("bracketed") << u"[a[3:1]]:22"_s << 2;
    QTest::newRow("close before open") << u"a]b[1:2"_s << 3;
    // Found by fuzz_host_pattern (tests/fixtures/fuzz-regressions/fuzz_host_pattern):
    // a NUL, then two ranges, after an address with one bracket.
    QTest::newRow("fuzz: NUL after an address")
        << QString::fromLatin1("::1]:22\0x[0:9][0:8_", 19) << 14;
}

void tst_HostPattern::errorPointsAtTheRange()
{
    QFETCH(QString, pattern);
    QFETCH(int, offset);
    const HostPattern::Expansion e = HostPattern::expand(pattern, true);
    QVERIFY2(!e.error.isEmpty(), qPrintable(e.hosts.join(u' ')));
    QVERIFY2(e.errorOffset >= 0 && e.errorOffset <= pattern.size(), qPrintable(QString::number(e.errorOffset)));
    if (offset >= 0)
        QCOMPARE(e.errorOffset, offset);
}

// Every input fuzz_host_pattern found, read as that target reads it: the first
// byte picks the INI rules, the rest is the pattern.
void tst_HostPattern::fuzzRegressionsKeepTheirProperty()
{
    const QDir dir(mc::test::fixturePath(u"fuzz-regressions/fuzz_host_pattern"_s));
    const QStringList names = dir.entryList(QDir::Files);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(!data.isEmpty());
        const QString pattern = QString::fromUtf8(data.mid(1));
        const HostPattern::Expansion e = HostPattern::expand(pattern, data.at(0) & 1);
        if (!e.error.isEmpty())
            QVERIFY2(e.errorOffset >= 0 && e.errorOffset <= pattern.size(), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(tst_HostPattern)
#include "tst_HostPattern.moc"
