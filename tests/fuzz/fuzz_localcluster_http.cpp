// localcluster's HTTP request parser (HttpRequestParser; localcluster listens
// on a port): requests cut into chunks the input decides must come out the
// same as from the bytes in one piece. Small limits so the fuzzer reaches them.

#include "FuzzInput.h"

#include "localcluster/HttpRequestParser.h"

using mc::localcluster::HttpRequest;
using mc::localcluster::HttpRequestParser;

namespace {
struct Outcome
{
    QList<HttpRequest> requests;
    int failure = 0;
};

void drain(HttpRequestParser &parser, Outcome &out)
{
    while (true) {
        const HttpRequestParser::Step step = parser.next();
        (void)parser.takeContinue();
        if (step == HttpRequestParser::Step::NeedMore)
            return;
        if (step == HttpRequestParser::Step::Failed) {
            out.failure = parser.failure().status;
            return;
        }
        HttpRequest request = parser.takeRequest();
        (void)request.queryFlag(QStringLiteral("embed"));
        (void)request.rawQuerySuffix();
        out.requests << std::move(request);
    }
}

bool same(const HttpRequest &a, const HttpRequest &b)
{
    return a.method == b.method && a.path == b.path && a.target == b.target && a.headers == b.headers
        && a.body == b.body && a.keepAlive == b.keepAlive && a.query.toString() == b.query.toString();
}
} // namespace

MC_FUZZ_TARGET(fuzz_localcluster_http)
{
    constexpr qsizetype kHead = 512;
    constexpr qsizetype kBody = 1024;
    const QList<QByteArray> chunks = mc::fuzz::chunks(data, size, 96);
    HttpRequestParser pieces(kHead, kBody);
    Outcome fromPieces;
    QByteArray stream;
    for (const QByteArray &chunk : chunks) {
        stream += chunk;
        if (fromPieces.failure)
            continue;
        pieces.append(chunk);
        drain(pieces, fromPieces);
    }
    HttpRequestParser whole(kHead, kBody);
    Outcome fromWhole;
    whole.append(stream);
    drain(whole, fromWhole);

    mc::fuzz::check(fromPieces.failure == fromWhole.failure, "the same failure however the bytes are cut");
    mc::fuzz::check(fromPieces.requests.size() == fromWhole.requests.size(),
                    "as many requests however the bytes are cut");
    for (qsizetype i = 0; i < fromWhole.requests.size(); ++i)
        mc::fuzz::check(same(fromPieces.requests[i], fromWhole.requests[i]),
                        "the same requests however the bytes are cut");
    for (const HttpRequest &request : fromWhole.requests)
        mc::fuzz::check(request.body.size() <= kBody, "a body is within the limit");
    return 0;
}
