#include "widgets/notify/NotificationCenter.h"

#include "widgets/common/ThemeFollow.h"
#include "widgets/common/ThemedIcon.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFont>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mc::widgets {

namespace {
constexpr int kToastWidth = 380;
constexpr int kMargin = 16;

using Severity = cluster::Notice::Severity;

QStyle::StandardPixmap iconFor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStyle::SP_MessageBoxCritical;
    case Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return NotificationCenter::tr("Error");
    case Severity::Warning:
        return NotificationCenter::tr("Warning");
    case Severity::Info:
        break;
    }
    return NotificationCenter::tr("Info");
}

models::StateColorPalette::Role stripeRole(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return models::StateColorPalette::Role::Error;
    case Severity::Warning:
        return models::StateColorPalette::Role::Warning;
    case Severity::Info:
        break;
    }
    return models::StateColorPalette::Role::Accent;
}
} // namespace

NotificationCenter::NotificationCenter(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_toast = new QFrame(window);
    m_toast->setObjectName(QStringLiteral("toast"));
    m_toast->setFrameShape(QFrame::StyledPanel);
    m_toast->setAutoFillBackground(true);
    m_toast->setFixedWidth(kToastWidth);
    m_toast->setAccessibleName(tr("Notification"));
    auto *layout = new QHBoxLayout(m_toast);
    m_toastIcon = new QLabel(m_toast);
    layout->addWidget(m_toastIcon, 0, Qt::AlignTop);
    m_toastText = new QLabel(m_toast);
    m_toastText->setObjectName(QStringLiteral("toastText"));
    m_toastText->setWordWrap(true);
    m_toastText->setTextFormat(Qt::PlainText);
    layout->addWidget(m_toastText, 1);
    m_toast->hide();

    m_hide = new QTimer(this);
    m_hide->setSingleShot(true);
    m_hide->setInterval(kToastMs);
    connect(m_hide, &QTimer::timeout, m_toast, &QWidget::hide);
    window->installEventFilter(this);

    m_button = new QToolButton(window);
    m_button->setObjectName(QStringLiteral("notificationsButton"));
    m_button->setIcon(themedIcon(QStringLiteral("notifications")));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setAutoRaise(true);
    m_button->hide(); // until a status bar or tool bar takes it
    connect(m_button, &QToolButton::clicked, this, &NotificationCenter::showPanel);
    updateButton();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Mesos Console"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->activateWindow();
            }
            showPanel();
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger && m_window) {
                m_window->showNormal();
                m_window->activateWindow();
            }
        });
        m_tray->show();
    }
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::notify(const cluster::Notice &notice)
{
    const Entry entry { QDateTime::currentDateTime(), notice };
    m_history.prepend(entry);
    while (m_history.size() > kHistoryLimit)
        m_history.removeLast();

    // The severity is said in words too: never only by colour.
    m_toastText->setText(tr("%1: %2\n%3").arg(severityWord(notice.severity), notice.title, notice.text));
    const int iconSize = m_toast->style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    m_toastIcon->setPixmap(
        m_toast->style()->standardIcon(iconFor(notice.severity)).pixmap(iconSize, iconSize));
    setThemedStyleSheet(
        m_toast, [stripe = stripeRole(notice.severity)](const models::StateColorPalette &palette) {
            return QStringLiteral("QFrame#toast { border: 1px solid palette(mid); border-left: 5px solid %1;"
                                  " border-radius: 4px; background: palette(base); }")
                .arg(palette.name(stripe));
        });
    m_toast->adjustSize();
    placeToast();
    m_toast->show();
    m_toast->raise();
    m_hide->start();

    fillList();
    updateButton();
    Q_EMIT unreadCountChanged(unreadCount());

    if (m_tray && m_trayMessages) {
        const auto icon = notice.severity == Severity::Error ? QSystemTrayIcon::Critical
            : notice.severity == Severity::Warning           ? QSystemTrayIcon::Warning
                                                             : QSystemTrayIcon::Information;
        m_tray->showMessage(notice.title, notice.text, icon, kToastMs);
    }
    Q_EMIT notified(entry);
}

bool NotificationCenter::toastVisible() const
{
    return m_toast->isVisible();
}

QString NotificationCenter::toastText() const
{
    return m_toastText->text();
}

void NotificationCenter::placeToast()
{
    if (!m_window)
        return;
    const QSize size = m_toast->sizeHint();
    m_toast->setGeometry(m_window->width() - kToastWidth - kMargin,
                         m_window->height() - size.height() - kMargin * 2, kToastWidth, size.height());
}

bool NotificationCenter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_toast->isVisible())
        placeToast();
    return QObject::eventFilter(watched, event);
}

