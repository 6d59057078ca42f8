#include "core/http/RecordIoReader.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using mc::http::RecordIoReader;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(mc::test::fixturePath(QStringLiteral("mesos/recordio/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// Feeds `stream` in pieces whose sizes `nextSize` picks; the records, or the first error.
mc::Result<std::vector<QByteArray>> readAll(RecordIoReader &reader, const QByteArray &stream,
                                            const std::function<qsizetype()> &nextSize)
{
    std::vector<QByteArray> records;
    qsizetype at = 0;
    while (at < stream.size()) {
        const qsizetype size = qMin(nextSize(), stream.size() - at);
        const mc::Status fed = reader.feed(stream.constData() + at, size, records);
        if (!fed.ok())
            return fed.error();
        at += size;
    }
    const mc::Status finished = reader.finish();
    if (!finished.ok())
        return finished.error();
    return records;
}

QByteArray record(const QByteArray &json)
{
    return QByteArray::number(json.size()) + '\n' + json;
}
} // namespace

class tst_RecordIoReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTheSubscribeStreamInAnyChunking_data();
    void readsTheSubscribeStreamInAnyChunking();
    void readsEmptyRecordsAndBinaryBytes();
    void refusesALengthThatIsNotANumber_data();
    void refusesALengthThatIsNotANumber();
    void refusesARecordOverTheLimitBeforeBufferingIt();
    void saysWhenTheStreamEndsInsideARecord_data();
    void saysWhenTheStreamEndsInsideARecord();
    void staysFailedAfterAnError();
    void aLengthThatLiesYieldsRecordsTheCallerRejects();
    void survivesRandomGarbage();
    void streamsABigFirstRecordInPieces();
};

void tst_RecordIoReader::readsTheSubscribeStreamInAnyChunking_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("maxChunk");
    QTest::newRow("byte by byte") << 1 << 1;
    QTest::newRow("up to 3") << 2 << 3;
    QTest::newRow("up to 17") << 3 << 17;
    QTest::newRow("up to 700") << 4 << 700;
    QTest::newRow("up to 5000 (whole)") << 5 << 5000;
    for (int seed = 10; seed < 40; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("random %1").arg(seed))) << seed << 1 + seed * 37 % 300;
}

void tst_RecordIoReader::readsTheSubscribeStreamInAnyChunking()
{
    QFETCH(int, seed);
    QFETCH(int, maxChunk);
    const QByteArray stream = fixture(QStringLiteral("master-subscribe.json.assembled.recordio"));
    const QJsonArray index = QJsonDocument::fromJson(fixture(QStringLiteral("master-subscribe.json.assembled.index.json")))
                                 .object()
                                 .value(QStringLiteral("records"))
                                 .toArray();
    QRandomGenerator random { quint32(seed) };
    RecordIoReader reader;
    const auto records = readAll(reader, stream, [&] { return qsizetype(random.bounded(maxChunk)) + 1; });
    QVERIFY2(records.ok(), qPrintable(records.ok() ? QString() : records.error().message));
    QCOMPARE(records->size(), size_t(index.size()));
    for (qsizetype i = 0; i < index.size(); ++i) {
        const QJsonObject entry = index[i].toObject();
        const QByteArray &bytes = records.value()[size_t(i)];
        QCOMPARE(bytes.size(), entry.value(QStringLiteral("length")).toInteger());
        const QJsonObject event = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(event.value(QStringLiteral("type")).toString(), entry.value(QStringLiteral("type")).toString());
        QVERIFY(bytes.capacity() >= bytes.size() + RecordIoReader::kSpareBytes);
    }
    QCOMPARE(reader.buffered(), 0);
}

void tst_RecordIoReader::readsEmptyRecordsAndBinaryBytes()
{
    const QByteArray binary("\0\n9\n{", 5);
    const QByteArray stream = "0\n" + record(binary) + "0\n";
    RecordIoReader reader;
    const auto records = readAll(reader, stream, [] { return qsizetype(2); });
    QVERIFY(records.ok());
    QCOMPARE(records->size(), size_t(3));
    QCOMPARE(records.value()[0], QByteArray());
    QCOMPARE(records.value()[1], binary);
}

