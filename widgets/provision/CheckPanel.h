#pragma once

#include <QPushButton>
#include <QStringList>
#include <QWidget>

class QBoxLayout;
class QHBoxLayout;
class QLayout;
class QPlainTextEdit;
class QSpacerItem;
class QTableWidget;
class QTreeWidget;
class QVBoxLayout;

namespace mc::widgets {

class ElidedLabel;

// The shape most provisioning pages share: a row of actions (buttons, a check box,
// a progress bar), a status line (beside the actions or below them), an optional
// warning in the error colour, and the findings (a tree, or a tree above the detail
// of its selected row). Parts are added top to bottom in the order they are called;
// what a page needs between them goes in with addWidget() / addLayout(). The panel
// has no margins of its own: it sits in its page's layout as if its parts were there.
class CheckPanel : public QWidget
{
    Q_OBJECT

public:
    enum class StatusPlace {
        BesideActions, // takes the rest of the action row
        Below, // a line of its own at this point of the panel
    };

    explicit CheckPanel(QWidget *parent = nullptr);

    // A button at the end of the action row.
    QPushButton *addButton(const QString &text, const QString &objectName);
    // A button at the end of the action row that runs `slot` on `receiver` when clicked.
    template<typename Receiver, typename Slot>
    QPushButton *addButton(const QString &text, const QString &objectName, const Receiver *receiver,
                           Slot slot)
    {
        QPushButton *button = addButton(text, objectName);
        connect(button, &QPushButton::clicked, receiver, slot);
        return button;
    }
    // Any other control in the action row; one with a stretch takes the rest of the row,
    // else the row ends in empty space.
    void addToActions(QWidget *widget, int stretch = 0);
    ElidedLabel *addStatus(const QString &objectName, const QString &text, StatusPlace place);
    // A label in the error colour, hidden until a page shows it.
    ElidedLabel *addWarning(const QString &objectName);
    void addWidget(QWidget *widget, int stretch = 0);
    void addLayout(QLayout *layout);
    // The findings, taking the room left.
    void addFindings(QTreeWidget *tree);
    // The findings above `detail` (3 : 2), which shows the text a selected row keeps in
    // column 0's Qt::UserRole (a diff, a message).
    void addFindings(QTreeWidget *tree, QPlainTextEdit *detail);

    // A tree that colours its items in the theme of the moment (ThemeFollow).
    [[nodiscard]] static QTreeWidget *findingsTree(const QString &objectName, const QString &accessibleName,
                                                   const QStringList &headers);
    // A table of rows added by the page (a row per host, per variable): no row numbers, the last
    // column taking the width left.
    [[nodiscard]] static QTableWidget *table(const QString &objectName, const QString &accessibleName,
                                             const QStringList &headers);
    // A read-only text in the fixed font: a diff, live output, a recap.
    [[nodiscard]] static QPlainTextEdit *textView(const QString &objectName, const QString &accessibleName,
                                                  const QString &placeholder = {});
    // A status or warning line: up to a few lines, the rest in its tool tip.
    [[nodiscard]] static ElidedLabel *statusLabel(const QString &objectName, const QString &text = {});

private:
    QVBoxLayout *m_layout = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QSpacerItem *m_actionsEnd = nullptr; // until a control with a stretch comes
};

} // namespace mc::widgets