void NotificationCenter::showPanel()
{
    if (!m_panel) {
        m_panel = new QDialog(m_window);
        m_panel->setObjectName(QStringLiteral("notificationsPanel"));
        m_panel->setWindowTitle(tr("Notifications"));
        m_panel->resize(600, 440);
        auto *layout = new QVBoxLayout(m_panel);
        m_list = new QListWidget(m_panel);
        m_list->setObjectName(QStringLiteral("notificationHistory"));
        m_list->setAccessibleName(tr("Notifications, newest first"));
        m_list->setWordWrap(true);
        m_list->setAlternatingRowColors(true);
        m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        layout->addWidget(m_list);
        // An entry about an app or a task opens it (double-click; Enter on it).
        connect(m_list, &QListWidget::activated, this, [this](const QModelIndex &index) { openEntry(index.row()); });
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_panel);
        QPushButton *close = buttons->button(QDialogButtonBox::Close);
        close->setObjectName(QStringLiteral("closeNotifications"));
        QPushButton *markRead = buttons->addButton(tr("Mark All Read"), QDialogButtonBox::ActionRole);
        markRead->setObjectName(QStringLiteral("markAllRead"));
        connect(markRead, &QPushButton::clicked, this, &NotificationCenter::markAllRead);
        QPushButton *clearAll = buttons->addButton(tr("Clear"), QDialogButtonBox::ResetRole);
        clearAll->setObjectName(QStringLiteral("clearNotifications"));
        connect(clearAll, &QPushButton::clicked, this, &NotificationCenter::clear);
        // Enter closes the panel; it never wipes the history.
        markRead->setAutoDefault(false);
        clearAll->setAutoDefault(false);
        close->setDefault(true);
        connect(buttons, &QDialogButtonBox::rejected, m_panel, &QDialog::hide);
        layout->addWidget(buttons);
    }
    // Shown as it was (unread in bold), then counted as read.
    fillList();
    m_panel->show();
    m_panel->raise();
    m_panel->activateWindow();
    for (Entry &e : m_history)
        e.read = true;
    updateButton();
    Q_EMIT unreadCountChanged(0);
}

bool NotificationCenter::openEntry(int row)
{
    if (row < 0 || row >= m_history.size())
        return false;
    const cluster::Notice &notice = m_history.at(row).notice;
    if (notice.appId.isEmpty() && notice.taskId.isEmpty())
        return false;
    if (m_panel)
        m_panel->hide();
    Q_EMIT openRequested(notice);
    return true;
}

int NotificationCenter::unreadCount() const
{
    return int(std::count_if(m_history.cbegin(), m_history.cend(), [](const Entry &e) { return !e.read; }));
}

void NotificationCenter::markAllRead()
{
    for (Entry &e : m_history)
        e.read = true;
    fillList();
    updateButton();
    Q_EMIT unreadCountChanged(0);
}

void NotificationCenter::clear()
{
    m_history.clear();
    m_toast->hide();
    fillList();
    updateButton();
    Q_EMIT unreadCountChanged(0);
}

void NotificationCenter::updateButton()
{
    const int unread = unreadCount();
    m_button->setText(unread > 0 ? tr("Notifications (%1)").arg(unread) : tr("Notifications"));
    m_button->setToolTip(unread > 0 ? tr("%n unread notification(s). Click to see them.", nullptr, unread)
                                    : tr("No unread notifications. Click to see the history."));
    m_button->setAccessibleName(m_button->text());
    QFont font = m_button->font();
    font.setBold(unread > 0);
    m_button->setFont(font);
}

void NotificationCenter::fillList()
{
    if (!m_list)
        return;
    m_list->clear();
    for (const Entry &e : std::as_const(m_history)) {
        auto *item
            = new QListWidgetItem(m_list->style()->standardIcon(iconFor(e.notice.severity)),
                                  tr("%1  %2: %3\n%4")
                                      .arg(QLocale().toString(e.time, QLocale::ShortFormat),
                                           severityWord(e.notice.severity), e.notice.title, e.notice.text),
                                  m_list);
        const bool opens = !e.notice.appId.isEmpty() || !e.notice.taskId.isEmpty();
        item->setToolTip(opens ? tr("%1\n\nDouble-click or press Enter to go to %2.")
                                     .arg(e.notice.text, e.notice.taskId.isEmpty() ? e.notice.appId : e.notice.taskId)
                               : e.notice.text);
        if (!e.read) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setText(tr("New · %1").arg(item->text()));
        }
    }
    if (m_history.isEmpty())
        m_list->addItem(tr("Nothing has happened yet."));
}

} // namespace mc::widgets
