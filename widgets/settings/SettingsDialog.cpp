#include "widgets/settings/SettingsDialog.h"

#include "widgets/common/FormNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include <utility>

namespace mc::widgets {

using settings::AppSettings;
using settings::ProxyMode;
using settings::Theme;

namespace {

// A spin box from `min` to `max` showing `value`.
QSpinBox *spinBox(const QString &objectName, int min, int max, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(min, max);
    box->setValue(value);
    return box;
}

// A combo box of `choices` (an enum's values as int, after their text) showing `current`.
QComboBox *enumBox(const QString &objectName, const QList<std::pair<QString, int>> &choices, int current,
                   QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    for (const auto &[text, value] : choices)
        box->addItem(text, value);
    box->setCurrentIndex(box->findData(current));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(clusterBox(current));
    layout->addWidget(sshBox(current));
    layout->addWidget(appearanceBox(current));
    layout->addWidget(networkBox(current));
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyFields);
    updateProxyFields();

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const AppSettings defaults;
        m_pollInterval->setValue(defaults.pollIntervalMs);
        m_forks->setValue(defaults.sshForks);
        m_logWindow->setValue(defaults.logWindowMiB);
        m_logFontSize->setValue(defaults.logFontPointSize);
        m_theme->setCurrentIndex(m_theme->findData(int(defaults.theme)));
        m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(defaults.proxyMode)));
    });
    layout->addWidget(buttons);
}

QGroupBox *SettingsDialog::clusterBox(const AppSettings &current)
{
    auto *cluster = new QGroupBox(tr("Cluster"), this);
    auto *clusterForm = new QFormLayout(cluster);
    m_pollInterval = spinBox(QStringLiteral("pollInterval"), AppSettings::kMinPollIntervalMs,
                             AppSettings::kMaxPollIntervalMs, current.pollIntervalMs, cluster);
    m_pollInterval->setSingleStep(250);
    m_pollInterval->setSuffix(tr(" ms"));
    clusterForm->addRow(tr("&Poll interval:"), m_pollInterval);
    m_trayNotifications = new QCheckBox(tr("Also as system tray messages"), cluster);
    m_trayNotifications->setObjectName(QStringLiteral("trayNotifications"));
    m_trayNotifications->setChecked(current.trayNotifications);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        m_trayNotifications->setToolTip(tr("This desktop has no system tray now: notifications show in the "
                                           "window only."));
    clusterForm->addRow(tr("&Notifications:"), m_trayNotifications);
    nameFormFields(clusterForm);
    return cluster;
}

QGroupBox *SettingsDialog::sshBox(const AppSettings &current)
{
    auto *ssh = new QGroupBox(tr("SSH"), this);
    auto *sshForm = new QFormLayout(ssh);
    m_forks = spinBox(QStringLiteral("forks"), 1, AppSettings::kMaxForks, current.sshForks, ssh);
    m_forks->setToolTip(tr("How many hosts are worked on at the same time."));
    sshForm->addRow(tr("Parallel &hosts (forks):"), m_forks);
    m_sshUser = new QLineEdit(current.sshUser, ssh);
    m_sshUser->setObjectName(QStringLiteral("sshUser"));
    m_sshUser->setPlaceholderText(tr("from ~/.ssh/config or your login name"));
    sshForm->addRow(tr("Default &user:"), m_sshUser);
    auto *keyRow = new QHBoxLayout;
    m_sshKey = new QLineEdit(current.sshKeyPath, ssh);
    m_sshKey->setObjectName(QStringLiteral("sshKey"));
    m_sshKey->setPlaceholderText(tr("SSH agent or ~/.ssh/id_*"));
    auto *browse = new QPushButton(tr("Browse…"), ssh);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("SSH private key"), m_sshKey->text());
        if (!path.isEmpty())
            m_sshKey->setText(path);
    });
    keyRow->addWidget(m_sshKey);
    keyRow->addWidget(browse);
    sshForm->addRow(tr("Default &key:"), keyRow);
    nameFormFields(sshForm);
    return ssh;
}

QGroupBox *SettingsDialog::appearanceBox(const AppSettings &current)
{
    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    m_theme = enumBox(QStringLiteral("theme"),
                      { { tr("System"), int(Theme::System) },
                        { tr("Light"), int(Theme::Light) },
                        { tr("Dark"), int(Theme::Dark) } },
                      int(current.theme), appearance);
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("From the system locale"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_language->setToolTip(tr("Takes effect at the next start."));
    appearanceForm->addRow(tr("&Language:"), m_language);
    m_logFont = new QFontComboBox(appearance);
    m_logFont->setObjectName(QStringLiteral("logFont"));
    m_logFont->setFontFilters(QFontComboBox::MonospacedFonts);
    m_logFont->setCurrentFont(QFont(current.logFontFamily));
    m_logFontSize = spinBox(QString(), 6, 48, current.logFontPointSize, appearance);
    m_logFontSize->setSuffix(tr(" pt"));
    m_logFontSize->setAccessibleName(tr("Log font size"));
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_logFont, 1);
    fontRow->addWidget(m_logFontSize);
    appearanceForm->addRow(tr("Log &font:"), fontRow);
    m_logWindow = spinBox(QStringLiteral("logWindow"), 1, AppSettings::kMaxLogWindowMiB, current.logWindowMiB,
                          appearance);
    m_logWindow->setSuffix(tr(" MiB"));
    m_logWindow->setToolTip(tr("How much of a log is kept in memory; older parts are paged in on demand."));
    appearanceForm->addRow(tr("Log &window:"), m_logWindow);
    nameFormFields(appearanceForm);
    return appearance;
}

QGroupBox *SettingsDialog::networkBox(const AppSettings &current)
{
    auto *network = new QGroupBox(tr("Network"), this);
    auto *networkForm = new QFormLayout(network);
    m_proxyMode = enumBox(QStringLiteral("proxyMode"),
                          { { tr("System proxy"), int(ProxyMode::System) },
                            { tr("No proxy"), int(ProxyMode::None) },
                            { tr("HTTP proxy"), int(ProxyMode::Manual) } },
                          int(current.proxyMode), network);
    networkForm->addRow(tr("Pro&xy:"), m_proxyMode);
    m_proxyHost = new QLineEdit(current.proxyHost, network);
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyPort = spinBox(QString(), 1, 65535, current.proxyPort, network);
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyHost, 1);
    proxyRow->addWidget(m_proxyPort);
    networkForm->addRow(tr("Proxy &host and port:"), proxyRow);
    nameFormFields(networkForm);
    return network;
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = m_proxyMode->currentData().toInt() == int(ProxyMode::Manual);
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.pollIntervalMs = m_pollInterval->value();
    s.sshForks = m_forks->value();
    s.sshUser = m_sshUser->text().trimmed();
    s.sshKeyPath = m_sshKey->text().trimmed();
    s.theme = Theme(m_theme->currentData().toInt());
    s.language = m_language->currentData().toString();
    s.trayNotifications = m_trayNotifications->isChecked();
    s.logFontFamily = m_logFont->currentFont().family();
    s.logFontPointSize = m_logFontSize->value();
    s.logWindowMiB = m_logWindow->value();
    s.proxyMode = ProxyMode(m_proxyMode->currentData().toInt());
    s.proxyHost = m_proxyHost->text().trimmed();
    s.proxyPort = m_proxyPort->value();
    return s.clamped();
}

} // namespace mc::widgets
