#include "widgets/apps/WhyPane.h"

#include "core/marathon/WhyNotRunning.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mc::widgets {

using marathon::WhyNotRunning;

namespace {

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

WhyPane::WhyPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("whyPane"));
    auto *content = new QWidget(this);
    m_state = wrappingLabel(QStringLiteral("whyState"), content);
    m_reset = new QPushButton(tr("Reset delay"), content);
    m_reset->setObjectName(QStringLiteral("resetDelayButton"));
    m_reset->setToolTip(tr("Launch the app at the next offer instead of waiting out its back-off "
                           "(DELETE /v2/queue/{id}/delay)."));
    connect(m_reset, &QPushButton::clicked, this, [this] { Q_EMIT resetDelayRequested(m_appId); });
    m_barsBox = new QWidget(content);
    m_barsBox->setObjectName(QStringLiteral("whyBars"));
    m_bars = new QGridLayout(m_barsBox);
    m_bars->setContentsMargins(0, 0, 0, 0);
    m_bars->setColumnStretch(1, 1);
    m_largest = wrappingLabel(QStringLiteral("whyLargestFree"), content);
    m_constraints = wrappingLabel(QStringLiteral("whyConstraints"), content);
    m_offers = wrappingLabel(QStringLiteral("whyOffers"), content);
    m_failure = wrappingLabel(QStringLiteral("whyLastFailure"), content);
    m_health = wrappingLabel(QStringLiteral("whyHealth"), content);

    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_reset, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_barsBox);
    layout->addWidget(m_largest);
    layout->addWidget(m_constraints);
    layout->addWidget(m_offers);
    layout->addWidget(m_failure);
    layout->addWidget(m_health);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    clear();
}

void WhyPane::clear()
{
    m_appId.clear();
    m_state->setText(tr("Select an app to see why it is not running."));
    for (QLabel *l : { m_largest, m_constraints, m_offers, m_failure, m_health })
        l->hide();
    m_barsBox->hide();
    m_reset->hide();
}

void WhyPane::setHealth(const QList<marathon::TaskHealth> &tasks)
{
    const QStringList lines = WhyNotRunning::healthLines(tasks);
    m_health->setText(lines.join(u'\n'));
    m_health->setVisible(!lines.isEmpty() && !m_appId.isEmpty());
}

void WhyPane::setBars(const marathon::QueueEntry &entry)
{
    while (QLayoutItem *item = m_bars->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const marathon::DeclinedOfferStep &s : entry.rejectLastOffers) {
        if (s.declined <= 0)
            continue;
        auto *label = new QLabel(WhyNotRunning::reasonText(s.reason), m_barsBox);
        label->setToolTip(s.reason);
        auto *bar = new QProgressBar(m_barsBox);
        bar->setObjectName(QStringLiteral("whyBar_") + s.reason);
        bar->setRange(0, qMax(1, s.processed));
        bar->setValue(s.declined);
        bar->setFormat(tr("%1 of %2 offers declined").arg(s.declined).arg(s.processed));
        bar->setAccessibleName(label->text());
        m_bars->addWidget(label, row, 0);
        m_bars->addWidget(bar, row, 1);
        ++row;
    }
    m_barsBox->setVisible(row > 0);
}

void WhyPane::show(const QString &appId, const std::optional<marathon::QueueEntry> &entry,
                   const std::optional<marathon::TaskFailure> &lastFailure, const QString &error)
{
    m_appId = appId;
    for (QLabel *l : { m_largest, m_constraints, m_offers })
        l->hide();
    m_barsBox->hide();
    m_reset->setVisible(entry.has_value());
    m_reset->setEnabled(entry && entry->isDelayed());
    if (!error.isEmpty()) {
        m_state->setText(tr("The launch queue could not be read: %1").arg(error));
    } else if (!entry) {
        m_state->setText(WhyNotRunning::notQueuedText(appId));
    } else {
        QString state = WhyNotRunning::stateText(*entry);
        if (!entry->hasOfferSummary)
            state += u'\n' + WhyNotRunning::noSummaryText();
        else if (WhyNotRunning::mainReason(*entry).isEmpty())
            state += u'\n' + tr("No offer was declined in the last round.");
        m_state->setText(state);
        setBars(*entry);
        const QString largest
            = WhyNotRunning::askedVersusLargestFree(*entry, WhyNotRunning::mainReason(*entry));
        m_largest->setText(largest);
        m_largest->setVisible(!largest.isEmpty());
        const QStringList constraints = WhyNotRunning::placementLines(*entry);
        m_constraints->setText(constraints.join(u'\n'));
        m_constraints->setVisible(!constraints.isEmpty());
        QStringList offers;
        for (const marathon::UnusedOffer &o : entry->lastUnusedOffers)
            offers << tr("%1 (%2): %3")
                          .arg(o.hostname, o.agentId.section(u'-', -1), o.reasons.join(QStringLiteral(", ")));
        m_offers->setText(offers.isEmpty() ? QString()
                                           : tr("Last unused offers:") + u'\n' + offers.join(u'\n'));
        m_offers->setVisible(!offers.isEmpty());
    }
    if (lastFailure)
        m_failure->setText(WhyNotRunning::failureText(*lastFailure));
    m_failure->setVisible(lastFailure.has_value());
}

QString WhyPane::text() const
{
    QStringList parts { m_state->text() };
    for (int i = 0; i < m_bars->count(); ++i) {
        QWidget *w = m_bars->itemAt(i)->widget();
        if (auto *label = qobject_cast<QLabel *>(w))
            parts << label->text();
        else if (auto *bar = qobject_cast<QProgressBar *>(w))
            parts << bar->text();
    }
    for (QLabel *l : { m_largest, m_constraints, m_offers, m_failure, m_health }) {
        if (!l->isHidden())
            parts << l->text();
    }
    return parts.join(u'\n');
}

} // namespace mc::widgets
