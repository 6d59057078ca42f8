#include "widgets/provision/pages/SummaryPage.h"

#include "core/provision/RunJournal.h"
#include "core/provision/RunProfile.h"
#include "widgets/provision/CheckPanel.h"
#include "widgets/provision/ProvisionContext.h"
#include "widgets/provision/ProvisionWizard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mc::widgets::wizard {

using namespace mc::provision;

namespace {
constexpr int kHistoryRuns = 20;
constexpr int kProfileColumns = 5;
} // namespace

SummaryPage::SummaryPage(ProvisionContext *context, QWidget *parent)
    : WizardPage(context, QStringLiteral("summaryPage"), tr("Summary"),
                 tr("What each host did. The run log stays beside the inventory "
                    "(provision-runs/)."),
                 parent)
{
    m_recap = CheckPanel::textView(QStringLiteral("recap"), tr("Recap"));
    pageLayout()->addWidget(m_recap, 1);
    m_profile = new QTreeWidget;
    m_profile->setObjectName(QStringLiteral("profileTable"));
    m_profile->setAccessibleName(tr("Where the hosts' time went"));
    m_profile->setRootIsDecorated(false);
    m_profile->setHeaderLabels({ tr("Step kind"), tr("Count"), tr("Host-seconds"), tr("Wall seconds"),
                                 tr("Hosts at once (max / mean)") });
    m_profile->setToolTip(tr("Host-seconds: the time of every host added up. Wall seconds: while at least "
                             "one host was at it. Host-seconds far above wall seconds: the hosts did it "
                             "in parallel; hosts at once near 1 with many hosts: they waited in turn."));
    m_profile->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_profile->setHidden(true); // until a run ends
    pageLayout()->addWidget(m_profile);
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(new QLabel(tr("History of host:")));
    m_historyHost = new QComboBox;
    m_historyHost->setObjectName(QStringLiteral("historyHost"));
    m_historyHost->setAccessibleName(tr("Host whose history is shown"));
    m_historyHost->setMinimumContentsLength(16);
    connect(m_historyHost, &QComboBox::currentIndexChanged, this, &SummaryPage::showHistory);
    historyRow->addWidget(m_historyHost);
    historyRow->addStretch();
    pageLayout()->addLayout(historyRow);
    m_history = CheckPanel::textView(QStringLiteral("history"), tr("History of the chosen host"),
                                     tr("each run of the host: when, what it did, every step's seconds"));
    pageLayout()->addWidget(m_history, 1);

    auto *row = new QHBoxLayout;
    m_retryFailed = new QPushButton(tr("Retry failed hosts only"));
    m_retryFailed->setObjectName(QStringLiteral("retryFailed"));
    m_retryFailed->setEnabled(false);
    m_retryFailed->setToolTip(tr("After a run with failed hosts"));
    connect(m_retryFailed, &QPushButton::clicked, this,
            [this] { m_context->runOn(m_context->lastRun().badHosts()); });
    auto *again = new QPushButton(tr("Run again"));
    again->setObjectName(QStringLiteral("runAgain"));
    connect(again, &QPushButton::clicked, this,
            [this] { m_context->requestPage(ProvisionWizard::PlanPage); });
    auto *cluster = new QPushButton(tr("Open Cluster view"));
    cluster->setObjectName(QStringLiteral("openCluster"));
    connect(cluster, &QPushButton::clicked, m_context, &ProvisionContext::openClusterRequested);
    row->addWidget(m_retryFailed);
    row->addWidget(again);
    row->addStretch();
    row->addWidget(cluster);
    pageLayout()->addLayout(row);

    connect(m_context, &ProvisionContext::runFinished, this, &SummaryPage::showSummary);
}

void SummaryPage::updateRetry()
{
    m_retryFailed->setEnabled(!m_context->isBusy() && !m_context->lastRun().badHosts().isEmpty());
}

void SummaryPage::showHistory()
{
    const QString host = m_historyHost->currentText();
    if (host.isEmpty()) {
        m_history->clear();
        return;
    }
    const auto runs = RunJournal::read(m_context->runLogDir(), host, kHistoryRuns);
    m_history->setPlainText(runs.isEmpty() ? tr("No runs of %1 recorded yet.").arg(host)
                                           : RunJournal::text(runs));
    m_history->moveCursor(QTextCursor::End);
}

void SummaryPage::showSummary()
{
    const RunSummary &run = m_context->lastRun();
    QString text = run.recapText();
    if (!run.logPath.isEmpty())
        text += tr("\nRun log: %1\n").arg(run.logPath);
    m_recap->setPlainText(text);
    showProfile(run.profile());
    const QString current = m_historyHost->currentText();
    {
        const QSignalBlocker block(m_historyHost);
        m_historyHost->clear();
        for (const HostRecap &r : run.recap)
            m_historyHost->addItem(r.host);
        const int i = m_historyHost->findText(current);
        m_historyHost->setCurrentIndex(i >= 0 ? i : 0);
    }
    showHistory();
}

void SummaryPage::showProfile(const RunProfile &profile)
{
    m_profile->clear();
    const auto seconds = [](qint64 ms) { return QLocale().toString(double(ms) / 1000.0, 'f', 2); };
    auto add = [&](const QString &label, const RunProfile::Row &r) {
        auto *item = new QTreeWidgetItem(
            { label, QLocale().toString(r.count), seconds(r.hostMs), seconds(r.wallMs),
              QStringLiteral("%1 / %2").arg(QLocale().toString(r.maxAtOnce),
                                            QLocale().toString(r.meanAtOnce, 'f', 1)) });
        for (int col = 1; col < 4; ++col)
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        m_profile->addTopLevelItem(item);
        return item;
    };
    for (const RunProfile::Row &r : profile.rows)
        add(profileKindLabel(r.kind), r);
    if (!profile.isEmpty()) {
        QTreeWidgetItem *all
            = add(tr("all (%n host(s), %1 s)", nullptr, profile.hosts).arg(seconds(profile.runWallMs)),
                  profile.total);
        QFont bold = all->font(0);
        bold.setBold(true);
        for (int col = 0; col < kProfileColumns; ++col)
            all->setFont(col, bold);
    }
    for (int col = 0; col < kProfileColumns; ++col)
        m_profile->resizeColumnToContents(col);
    // As high as its rows: a compact table, no scrolling.
    const int rows = m_profile->topLevelItemCount();
    m_profile->setFixedHeight(m_profile->header()->sizeHint().height()
                              + rows * qMax(1, m_profile->sizeHintForRow(0)) + 2 * m_profile->frameWidth()
                              + 2);
    m_profile->setHidden(rows == 0);
}

} // namespace mc::widgets::wizard
