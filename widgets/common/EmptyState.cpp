#include "widgets/common/EmptyState.h"

#include "widgets/common/ThemeFollow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
constexpr int kIconSize = 72;
constexpr int kTextWidth = 460;
constexpr int kMinimumTextWidth = 240; // narrower windows wrap it on more lines
} // namespace

EmptyState::EmptyState(const QIcon &icon, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto *iconLabel = new QLabel(this);
    followTheme(iconLabel, QStringLiteral("icon"),
                [iconLabel, icon] { iconLabel->setPixmap(icon.pixmap(kIconSize, kIconSize)); });
    iconLabel->setAlignment(Qt::AlignHCenter);
    layout->addWidget(iconLabel);

    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_title);

    m_text = new QLabel(text, this);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setMaximumWidth(kTextWidth);
    m_text->setMinimumWidth(kMinimumTextWidth);
    m_text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text);
    textRow->addStretch();
    layout->addLayout(textRow);

    m_buttons = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 12, 0, 0);
    buttons->addStretch();
    buttons->addStretch();
    layout->addWidget(m_buttons);

    layout->addStretch(3);
    setAccessibleName(title);
}

QPushButton *EmptyState::addAction(const QString &text)
{
    auto *button = new QPushButton(text, m_buttons);
    auto *buttons = static_cast<QHBoxLayout *>(m_buttons->layout());
    buttons->insertWidget(buttons->count() - 1, button);
    return button;
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

} // namespace mc::widgets
