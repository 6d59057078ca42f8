#pragma once

#include "core/marathon/App.h"
#include "core/marathon/LaunchQueue.h"
#include "core/marathon/TaskHealth.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;

namespace mc::widgets {

// "Why isn't it running?" for one app: the state in its launch queue (waiting for offers or
// backed off), the reasons offers were declined as bars, what it asks against the largest
// free offer, the constraint no agent meets, Reset delay, the last task failure. No I/O: it
// shows what it is given and asks for the reset (resetDelayRequested).
class WhyPane : public QWidget
{
    Q_OBJECT

public:
    explicit WhyPane(QWidget *parent = nullptr);

    // nullopt entry: the app is not in the queue. `error`: the queue could not be read.
    void show(const QString &appId, const std::optional<marathon::QueueEntry> &entry,
              const std::optional<marathon::TaskFailure> &lastFailure, const QString &error = {});
    void clear();
    // The app's failing health checks (per task and check, and counted by cause).
    void setHealth(const QList<marathon::TaskHealth> &tasks);
    [[nodiscard]] QString appId() const { return m_appId; }
    [[nodiscard]] QPushButton *resetButton() const { return m_reset; }
    // Everything the pane says, as text (tests, screen readers).
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    void resetDelayRequested(const QString &appId);

private:
    void setBars(const marathon::QueueEntry &entry);

    QString m_appId;
    QLabel *m_state;
    QWidget *m_barsBox;
    QGridLayout *m_bars;
    QLabel *m_largest;
    QLabel *m_constraints;
    QLabel *m_offers;
    QLabel *m_failure;
    QLabel *m_health;
    QPushButton *m_reset;
};

} // namespace mc::widgets
