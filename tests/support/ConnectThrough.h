#pragma once

#include <QDialogButtonBox>

#include <functional>

namespace mc::widgets {
class ConnectDialog;
class MainWindow;
} // namespace mc::widgets

namespace mc::test {

// File > Connect to Cluster… in `window` as a user does it: `fill` the dialog, then press
// `button`. False when the dialog never opened.
[[nodiscard]] bool connectThrough(widgets::MainWindow *window,
                                  const std::function<void(widgets::ConnectDialog *)> &fill,
                                  QDialogButtonBox::StandardButton button = QDialogButtonBox::Ok);

// Fills the dialog's masters and Marathon fields with `masters` and `marathon`, typed.
void typeAddresses(widgets::ConnectDialog *dialog, const QString &masters, const QString &marathon);

} // namespace mc::test
