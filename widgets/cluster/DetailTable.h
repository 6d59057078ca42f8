#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLineEdit;
class QAbstractProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;

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
    bool selectId(const QString &id);

Q_SIGNALS:
    void activated(int sourceRow); // double-click / Enter

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateDetails();
    // Columns fit the first rows shown (only visible rows are measured), within reason.
    void fitColumns();

    QAbstractProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QTextBrowser *m_details;
    OverflowBar *m_toolbar;
    Details m_detailsOf;
    bool m_sized = false;
};

} // namespace mc::widgets
