#include "core/util/Allocator.h"

#include <cstdlib>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace mc {

namespace {
constexpr int kMallocArenas = 2;
}

void limitMallocArenas()
{
#ifdef __GLIBC__
    if (std::getenv("MALLOC_ARENA_MAX") == nullptr)
        mallopt(M_ARENA_MAX, kMallocArenas);
#endif
}

void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace mc
