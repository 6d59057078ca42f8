#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace mc::cluster {

// Where one data source (Mesos, Marathon) stands.
struct ConnectionState
{
    Q_DECLARE_TR_FUNCTIONS(mc::cluster::ConnectionState)

public:
    enum class Kind { Disconnected, Connecting, Live, Stale, Error };

    Kind kind = Kind::Disconnected;
    QString reason; // why Error (or Stale); empty otherwise
    QDateTime lastSuccess; // last good data (kept on screen when later updates fail)

    bool operator==(const ConnectionState &) const = default;
    [[nodiscard]] static QString kindName(Kind kind);
    // "live", "stale (last update 12 s ago)", "error: <reason>" for people.
    [[nodiscard]] QString describe(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

} // namespace mc::cluster
