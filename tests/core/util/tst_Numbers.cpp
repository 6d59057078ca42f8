// Numbers for people (core/util/Numbers.h) at every scale, from a task's 0.1 CPU to the
// totals of a 2,000-agent cluster: the locale's grouping, binary units, never "e+".

#include "core/util/Numbers.h"

#include <QRegularExpression>
#include <QTest>

#include <limits>

using namespace mc::util;

class tst_Numbers : public QObject
{
    Q_OBJECT

private slots:
    void decimals_data();
    void decimals();
    void sizes_data();
    void sizes();
    void countsAndBytes();
    void neverScientific();
};

namespace {
const QLocale c = QLocale::c();
const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale german(QLocale::German, QLocale::Germany);
} // namespace

void tst_Numbers::decimals_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("inC");
    QTest::addColumn<QString>("inEnglish");
    QTest::addColumn<QString>("inGerman");
    QTest::newRow("zero") << 0.0 << "0"
                          << "0"
                          << "0";
    QTest::newRow("a tenth") << 0.1 << "0.1"
                             << "0.1"
                             << "0,1";
    QTest::newRow("rounding noise") << 0.1 + 0.2 << "0.3"
                                    << "0.3"
                                    << "0,3";
    QTest::newRow("quarter") << 0.25 << "0.25"
                             << "0.25"
                             << "0,25";
    QTest::newRow("three decimals") << 2.1251 << "2.13"
                                    << "2.13"
                                    << "2,13";
    QTest::newRow("whole") << 12.0 << "12"
                           << "12"
                           << "12";
    QTest::newRow("tiny negative") << -0.0001 << "0"
                                   << "0"
                                   << "0";
    // The issue: at 2,000 agents the Cluster page read "1e+04 / 6.397e+04".
    QTest::newRow("2,000 agents used") << 10000.0 << "10000"
                                       << "10,000"
                                       << "10.000";
    QTest::newRow("2,000 agents total") << 63970.0 << "63970"
                                        << "63,970"
                                        << "63.970";
    QTest::newRow("64,000 CPUs") << 64000.0 << "64000"
                                 << "64,000"
                                 << "64.000";
    QTest::newRow("fraction of many") << 63969.75 << "63969.75"
                                      << "63,969.75"
                                      << "63.969,75";
    QTest::newRow("a trillion") << 1e12 << "1000000000000"
                                << "1,000,000,000,000"
                                << "1.000.000.000.000";
}

void tst_Numbers::decimals()
{
    QFETCH(double, value);
    QFETCH(QString, inC);
    QFETCH(QString, inEnglish);
    QFETCH(QString, inGerman);
    QCOMPARE(decimal(value, 2, c), inC);
    QCOMPARE(decimal(value, 2, english), inEnglish);
    QCOMPARE(decimal(value, 2, german), inGerman);
}

void tst_Numbers::sizes_data()
{
    QTest::addColumn<double>("mib");
    QTest::addColumn<QString>("inC");
    QTest::addColumn<QString>("inEnglish");
    QTest::addColumn<QString>("inGerman");
    QTest::newRow("nothing") << 0.0 << "0 MiB"
                             << "0 MiB"
                             << "0 MiB";
    QTest::newRow("half a MiB") << 0.5 << "0.5 MiB"
                                << "0.5 MiB"
                                << "0,5 MiB";
    QTest::newRow("a task") << 256.0 << "256 MiB"
                            << "256 MiB"
                            << "256 MiB";
    QTest::newRow("just under a GiB") << 1023.0 << "1023 MiB"
                                      << "1,023 MiB"
                                      << "1.023 MiB";
    QTest::newRow("a GiB") << 1024.0 << "1 GiB"
                           << "1 GiB"
                           << "1 GiB";
    QTest::newRow("an agent") << 7680.0 << "7.5 GiB"
                              << "7.5 GiB"
                              << "7,5 GiB";
    QTest::newRow("a big agent") << 251.9 * 1024 << "251.9 GiB"
                                 << "251.9 GiB"
                                 << "251,9 GiB";
    // 2,000 localcluster agents of 7,680 MiB each.
    QTest::newRow("2,000 agents") << 2000 * 7680.0 << "14.6 TiB"
                                  << "14.6 TiB"
                                  << "14,6 TiB";
    QTest::newRow("2,000 agents of 1 TiB") << 2000.0 * 1024 * 1024 << "2 PiB"
                                           << "2 PiB"
                                           << "2 PiB";
    QTest::newRow("a thousand TiB") << 1000.0 * 1024 * 1024 << "1000 TiB"
                                    << "1,000 TiB"
                                    << "1.000 TiB";
    QTest::newRow("beyond the units") << 3.0 * 1024 * 1024 * 1024 * 1024 * 1024 * 1024 << "3072 ZiB"
                                      << "3,072 ZiB"
                                      << "3.072 ZiB";
}

void tst_Numbers::sizes()
{
    QFETCH(double, mib);
    QFETCH(QString, inC);
    QFETCH(QString, inEnglish);
    QFETCH(QString, inGerman);
    QCOMPARE(mebibytes(mib, c), inC);
    QCOMPARE(mebibytes(mib, english), inEnglish);
    QCOMPARE(mebibytes(mib, german), inGerman);
}

void tst_Numbers::countsAndBytes()
{
    QCOMPARE(grouped(2000, c), QStringLiteral("2000"));
    QCOMPARE(grouped(2000, english), QStringLiteral("2,000"));
    QCOMPARE(grouped(100000, german), QStringLiteral("100.000"));
    QCOMPARE(grouped(-1, english), QStringLiteral("-1"));
    QCOMPARE(bytes(0, c), QStringLiteral("0 B"));
    QCOMPARE(bytes(512, c), QStringLiteral("512 B"));
    QCOMPARE(bytes(1536, c), QStringLiteral("1.5 KiB"));
    QCOMPARE(bytes(64.0 * 1024 * 1024, english), QStringLiteral("64 MiB"));
    QCOMPARE(bytes(3.3 * 1024 * 1024 * 1024, german), QStringLiteral("3,3 GiB"));
}

void tst_Numbers::neverScientific()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(decimal(nan, 2, c), QStringLiteral("?"));
    QCOMPARE(mebibytes(std::numeric_limits<double>::infinity(), c), QStringLiteral("?"));
    static const QRegularExpression scientific(QStringLiteral("[0-9][eE][-+]?[0-9]"));
    for (double value = 1e-6; value < 1e24; value *= 7.3) {
        for (const QLocale &locale : { c, english, german }) {
            for (const QString &text :
                 { decimal(value, 2, locale), mebibytes(value, locale), bytes(value, locale),
                   grouped(qint64(std::min(value, 9e18)), locale) }) {
                QVERIFY2(!text.contains(scientific), qPrintable(text));
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_Numbers)
#include "tst_Numbers.moc"
