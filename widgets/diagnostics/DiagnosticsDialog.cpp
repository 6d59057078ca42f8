#include "widgets/diagnostics/DiagnosticsDialog.h"

#include "core/util/LogRing.h"
#include "core/util/Logging.h"
#include "core/util/Numbers.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSysInfo>
#include <QTimer>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
constexpr int kPollMs = 1000;
const QSize kDefaultSize(920, 540);
// The filter's value for the messages of no mc.* category (Qt's own, "default").
const QString kOther = QStringLiteral("other");
} // namespace

DiagnosticsDialog::DiagnosticsDialog(const logging::LogRing &ring, QWidget *parent)
    : QDialog(parent)
    , m_ring(ring)
    , m_category(new QComboBox(this))
    , m_debug(new QCheckBox(tr("Record &debug lines"), this))
    , m_text(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    setWindowTitle(tr("Diagnostics"));

    m_category->setObjectName(QStringLiteral("diagnosticsCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), QString());
    for (const QString &name : logging::categoryNames())
        m_category->addItem(name, name);
    m_category->addItem(tr("Qt and other"), kOther);
    auto *categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_category);

    m_debug->setObjectName(QStringLiteral("diagnosticsDebug"));
    m_debug->setToolTip(
        tr("Also keep the detailed lines (requests, redirects, connects), as --verbose does."));
    m_debug->setChecked(lcCluster().isDebugEnabled());

    m_text->setObjectName(QStringLiteral("diagnosticsText"));
    m_text->setAccessibleName(tr("Recent log"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_summary->setObjectName(QStringLiteral("diagnosticsSummary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("C&opy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("diagnosticsCopy"));
    QPushButton *save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("diagnosticsSave"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("diagnosticsClose"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(categoryLabel);
    filters->addWidget(m_category);
    filters->addSpacing(12);
    filters->addWidget(m_debug);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_shownOnce = false;
        refresh();
    });
    connect(m_debug, &QCheckBox::toggled, this, [](bool on) { logging::applyRules(on, false); });
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(reportText());
        m_summary->setText(tr("The log shown is on the clipboard."));
    });
    connect(save, &QPushButton::clicked, this, &DiagnosticsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_poll, &QTimer::timeout, this, &DiagnosticsDialog::refresh);
    m_poll->start(kPollMs);

    resize(kDefaultSize);
    refresh();
}

QString DiagnosticsDialog::shownCategory() const
{
    return m_category->currentData().toString();
}

void DiagnosticsDialog::refresh()
{
    const quint64 appended = m_ring.appended();
    if (m_shownOnce && appended == m_shownCount)
        return;
    const QString category = shownCategory();
    const QStringList known = logging::categoryNames();
    QStringList lines;
    const QList<logging::LogEntry> entries = m_ring.entries();
    for (const logging::LogEntry &entry : entries) {
        const bool wanted = category.isEmpty() || entry.category == category
            || (category == kOther && !known.contains(entry.category));
        if (wanted)
            lines << entry.line();
    }
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = !m_shownOnce || bar->value() >= bar->maximum();
    m_text->setPlainText(lines.join(u'\n'));
    if (atEnd)
        bar->setValue(bar->maximum());
    m_shownCount = appended;
    m_shownOnce = true;

    const quint64 dropped = appended - quint64(entries.size());
    QString summary = tr("%n line(s) shown of the last %1 kept in memory. Passwords, tokens, "
                         "Authorization headers and keys are removed.",
                         nullptr, int(lines.size()))
                          .arg(util::grouped(m_ring.capacity()));
    if (dropped > 0)
        summary += u' ' + tr("%1 older lines were dropped.").arg(util::grouped(qint64(dropped)));
    m_summary->setText(summary);
}

QString DiagnosticsDialog::reportText() const
{
    const QString category = shownCategory();
    const QStringList header {
        tr("Mesos Console %1 diagnostic log").arg(QApplication::applicationVersion()),
        tr("Qt %1 on %2 (%3 %4)")
            .arg(QString::fromLatin1(qVersion()), QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                 QSysInfo::kernelVersion()),
        tr("Saved %1 UTC; categories: %2")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                 category.isEmpty() ? tr("all") : m_category->currentText()),
    };
    return logging::redact(header.join(u'\n') + QStringLiteral("\n\n") + m_text->toPlainText() + u'\n');
}

Status DiagnosticsDialog::saveTo(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray bytes = reportText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error { tr("Cannot write %1: %2. Choose a folder you can write to.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       {} };
    return {};
}

void DiagnosticsDialog::save()
{
    const QString name
        = QStringLiteral("mesos-console-diagnostics-%1.log")
              .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Diagnostic Log"), QDir::home().filePath(name),
                                       tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveTo(path); !saved) {
        QMessageBox::warning(this, tr("Save Diagnostic Log"), saved.error().message);
        return;
    }
    m_summary->setText(tr("Saved to %1. Attach it to the bug report.").arg(QDir::toNativeSeparators(path)));
}

} // namespace mc::widgets
