#pragma once

namespace mc {

// Caps glibc's malloc arenas for the console's process (both front ends call it
// first thing in main). glibc gives each thread that allocates its own arena,
// up to eight per core; the thread pool's workers parse the big answers of a
// 100,000-task cluster (a 200 MB SUBSCRIBED, Marathon's apps) and every arena
// keeps what was freed in it. Two arenas keep the console's steady memory about
// 100 MB lower at that scale (tests/bench/RESULTS.md, bench_console_scale).
// A MALLOC_ARENA_MAX set in the environment wins. No effect outside glibc.
void limitMallocArenas();

// Gives the pages malloc holds free back to the system (glibc's malloc_trim, which also
// releases free pages inside the heap, not only at its top). After a big body was read and
// freed: a polled 150 MB state arrives in pieces of tens of KB, below malloc's mmap
// threshold, and the heap keeps their pages for good without it. Costs milliseconds; call it
// off the GUI thread. No effect outside glibc.
void releaseFreedMemory();

} // namespace mc
