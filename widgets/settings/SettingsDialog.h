#pragma once

#include "core/settings/AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace mc::widgets {

// Preferences: poll interval, SSH forks and defaults, theme, log font and
// window size, proxy, language. Edits a copy; settings() gives the result.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const settings::AppSettings &current, QWidget *parent = nullptr);

    [[nodiscard]] settings::AppSettings settings() const;

private:
    // The dialog's group boxes, top to bottom.
    [[nodiscard]] QGroupBox *clusterBox(const settings::AppSettings &current);
    [[nodiscard]] QGroupBox *sshBox(const settings::AppSettings &current);
    [[nodiscard]] QGroupBox *appearanceBox(const settings::AppSettings &current);
    [[nodiscard]] QGroupBox *networkBox(const settings::AppSettings &current);
    void updateProxyFields();

    QSpinBox *m_pollInterval = nullptr;
    QCheckBox *m_trayNotifications = nullptr;
    QSpinBox *m_forks = nullptr;
    QLineEdit *m_sshUser = nullptr;
    QLineEdit *m_sshKey = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QFontComboBox *m_logFont = nullptr;
    QSpinBox *m_logFontSize = nullptr;
    QSpinBox *m_logWindow = nullptr;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
};

} // namespace mc::widgets
