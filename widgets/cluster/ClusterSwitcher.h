#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace mc::models {
class ClustersModel;
}

namespace mc::widgets {

// The watched clusters in the toolbar: a list with each cluster's health dot (live,
// stale, failing) and its name in its mode colour; picking one shows it, the button
// beside closes the one shown.
class ClusterSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterSwitcher(models::ClustersModel *model, QWidget *parent = nullptr);

    // The one the pages show (no signal).
    void setCurrentKey(const QString &key);
    [[nodiscard]] QString currentKey() const;
    [[nodiscard]] QComboBox *combo() const { return m_combo; }

Q_SIGNALS:
    void switchRequested(const QString &key);
    void closeRequested(const QString &key);

private:
    void updateVisibility();
    // The shown cluster's health dot and mode colour beside the list.
    void showCurrent();

    models::ClustersModel *m_model;
    QLabel *m_dot;
    QComboBox *m_combo;
    QToolButton *m_close;
};

// "All clusters": one row per watched cluster (leader, agents active/total, tasks by
// state, apps waiting or failing, last error); Enter or a double-click shows one.
class ClustersPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClustersPage(models::ClustersModel *model, QWidget *parent = nullptr);
    [[nodiscard]] QTableView *view() const { return m_view; }

Q_SIGNALS:
    void switchRequested(const QString &key);

private:
    QTableView *m_view;
};

} // namespace mc::widgets
