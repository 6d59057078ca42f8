#include "widgets/logs/LogsPage.h"

#include "core/logs/FileDownload.h"
#include "core/logs/LogSource.h"
#include "core/util/Numbers.h"
#include "widgets/logs/LogView.h"
#include "widgets/logs/SandboxView.h"

#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mc::widgets {

LogsPage::LogsPage(http::HttpClient *http, QWidget *emptyState, QWidget *parent)
    : QWidget(parent)
    , m_http(http)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(m_stack))
{
    m_font = QFont(QStringLiteral("Monospace"));
    m_font.setStyleHint(QFont::TypeWriter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(emptyState);
    m_stack->addWidget(m_tabs);
    m_tabs->setObjectName(QStringLiteral("logTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &LogsPage::closeTab);
}

int LogsPage::openCount() const
{
    return m_tabs->count();
}

LogView *LogsPage::makeView(logs::LogSource *source, QWidget *owner)
{
    auto *view = new LogView(source, m_windowBytes, owner);
    source->setParent(view); // the source lives as long as its view
    view->setLogFont(m_font);
    connect(view, &LogView::saveFinished, this,
            [this](bool ok, const QString &text) { Q_EMIT message(text, !ok); });
    connect(view, &LogView::downloadRequested, this, &LogsPage::download);
    return view;
}

void LogsPage::download(const QUrl &url, const QString &path)
{
    auto *download = new logs::FileDownload(m_http, url, path, this);
    connect(download, &logs::FileDownload::finished, this, [this, download, path](const Status &status) {
        download->deleteLater();
        Q_EMIT message(status.ok() ? tr("Saved %1 (%2 bytes)").arg(path, util::grouped(download->received()))
                                   : status.error().message,
                       !status.ok());
    });
    Q_EMIT message(tr("Downloading to %1…").arg(path), false);
    download->start();
}

QWidget *LogsPage::addTab(QWidget *tab, const QString &title)
{
    const int index = m_tabs->addTab(tab, title);
    m_tabs->setTabToolTip(index, title);
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    return tab;
}

QWidget *LogsPage::openTask(const QString &title, logs::LogSource *stdoutSource,
                            logs::LogSource *stderrSource, SandboxView *files, bool showFiles)
{
    auto *inner = new QTabWidget;
    inner->setObjectName(QStringLiteral("streams"));
    inner->setTabPosition(QTabWidget::South);
    inner->setTabsClosable(true);
    inner->addTab(makeView(stdoutSource, inner), QStringLiteral("stdout"));
    inner->addTab(makeView(stderrSource, inner), QStringLiteral("stderr"));
    if (files) {
        inner->addTab(files, tr("Files"));
        connect(files, &SandboxView::downloadRequested, this, &LogsPage::download);
        if (showFiles)
            inner->setCurrentWidget(files);
    }
    // stdout, stderr and Files stay; a file opened from Files can be closed.
    for (int i = 0; i < inner->count(); ++i)
        inner->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    connect(inner, &QTabWidget::tabCloseRequested, inner, [inner](int index) {
        QWidget *tab = inner->widget(index);
        if (auto *view = qobject_cast<LogView *>(tab); view && view->source())
            view->source()->stop();
        inner->removeTab(index);
        tab->deleteLater();
    });
    addTab(inner, title);
    stdoutSource->start();
    stderrSource->start();
    return inner;
}

LogView *LogsPage::openFile(SandboxView *files, const QString &relativePath, logs::LogSource *source)
{
    auto *inner = qobject_cast<QTabWidget *>(files->parentWidget() ? files->parentWidget()->parentWidget() : nullptr);
    if (!inner) {
        delete source;
        return nullptr;
    }
    for (int i = 0; i < inner->count(); ++i) {
        auto *view = qobject_cast<LogView *>(inner->widget(i));
        if (view && view->property("sandboxPath").toString() == relativePath) {
            delete source;
            inner->setCurrentIndex(i);
            return view;
        }
    }
    LogView *view = makeView(source, inner);
    view->setProperty("sandboxPath", relativePath);
    const int index = inner->addTab(view, relativePath.section(u'/', -1));
    inner->setTabToolTip(index, relativePath);
    inner->setCurrentIndex(index);
    m_tabs->setCurrentWidget(inner);
    source->start();
    return view;
}

QWidget *LogsPage::openService(const QString &title, logs::LogSource *source)
{
    LogView *view = makeView(source, nullptr);
    addTab(view, title);
    source->start();
    return view;
}

void LogsPage::setLogFont(const QFont &font)
{
    m_font = font;
    for (LogView *view : views())
        view->setLogFont(font);
}

QList<LogView *> LogsPage::views() const
{
    QList<LogView *> all;
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *tab = m_tabs->widget(i);
        if (auto *view = qobject_cast<LogView *>(tab))
            all << view;
        else
            all << tab->findChildren<LogView *>();
    }
    return all;
}

LogView *LogsPage::currentView() const
{
    QWidget *tab = m_tabs->currentWidget();
    if (auto *view = qobject_cast<LogView *>(tab))
        return view;
    if (auto *inner = qobject_cast<QTabWidget *>(tab))
        return qobject_cast<LogView *>(inner->currentWidget());
    return nullptr;
}

void LogsPage::closeTab(int index)
{
    QWidget *tab = m_tabs->widget(index);
    if (!tab)
        return;
    QList<LogView *> views = tab->findChildren<LogView *>();
    views << qobject_cast<LogView *>(tab);
    for (LogView *view : std::as_const(views)) {
        if (view && view->source())
            view->source()->stop();
    }
    m_tabs->removeTab(index);
    tab->deleteLater();
    if (m_tabs->count() == 0)
        m_stack->setCurrentIndex(0);
}

} // namespace mc::widgets
