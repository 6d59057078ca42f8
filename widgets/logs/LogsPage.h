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

    // Takes the sources (they become children of the tab) and starts them.
    QWidget *openTask(const QString &title, logs::LogSource *stdoutSource, logs::LogSource *stderrSource);
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