void tst_RecordIoReader::refusesALengthThatIsNotANumber_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::newRow("JSON without lengths") << QByteArray("{\"type\":\"HEARTBEAT\"}");
    QTest::newRow("an HTML error page") << QByteArray("<html><body>502 Bad Gateway</body></html>\n");
    QTest::newRow("empty length") << QByteArray("\n{}");
    QTest::newRow("negative") << QByteArray("-5\n{}");
    QTest::newRow("spaces") << QByteArray(" 2\n{}");
    QTest::newRow("CRLF") << QByteArray("2\r\n{}");
    QTest::newRow("too many digits, no newline") << QByteArray(1000, '7');
    QTest::newRow("garbage after a good record") << record("{}") + "xyz\n";
}

void tst_RecordIoReader::refusesALengthThatIsNotANumber()
{
    QFETCH(QByteArray, stream);
    RecordIoReader reader;
    const auto records = readAll(reader, stream, [] { return qsizetype(3); });
    QVERIFY(!records.ok());
    QVERIFY2(records.error().message.contains(QStringLiteral("not RecordIO")), qPrintable(records.error().message));
    QVERIFY(reader.failed());
    QCOMPARE(reader.buffered(), 0);
}

void tst_RecordIoReader::refusesARecordOverTheLimitBeforeBufferingIt()
{
    RecordIoReader small(100);
    std::vector<QByteArray> records;
    QVERIFY(small.feed(record(QByteArray(100, 'x')), records).ok());
    QCOMPARE(records.size(), size_t(1));
    const mc::Status over = small.feed(QByteArray("101\n"), records);
    QVERIFY(!over.ok());
    QVERIFY2(over.error().message.contains(QStringLiteral("101 bytes")), qPrintable(over.error().message));
    QCOMPARE(small.buffered(), 0);

    // The default limit: a length of 99 GB (11 digits) is refused, nothing is reserved for it.
    RecordIoReader reader;
    const mc::Status huge = reader.feed(QByteArray("99999999999\n{\"type\":"), records);
    QVERIFY(!huge.ok());
    QVERIFY(huge.error().message.contains(QStringLiteral("99999999999")));
    QCOMPARE(reader.buffered(), 0);
}

void tst_RecordIoReader::saysWhenTheStreamEndsInsideARecord_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("says");
    QTest::newRow("inside the JSON") << record("{\"type\":\"HEARTBEAT\"}").left(10) << QStringLiteral("inside a record (");
    QTest::newRow("inside the length") << record("{}") + "12" << QStringLiteral("inside a record length");
    QTest::newRow("after the length") << QByteArray("20\n") << QStringLiteral("0 of 20 bytes");
}

void tst_RecordIoReader::saysWhenTheStreamEndsInsideARecord()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, says);
    RecordIoReader reader;
    const auto records = readAll(reader, stream, [] { return qsizetype(4); });
    QVERIFY(!records.ok());
    QVERIFY2(records.error().message.contains(says), qPrintable(records.error().message));
}

void tst_RecordIoReader::staysFailedAfterAnError()
{
    RecordIoReader reader;
    std::vector<QByteArray> records;
    QVERIFY(!reader.feed(QByteArray("x"), records).ok());
    QVERIFY(!reader.feed(record("{}"), records).ok());
    QVERIFY(records.empty());
    QVERIFY(!reader.finish().ok());
}

// A length that says more or less than the JSON that follows cannot be told
// from the bytes alone: the records come out wrong and the JSON parser (or the
// next length) says so.
void tst_RecordIoReader::aLengthThatLiesYieldsRecordsTheCallerRejects()
{
    const QByteArray heartbeat("{\"type\":\"HEARTBEAT\"}");
    RecordIoReader shorter;
    std::vector<QByteArray> records;
    const mc::Status fed = shorter.feed("10\n" + heartbeat + record(heartbeat), records);
    QCOMPARE(records.size(), size_t(1));
    QVERIFY(QJsonDocument::fromJson(records[0]).isNull());
    QVERIFY(!fed.ok()); // the rest of the JSON is read as a length

    RecordIoReader longer;
    records.clear();
    const mc::Status fedLonger = longer.feed("30\n" + heartbeat + record(heartbeat), records);
    QCOMPARE(records.size(), size_t(1)); // the heartbeat and the start of the next record
    QVERIFY(QJsonDocument::fromJson(records[0]).isNull());
    QVERIFY(!fedLonger.ok());
}

