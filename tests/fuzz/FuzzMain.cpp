// libFuzzer's entry points for the one executable every fuzz_<name>.cpp links
// into (FuzzInput.h): the target is the name the program was started by
// (bin/fuzz/fuzz_<name>, a link to fuzz_all) or MC_FUZZ_TARGET.

#include "FuzzInput.h"

#include <cstring>
#include <string>

namespace {
mc::fuzz::TestOneInput g_run = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *env = std::getenv("MC_FUZZ_TARGET");
    std::string name = env ? env : "";
    if (name.empty() && *argc > 0) {
        name = (*argv)[0];
        name = name.substr(name.find_last_of('/') + 1);
    }
    for (const mc::fuzz::Target &target : mc::fuzz::targets())
        if (name == target.name)
            g_run = target.run;
    if (!g_run) {
        std::fprintf(stderr, "No fuzz target \"%s\"; start it as one of (or set MC_FUZZ_TARGET):\n",
                     name.c_str());
        for (const mc::fuzz::Target &target : mc::fuzz::targets())
            std::fprintf(stderr, "  %s\n", target.name);
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return g_run(data, size);
}
