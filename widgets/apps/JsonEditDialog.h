#pragma once

#include "core/marathon/MarathonClient.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mc::widgets {

// A Marathon definition (a group, a pod) edited as JSON text: Review shows the change as a diff,
// Apply sends the reviewed text (through `submit`, which passes the gate) and closes on success;
// Marathon's objections (422, per field) are said under the editor. Apply is enabled only for a
// reviewed, valid change; a changed id or broken JSON is said under the editor. When a running
// deployment is in the way (409) Force sends the same change with ?force=true, as the app editor does.
class JsonEditDialog : public QDialog
{
    Q_OBJECT

public:
    struct Texts
    {
        QString title; // "Edit group /prod"
        QString notObject; // "The group must be a JSON object."
        QString idMustStay; // "The id must stay /prod (…)."
        QString applies; // "Apply sends this change to Marathon as one deployment of /prod."
    };
    using Submit = std::function<void(const QJsonObject &edited, bool force, QObject *context,
                                      marathon::MarathonClient::Callback done)>;

    // `kind` names the controls ("group": groupEditDialog, groupJson, groupDiff, groupEditStatus);
    // `id` empty: a new definition, `before` its template (any id; the diff against nothing).
    JsonEditDialog(const QString &kind, const QString &id, const QJsonObject &before, Texts texts,
                   Submit submit, QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }
    [[nodiscard]] QPlainTextEdit *diffView() const { return m_diff; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QPushButton *reviewButton() const { return m_review; }
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }
    // Shown after a 409 deployment lock.
    [[nodiscard]] QPushButton *forceButton() const { return m_force; }

Q_SIGNALS:
    void submitted(const mc::marathon::DeploymentRef &ref);

private:
    void review();
    void apply(bool force = false);

    QString m_id;
    QString m_beforeText;
    Texts m_texts;
    Submit m_submit;
    QJsonObject m_reviewed; // what Apply sends; empty until a review found a change
    QPlainTextEdit *m_editor;
    QPlainTextEdit *m_diff;
    QLabel *m_status;
    QPushButton *m_review;
    QPushButton *m_apply;
    QPushButton *m_force;
};

} // namespace mc::widgets
