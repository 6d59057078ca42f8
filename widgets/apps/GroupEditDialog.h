#pragma once

#include "core/marathon/MarathonClient.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mc::widgets {

// A Marathon group's JSON (its apps and subgroups without what Marathon manages, its
// dependencies) edited as text: Review shows the change as a diff, Apply sends the reviewed
// text (PUT /v2/groups/{id}, one deployment; through the gate) and closes on success. Apply is
// enabled only for a reviewed, valid change; a wrong id or broken JSON is said under the editor.
class GroupEditDialog : public QDialog
{
    Q_OBJECT

public:
    GroupEditDialog(marathon::MarathonClient *client, const QString &groupId, const QJsonObject &before,
                    QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }
    [[nodiscard]] QPlainTextEdit *diffView() const { return m_diff; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QPushButton *reviewButton() const { return m_review; }
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    void submitted(const mc::marathon::DeploymentRef &ref);

private:
    void review();
    void apply();

    marathon::MarathonClient *m_client;
    QString m_groupId;
    QString m_beforeText;
    QJsonObject m_reviewed; // what Apply sends; empty until a review found a change
    QPlainTextEdit *m_editor;
    QPlainTextEdit *m_diff;
    QLabel *m_status;
    QPushButton *m_review;
    QPushButton *m_apply;
};

} // namespace mc::widgets
