#pragma once

#include "core/settings/AppSettings.h"

namespace mc::settings {

// Makes the proxy choice the application-wide default for HTTP requests.
void applyProxy(const AppSettings &settings);

} // namespace mc::settings
