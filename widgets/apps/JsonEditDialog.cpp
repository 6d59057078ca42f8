#include "widgets/apps/JsonEditDialog.h"

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

JsonEditDialog::JsonEditDialog(const QString &kind, const QString &id, const QJsonObject &before, Texts texts,
                               Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_id(id)
    , m_beforeText(id.isEmpty() ? QString() : pretty(before))
    , m_texts(std::move(texts))
    , m_submit(std::move(submit))
    , m_editor(new QPlainTextEdit(this))
    , m_diff(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_review(new QPushButton(tr("Review"), this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_force(new QPushButton(tr("Force the change"), this))
{
    setObjectName(kind + QStringLiteral("EditDialog"));
    setWindowTitle(m_texts.title);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setObjectName(kind + QStringLiteral("Json"));
    m_editor->setFont(mono);
    m_editor->setAccessibleName(tr("Definition (JSON)"));
    m_editor->setPlainText(before.isEmpty() ? QString() : pretty(before));
    m_diff->setObjectName(kind + QStringLiteral("Diff"));
    m_diff->setFont(mono);
    m_diff->setReadOnly(true);
    m_diff->setAccessibleName(tr("Change to apply"));
    m_diff->setPlaceholderText(tr("Review shows what changes here."));
    m_status->setObjectName(kind + QStringLiteral("EditStatus"));
    m_status->setWordWrap(true);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setEnabled(false);
    m_force->setObjectName(QStringLiteral("forceButton"));
    m_force->setToolTip(tr("Send it again with ?force=true: cancels the running deployment (tasks of both "
                           "versions may run for a while)."));
    m_force->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_diff);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_review, QDialogButtonBox::ActionRole);
    buttons->addButton(m_force, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    m_review->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_review, &QPushButton::clicked, this, &JsonEditDialog::review);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(false); });
    connect(m_force, &QPushButton::clicked, this, [this] { apply(true); });
    // A change after the review must be reviewed again.
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_reviewed = {};
        m_apply->setEnabled(false);
        m_force->hide();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 640);
}

void JsonEditDialog::review()
{
    m_reviewed = {};
    m_apply->setEnabled(false);
    m_force->hide();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_diff->clear();
        m_status->setText(
            error.error != QJsonParseError::NoError
                ? tr("Not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString())
                : m_texts.notObject);
        return;
    }
    const QJsonObject edited = doc.object();
    const QString id = edited.value(QStringLiteral("id")).toString();
    if (!m_id.isEmpty() && !id.isEmpty() && id != m_id) {
        m_diff->clear();
        m_status->setText(m_texts.idMustStay);
        return;
    }
    const QString name = m_id.isEmpty() ? id : m_id;
    const QString diff = unifiedDiff(m_beforeText, pretty(edited), m_id.isEmpty() ? tr("(new)") : name,
                                     tr("%1 (edited)").arg(name));
    m_diff->setPlainText(diff);
    if (diff.isEmpty()) {
        m_status->setText(tr("No change."));
        return;
    }
    m_reviewed = edited;
    m_status->setText(m_texts.applies);
    m_apply->setEnabled(true);
}

void JsonEditDialog::apply(bool force)
{
    if (m_reviewed.isEmpty())
        return;
    m_apply->setEnabled(false);
    m_force->setEnabled(false);
    m_status->setText(tr("Sending…"));
    m_submit(m_reviewed, force, this, [this](const marathon::ActionResult &r) {
        m_force->setEnabled(true);
        if (!r.ok()) {
            QStringList lines { r.outcome.error().message };
            for (const marathon::FieldError &f : r.fieldErrors)
                lines << tr("%1: %2").arg(f.path, f.message);
            m_status->setText(lines.join(u'\n'));
            m_apply->setEnabled(true);
            m_force->setVisible(r.isLocked()); // the message says wait or force
            return;
        }
        Q_EMIT submitted(*r.outcome);
        accept();
    });
}

} // namespace mc::widgets
