#pragma once

#include <QSet>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QMenu;
class QLineEdit;
class QAbstractProxyModel;
class QSplitter;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace mc::widgets {

class OverflowBar;

// A sortable table over a cluster model with a filter field and a details
// pane for the current row. Used by every cluster list (agents, frameworks,
// apps, tasks, deployments) so they look and behave alike.
class DetailTable : public QWidget
{
    Q_OBJECT

public:
    // `details(sourceRow)` returns the HTML of the details pane.
    using Details = std::function<QString(int sourceRow)>;

    // `proxy` may be a custom filter proxy (tasks); without one a plain
    // sort/filter proxy over every column is used.
    DetailTable(QAbstractItemModel *model, Details details, QAbstractProxyModel *proxy = nullptr,
                QWidget *parent = nullptr);

    // Names the table, its filter and its details pane for screen readers ("Agents").
    void setSubject(const QString &subject);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QAbstractProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QLineEdit *filter() const { return m_filter; }
    [[nodiscard]] QTextBrowser *detailsPane() const { return m_details; }
    // Toolbar row above the table, for view-specific filters and buttons (a QHBoxLayout; buttons
    // that do not fit move into its More menu).
    [[nodiscard]] QWidget *toolbar() const;
    // The id (IdRole) of the current row, empty when none.
    [[nodiscard]] QString currentId() const;
    // What an action applies to: the ids of the rows shown selected (never a row that is only current).
    [[nodiscard]] QStringList selectedIds() const;
    // The one selected row's id; empty when none or several are selected.
    [[nodiscard]] QString selectedId() const;
    // The source rows of the selected rows.
    [[nodiscard]] QList<int> selectedSourceRows() const;
    bool selectId(const QString &id);
    // Another page beside the details pane (a tab "Details" and this one, e.g. an app's Why).
    void addDetailsTab(QWidget *page, const QString &title);
    // The tabs of the details pane; nullptr until addDetailsTab().
    [[nodiscard]] QTabWidget *detailsTabs() const { return m_tabs; }
    // The rows' context menu; a right-click on a row not selected selects it first.
    void setContextMenu(QMenu *menu);
    // Another pane below the details (a chart of the selected row).
    void addDetailsWidget(QWidget *widget);
    // The source rows on screen (none while the table is hidden), at most `max`.
    [[nodiscard]] QList<int> sourceRowsInSight(int max = kMaxRowsInSight) const;
    // Their ids (IdRole).
    [[nodiscard]] QSet<QString> idsInSight() const;
    static constexpr int kMaxRowsInSight = 200;

Q_SIGNALS:
    void activated(int sourceRow); // double-click / Enter
    // The selected rows changed, or a refresh changed their data or removed some.
    void selectionChanged();
    // The rows on screen may have changed (scrolled, sorted, filtered, shown or hidden); a moment
    // after it settles.
    void sightChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateDetails();
    // Columns fit the first rows shown (only visible rows are measured), within reason.
    void fitColumns();

    QAbstractProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QTextBrowser *m_details;
    OverflowBar *m_toolbar;
    QSplitter *m_splitter;
    QTabWidget *m_tabs = nullptr;
    Details m_detailsOf;
    QTimer *m_sightTimer;
    bool m_sized = false;
};

} // namespace mc::widgets
