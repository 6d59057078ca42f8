#pragma once

#include "core/marathon/AppExport.h"
#include "core/marathon/ImportApplier.h"
#include "core/marathon/ImportPlan.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mc::marathon {
class MarathonClient;
}
namespace mc::models {
class ImportPlanModel;
}

namespace mc::widgets {

class ChangeGuard;

// Import of app definitions into the cluster: the plan first (a table of create / update /
// unchanged / skip / conflict, the diff of the selected app), rebuilt as the options change
// (prefix, new apps at 0 instances, existing apps left alone, per app, force), then Apply sends
// it through the client (and so its gate) with progress, each app's result in its row and a
// summary. Nothing is sent while the plan has a conflict or the cluster is read-only.
class AppImportDialog : public QDialog
{
    Q_OBJECT

public:
    AppImportDialog(marathon::MarathonClient *client, marathon::GroupNode incoming, const QString &source,
                    ChangeGuard *guard, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *planView() const { return m_table; }
    [[nodiscard]] QPlainTextEdit *diffView() const { return m_diff; }
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] models::ImportPlanModel *model() const { return m_model; }
    // Reads the target again and makes the plan anew.
    void refresh();

Q_SIGNALS:
    void applied(const mc::marathon::ApplySummary &summary);

private:
    void rebuild();
    void showSelected();
    void updateApply();
    void apply();
    [[nodiscard]] marathon::ImportOptions options() const;

    QPointer<marathon::MarathonClient> m_client;
    QPointer<ChangeGuard> m_guard;
    marathon::GroupNode m_incoming;
    std::optional<QJsonObject> m_target;
    models::ImportPlanModel *m_model = nullptr;
    marathon::ImportApplier *m_applier = nullptr;
    QLineEdit *m_prefix = nullptr;
    QCheckBox *m_zero = nullptr;
    QCheckBox *m_skip = nullptr;
    QCheckBox *m_perApp = nullptr;
    QCheckBox *m_force = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_apply = nullptr;
    bool m_done = false;
};

} // namespace mc::widgets
