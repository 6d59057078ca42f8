#include "core/mesos/Resources.h"

#include <QRegularExpression>

#include <algorithm>

namespace mc::mesos {

QList<quint16> portList(const QString &ranges)
{
    QList<quint16> ports;
    static const QRegularExpression range(QStringLiteral("(\\d+)-(\\d+)"));
    for (auto it = range.globalMatch(ranges); it.hasNext();) {
        const auto m = it.next();
        const uint last = std::min(m.captured(2).toUInt(), 65535U);
        for (uint p = m.captured(1).toUInt(); p <= last && ports.size() < 65536; ++p)
            ports << quint16(p);
    }
    return ports;
}

} // namespace mc::mesos
