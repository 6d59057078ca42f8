#include "widgets/common/ConfirmDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
constexpr int kListRowsShown = 8;
constexpr int kDialogWidth = 520;
} // namespace

ConfirmDialog::ConfirmDialog(const Confirmation &confirmation, QWidget *parent)
    : QDialog(parent)
    , m_confirmation(confirmation)
{
    setObjectName(QStringLiteral("confirmDialog"));
    setWindowTitle(confirmation.title);
    setMinimumWidth(kDialogWidth);

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    auto *question = new QLabel(confirmation.question, this);
    question->setObjectName(QStringLiteral("confirmQuestion"));
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);

    m_objects = new QListWidget(this);
    m_objects->setObjectName(QStringLiteral("confirmObjects"));
    m_objects->setAccessibleName(tr("Affected objects"));
    m_objects->setFocusPolicy(Qt::NoFocus); // Enter goes to the dialog (Cancel), never to the list
    m_objects->setSelectionMode(QAbstractItemView::NoSelection);
    m_objects->setWordWrap(true);
    for (qsizetype i = 0; i < confirmation.objects.size() && i < kObjectsListed; ++i)
        m_objects->addItem(confirmation.objects.at(i));
    if (confirmation.objects.size() > kObjectsListed)
        m_objects->addItem(tr("… and %n more", nullptr, int(confirmation.objects.size() - kObjectsListed)));
    const int rows = std::min(int(m_objects->count()), kListRowsShown);
    m_objects->setFixedHeight(rows * m_objects->fontMetrics().height() * 3 / 2 + 2 * m_objects->frameWidth()
                              + 6);
    m_objects->setVisible(!confirmation.objects.isEmpty());

    auto *consequence = new QLabel(confirmation.consequence, this);
    consequence->setObjectName(QStringLiteral("confirmConsequence"));
    consequence->setTextFormat(Qt::PlainText);
    consequence->setWordWrap(true);
    consequence->setVisible(!confirmation.consequence.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("confirmCancel"));
    m_accept = buttons->addButton(confirmation.acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("confirmAccept"));
    // The safe choice is the default: Enter cancels, as Escape does.
    m_accept->setAutoDefault(false);
    m_cancel->setAutoDefault(true);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(question);
    text->addWidget(m_objects);
    text->addWidget(consequence);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    m_cancel->setFocus();
}

bool confirm(QWidget *parent, const Confirmation &confirmation)
{
    ConfirmDialog dialog(confirmation, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace mc::widgets
