#pragma once

#include "core/audit/ClusterMode.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace mc::widgets {

// The watched cluster's mode as the GUI shows it, in one place: every control
// that changes the cluster or a host is registered here (guard()) and is
// disabled, its tool tip "read-only cluster", while the mode is read-only,
// whatever its own logic asks; leaving read-only gives it back the last state
// its own logic was seen asking for (a setEnabled(false) on a control held
// disabled changes nothing, so it is not seen: an owner whose controls may be
// disabled meanwhile decides again on changed()). The gate (core/audit/ActionGate) refuses the change
// anyway: this only keeps the user from asking.
class ChangeGuard : public QObject
{
    Q_OBJECT

public:
    explicit ChangeGuard(QObject *parent = nullptr);

    void setCluster(const QString &name, audit::ClusterMode mode, const QColor &colour);
    [[nodiscard]] QString clusterName() const { return m_name; }
    [[nodiscard]] audit::ClusterMode mode() const { return m_mode; }
    [[nodiscard]] QColor colour() const { return m_colour; }
    [[nodiscard]] bool isReadOnly() const { return m_mode == audit::ClusterMode::ReadOnly; }
    // "read-only cluster" while read-only, else empty: for controls with their own reasons.
    [[nodiscard]] QString whyNot() const;
    [[nodiscard]] static QString readOnlyTip();

    // A control that changes the cluster or a host.
    void guard(QWidget *control);
    void guard(QAction *control);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Holds `control` (a QWidget or a QAction) disabled while read-only, else gives back its own state.
    template<typename Control> void apply(Control *control);

    QString m_name;
    audit::ClusterMode m_mode = audit::ClusterMode::ReadWrite;
    QColor m_colour;
    QList<QPointer<QWidget>> m_widgets;
    QList<QPointer<QAction>> m_actions;
    bool m_applying = false;
};

} // namespace mc::widgets
