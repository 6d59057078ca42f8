#include "widgets/terminal/TerminalPage.h"

#include "widgets/terminal/ForwardsView.h"
#include "widgets/terminal/TerminalWidget.h"

#include "core/terminal/TerminalScreen.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mc::widgets {

using terminal::ShellEnd;
using terminal::ShellSession;

TerminalTab::TerminalTab(terminal::ShellRequest request, ssh::SessionOptions options, QString title,
                         QWidget *parent)
    : QWidget(parent)
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_title(std::move(title))
    , m_terminal(new TerminalWidget(this))
    , m_bar(new QWidget(this))
    , m_reason(new QLabel(m_bar))
    , m_reconnect(new QPushButton(tr("Reconnect"), m_bar))
{
    setObjectName(QStringLiteral("terminalTab"));
    m_reason->setObjectName(QStringLiteral("terminalEndReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reconnect->setObjectName(QStringLiteral("terminalReconnect"));
    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->addWidget(m_reason, 1);
    barLayout->addWidget(m_reconnect);
    m_bar->setAutoFillBackground(true);
    m_bar->setBackgroundRole(QPalette::AlternateBase);
    m_bar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_terminal, 1);
    layout->addWidget(m_bar);
    connect(m_reconnect, &QPushButton::clicked, this, &TerminalTab::reconnect);
    connect(m_terminal->screen(), &terminal::TerminalScreen::titleChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            return;
        if (m_adoptable.contains(t)) {
            m_title = t;
            m_adoptable.clear();
        }
        Q_EMIT titleChanged(t);
    });
    setFocusProxy(m_terminal);
    open();
}

TerminalTab::~TerminalTab()
{
    if (m_session && m_session->isRunning())
        Q_EMIT ended({ ShellEnd::Kind::Stopped, -1, tr("Closed") }); // closing the tab ends the shell
    if (m_session)
        m_session->disconnect(this);
}

bool TerminalTab::isRunning() const
{
    return m_session && m_session->isRunning();
}

QString TerminalTab::endReason() const
{
    return m_bar->isVisible() || !isRunning() ? m_reason->text() : QString();
}

void TerminalTab::open()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
    }
    m_session = new ShellSession(m_request, m_options, this);
    connect(m_session, &ShellSession::received, m_terminal, &TerminalWidget::feed);
    connect(m_terminal, &TerminalWidget::input, m_session, &ShellSession::write);
    connect(m_terminal, &TerminalWidget::gridResized, m_session, &ShellSession::resize);
    connect(m_session, &ShellSession::finished, this, [this](const ShellEnd &end) {
        m_reason->setText(end.reason);
        m_bar->show();
        m_reconnect->setFocus();
        Q_EMIT titleChanged(tr("%1 (ended)").arg(m_title));
        Q_EMIT ended(end);
    });
    m_reason->clear();
    m_bar->hide();
    Q_EMIT titleChanged(m_title);
    m_session->start(m_terminal->screen()->rows(), m_terminal->screen()->cols());
}

void TerminalTab::reconnect()
{
    if (isRunning() || (m_admit && !m_admit()))
        return;
    m_terminal->feed("\r\n");
    open();
    m_terminal->setFocus();
}

TerminalPage::TerminalPage(QWidget *emptyState, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_forwards(new ForwardsView(this))
{
    setObjectName(QStringLiteral("terminalPage"));
    m_tabs->setObjectName(QStringLiteral("terminalTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(emptyState);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 3);
    layout->addWidget(m_forwards, 1);
    m_forwards->hide();
    connect(m_forwards, &ForwardsView::countChanged, m_forwards,
            [this](int n) { m_forwards->setVisible(n > 0); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &TerminalPage::closeTab);
}

TerminalTab *TerminalPage::open(const terminal::ShellRequest &request, const ssh::SessionOptions &options,
                                const QString &title)
{
    auto *tab = new TerminalTab(request, options, title);
    if (m_fontSet)
        tab->terminal()->setTerminalFont(m_font);
    const int index = m_tabs->addTab(tab, title);
    m_tabs->setTabToolTip(index, title);
    connect(tab, &TerminalTab::titleChanged, this, [this, tab](const QString &text) {
        const int at = m_tabs->indexOf(tab);
        if (at >= 0) {
            m_tabs->setTabText(at, text);
            m_tabs->setTabToolTip(at, tab->title());
        }
    });
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    tab->setFocus();
    return tab;
}

void TerminalPage::setTerminalFont(const QFont &font)
{
    m_font = font;
    m_fontSet = true;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<TerminalTab *>(m_tabs->widget(i)))
            tab->terminal()->setTerminalFont(font);
    }
}

int TerminalPage::openCount() const
{
    return m_tabs->count();
}

TerminalTab *TerminalPage::currentTab() const
{
    return qobject_cast<TerminalTab *>(m_tabs->currentWidget());
}

void TerminalPage::closeTab(int index)
{
    QWidget *tab = m_tabs->widget(index);
    if (!tab)
        return;
    m_tabs->removeTab(index);
    delete tab; // ends the shell
    if (m_tabs->count() == 0)
        m_stack->setCurrentIndex(0);
}

} // namespace mc::widgets