void tst_RecordIoReader::survivesRandomGarbage()
{
    QRandomGenerator random(42);
    const QByteArray stream = fixture(QStringLiteral("master-subscribe.json.assembled.recordio"));
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes = stream;
        const int flips = 1 + int(random.bounded(8));
        for (int i = 0; i < flips; ++i)
            bytes[qsizetype(random.bounded(int(bytes.size())))] = char(random.bounded(256));
        RecordIoReader reader(4096);
        std::vector<QByteArray> records;
        qsizetype at = 0;
        while (at < bytes.size()) {
            const qsizetype size = qMin(qsizetype(random.bounded(64) + 1), bytes.size() - at);
            if (!reader.feed(bytes.constData() + at, size, records).ok())
                break;
            at += size;
            QVERIFY(reader.buffered() <= 4096 + RecordIoReader::kSpareBytes + 12);
        }
        (void)reader.finish();
    }
}

// The first record over the threshold (Mesos' SUBSCRIBED) goes out in pieces as it arrives,
// never buffered; the records after it, and a first record under it, are whole as before.
void tst_RecordIoReader::streamsABigFirstRecordInPieces()
{
    const QByteArray big(100, 'x');
    const QByteArray stream = "100\n" + big + "3\nabc" + "100\n" + big;
    for (const qsizetype chunk : { qsizetype(1), qsizetype(7), stream.size() }) {
        mc::http::RecordIoReader reader;
        QByteArray pieced;
        int lasts = 0;
        reader.streamFirstRecordOver(50, [&](const char *bytes, qsizetype size, bool last) -> mc::Status {
            pieced.append(bytes, size);
            lasts += last ? 1 : 0;
            return {};
        });
        std::vector<QByteArray> records;
        for (qsizetype at = 0; at < stream.size(); at += chunk) {
            QVERIFY(reader.feed(stream.constData() + at, std::min(chunk, stream.size() - at), records).ok());
            QVERIFY(reader.buffered() <= 100 + mc::http::RecordIoReader::kSpareBytes);
            if (pieced.size() < big.size())
                QVERIFY(reader.buffered() < 4); // the first record is not held
        }
        QCOMPARE(pieced, big);
        QCOMPARE(lasts, 1);
        QCOMPARE(records.size(), size_t(2));
        QCOMPARE(records.at(0), QByteArray("abc"));
        QCOMPARE(records.at(1), big);
        QVERIFY(reader.finish().ok());
    }

    // Under the threshold: buffered, the handler never called.
    mc::http::RecordIoReader small;
    bool called = false;
    small.streamFirstRecordOver(500, [&](const char *, qsizetype, bool) -> mc::Status {
        called = true;
        return {};
    });
    std::vector<QByteArray> records;
    QVERIFY(small.feed(stream, records).ok());
    QVERIFY(!called);
    QCOMPARE(records.size(), size_t(3));

    // The handler's error fails the stream; an end inside the streamed record says how far it got.
    mc::http::RecordIoReader refusing;
    refusing.streamFirstRecordOver(50, [](const char *, qsizetype, bool) -> mc::Status {
        return mc::Error { QStringLiteral("not JSON"), {} };
    });
    QVERIFY(!refusing.feed(stream, records).ok());
    QVERIFY(refusing.failed());
    mc::http::RecordIoReader cut;
    cut.streamFirstRecordOver(50, [](const char *, qsizetype, bool) -> mc::Status { return {}; });
    QVERIFY(cut.feed(stream.left(40), records).ok());
    const mc::Status ended = cut.finish();
    QVERIFY(!ended.ok());
    QVERIFY2(ended.error().message.contains(QStringLiteral("36 of 100")), qPrintable(ended.error().message));
}

QTEST_GUILESS_MAIN(tst_RecordIoReader)
#include "tst_RecordIoReader.moc"
