#include "core/util/Logging.h"

#include "core/util/LogRing.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

#include <atomic>
#include <cstdio>
#include <mutex>

namespace mc {
// Info and warnings by default; debug when asked (applyRules, QT_LOGGING_RULES).
Q_LOGGING_CATEGORY(lcCluster, "mc.cluster", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMesos, "mc.mesos", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMarathon, "mc.marathon", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSsh, "mc.ssh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "mc.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProvision, "mc.provision", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHaproxy, "mc.haproxy", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLogs, "mc.logs", QtInfoMsg)
} // namespace mc

namespace mc::logging {

namespace {

// stderr lines: the ring's line without the date (the CLI's and the GUI's terminal).
const char *const kPattern = "%{time HH:mm:ss.zzz} %{category} %{type}: %{message}";

QtMessageHandler g_previous = nullptr;
std::atomic<LogRing *> g_ring { nullptr };
// A message raised while one is handled (by redact(), say) goes straight on.
thread_local bool t_handling = false;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (t_handling) {
        if (g_previous)
            g_previous(type, context, message);
        return;
    }
    t_handling = true;
    const QString clean = redact(message);
    if (LogRing *ring = g_ring.load()) {
        ring->append({ QDateTime::currentDateTimeUtc(), type,
                       QString::fromUtf8(context.category ? context.category : "default"), clean });
    }
    if (g_previous) {
        g_previous(type, context, clean);
    } else {
        const QByteArray line = qFormatLogMessage(type, context, clean).toLocal8Bit() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    }
    t_handling = false;
}

} // namespace

QStringList categoryNames()
{
    QStringList names;
    for (const QLoggingCategory *category : { &lcCluster(), &lcMesos(), &lcMarathon(), &lcSsh(), &lcHttp(),
                                              &lcProvision(), &lcHaproxy(), &lcLogs() })
        names << QString::fromLatin1(category->categoryName());
    return names;
}

void applyRules(bool verbose, bool quiet)
{
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("mc.*=true"));
    else if (quiet)
        QLoggingCategory::setFilterRules(QStringLiteral("mc.*=false"));
    else
        QLoggingCategory::setFilterRules({});
}

bool takeVerbose(QStringList &arguments)
{
    bool found = false;
    for (qsizetype i = 0; i < arguments.size() && arguments.at(i) != u"--";) {
        if (arguments.at(i) == u"--verbose") {
            arguments.removeAt(i);
            found = true;
        } else {
            ++i;
        }
    }
    return found;
}

QString redact(const QString &text)
{
    if (text.isEmpty())
        return text;
    // Whole PEM blocks (keys, certificates): a cut-off one up to the end.
    static const QRegularExpression pem(
        QStringLiteral("-----BEGIN ([A-Z0-9 ]+)-----[\\s\\S]*?(?:-----END \\1-----|$)"));
    // scheme://user:password@host: the password up to the last '@' before the path.
    static const QRegularExpression urlPassword(QStringLiteral("([a-z][a-z0-9+.-]*://[^/\\s:@]*):[^/\\s]*@"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression header(
        QStringLiteral("((?:proxy-)?authorization|(?:set-)?cookie|x-auth-token)([\"']?\\s*[:=]\\s*[\"']?)"
                       "[^\"'\\r\\n]+"),
        QRegularExpression::CaseInsensitiveOption);
    // password=…, "token": "…", MC_HTTP_PASSWORD=…: not a word that merely ends in one
    // ("tokens=" is no pair; "access_token=" is).
    static const QRegularExpression pair(
        QStringLiteral(
            "(?<![a-z])(password|passwd|passphrase|secret|token|api[_-]?key)([\"']?\\s*[:=]\\s*[\"']?)"
            "[^\\s\"'&,;]+"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(pem, QStringLiteral("-----BEGIN \\1----- *** -----END \\1-----"));
    out.replace(urlPassword, QStringLiteral("\\1:***@"));
    out.replace(header, QStringLiteral("\\1\\2***"));
    out.replace(pair, QStringLiteral("\\1\\2***"));
    return out;
}

QString shown(const QUrl &url)
{
    return url.toDisplayString(); // never the password (Qt always removes it here)
}

void installMessageHandler(LogRing *ring)
{
    static std::once_flag once;
    std::call_once(once, [ring] {
        g_ring.store(ring);
        qSetMessagePattern(QString::fromLatin1(kPattern)); // QT_MESSAGE_PATTERN still wins
        g_previous = qInstallMessageHandler(handleMessage);
    });
}

LogRing &recentLog()
{
    // Never destroyed: messages may come while the process ends.
    static auto *ring = new LogRing(kRecentLines);
    return *ring;
}

} // namespace mc::logging
