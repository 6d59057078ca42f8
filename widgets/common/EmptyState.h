#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QVBoxLayout;
class QPushButton;

namespace mc::widgets {

// What a view shows before it has anything to show: an icon, a title, one
// sentence that says what to do next, and buttons for those next steps.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(const QIcon &icon, const QString &title, const QString &text,
                        QWidget *parent = nullptr);

    QPushButton *addAction(const QString &text);
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString text() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QWidget *m_buttons = nullptr;
};

} // namespace mc::widgets
