#include "widgets/audit/AuditPage.h"

#include "core/audit/AuditExport.h"
#include "models/audit/AuditModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <set>

namespace mc::widgets {

namespace {
constexpr int kRefreshDelayMs = 150; // typing in a filter reads the log once it pauses

QDateTimeEdit *timeEdit(QWidget *parent, const char *name, const QString &any)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    edit->setSpecialValueText(any); // the minimum: no bound
    edit->setDateTime(edit->minimumDateTime());
    return edit;
}

// A filter that offers what the log holds and takes anything typed.
QComboBox *choiceField(QWidget *parent, const char *name, const QString &placeholder)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->lineEdit()->setPlaceholderText(placeholder);
    return combo;
}

QLineEdit *textField(QWidget *parent, const char *name, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QDateTime bound(const QDateTimeEdit *edit)
{
    return edit->dateTime() == edit->minimumDateTime() ? QDateTime() : edit->dateTime().toUTC();
}
} // namespace

AuditPage::AuditPage(audit::AuditLog log, QWidget *parent)
    : QWidget(parent)
    , m_log(std::move(log))
    , m_model(new models::AuditModel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto *layout = new QVBoxLayout(this);

    layout->addWidget(buildFilters());

    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_status, 1);
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setToolTip(tr("Write the lines shown to a CSV or JSON file"));
    bar->addWidget(m_export);
    layout->addLayout(bar);

    layout->addWidget(buildDetails(), 1);

    connectRefresh();

    // Lines the GUI or the CLI append (and rotation) show up.
    m_watcher = new QFileSystemWatcher(this);
    const auto fileChanged = [this] {
        m_choicesStale = true;
        scheduleRefresh();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, fileChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, fileChanged);
    refresh();
}

QWidget *AuditPage::buildFilters()
{
    auto *filters = new QWidget(this);
    auto *grid = new QHBoxLayout(filters);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    m_since = timeEdit(filters, "auditSince", tr("any time"));
    m_until = timeEdit(filters, "auditUntil", tr("now"));
    auto *range = new QHBoxLayout;
    range->addWidget(m_since, 1);
    range->addWidget(new QLabel(tr("to"), filters));
    range->addWidget(m_until, 1);
    left->addRow(tr("&From:"), range);
    qobject_cast<QLabel *>(left->labelForField(range))->setBuddy(m_since);
    m_until->setAccessibleName(tr("Until"));
    m_cluster = choiceField(filters, "auditCluster", tr("every cluster"));
    left->addRow(tr("&Cluster:"), m_cluster);
    m_action = choiceField(filters, "auditAction", tr("every action (app. for every app action)"));
    left->addRow(tr("&Action:"), m_action);
    m_target = textField(filters, "auditTarget", tr("part of an app, task or host name"));
    right->addRow(tr("&Target:"), m_target);
    m_result = new QComboBox(filters);
    m_result->setObjectName(QStringLiteral("auditResult"));
    m_result->addItem(tr("any"), -1);
    for (auto outcome : { audit::AuditEntry::Outcome::Ok, audit::AuditEntry::Outcome::Failed,
                          audit::AuditEntry::Outcome::Refused })
        m_result->addItem(audit::AuditEntry::outcomeName(outcome), int(outcome));
    right->addRow(tr("&Result:"), m_result);
    m_text = textField(filters, "auditText", tr("anywhere in the line"));
    right->addRow(tr("Te&xt:"), m_text);
    grid->addLayout(left, 1);
    grid->addLayout(right, 1);
    return filters;
}

QSplitter *AuditPage::buildDetails()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false); // one line per entry; all of it below
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    m_table->setColumnWidth(models::AuditModel::Time, widthOf(QStringLiteral("2026-12-31 23:59:59")));
    m_table->setColumnWidth(models::AuditModel::Cluster, widthOf(QStringLiteral("production-eu")));
    m_table->setColumnWidth(models::AuditModel::Action, widthOf(QStringLiteral("deployment.rollback")));
    m_table->setColumnWidth(models::AuditModel::Targets, widthOf(QStringLiteral("/demo/web, /demo/ticker")));
    m_table->setColumnWidth(models::AuditModel::Result, widthOf(QStringLiteral("refused")));
    m_table->setColumnWidth(models::AuditModel::Duration, widthOf(QStringLiteral("12345 ms")));
    m_table->setColumnWidth(models::AuditModel::User, widthOf(QStringLiteral("operator@machine")));
    m_table->setColumnWidth(models::AuditModel::FrontEnd, widthOf(QStringLiteral("From")));
    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setAccessibleName(tr("The selected line"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a line to see all of it."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void AuditPage::connectRefresh()
{
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &AuditPage::refresh);
    for (QDateTimeEdit *edit : { m_since, m_until })
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::scheduleRefresh);
    for (QComboBox *combo : { m_cluster, m_action })
        connect(combo, &QComboBox::editTextChanged, this, &AuditPage::scheduleRefresh);
    connect(m_result, &QComboBox::currentIndexChanged, this, &AuditPage::scheduleRefresh);
    for (QLineEdit *edit : { m_target, m_text })
        connect(edit, &QLineEdit::textChanged, this, &AuditPage::scheduleRefresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showDetails);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::chooseExport);
}

