#pragma once

class QThread;

namespace mc::util {

// A worker thread its owner need not wait for: work that cannot be
// interrupted at once (an SSH connect waiting for a host that never answers)
// goes on after the owner is gone, and the owner's thread never blocks on it.
// The thread must already be told to give up (a cancel flag); it deletes
// itself when its function returns. When the application ends, the threads
// still running are waited for (a bounded time) in QCoreApplication's
// destructor, so none outlives the libraries it uses.
// Call from the thread that created `thread`, before or after start().
void detachThread(QThread *thread);

// Threads detached and not yet returned (for tests).
[[nodiscard]] int detachedThreadCount();

} // namespace mc::util
