#pragma once

#include <QString>

namespace mc::test {

// Answers the next file dialog (QFileDialog::getSaveFileName on the offscreen platform) with
// `path`, as a person would: types the name, accepts, and says "Yes" when asked whether to
// replace an existing file. Call it before the click that opens the dialog.
void answerSaveDialog(const QString &path);

} // namespace mc::test
