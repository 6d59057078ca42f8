#include "app/cli/HttpCliOptions.h"

#include <QFileInfo>

namespace mc::cli {

QCommandLineOption HttpCliOptions::hidden(const QString &name, const QString &value)
{
    QCommandLineOption option(name, QStringLiteral("Deprecated."), value);
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

void HttpCliOptions::addTo(CommandParser &parser, bool legacyUser) const
{
    parser.addOptions({ m_user, m_passwordEnv, m_tokenEnv, m_caFile, m_timeout });
    if (legacyUser)
        parser.addOptions({ m_legacyUser, m_legacyPasswordEnv });
    m_legacy = legacyUser;
    m_via.addTo(parser);
}

std::optional<int> HttpCliOptions::apply(const CommandParser &parser) const
{
    const auto timeout = wholeNumber(parser, m_timeout, 1, 3600, 10);
    if (!timeout)
        return usageError(timeout.error().message);
    m_http.timeoutMs = *timeout * 1000;

    QString passwordVariable
        = parser.isSet(m_passwordEnv) ? parser.value(m_passwordEnv) : QStringLiteral("MC_HTTP_PASSWORD");
    m_http.user = parser.value(m_user);
    if (m_legacy && parser.isSet(m_legacyUser)) {
        deprecated(QStringLiteral("--user"), QStringLiteral("--http-user"));
        if (m_http.user.isEmpty())
            m_http.user = parser.value(m_legacyUser);
    }
    if (m_legacy && parser.isSet(m_legacyPasswordEnv)) {
        deprecated(QStringLiteral("--password-env"), QStringLiteral("--http-password-env"));
        if (!parser.isSet(m_passwordEnv))
            passwordVariable = parser.value(m_legacyPasswordEnv);
    }
    if (!m_http.user.isEmpty()) {
        m_http.password = qEnvironmentVariable(passwordVariable.toLocal8Bit().constData());
        if (m_http.password.isEmpty() && !parser.isSet(m_passwordEnv)
            && qEnvironmentVariableIsSet("MC_PASSWORD")) {
            deprecated(QStringLiteral("$MC_PASSWORD"), QStringLiteral("$MC_HTTP_PASSWORD"));
            m_http.password = qEnvironmentVariable("MC_PASSWORD");
        }
    }
    if (parser.isSet(m_tokenEnv)) {
        m_http.token = qEnvironmentVariable(parser.value(m_tokenEnv).toLocal8Bit().constData());
        if (m_http.token.isEmpty())
            return usageError(QStringLiteral("--token-env %1: the variable is empty or not set")
                                  .arg(parser.value(m_tokenEnv)));
    }
    m_http.caFile = parser.value(m_caFile);
    if (!m_http.caFile.isEmpty() && !QFileInfo(m_http.caFile).isReadable())
        return usageError(QStringLiteral("--ca-file %1: no such readable file").arg(m_http.caFile));
    if (const Status via = m_via.apply(parser); !via)
        return failure(via.error().message);
    return std::nullopt;
}

} // namespace mc::cli
