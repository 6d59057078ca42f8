#include "core/mesos/MasterInfo.h"

namespace mc::mesos {

QUrl MasterInfo::url() const
{
    QString host = ip;
    if (host.isEmpty()) {
        const qsizetype at = pid.indexOf(u'@');
        const qsizetype colon = pid.lastIndexOf(u':');
        if (at >= 0 && colon > at)
            host = pid.mid(at + 1, colon - at - 1);
    }
    if (host.isEmpty())
        host = hostname;
    return QUrl(QStringLiteral("http://%1:%2").arg(host, QString::number(port)));
}

QString MasterInfo::displayName() const
{
    return QStringLiteral("%1:%2").arg(hostname.isEmpty() ? ip : hostname).arg(port);
}

} // namespace mc::mesos
