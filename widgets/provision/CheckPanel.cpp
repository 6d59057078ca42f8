#include "widgets/provision/CheckPanel.h"

#include "widgets/common/ElidedLabel.h"
#include "widgets/common/ThemeFollow.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpacerItem>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
// Lines of a status or warning; the rest is in its tool tip (and the tables below it).
constexpr int kStatusLines = 4;
} // namespace

CheckPanel::CheckPanel(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins({});
    m_actions = new QHBoxLayout;
    m_actionsEnd = new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_actions->addSpacerItem(m_actionsEnd);
    m_layout->addLayout(m_actions);
}

QPushButton *CheckPanel::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    addToActions(button);
    return button;
}

void CheckPanel::addToActions(QWidget *widget, int stretch)
{
    if (stretch > 0 && m_actionsEnd) {
        m_actions->removeItem(m_actionsEnd);
        delete m_actionsEnd;
        m_actionsEnd = nullptr;
    }
    m_actions->insertWidget(m_actions->count() - (m_actionsEnd ? 1 : 0), widget, stretch);
}

ElidedLabel *CheckPanel::addStatus(const QString &objectName, const QString &text, StatusPlace place)
{
    ElidedLabel *status = statusLabel(objectName, text);
    if (place == StatusPlace::BesideActions)
        addToActions(status, 1);
    else
        m_layout->addWidget(status);
    return status;
}

ElidedLabel *CheckPanel::addWarning(const QString &objectName)
{
    ElidedLabel *warning = statusLabel(objectName);
    setStateTextColor(warning, models::StateColorPalette::Role::Error);
    warning->hide();
    m_layout->addWidget(warning);
    return warning;
}

void CheckPanel::addWidget(QWidget *widget, int stretch)
{
    m_layout->addWidget(widget, stretch);
}

void CheckPanel::addLayout(QLayout *layout)
{
    m_layout->addLayout(layout);
}

void CheckPanel::addFindings(QTreeWidget *tree)
{
    m_layout->addWidget(tree, 1);
}

void CheckPanel::addFindings(QTreeWidget *tree, QPlainTextEdit *detail)
{
    connect(tree, &QTreeWidget::currentItemChanged, detail, [detail](QTreeWidgetItem *item) {
        detail->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(tree);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_layout->addWidget(split, 1);
}

QTreeWidget *CheckPanel::findingsTree(const QString &objectName, const QString &accessibleName,
                                      const QStringList &headers)
{
    auto *tree = new QTreeWidget;
    tree->setObjectName(objectName);
    followThemeInItems(tree);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(headers);
    return tree;
}

QTableWidget *CheckPanel::table(const QString &objectName, const QString &accessibleName,
                                const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

QPlainTextEdit *CheckPanel::textView(const QString &objectName, const QString &accessibleName,
                                     const QString &placeholder)
{
    auto *view = new QPlainTextEdit;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlaceholderText(placeholder);
    return view;
}

ElidedLabel *CheckPanel::statusLabel(const QString &objectName, const QString &text)
{
    auto *label = new ElidedLabel(text);
    label->setObjectName(objectName);
    label->setMaximumLines(kStatusLines);
    return label;
}

} // namespace mc::widgets
