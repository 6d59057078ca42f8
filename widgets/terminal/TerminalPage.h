#pragma once

#include "core/ssh/SshTypes.h"
#include "core/terminal/ShellSession.h"

#include <QFont>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace mc::widgets {

class ForwardsView;
class TerminalWidget;

// One terminal tab: a shell (ShellSession) shown by a TerminalWidget. When
// the shell ends, a bar under it says why (exit status, connection lost,
// could not connect) and offers Reconnect, which opens the same request again
// when the admission (if set: the action gate, as for the first open) lets it.
class TerminalTab : public QWidget
{
    Q_OBJECT

public:
    TerminalTab(terminal::ShellRequest request, ssh::SessionOptions options, QString title,
                QWidget *parent = nullptr);
    ~TerminalTab() override;

    [[nodiscard]] TerminalWidget *terminal() const { return m_terminal; }
    [[nodiscard]] terminal::ShellSession *session() const { return m_session; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] bool isRunning() const;
    // Why the shell ended (empty while it runs).
    [[nodiscard]] QString endReason() const;
    // Asked before every Reconnect; false: the shell stays closed (whoever
    // refused says why).
    void setAdmission(std::function<bool()> admit) { m_admit = std::move(admit); }
    // The first window title the remote side sets that is one of `titles`
    // becomes the tab's own title (its tooltip, and what "(ended)" follows):
    // a task shell's command says that way which way it took (nsenter or the
    // sandbox), and the shell's own titles later do not hide it.
    void adoptRemoteTitle(QStringList titles) { m_adoptable = std::move(titles); }
    void reconnect();

Q_SIGNALS:
    void titleChanged(const QString &title);
    void ended(const mc::terminal::ShellEnd &end);

private:
    void open();

    terminal::ShellRequest m_request;
    ssh::SessionOptions m_options;
    std::function<bool()> m_admit;
    QStringList m_adoptable;
    QString m_title;
    TerminalWidget *m_terminal;
    terminal::ShellSession *m_session = nullptr;
    QWidget *m_bar;
    QLabel *m_reason;
    QPushButton *m_reconnect;
};

// The Terminal page: every open shell in its own tab, several at once;
// `emptyState` is shown while none is open.
class TerminalPage : public QWidget
{
    Q_OBJECT

public:
    explicit TerminalPage(QWidget *emptyState, QWidget *parent = nullptr);

    // Opens a tab for `request` and starts connecting.
    TerminalTab *open(const terminal::ShellRequest &request, const ssh::SessionOptions &options,
                      const QString &title);
    void setTerminalFont(const QFont &font);
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    // The port forwards under the terminals (shown while there are some).
    [[nodiscard]] ForwardsView *forwards() const { return m_forwards; }
    [[nodiscard]] int openCount() const;
    [[nodiscard]] TerminalTab *currentTab() const;
    void closeTab(int index);

private:
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    ForwardsView *m_forwards;
    QFont m_font;
    bool m_fontSet = false;
};

} // namespace mc::widgets
