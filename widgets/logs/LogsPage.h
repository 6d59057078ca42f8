#pragma once

#include <QFont>
#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace mc::http {
class HttpClient;
}
namespace mc::logs {
class LogSource;
}

namespace mc::widgets {

class LogView;
class SandboxView;

// The Logs page: every open log in its own tab (a task's stdout and stderr
// as two inner tabs), several followed at once; `emptyState` is shown while
// nothing is open. Saving a sandbox file downloads it whole (/files/download).
class LogsPage : public QWidget
{
    Q_OBJECT

public:
    LogsPage(http::HttpClient *http, QWidget *emptyState, QWidget *parent = nullptr);

    void setWindowBytes(qint64 bytes) { m_windowBytes = bytes; }
    // The font of every open log and of those opened later.
    void setLogFont(const QFont &font);

    // Takes the sources (they become children of the tab) and starts them. With `files`,
    // the task's sandbox is a third inner tab (shown first when `showFiles`).
    QWidget *openTask(const QString &title, logs::LogSource *stdoutSource, logs::LogSource *stderrSource,
                      SandboxView *files = nullptr, bool showFiles = false);
    // A file of a task's sandbox in its own inner tab next to `files` (the one already
    // open for that path is shown instead, and `source` deleted).
    LogView *openFile(SandboxView *files, const QString &relativePath, logs::LogSource *source);
    // Saves a sandbox file whole (/files/download), atomically; says how it went in message().
    void download(const QUrl &url, const QString &localPath);
    QWidget *openService(const QString &title, logs::LogSource *source);

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] int openCount() const;
    // The view in front (the current inner tab of a task), or nullptr.
    [[nodiscard]] LogView *currentView() const;
    [[nodiscard]] QList<LogView *> views() const;
    void closeTab(int index);

Q_SIGNALS:
    void message(const QString &text, bool error);

private:
    LogView *makeView(logs::LogSource *source, QWidget *owner);
    QWidget *addTab(QWidget *tab, const QString &title);

    http::HttpClient *m_http;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    qint64 m_windowBytes = qint64(20) * 1024 * 1024;
    QFont m_font;
};

} // namespace mc::widgets
