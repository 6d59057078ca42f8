#pragma once

#include "core/ssh/SshTypes.h"

class QWidget;

namespace mc::widgets {

// Prompts for the SSH engine that show HostKeyDialog / SecretDialog on the GUI
// thread; the asking worker thread waits for the answer. Secrets given once are
// remembered for the session (memory only), per host and kind; so are "trust
// once" and "refuse" for a host key (per address, port and fingerprint).
[[nodiscard]] ssh::Prompts guiPrompts(QWidget *parent);

} // namespace mc::widgets
