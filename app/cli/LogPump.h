#pragma once

namespace mc::logs {
class LogSource;
}

namespace mc::cli {

// Streams a source's bytes to stdout until it finishes or fails; returns the exit code
// (what went wrong on stderr, after "`prefix`: "). Without `retry` (a one-off read, no
// --follow) the first failure ends it.
int pump(logs::LogSource &source, bool retry = true, const char *prefix = "logs");

} // namespace mc::cli
