#include "localcluster/Logging.h"

namespace mc::localcluster {

Q_LOGGING_CATEGORY(lcLocalCluster, "mc.localcluster", QtInfoMsg)

void applyLogRules(bool verbose)
{
    // QT_MESSAGE_PATTERN and QT_LOGGING_RULES, read after these, still win.
    qSetMessagePattern(QStringLiteral("%{time HH:mm:ss.zzz} %{category} %{type}: %{message}"));
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("mc.localcluster=true")
                                             : QStringLiteral("mc.localcluster=false"));
}

} // namespace mc::localcluster
