#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace mc::widgets {

// One thing the palette can jump to (a view, a host, an app, a task) or do (an action).
struct PaletteEntry
{
    QString text;
    QString kind; // shown beside the text: "View", "Host", "App", "Task", "Action"
    std::function<void()> activate;
};

// Ctrl+K: type a few letters of anything, Enter jumps to it or runs it; says
// so when nothing matches.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    explicit CommandPalette(QList<PaletteEntry> entries, QWidget *parent = nullptr);

    [[nodiscard]] int visibleCount() const;
    [[nodiscard]] QString currentText() const;
    [[nodiscard]] bool showsNoMatches() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activateCurrent();
    void moveSelection(int delta);

    QList<PaletteEntry> m_entries;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_noMatches = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace mc::widgets
