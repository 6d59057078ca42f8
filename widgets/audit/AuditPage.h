#pragma once

#include "core/audit/AuditLog.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace mc::models {
class AuditModel;
}

namespace mc::widgets {

// The audit log on a page: its lines (GUI and CLI alike, newest first),
// filtered by time range, cluster, action, target, result and free text; the
// whole line of the selected one; the filtered lines exported as CSV or JSON.
// Follows the file: a line another process appends shows up.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(audit::AuditLog log, QWidget *parent = nullptr);

    [[nodiscard]] audit::AuditFilter filter() const;
    [[nodiscard]] models::AuditModel *model() const { return m_model; }
    // Reads the log again with the filters.
    void refresh();
    // Writes the lines shown to `path` (CSV, or JSON for *.json); the error otherwise.
    Status exportTo(const QString &path);

Q_SIGNALS:
    void exported(const QString &path);

private:
    // The filters above the table: time range, cluster, action, target, result, text.
    [[nodiscard]] QWidget *buildFilters();
    // The table over the selected line's whole text.
    [[nodiscard]] QSplitter *buildDetails();
    // Any change of a filter reads the log again, a moment later.
    void connectRefresh();
    void chooseExport();
    void showDetails();
    void scheduleRefresh();
    void watchFiles();

    audit::AuditLog m_log;
    models::AuditModel *m_model = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QComboBox *m_cluster = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_result = nullptr;
    QLineEdit *m_text = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_refresh = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    bool m_choicesStale = true; // the cluster and action choices, until the log is read whole
};

} // namespace mc::widgets
