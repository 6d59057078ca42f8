#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mc::cluster {

// Where to watch a cluster, as a person types it: Mesos masters as
// `host[:port]` or http(s) URLs (port 5050 when none), or one
// `zk://h1:2181,h2:2181/mesos` URL; Marathon likewise (port 8080). Checked
// strictly: scheme http or https, a host, a port in 1..65535.
struct ClusterAddresses
{
    Q_DECLARE_TR_FUNCTIONS(ClusterAddresses)

public:
    QList<QUrl> masters;
    QString zkUrl;
    QList<QUrl> marathons;

    // Every entry checked; the error names each one that is not an address.
    [[nodiscard]] static Result<ClusterAddresses> parse(const QStringList &masters,
                                                        const QStringList &marathons);
    // Splits a line of comma- or space-separated entries.
    [[nodiscard]] static QStringList split(const QString &line);
    // What is wrong with the master entries / the Marathon entries alone (a message per entry),
    // for a message next to the field that holds them.
    [[nodiscard]] static QStringList masterProblems(const QStringList &masters);
    [[nodiscard]] static QStringList marathonProblems(const QStringList &marathons);

private:
    // An http(s) URL with a host name or address and a port in 1..65535 (`defaultPort` when none).
    static QUrl httpUrl(const QString &text, int defaultPort, QStringList *problems);
    static void addMasters(ClusterAddresses *out, const QStringList &masters, QStringList *problems);
    static void addMarathons(ClusterAddresses *out, const QStringList &marathons, QStringList *problems);
};

} // namespace mc::cluster
