#include "widgets/terminal/ForwardsView.h"

#include "core/ssh/SshSocksProxy.h"
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

void ForwardsView::add(ssh::SshSocksProxy *forward, const QString &target, bool http)
{
    forward->setParent(nullptr); // owned here
    const int row = m_table->rowCount();
    m_forwards.append(forward);
    m_table->insertRow(row);
    m_table->setItem(row, Target, new QTableWidgetItem(target));
    m_table->item(row, Target)->setToolTip(forward->describe());
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
    connect(forward, &ssh::SshSocksProxy::error, this, [this, forward](const QString &reason) {
        const qsizetype at = m_forwards.indexOf(forward);
        if (at >= 0)
            m_table->item(int(at), Target)->setToolTip(reason);
    });
    m_refresh->start();
    emit countChanged(count());
}

void ForwardsView::stop(int row)
{
    if (row < 0 || row >= m_forwards.size())
        return;
    ssh::SshSocksProxy *forward = m_forwards.takeAt(row);
    m_table->removeRow(row);
    forward->stop(); // the port is free again
    delete forward;
    if (m_forwards.isEmpty())
        m_refresh->stop();
    emit countChanged(count());
}

void ForwardsView::refresh()
{
    for (int row = 0; row < m_forwards.size(); ++row) {
        const ssh::SshSocksProxy::Traffic t = m_forwards.at(row)->traffic();
        m_table->item(row, Connections)->setText(QString::number(t.openConnections));
        m_table->item(row, Sent)->setText(util::grouped(t.bytesToTarget));
        m_table->item(row, Received)->setText(util::grouped(t.bytesFromTarget));
    }
}

} // namespace mc::widgets