audit::AuditFilter AuditPage::filter() const
{
    audit::AuditFilter f;
    f.since = bound(m_since);
    f.until = bound(m_until);
    f.cluster = m_cluster->currentText().trimmed();
    f.action = m_action->currentText().trimmed();
    f.target = m_target->text().trimmed();
    if (const int outcome = m_result->currentData().toInt(); outcome >= 0)
        f.outcome = audit::AuditEntry::Outcome(outcome);
    f.text = m_text->text().trimmed();
    return f;
}

void AuditPage::scheduleRefresh()
{
    m_refresh->start();
}

void AuditPage::watchFiles()
{
    const QString dir = QFileInfo(m_log.path()).absolutePath();
    if (QFileInfo::exists(dir) && !m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    if (QFileInfo::exists(m_log.path()) && !m_watcher->files().contains(m_log.path()))
        m_watcher->addPath(m_log.path());
}

void AuditPage::refresh()
{
    m_refresh->stop();
    watchFiles();
    const auto read = m_log.read(filter());
    if (!read) {
        m_model->setEntries({});
        m_status->setText(read.error().message);
        return;
    }
    m_model->setEntries(read->entries);
    // What the filters offer: the clusters and actions of the whole log (read again only when
    // the file changed, not for each filter typed).
    if (m_choicesStale) {
        if (const auto all = m_log.read(); all) {
            m_choicesStale = false;
            std::set<QString> clusters;
            std::set<QString> actions;
            for (const audit::AuditEntry &e : all->entries) {
                if (!e.cluster.isEmpty())
                    clusters.insert(e.cluster);
                actions.insert(e.action);
                actions.insert(e.action.section(u'.', 0, 0) + u'.');
            }
            for (auto [combo, items] :
                 { std::pair { m_cluster, &clusters }, std::pair { m_action, &actions } }) {
                const QString typed = combo->currentText();
                const QSignalBlocker block(combo);
                combo->clear();
                combo->addItem(QString());
                for (const QString &item : *items)
                    combo->addItem(item);
                combo->setEditText(typed);
            }
        }
    }
    QString text = tr("%n line(s) of %1", nullptr, int(read->entries.size()))
                       .arg(QDir::toNativeSeparators(m_log.path()));
    if (read->unreadableLines > 0)
        text += u' ' + tr("(%n unreadable line(s) skipped)", nullptr, read->unreadableLines);
    m_status->setText(text);
    m_export->setEnabled(!read->entries.isEmpty());
}

void AuditPage::showDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(QString::fromUtf8(
        QJsonDocument(m_model->entry(rows.first().row()).toJson()).toJson(QJsonDocument::Indented)));
}

Status AuditPage::exportTo(const QString &path)
{
    // Oldest first, as the log has them.
    QList<audit::AuditEntry> entries = m_model->entries();
    std::reverse(entries.begin(), entries.end());
    Status written = audit::AuditExport::write(entries, path, audit::AuditExport::formatFor(path));
    m_status->setText(written ? tr("Exported %n line(s) to %1", nullptr, int(entries.size()))
                                    .arg(QDir::toNativeSeparators(path))
                              : written.error().message);
    if (written)
        Q_EMIT exported(path);
    return written;
}

void AuditPage::chooseExport()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Lines"),
                                                      QDir::home().filePath(QStringLiteral("audit.csv")),
                                                      tr("CSV (*.csv);;JSON (*.json)"), &selected);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += selected.contains(QLatin1String("json")) ? QStringLiteral(".json") : QStringLiteral(".csv");
    (void)exportTo(target);
}

} // namespace mc::widgets
