#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace mc::logs {
class SandboxBrowser;
}
namespace mc::models {
class SandboxModel;
}

namespace mc::widgets {

// The Files tab of a task: its sandbox as a tree (name, size, modified, mode),
// listed from the agent as directories are opened. Open (or double-click) shows
// a file in the log viewer, Download saves it whole, Refresh lists again. A gone
// sandbox or an unreachable agent is said in the status line.
class SandboxView : public QWidget
{
    Q_OBJECT

public:
    // Takes `browser` (it becomes a child) and lists the root.
    explicit SandboxView(logs::SandboxBrowser *browser, QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *tree() const { return m_tree; }
    [[nodiscard]] models::SandboxModel *model() const { return m_model; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] logs::SandboxBrowser *browser() const { return m_browser; }
    // The selected file's path in the sandbox, or "" (nothing or a directory selected).
    [[nodiscard]] QString selectedFile() const;
    // Asks for the download of a file to `localPath` (what Download does after its dialog).
    void download(const QString &relativePath, const QString &localPath);

Q_SIGNALS:
    void openRequested(const QString &relativePath);
    void downloadRequested(const QUrl &url, const QString &localPath);

private:
    void updateButtons();

    logs::SandboxBrowser *m_browser;
    models::SandboxModel *m_model;
    QTreeView *m_tree;
    QPushButton *m_open;
    QPushButton *m_download;
    QLabel *m_status;
};

} // namespace mc::widgets
