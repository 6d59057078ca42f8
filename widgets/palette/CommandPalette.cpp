#include "widgets/palette/CommandPalette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
constexpr int kEntryIndexRole = Qt::UserRole + 1;
constexpr QSize kPaletteSize { 560, 360 };
} // namespace

CommandPalette::CommandPalette(QList<PaletteEntry> entries, QWidget *parent)
    : QDialog(parent, Qt::Popup)
    , m_entries(std::move(entries))
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    resize(kPaletteSize);
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("paletteFilter"));
    m_filter->setPlaceholderText(tr("Jump to a view, host, app or task, or run an action…"));
    m_filter->setAccessibleName(tr("Search"));
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);

    m_model = new QStandardItemModel(this);
    for (int i = 0; i < m_entries.size(); ++i) {
        const PaletteEntry &entry = m_entries.at(i);
        auto *item = new QStandardItem(entry.kind.isEmpty() ? entry.text
                                                            : tr("%1 — %2").arg(entry.text, entry.kind));
        item->setData(i, kEntryIndexRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list);
    m_noMatches = new QLabel(this);
    m_noMatches->setObjectName(QStringLiteral("paletteNoMatches"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    m_noMatches->hide();
    layout->addWidget(m_noMatches);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_list->setCurrentIndex(m_proxy->index(0, 0));
        const bool none = m_proxy->rowCount() == 0;
        m_noMatches->setText(tr("No matches for “%1”.").arg(text));
        m_noMatches->setVisible(none);
        m_list->setVisible(!none);
    });
    connect(m_filter, &QLineEdit::returnPressed, this, &CommandPalette::activateCurrent);
    connect(m_list, &QListView::activated, this, &CommandPalette::activateCurrent);
    m_list->setCurrentIndex(m_proxy->index(0, 0));
    if (parent) {
        const QPoint topCenter = parent->mapToGlobal(QPoint(parent->width() / 2, 60));
        move(topCenter.x() - width() / 2, topCenter.y());
    }
    m_filter->setFocus();
}

int CommandPalette::visibleCount() const
{
    return m_proxy->rowCount();
}

bool CommandPalette::showsNoMatches() const
{
    return !m_noMatches->isHidden();
}

QString CommandPalette::currentText() const
{
    return m_list->currentIndex().data().toString();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            moveSelection(key == Qt::Key_Down ? 1 : -1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::moveSelection(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_proxy->index(row, 0));
}

void CommandPalette::activateCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const int index = current.data(kEntryIndexRole).toInt();
    const auto activate = m_entries.at(index).activate;
    accept();
    if (activate)
        activate();
}

} // namespace mc::widgets
