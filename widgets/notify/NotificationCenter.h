#pragma once

#include "core/cluster/ClusterNotices.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class QFrame;
class QLabel;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace mc::widgets {

// Tells the user about deployments, failed tasks, leader changes and
// unreachable hosts: a toast in the window's corner, a message from the
// system tray icon when the desktop has a tray, and a history to look back at.
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
    };

    explicit NotificationCenter(QWidget *window);
    ~NotificationCenter() override;

    void notify(const cluster::Notice &notice);
    [[nodiscard]] const QList<Entry> &history() const { return m_history; }
    [[nodiscard]] bool toastVisible() const;
    [[nodiscard]] QString toastText() const;
    [[nodiscard]] bool hasTray() const { return m_tray != nullptr; }
    // A dialog listing the history, newest first.
    void showHistory();

Q_SIGNALS:
    void notified(const mc::widgets::NotificationCenter::Entry &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeToast();

    QPointer<QWidget> m_window;
    QFrame *m_toast = nullptr;
    QLabel *m_toastIcon = nullptr;
    QLabel *m_toastText = nullptr;
    QTimer *m_hide = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QList<Entry> m_history;
};

} // namespace mc::widgets
