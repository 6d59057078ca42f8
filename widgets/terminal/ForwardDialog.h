#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace mc::widgets {

// Forward Port for a task: which of its host ports, the local port (any free
// one, or a chosen one), and whether the forward follows the app's
// replacement task when this one ends (else it stops and says so).
class ForwardDialog : public QDialog
{
    Q_OBJECT

public:
    ForwardDialog(const QString &taskId, const QList<quint16> &ports, bool followable,
                  QWidget *parent = nullptr);

    [[nodiscard]] int portIndex() const;
    [[nodiscard]] quint16 localPort() const; // 0: a free one
    [[nodiscard]] bool follow() const;

private:
    QComboBox *m_port;
    QSpinBox *m_local;
    QCheckBox *m_follow;
};

} // namespace mc::widgets
