#pragma once

#include "core/settings/AppSettings.h"

namespace mc::widgets {

// Applies the chosen theme to the whole application: the platform's own
// palette for System, a Fusion light or dark palette otherwise.
void applyTheme(settings::Theme theme);

} // namespace mc::widgets
