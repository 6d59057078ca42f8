#pragma once

#include "core/cluster/ConnectionState.h"

#include <QWidget>

class QLabel;
class QTimer;

namespace mc::widgets {

// "Mesos: ● live" / "● stale (last update 14 s ago)" / "● error: <reason>":
// a source's connection state, refreshed every second so the age keeps counting.
class ConnectionBadge : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBadge(const QString &source, QWidget *parent = nullptr);

    void setState(const cluster::ConnectionState &state);
    [[nodiscard]] QString text() const;
    [[nodiscard]] cluster::ConnectionState state() const { return m_state; }

private:
    void render();

    QString m_source;
    cluster::ConnectionState m_state;
    QLabel *m_dot;
    QLabel *m_label;
    QTimer *m_tick;
};

} // namespace mc::widgets
