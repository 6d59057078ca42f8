#pragma once

#include "localcluster/HttpRequest.h"

#include <QByteArray>

#include <utility>

namespace mc::localcluster {

// Reads HTTP/1.1 requests out of the bytes of one connection, one request at a
// time (HttpConnection asks for the next one once the current one is answered).
// Content-Length bodies only; a head over 64 KiB, a body over 64 MiB, a
// malformed request line or a chunked body is an error the connection answers
// and then closes. Holds no socket, so it can be fed bytes in any cutting.
class HttpRequestParser
{
public:
    enum class Step { NeedMore, Request, Failed };
    struct Failure
    {
        int status = 0;
        QByteArray message;
    };

    // The head with its blank line; the body.
    static constexpr qsizetype kMaxHeadBytes = qsizetype(64) * 1024;
    static constexpr qsizetype kMaxBodyBytes = qsizetype(64) * 1024 * 1024;

    // Smaller limits are for tests and fuzzing.
    explicit HttpRequestParser(qsizetype maxHeadBytes = kMaxHeadBytes, qsizetype maxBodyBytes = kMaxBodyBytes)
        : m_maxHeadBytes(maxHeadBytes)
        , m_maxBodyBytes(maxBodyBytes)
    { }

    void append(const QByteArray &bytes) { m_buffer += bytes; }
    // Reads as far as the buffer goes: a whole request (takeRequest()), a
    // failure (failure(); nothing more is read after one), or too few bytes.
    [[nodiscard]] Step next();
    [[nodiscard]] HttpRequest takeRequest();
    [[nodiscard]] const Failure &failure() const { return m_failure; }
    // True once after a head that asks for "Expect: 100-continue" with a body:
    // the client waits for "100 Continue" before it sends that body.
    [[nodiscard]] bool takeContinue() { return std::exchange(m_continue, false); }
    [[nodiscard]] bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }

private:
    bool parseHead(qsizetype headEnd);
    Step fail(int status, const QByteArray &message);

    qsizetype m_maxHeadBytes;
    qsizetype m_maxBodyBytes;
    QByteArray m_buffer;
    HttpRequest m_current;
    qsizetype m_bodyLength = 0;
    bool m_headParsed = false;
    bool m_continue = false;
    Failure m_failure;
};

} // namespace mc::localcluster
