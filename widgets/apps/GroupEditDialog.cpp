#include "widgets/apps/GroupEditDialog.h"

#include "core/util/UnifiedDiff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {

QString pretty(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

GroupEditDialog::GroupEditDialog(marathon::MarathonClient *client, const QString &groupId,
                                 const QJsonObject &before, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_groupId(groupId)
    , m_beforeText(pretty(before))
    , m_editor(new QPlainTextEdit(this))
    , m_diff(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_review(new QPushButton(tr("Review"), this))
    , m_apply(new QPushButton(tr("Apply"), this))
{
    setObjectName(QStringLiteral("groupEditDialog"));
    setWindowTitle(tr("Edit group %1").arg(groupId));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setObjectName(QStringLiteral("groupJson"));
    m_editor->setFont(mono);
    m_editor->setPlainText(m_beforeText);
    m_diff->setObjectName(QStringLiteral("groupDiff"));
    m_diff->setFont(mono);
    m_diff->setReadOnly(true);
    m_diff->setPlaceholderText(tr("Review shows what changes here."));
    m_status->setObjectName(QStringLiteral("groupEditStatus"));
    m_status->setWordWrap(true);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setEnabled(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_diff);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_review, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    m_review->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_review, &QPushButton::clicked, this, &GroupEditDialog::review);
    connect(m_apply, &QPushButton::clicked, this, &GroupEditDialog::apply);
    // A change after the review must be reviewed again.
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_reviewed = {};
        m_apply->setEnabled(false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 640);
}

void GroupEditDialog::review()
{
    m_reviewed = {};
    m_apply->setEnabled(false);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_diff->clear();
        m_status->setText(
            error.error != QJsonParseError::NoError
                ? tr("Not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString())
                : tr("The group must be a JSON object."));
        return;
    }
    const QJsonObject edited = doc.object();
    if (const QString id = edited.value(QStringLiteral("id")).toString(); !id.isEmpty() && id != m_groupId) {
        m_diff->clear();
        m_status->setText(tr("The id must stay %1 (to move apps, export and import them).").arg(m_groupId));
        return;
    }
    const QString diff
        = unifiedDiff(m_beforeText, pretty(edited), m_groupId, tr("%1 (edited)").arg(m_groupId));
    m_diff->setPlainText(diff);
    if (diff.isEmpty()) {
        m_status->setText(tr("No change."));
        return;
    }
    m_reviewed = edited;
    m_status->setText(tr("Apply sends this change to Marathon as one deployment of %1.").arg(m_groupId));
    m_apply->setEnabled(true);
}

void GroupEditDialog::apply()
{
    if (m_reviewed.isEmpty())
        return;
    m_apply->setEnabled(false);
    m_status->setText(tr("Sending…"));
    m_client->updateGroup(m_groupId, m_reviewed, false, this, [this](const marathon::ActionResult &r) {
        if (!r.ok()) {
            QStringList lines { r.outcome.error().message };
            for (const marathon::FieldError &f : r.fieldErrors)
                lines << tr("%1: %2").arg(f.path, f.message);
            m_status->setText(lines.join(u'\n'));
            m_apply->setEnabled(true);
            return;
        }
        emit submitted(*r.outcome);
        accept();
    });
}

} // namespace mc::widgets
