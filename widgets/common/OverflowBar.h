#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QAbstractButton;
class QHBoxLayout;
class QMenu;
class QToolButton;

namespace mc::widgets {

// A row of fields and buttons (a QHBoxLayout: add to layout()) that never
// asks for more width than its fields need: the buttons that do not fit, from
// the right, move into a "More" menu at the end of the row (objectName
// "overflow"), whose entries click them. A button is never drawn narrower than
// its size hint.
class OverflowBar : public QWidget
{
    Q_OBJECT

public:
    explicit OverflowBar(QWidget *parent = nullptr);

    [[nodiscard]] QHBoxLayout *rowLayout() const;
    // The buttons in the "More" menu now, left to right.
    [[nodiscard]] QList<QAbstractButton *> overflowed() const;
    [[nodiscard]] QToolButton *moreButton() const { return m_more; }

    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;

private:
    // Shows the buttons that fit in the current width and moves the others to the menu.
    void fit();
    void fillMenu();
    // The buttons of the row in layout order that are meant to show (visible or hidden by the bar).
    [[nodiscard]] QList<QAbstractButton *> candidates() const;
    // The width the row needs with `shown` buttons (and the More button when `more`).
    [[nodiscard]] int widthNeeded(const QList<QAbstractButton *> &shown, bool more) const;

    QToolButton *m_more;
    QMenu *m_menu;
    QList<QPointer<QAbstractButton>> m_overflowed;
    bool m_fitting = false;
};

} // namespace mc::widgets
