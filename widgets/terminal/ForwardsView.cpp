#include "widgets/terminal/ForwardsView.h"

#include "core/terminal/TaskForward.h"
#include "core/util/Numbers.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
enum Column { Target, Local, Connections, Sent, Received, Actions, ColumnCount };
}

ForwardsView::ForwardsView(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("forwardsView"));
    m_table->setObjectName(QStringLiteral("forwardsTable"));
    m_table->setHorizontalHeaderLabels({ tr("Forward to"), tr("Local address"), tr("Connections"),
                                         tr("Sent (bytes)"), tr("Received (bytes)"), QString() });
    m_table->setAccessibleName(tr("Port forwards"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(Target, QHeaderView::Stretch);
    for (int c = Local; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Port forwards (127.0.0.1 only)"), this);
    layout->addWidget(title);
    layout->addWidget(m_table);
    m_refresh->setInterval(1000);
    connect(m_refresh, &QTimer::timeout, this, &ForwardsView::refresh);
}

ForwardsView::~ForwardsView()
{
    qDeleteAll(m_forwards);
}

int ForwardsView::count() const
{
    return int(m_forwards.size());
}

void ForwardsView::add(terminal::TaskForward *forward, bool http)
{
    forward->setParent(nullptr); // owned here
    const int row = m_table->rowCount();
    m_forwards.append(forward);
    m_table->insertRow(row);
    m_table->setItem(row, Target, new QTableWidgetItem);
    const QString following = forward->follows() ? tr("%1 (follows its app)") : QStringLiteral("%1");
    setTarget(forward, following.arg(forward->target()), forward->describe());
    const QString local = QStringLiteral("127.0.0.1:%1").arg(forward->port());
    m_table->setItem(row, Local, new QTableWidgetItem(local));
    for (int c : { Connections, Sent, Received })
        m_table->setItem(row, c, new QTableWidgetItem(QStringLiteral("0")));
    auto *buttons = new QWidget(m_table);
    auto *buttonLayout = new QHBoxLayout(buttons);
    buttonLayout->setContentsMargins(2, 0, 2, 0);
    if (http) {
        auto *open = new QPushButton(tr("Open in browser"), buttons);
        open->setObjectName(QStringLiteral("forwardOpenButton"));
        connect(open, &QPushButton::clicked, this,
                [local] { QDesktopServices::openUrl(QUrl(QStringLiteral("http://") + local + u'/')); });
        buttonLayout->addWidget(open);
    }
    auto *stopButton = new QPushButton(tr("Stop"), buttons);
    stopButton->setObjectName(QStringLiteral("forwardStopButton"));
    connect(stopButton, &QPushButton::clicked, this, [this, forward] {
        const qsizetype at = m_forwards.indexOf(forward);
        if (at >= 0)
            stop(int(at));
    });
    buttonLayout->addWidget(stopButton);
    m_table->setCellWidget(row, Actions, buttons);
    connect(forward, &terminal::TaskForward::error, this, [this, forward](const QString &reason) {
        const qsizetype at = m_forwards.indexOf(forward);
        if (at >= 0)
            m_table->item(int(at), Target)->setToolTip(reason);
    });
    connect(forward, &terminal::TaskForward::retargeted, this,
            [this, forward, following](const QString &target) {
                setTarget(forward, following.arg(target), forward->describe());
            });
    connect(forward, &terminal::TaskForward::waiting, this,
            [this, forward](const QString &reason) { setTarget(forward, reason, reason); });
    connect(forward, &terminal::TaskForward::ended, this, [this, forward, stopButton](const QString &reason) {
        setTarget(forward, reason, reason);
        stopButton->setText(tr("Remove"));
    });
    m_refresh->start();
    Q_EMIT countChanged(count());
}

void ForwardsView::setTarget(terminal::TaskForward *forward, const QString &text, const QString &toolTip)
{
    const qsizetype at = m_forwards.indexOf(forward);
    if (at < 0)
        return;
    QTableWidgetItem *item = m_table->item(int(at), Target);
    item->setText(text);
    item->setToolTip(toolTip);
}

void ForwardsView::stop(int row)
{
    if (row < 0 || row >= m_forwards.size())
        return;
    terminal::TaskForward *forward = m_forwards.takeAt(row);
    m_table->removeRow(row);
    forward->stop(); // the port is free again
    delete forward;
    if (m_forwards.isEmpty())
        m_refresh->stop();
    Q_EMIT countChanged(count());
}

void ForwardsView::refresh()
{
    for (int row = 0; row < m_forwards.size(); ++row) {
        if (!m_forwards.at(row)->isRunning())
            continue; // ended: its last counts stay
        const auto t = m_forwards.at(row)->traffic();
        m_table->item(row, Connections)->setText(QString::number(t.openConnections));
        m_table->item(row, Sent)->setText(util::grouped(t.bytesToTarget));
        m_table->item(row, Received)->setText(util::grouped(t.bytesFromTarget));
    }
}

} // namespace mc::widgets
