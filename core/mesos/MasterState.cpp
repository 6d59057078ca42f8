#include "core/mesos/MasterState.h"

namespace mc::mesos {

MasterInfo MasterState::leader() const
{
    if (leaderInfo)
        return *leaderInfo;
    MasterInfo info;
    info.pid = leaderPid;
    const qsizetype at = leaderPid.indexOf(u'@');
    const qsizetype colon = leaderPid.lastIndexOf(u':');
    if (at >= 0 && colon > at) {
        info.ip = leaderPid.mid(at + 1, colon - at - 1);
        info.port = leaderPid.mid(colon + 1).toInt();
        info.hostname = info.ip;
    }
    if (leaderPid == pid)
        info.hostname = hostname;
    return info;
}

} // namespace mc::mesos
