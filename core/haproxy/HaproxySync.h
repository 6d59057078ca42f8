#pragma once

#include "core/audit/ActionGate.h"
#include "core/ssh/SshPool.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

namespace mc::haproxy {

struct SyncOptions
{
    QString remotePath = QStringLiteral("/etc/haproxy/haproxy.cfg");
    // Empty: systemd's `reload`, else the init script's, else `service haproxy reload`.
    QString reloadCommand;
    bool checkOnly = false; // nothing written or reloaded; the diff is reported
    bool validateOnHost = true; // `haproxy -c` on the host before the file is replaced
    bool become = true; // write and reload through sudo
};

// The unified diffs between each host's file and the new config, filled in by
// the sync job (from worker threads).
class SyncDiffs
{
public:
    void set(const QString &host, const QString &diff);
    [[nodiscard]] QString get(const QString &host) const;
    [[nodiscard]] QHash<QString, QString> all() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_diffs;
};

// The reload command used when SyncOptions::reloadCommand is empty.
[[nodiscard]] QString defaultReloadCommand();

// An SshPool job that brings a host's HAProxy config to `configText`:
// unchanged -> Ok (nothing written, no reload); different -> the diff goes to
// `diffs`, then (unless checkOnly) the new file is checked with `haproxy -c`
// on the host, written atomically (temp name + rename) and HAProxy reloaded
// -> Changed. A config HAProxy rejects is never put in place -> Failed.
[[nodiscard]] ssh::Job syncJob(const QString &configText, const SyncOptions &options,
                               std::shared_ptr<SyncDiffs> diffs);

// Runs syncJob() on `hosts` in `pool`: a sync that changes them (not checkOnly) passes `gate`
// first ("haproxy.sync" of the hosts), its outcome logged when the pool finishes. The
// refusal otherwise; the pool is then not started. The one way the front ends sync.
Status runSync(ssh::SshPool &pool, const QList<ssh::HostSpec> &hosts, const QString &configText,
               const SyncOptions &options, std::shared_ptr<SyncDiffs> diffs,
               const std::shared_ptr<const audit::ActionGate> &gate);

} // namespace mc::haproxy
