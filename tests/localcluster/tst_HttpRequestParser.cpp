// localcluster's HTTP request parser on its own: what HttpConnection reads off
// a socket, fed in whatever pieces the bytes arrive in (tests/fuzz
// fuzz_localcluster_http checks the same properties on generated input).

#include "localcluster/HttpRequestParser.h"

#include <QTest>

using mc::localcluster::HttpRequest;
using mc::localcluster::HttpRequestParser;

namespace {
struct Outcome
{
    QList<HttpRequest> requests;
    int failure = 0;
};

// Feeds `bytes` in pieces of `piece` bytes (0: at once), taking every request.
Outcome feed(HttpRequestParser &parser, const QByteArray &bytes, qsizetype piece)
{
    Outcome out;
    const qsizetype step = piece > 0 ? piece : qMax<qsizetype>(bytes.size(), 1);
    for (qsizetype at = 0; at < bytes.size() && !out.failure; at += step) {
        parser.append(bytes.mid(at, step));
        while (true) {
            const auto next = parser.next();
            if (next == HttpRequestParser::Step::NeedMore)
                break;
            if (next == HttpRequestParser::Step::Failed) {
                out.failure = parser.failure().status;
                break;
            }
            out.requests << parser.takeRequest();
        }
    }
    return out;
}
} // namespace

class tst_HttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void readsPipelinedRequestsInAnyPieces_data();
    void readsPipelinedRequestsInAnyPieces();
    void refusesAnOversizedHeadHoweverItArrives_data();
    void refusesAnOversizedHeadHoweverItArrives();
    void acceptsAHeadOfExactlyTheLimit();
    void asksForContinueOnceBeforeTheBody();
    void refusesBadLengthsAndChunkedBodies_data();
    void refusesBadLengthsAndChunkedBodies();
};

void tst_HttpRequestParser::readsPipelinedRequestsInAnyPieces_data()
{
    QTest::addColumn<int>("piece");
    for (const int piece : { 0, 1, 2, 3, 7, 64 })
        QTest::addRow("pieces of %d", piece) << piece;
}

void tst_HttpRequestParser::readsPipelinedRequestsInAnyPieces()
{
    QFETCH(int, piece);
    const QByteArray bytes = "GET /v2/apps?embed=apps.tasks&x=%2F HTTP/1.1\r\nHost: m1\r\nX-Odd :  v \r\n\r\n"
                             "POST /v2/apps HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
                             "GET /files/read%3Fa HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
    HttpRequestParser parser;
    const Outcome out = feed(parser, bytes, piece);
    QCOMPARE(out.failure, 0);
    QCOMPARE(out.requests.size(), 3);
    QCOMPARE(out.requests[0].path, QStringLiteral("/v2/apps"));
    QCOMPARE(out.requests[0].queryValue(QStringLiteral("x")), QStringLiteral("/"));
    QCOMPARE(out.requests[0].header("x-odd"), QByteArray("v"));
    QCOMPARE(out.requests[1].method, QByteArray("POST"));
    QCOMPARE(out.requests[1].body, QByteArray("hello"));
    QCOMPARE(out.requests[2].path, QStringLiteral("/files/read?a"));
    QVERIFY(out.requests[2].keepAlive);
    QVERIFY(!parser.hasBufferedBytes());
}

void tst_HttpRequestParser::refusesAnOversizedHeadHoweverItArrives_data()
{
    QTest::addColumn<int>("piece");
    QTest::addRow("at once") << 0;
    QTest::addRow("in pieces of 100") << 100;
    QTest::addRow("in pieces of 1") << 1;
}

// Once the head had its blank line, its size was not checked: a 70 KiB head
// read at once was taken, the same head in pieces refused.
void tst_HttpRequestParser::refusesAnOversizedHeadHoweverItArrives()
{
    QFETCH(int, piece);
    constexpr qsizetype kLimit = 1024;
    const QByteArray bytes = "GET / HTTP/1.1\r\nX-Big: " + QByteArray(kLimit, 'a') + "\r\n\r\n";
    HttpRequestParser parser(kLimit);
    const Outcome out = feed(parser, bytes, piece);
    QCOMPARE(out.failure, 431);
    QVERIFY(out.requests.isEmpty());

    HttpRequestParser real; // the limit HttpConnection uses
    const Outcome big
        = feed(real, "GET / HTTP/1.1\r\nX-Big: " + QByteArray(qsizetype(70) * 1024, 'a') + "\r\n\r\n", 0);
    QCOMPARE(big.failure, 431);
}

void tst_HttpRequestParser::acceptsAHeadOfExactlyTheLimit()
{
    const QByteArray head = "GET / HTTP/1.1\r\nX: ";
    constexpr qsizetype kLimit = 256;
    const QByteArray bytes = head + QByteArray(kLimit - head.size() - 4, 'a') + "\r\n\r\n";
    QCOMPARE(bytes.size(), kLimit);
    for (const qsizetype piece : { 0, 1, 5 }) {
        HttpRequestParser parser(kLimit);
        const Outcome out = feed(parser, bytes, piece);
        QCOMPARE(out.failure, 0);
        QCOMPARE(out.requests.size(), 1);
    }
}

void tst_HttpRequestParser::asksForContinueOnceBeforeTheBody()
{
    HttpRequestParser parser;
    parser.append("PUT /v2/apps/web HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Step::NeedMore);
    QVERIFY(parser.takeContinue());
    QVERIFY(!parser.takeContinue());
    parser.append("{}");
    QCOMPARE(parser.next(), HttpRequestParser::Step::Request);
    QVERIFY(!parser.takeContinue());
    QCOMPARE(parser.takeRequest().body, QByteArray("{}"));
}

void tst_HttpRequestParser::refusesBadLengthsAndChunkedBodies_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 413;
    QTest::addRow("not a number") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << 413;
    QTest::addRow("over the limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 67108865\r\n\r\n")
                                    << 413;
    QTest::addRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 411;
    QTest::addRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::addRow("HTTP/2") << QByteArray("GET / HTTP/2\r\n\r\n") << 400;
}

void tst_HttpRequestParser::refusesBadLengthsAndChunkedBodies()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    HttpRequestParser parser;
    const Outcome out = feed(parser, bytes + "GET / HTTP/1.1\r\n\r\n", 0);
    QCOMPARE(out.failure, status);
    QVERIFY(out.requests.isEmpty()); // nothing is read after a failure
    QCOMPARE(parser.next(), HttpRequestParser::Step::Failed);
}

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_HttpRequestParser.moc"
