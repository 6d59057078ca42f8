#include "widgets/notify/NotificationCenter.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

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

QString borderColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("#c62828");
    case Severity::Warning:
        return QStringLiteral("#e0a100");
    case Severity::Info:
        break;
    }
    return QStringLiteral("#2f6fc0");
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

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Mesos Console"));
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
    m_toast->setStyleSheet(
        QStringLiteral("QFrame#toast { border: 1px solid palette(mid); border-left: 5px solid %1;"
                       " border-radius: 4px; background: palette(base); }")
            .arg(borderColor(notice.severity)));
    m_toast->adjustSize();
    placeToast();
    m_toast->show();
    m_toast->raise();
    m_hide->start();

    if (m_tray) {
        const auto icon = notice.severity == Severity::Error ? QSystemTrayIcon::Critical
            : notice.severity == Severity::Warning           ? QSystemTrayIcon::Warning
                                                             : QSystemTrayIcon::Information;
        m_tray->showMessage(notice.title, notice.text, icon, kToastMs);
    }
    emit notified(entry);
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

void NotificationCenter::showHistory()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Notifications"));
    dialog.resize(560, 420);
    auto *layout = new QVBoxLayout(&dialog);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("notificationHistory"));
    list->setWordWrap(true);
    for (const Entry &e : std::as_const(m_history)) {
        auto *item
            = new QListWidgetItem(dialog.style()->standardIcon(iconFor(e.notice.severity)),
                                  tr("%1  %2: %3\n%4")
                                      .arg(QLocale().toString(e.time, QLocale::ShortFormat),
                                           severityWord(e.notice.severity), e.notice.title, e.notice.text),
                                  list);
        item->setToolTip(e.notice.text);
    }
    if (m_history.isEmpty())
        list->addItem(tr("Nothing has happened yet."));
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace mc::widgets
