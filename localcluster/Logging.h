#pragma once

#include <QLoggingCategory>

// localcluster's own category, mc.localcluster (it never links the core, whose categories
// are in core/util/Logging.h): elections, masters killed and restarted, agents lost and
// back, requests refused for credentials, injected faults. Quiet unless --verbose
// (or QT_LOGGING_RULES="mc.localcluster.debug=true").
namespace mc::localcluster {
Q_DECLARE_LOGGING_CATEGORY(lcLocalCluster)

// --verbose: every line of mc.localcluster on stderr ("time category type: message"); else none.
void applyLogRules(bool verbose);
} // namespace mc::localcluster
