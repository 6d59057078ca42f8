#pragma once

#include <QByteArray>

namespace mc::test {

// A field of /proc/self/status in kB ("VmRSS", "VmHWM"); 0 when it cannot be read.
[[nodiscard]] long procStatusKb(const QByteArray &field);
// User + system CPU seconds of this process so far.
[[nodiscard]] double cpuSeconds();
// What a benchmark of the console does before its QApplication: malloc arenas limited as the
// console limits them, the offscreen platform unless one is set, settings in `configDir`.
void prepareConsoleBench(const QString &configDir);

} // namespace mc::test
