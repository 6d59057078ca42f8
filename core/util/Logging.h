#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

class QUrl;

// The diagnostic log: one logging category per subsystem, as Qt Creator's
// `qtc.docker.api`. A line is written where the code decides something a person
// debugging the field would want to know (leader found or lost, redirect followed,
// fallback to an older endpoint, stream dropped and subscribed again, retry and
// back-off, host-key decision, provisioning outcome per host, HAProxy reload, log
// follow started and stopped): one line per decision, never per task or event.
// Info and warning lines are on by default, debug lines with --verbose (or
// QT_LOGGING_RULES="mc.*.debug=true"). Lines are English (they go into bug reports)
// and never carry a secret; redact() is the safety net the message handler applies.
namespace mc {
Q_DECLARE_LOGGING_CATEGORY(lcCluster) // mc.cluster: leader, route (ZooKeeper or masters), connection state
Q_DECLARE_LOGGING_CATEGORY(lcMesos) // mc.mesos: state endpoints and their fallbacks, the v1 event stream
Q_DECLARE_LOGGING_CATEGORY(lcMarathon) // mc.marathon: instances, dialect, changes sent
Q_DECLARE_LOGGING_CATEGORY(lcSsh) // mc.ssh: connects, host keys, authentication, tunnels
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // mc.http: redirects, transport failures, server-sent event streams
Q_DECLARE_LOGGING_CATEGORY(lcProvision) // mc.provision: runs, roles, each host's outcome, retries
Q_DECLARE_LOGGING_CATEGORY(lcHaproxy) // mc.haproxy: config changes, checks and reloads per host
Q_DECLARE_LOGGING_CATEGORY(lcLogs) // mc.logs: log follows started, stopped, retried; endpoint fallbacks
} // namespace mc

namespace mc::logging {

class LogRing;

// The names of the categories above, in that order (the Diagnostics filter lists them).
// localcluster has its own, mc.localcluster (it never links the core).
[[nodiscard]] QStringList categoryNames();

// Sets the rules of the mc.* categories (QLoggingCategory::setFilterRules): `verbose` turns
// on their debug lines; without it a `quiet` front end (the CLI, whose stderr carries the
// command's own messages) hears nothing from them, the GUI their info and warnings.
// QT_LOGGING_RULES is read after these rules, so it still decides where it says something.
void applyRules(bool verbose, bool quiet);
// Takes "--verbose" out of a command line (up to a "--", after which words belong to a
// remote command); whether it was there.
[[nodiscard]] bool takeVerbose(QStringList &arguments);

// Replaces what must not reach a log or a bug report with "***": the password of a URL
// (scheme://user:password@host), the value of Authorization / Proxy-Authorization /
// Cookie headers, password= / passwd= / passphrase= / secret= / token= / api_key= pairs
// (also with ':' and JSON quotes) and every PEM block (-----BEGIN …----- to -----END …-----).
[[nodiscard]] QString redact(const QString &text);
// A URL for a log line: the password never shown (toDisplayString), nor streamed as a QUrl.
[[nodiscard]] QString shown(const QUrl &url);

// Installs a message handler for the whole process (once; later calls change nothing): every
// message is redacted, kept in `ring` when one is given, then passed to the handler that
// was installed before it (Qt's own writes stderr in the pattern "time category type:
// message", unless QT_MESSAGE_PATTERN says otherwise). Messages come from any thread.
void installMessageHandler(LogRing *ring);
// The ring the GUI keeps for Help ▸ Diagnostics: the last kRecentLines lines.
[[nodiscard]] LogRing &recentLog();
inline constexpr int kRecentLines = 2000;

} // namespace mc::logging
