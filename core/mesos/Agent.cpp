#include "core/mesos/Agent.h"

#include <QStringList>

namespace mc::mesos {

QUrl Agent::url() const
{
    const qsizetype at = pid.indexOf(u'@');
    if (at >= 0)
        return QUrl(QStringLiteral("http://") + pid.mid(at + 1));
    return QUrl(QStringLiteral("http://%1:%2").arg(hostname).arg(port));
}

QString Agent::attributesText() const
{
    QStringList parts;
    for (const auto &[key, value] : attributes)
        parts << key + u':' + value;
    return parts.join(QStringLiteral("; "));
}

} // namespace mc::mesos
