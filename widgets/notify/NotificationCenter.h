#pragma once

#include "core/cluster/ClusterNotices.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class QDialog;
class QFrame;
class QLabel;
class QListWidget;
class QToolButton;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace mc::widgets {

// Tells the user about deployments, failed tasks, leader changes and
// unreachable hosts: a toast in the window's corner, a message from the
// system tray icon when the desktop has a tray, and a history to look back at
// (the notifications panel) with an unread count on a button.
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    static constexpr int kHistoryLimit = 200;
    static constexpr int kToastMs = 6000;

    struct Entry
    {
        QDateTime time;
        cluster::Notice notice;
        bool read = false;
    };

    explicit NotificationCenter(QWidget *window);
    ~NotificationCenter() override;

    void notify(const cluster::Notice &notice);
    [[nodiscard]] const QList<Entry> &history() const { return m_history; }
    [[nodiscard]] bool toastVisible() const;
    [[nodiscard]] QString toastText() const;
    [[nodiscard]] bool hasTray() const { return m_tray != nullptr; }
    // Tray messages on/off (the tray icon exists only where the desktop has a tray).
    void setTrayMessagesEnabled(bool enabled) { m_trayMessages = enabled; }
    [[nodiscard]] bool trayMessagesEnabled() const { return m_trayMessages; }

    [[nodiscard]] int unreadCount() const;
    void markAllRead();
    void clear();

    // A button for a status bar or tool bar: "Notifications (3)", opens the panel.
    [[nodiscard]] QToolButton *button() const { return m_button; }
    // The panel listing the history, newest first, unread entries in bold.
    // Opening it marks everything read. Not modal: it updates live.
    void showPanel();
    [[nodiscard]] QDialog *panel() const { return m_panel; }
    void showHistory() { showPanel(); }
    // Opens the object of the history entry at `row` (newest first): emits openRequested and
    // closes the panel. False when the entry names no app or task.
    bool openEntry(int row);

Q_SIGNALS:
    void notified(const mc::widgets::NotificationCenter::Entry &entry);
    // An entry about an app or a task was opened (double-click, Enter): go to it.
    void openRequested(const mc::cluster::Notice &notice);
    void unreadCountChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeToast();
    void updateButton();
    void fillList();

    QPointer<QWidget> m_window;
    QFrame *m_toast = nullptr;
    QLabel *m_toastIcon = nullptr;
    QLabel *m_toastText = nullptr;
    QTimer *m_hide = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QToolButton *m_button = nullptr;
    QDialog *m_panel = nullptr;
    QListWidget *m_list = nullptr;
    QList<Entry> m_history;
    bool m_trayMessages = true;
};

} // namespace mc::widgets
