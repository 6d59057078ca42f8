#include "core/logs/FilesReadReply.h"

#include "tests/support/TestPaths.h"

#include <QFile>
#include <QStringDecoder>
#include <QTest>

using mc::logs::FilesReadReply;

class tst_FilesReadReply : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const char *name)
    {
        QFile file(mc::test::fixturePath(QStringLiteral("mesos/files/") + QLatin1String(name)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return file.readAll();
    }

private slots:
    // Declared here, defined below: moc reads only the declarations (raw string
    // literals with quotes and braces in inline bodies made it stop early, and
    // decodesEscapes and rejectsWhatIsNotAReadReply never ran).
    void keepsRawBytesOfAChunkCutInsideACharacter();
    void mapsMesos020ByteEscapesBackToBytes();
    void decodesEscapes_data();
    void decodesEscapes();
    void rejectsWhatIsNotAReadReply_data();
    void rejectsWhatIsNotAReadReply();
};

void tst_FilesReadReply::keepsRawBytesOfAChunkCutInsideACharacter()
{
    const auto first = FilesReadReply::parse(fixture("read.split-multibyte.1x.body.bin"));
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->offset, 939);
    QCOMPARE(first->data.size(), 37);
    QCOMPARE(first->data.back(), char(0xC3));
    const auto second = FilesReadReply::parse(fixture("read.split-multibyte.1x.continuation.body.bin"));
    QVERIFY(second.ok());
    QCOMPARE(second->offset, 976);
    QCOMPARE(second->data.front(), char(0xBC));
    // Decoded as one stream, the character split across the two chunks comes out whole.
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(first->data);
    text += decoder(second->data);
    QVERIFY(text.contains(QStringLiteral("Grüße aus Köln → worker")));
    QVERIFY(!text.contains(QChar::ReplacementCharacter));
}

void tst_FilesReadReply::mapsMesos020ByteEscapesBackToBytes()
{
    const auto reply = FilesReadReply::parse(fixture("read.mesos-0.20-byte-escaping.body.json"));
    QVERIFY(reply.ok());
    QCOMPARE(reply->offset, 939);
    QCOMPARE(reply->data,
             QByteArray("2024/03/01 10:02:14 [notice] 7#7: Grüße aus Köln → worker process 29 started\n"));
    QCOMPARE(reply->data.size(), 82);
}

void tst_FilesReadReply::decodesEscapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("empty") << QByteArray(R"({"data":"","offset":12})") << QByteArray() << qint64(12);
    QTest::newRow("offset first, spaces")
        << QByteArray(" { \"offset\" : 5 , \"data\" : \"a\\nb\" } ") << QByteArray("a\nb") << qint64(5);
    QTest::newRow("control escapes") << QByteArray(
        "{\"data\":\"\\u0001\\t\\\"\\\\\\/\\r\\b\\f\",\"offset\":0}")
                                     << QByteArray("\x01\t\"\\/\r\b\f") << qint64(0);
    QTest::newRow("invalid utf-8 kept")
        << QByteArray("{\"data\":\"\xff\xfe ok\",\"offset\":3}") << QByteArray("\xff\xfe ok") << qint64(3);
    QTest::newRow("code point above 0xFF")
        << QByteArray(R"({"data":"\u20ac\ud83d\ude00","offset":0})") << QByteArray("€😀") << qint64(0);
    QTest::newRow("extra keys") << QByteArray(R"({"x":{"a":[1,"}"]},"data":"z","offset":1e3})")
                                << QByteArray("z") << qint64(1000);
}

void tst_FilesReadReply::decodesEscapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, data);
    QFETCH(qint64, offset);
    const auto reply = FilesReadReply::parse(body);
    QVERIFY2(reply.ok(), body.constData());
    QCOMPARE(reply->data, data);
    QCOMPARE(reply->offset, offset);
}

void tst_FilesReadReply::rejectsWhatIsNotAReadReply_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html>404</html>");
    QTest::newRow("no data") << QByteArray(R"({"offset":1})");
    QTest::newRow("no offset") << QByteArray(R"({"data":"x"})");
    QTest::newRow("cut") << QByteArray(R"({"data":"abc)");
    QTest::newRow("bad escape") << QByteArray(R"({"data":"\q","offset":0})");
    // An offset beyond qint64 was converted anyway: undefined behaviour
    // (tests/fuzz fuzz_files_read).
    QFile found(
        mc::test::fixturePath(QStringLiteral("fuzz-regressions/fuzz_files_read/offset-beyond-int64")));
    if (!found.open(QIODevice::ReadOnly))
        qFatal("missing fuzz regression input");
    QTest::newRow("offset beyond int64 (fuzz)") << found.readAll();
    QTest::newRow("offset 1e300") << QByteArray(R"({"data":"x","offset":1e300})");
    QTest::newRow("negative offset") << QByteArray(R"({"data":"x","offset":-1})");
    QTest::newRow("fractional offset") << QByteArray(R"({"data":"x","offset":1.5})");
}

void tst_FilesReadReply::rejectsWhatIsNotAReadReply()
{
    QFETCH(QByteArray, body);
    const auto reply = FilesReadReply::parse(body);
    QVERIFY(!reply.ok());
    QVERIFY(!reply.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(tst_FilesReadReply)
#include "tst_FilesReadReply.moc"
