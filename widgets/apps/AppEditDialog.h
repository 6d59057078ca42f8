#pragma once

#include "core/marathon/AppDefinition.h"
#include "core/marathon/MarathonClient.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace mc::widgets {

class RowTable;

// Launch or edit a Marathon app: a form for every field a Docker app needs
// and a JSON tab kept in sync both ways; import/export of Marathon's .json
// files. Checks the fields before sending, shows Marathon's 422 answers next
// to the fields, offers wait / force on a 409 deployment lock, and never
// loses what was typed: the dialog closes only once Marathon accepted. An
// edit shows what it changes (a diff of the fields the PUT sends) and goes
// out only once the person applies it.
class AppEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { FormTab = 0, JsonTab = 1 };

    // `original` empty: launch a new app; else edit it (PUT of the changes).
    AppEditDialog(marathon::MarathonClient *client, const marathon::AppDefinition &initial,
                  const QJsonObject &original = {}, QWidget *parent = nullptr);

    // What the form holds now (from the JSON tab when that is shown); `errors`
    // gets cells that are not numbers.
    [[nodiscard]] marathon::AppDefinition definition(QList<marathon::FieldError> *errors = nullptr) const;
    void setDefinition(const marathon::AppDefinition &definition);

    Status importFile(const QString &path);
    Status exportFile(const QString &path);
    // Puts each error next to its field (unknown paths go to the banner).
    void showFieldErrors(const QList<marathon::FieldError> &errors);
    // The error shown for a field path ("/id", "/healthChecks(0)/path"...), empty if none.
    [[nodiscard]] QString fieldError(const QString &path) const;
    [[nodiscard]] QString bannerText() const;

    // Validates and sends (create or update); `force` overrides a deployment lock. An update
    // first shows its change for Apply / Cancel (previewDialog()), unless it is the change
    // applied last (a retry after a deployment lock); no change: says so and sends nothing.
    void submit(bool force = false);

    // For tests and the screenshot.
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QLineEdit *idEdit() const { return m_id; }
    [[nodiscard]] QLineEdit *imageEdit() const { return m_image; }
    [[nodiscard]] QDoubleSpinBox *cpusEdit() const { return m_cpus; }
    [[nodiscard]] QDoubleSpinBox *memEdit() const { return m_mem; }
    [[nodiscard]] QSpinBox *instancesEdit() const { return m_instances; }
    [[nodiscard]] QComboBox *networkEdit() const { return m_network; }
    [[nodiscard]] RowTable *portsTable() const { return m_ports; }
    [[nodiscard]] RowTable *envTable() const { return m_env; }
    [[nodiscard]] RowTable *healthTable() const { return m_health; }
    [[nodiscard]] RowTable *constraintsTable() const { return m_constraints; }
    [[nodiscard]] RowTable *volumesTable() const { return m_volumes; }
    [[nodiscard]] QPlainTextEdit *jsonEdit() const { return m_json; }
    [[nodiscard]] QPushButton *forceButton() const { return m_force; }
    [[nodiscard]] QPushButton *waitButton() const { return m_wait; }
    [[nodiscard]] QDialog *previewDialog() const { return m_preview; }
    [[nodiscard]] QString previewText() const;
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }
    [[nodiscard]] const std::optional<marathon::ActionResult> &lastResult() const { return m_lastResult; }

Q_SIGNALS:
    // Marathon accepted the change (the dialog then closes).
    void submitted(const marathon::DeploymentRef &deployment);

private:
    QWidget *field(QWidget *editor, const QString &path);
    QWidget *buildForm();
    // ID, image, network, resources, command and arguments.
    void addBasicRows(QWidget *page, QFormLayout *form);
    // The tables: ports, environment, labels, constraints, health checks, volumes, fetch URIs.
    void addTableRows(QWidget *page, QFormLayout *form);
    // The upgrade strategy group; returns its own form.
    QFormLayout *addUpgradeRows(QWidget *page, QFormLayout *form);
    void clearErrors();
    enum class BannerKind { Problem, Info };
    void showBanner(const QString &html, bool locked, BannerKind kind = BannerKind::Problem);
    QDialog *buildPreview();
    void showPreview(const marathon::UpdatePreview &preview, const marathon::AppDefinition &definition,
                     bool force);
    void send(const marathon::AppDefinition &definition, bool force);
    void onTabChanged(int index);
    bool applyJson();
    void finished(const marathon::ActionResult &result, bool wasForced);
    void retryWhenUnlocked();

    marathon::MarathonClient *m_client;
    QJsonObject m_original;
    marathon::AppDefinition m_base; // what the form does not edit (unknown fields) comes from here
    bool m_editing;
    std::optional<marathon::ActionResult> m_lastResult;

    QTabWidget *m_tabs;
    QLabel *m_banner;
    QPushButton *m_force;
    QPushButton *m_wait;
    QTimer *m_waitTimer;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_image = nullptr;
    QComboBox *m_network = nullptr;
    QLineEdit *m_networkName = nullptr;
    QDoubleSpinBox *m_cpus = nullptr;
    QDoubleSpinBox *m_mem = nullptr;
    QDoubleSpinBox *m_disk = nullptr;
    QSpinBox *m_instances = nullptr;
    QLineEdit *m_cmd = nullptr;
    QLineEdit *m_args = nullptr;
    QCheckBox *m_forcePull = nullptr;
    QGroupBox *m_upgrade = nullptr;
    QDoubleSpinBox *m_minHealth = nullptr;
    QDoubleSpinBox *m_maxOver = nullptr;
    RowTable *m_ports = nullptr;
    RowTable *m_env = nullptr;
    RowTable *m_labels = nullptr;
    RowTable *m_constraints = nullptr;
    RowTable *m_health = nullptr;
    RowTable *m_volumes = nullptr;
    RowTable *m_fetch = nullptr;
    QPlainTextEdit *m_json;
    QLabel *m_jsonError;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_errorLabels;
    QDialog *m_preview = nullptr;
    QLabel *m_previewSummary = nullptr;
    QPlainTextEdit *m_previewText = nullptr;
    QPushButton *m_apply = nullptr;
    marathon::AppDefinition m_previewDefinition; // what Apply sends
    QJsonObject m_previewBody;
    bool m_previewForce = false;
    QJsonObject m_confirmedBody; // the update body last applied by the person
    QList<QPair<QString, RowTable *>> m_tablePaths;
};

} // namespace mc::widgets
