#pragma once

#include "core/haproxy/HaproxyConfig.h"
#include "core/ssh/HostResult.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace mc::models {
class RoutesModel;
}

namespace mc::widgets {

// HAProxy routing on the masters: per app its URL and backends, the config
// that routes them, what each master's file would change, and the outcome
// of the last sync. Buttons ask for a check (dry run) or a sync; the owner
// does the work and feeds the results back.
class RoutingView : public QWidget
{
    Q_OBJECT

public:
    explicit RoutingView(QWidget *parent = nullptr);

    void setDomain(const QString &domain);
    void setConfig(const haproxy::RenderedConfig &config);
    void setSyncResults(const QList<ssh::HostResult> &results, const QHash<QString, QString> &diffs);
    void setStatus(const QString &text, bool isError = false);
    void setBusy(bool busy);
    void setAutoSync(bool on);
    [[nodiscard]] bool autoSync() const;
    // The controls that change the masters (Sync Now, Sync automatically).
    [[nodiscard]] QList<QWidget *> changeControls() const;

    [[nodiscard]] models::RoutesModel *routesModel() const { return m_routes; }
    [[nodiscard]] QString configText() const;
    [[nodiscard]] QString diffText() const;

Q_SIGNALS:
    void syncRequested(bool checkOnly);
    void autoSyncChanged(bool on);

private:
    void showDiffFor(const QString &host);

    models::RoutesModel *m_routes = nullptr;
    QLabel *m_domain = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_warnings = nullptr;
    QCheckBox *m_autoSync = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_sync = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_config = nullptr;
    QComboBox *m_master = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QTableWidget *m_results = nullptr;
    QHash<QString, QString> m_diffs;
};

} // namespace mc::widgets
