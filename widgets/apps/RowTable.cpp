#include "widgets/apps/RowTable.h"

#include "widgets/common/ThemeFollow.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mc::widgets {

RowTable::RowTable(const QStringList &headers, const QStringList &defaults, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_error(new QLabel(this))
    , m_defaults(defaults)
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(150);
    setStateTextColor(m_error, models::StateColorPalette::Role::Error);
    m_error->setWordWrap(true);
    m_error->hide();
    m_remove->setEnabled(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(m_defaults);
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        Q_EMIT changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            Q_EMIT changed();
        }
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_table, &QTableWidget::itemChanged, this, &RowTable::changed);
}

QList<QStringList> RowTable::rows() const
{
    QList<QStringList> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            row.append(item ? item->text().trimmed() : QString());
        }
        rows.append(row);
    }
    return rows;
}

void RowTable::setRows(const QList<QStringList> &rows)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const QStringList &row : rows)
        addRow(row);
}

void RowTable::addRow(const QStringList &values)
{
    const QSignalBlocker blocker(m_table);
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setItem(r, c, new QTableWidgetItem(values.value(c)));
}

void RowTable::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString RowTable::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace mc::widgets
