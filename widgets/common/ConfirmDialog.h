#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;

namespace mc::widgets {

// What a disruptive action is about to do, said before it is done: the
// objects it touches by name and what happens to their tasks. Every action
// that stops, kills, scales down, restarts or removes something asks through
// this one dialog. (A protected cluster adds one more field: the cluster's
// name, typed before the action button enables.)
struct Confirmation
{
    QString title; // window title: "Kill 2 tasks?"
    QString question; // "Kill these tasks?"
    QStringList objects; // one line per object: "web.1a2b of /demo/web on 127.0.0.1:5051 (S0)"
    QString consequence; // what happens to their tasks: "Marathon starts a replacement for each."
    QString acceptText; // the action's button: "Kill 2 tasks"
};

// The confirmation: Cancel is the default button (Enter and Escape cancel);
// only a click on (or Space / the mnemonic of) the action's button goes ahead.
class ConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kObjectsListed = 50; // more are counted, not listed

    explicit ConfirmDialog(const Confirmation &confirmation, QWidget *parent = nullptr);

    [[nodiscard]] const Confirmation &confirmation() const { return m_confirmation; }
    [[nodiscard]] QPushButton *acceptButton() const { return m_accept; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QListWidget *objectList() const { return m_objects; }

private:
    Confirmation m_confirmation;
    QListWidget *m_objects = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_cancel = nullptr;
};

// Shows the confirmation (modal) and says whether the user chose the action.
[[nodiscard]] bool confirm(QWidget *parent, const Confirmation &confirmation);

} // namespace mc::widgets
