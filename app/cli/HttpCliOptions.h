#pragma once

#include "app/cli/CliCommand.h"
#include "app/cli/ViaOption.h"

#include "core/http/HttpClient.h"

#include <QCommandLineOption>

#include <optional>

namespace mc::cli {

// The HTTP options of every command that talks to Mesos or Marathon, the same everywhere:
// HTTP Basic (--http-user; the password from $MC_HTTP_PASSWORD or the variable named by
// --http-password-env, never from the command line), a DC/OS token (--token-env VAR),
// extra CA certificates (--ca-file), seconds per request (--timeout) and the SSH jump host
// (--via, see ViaOption).
class HttpCliOptions
{
public:
    // `legacyUser`: also take the old spellings --user and --password-env (with a note), in the
    // commands where -u/--user is not the SSH login user.
    void addTo(CommandParser &parser, bool legacyUser) const;
    // Checks the values and starts --via. nullopt: go on; otherwise the exit code (the reason
    // is printed).
    [[nodiscard]] std::optional<int> apply(const CommandParser &parser) const;
    // The options for HttpClient, after apply().
    [[nodiscard]] const http::HttpOptions &options() const { return m_http; }

private:
    QCommandLineOption m_user { QStringLiteral("http-user"),
                                QStringLiteral("HTTP Basic user (password from $MC_HTTP_PASSWORD, or the "
                                               "variable --http-password-env names)."),
                                QStringLiteral("user") };
    QCommandLineOption m_passwordEnv { QStringLiteral("http-password-env"),
                                       QStringLiteral("Environment variable holding the HTTP Basic "
                                                      "password (default MC_HTTP_PASSWORD)."),
                                       QStringLiteral("var") };
    QCommandLineOption m_tokenEnv { QStringLiteral("token-env"),
                                    QStringLiteral("Environment variable holding a DC/OS token."),
                                    QStringLiteral("var") };
    QCommandLineOption m_caFile { QStringLiteral("ca-file"), QStringLiteral("Extra CA certificates (PEM)."),
                                  QStringLiteral("file") };
    QCommandLineOption m_timeout { QStringLiteral("timeout"),
                                   QStringLiteral("Seconds to wait for each answer (1-3600, default 10)."),
                                   QStringLiteral("s") };
    QCommandLineOption m_legacyUser = hidden(QStringLiteral("user"), QStringLiteral("user"));
    QCommandLineOption m_legacyPasswordEnv = hidden(QStringLiteral("password-env"), QStringLiteral("var"));
    ViaOption m_via;
    mutable bool m_legacy = false;
    mutable http::HttpOptions m_http;

    static QCommandLineOption hidden(const QString &name, const QString &value);
};

} // namespace mc::cli
