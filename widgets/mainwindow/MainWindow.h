#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QMainWindow>

#include <functional>

#include "widgets/palette/CommandPalette.h"

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;

class QLabel;

namespace mc::widgets {

class ElidedLabel;

// The application frame: navigation on the left, one page per main view on
// the right, a banner for messages that concern the whole window. It knows no
// cluster, host or file: app/ composes pages into it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class BannerKind { Info, Warning, Error };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the navigation (in call order). Ctrl+1.. switch pages.
    void addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page);
    // Swaps the widget of an existing page (e.g. an empty state for the real view).
    void replacePage(const QString &id, QWidget *page);
    // Swaps the widget of an existing page and hands the old one back, hidden and without a
    // parent (the caller owns it): a watched cluster's pages kept while another is shown.
    [[nodiscard]] QWidget *takePage(const QString &id, QWidget *page);
    void showPage(const QString &id);
    [[nodiscard]] QString currentPageId() const;
    [[nodiscard]] QWidget *page(const QString &id) const;
    [[nodiscard]] QStringList pageIds() const;

    // At most a few lines (the rest in its tool tip; bannerShown carries it all).
    void showBanner(const QString &text, BannerKind kind = BannerKind::Info);
    void hideBanner();
    [[nodiscard]] QString bannerText() const;
    [[nodiscard]] BannerKind bannerKind() const { return m_bannerKind; }

    void setWorkspacePath(const QString &path);
    [[nodiscard]] QString workspacePath() const;
    // The cluster's name and mode ("production · protected"), always in sight: first on the
    // status bar in `colour` (none: the palette's) and in the window title. Empty name: hidden.
    void setClusterBadge(const QString &name, const QString &mode, const QColor &colour);
    [[nodiscard]] QLabel *clusterBadge() const { return m_clusterBadge; }

    // Sources of command palette entries (hosts, apps, tasks); the views are
    // always in it.
    void addPaletteSource(std::function<QList<PaletteEntry>()> source);
    void openCommandPalette();

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }

    // The navigation as icons only (View > Icons-Only Sidebar); it collapses by itself in a
    // narrow window unless chosen.
    void setSidebarCollapsed(bool collapsed);
    [[nodiscard]] bool isSidebarCollapsed() const { return m_sidebarCollapsed; }
    // Asks for a workspace file and emits openWorkspaceRequested.
    void chooseWorkspace();

    // Window geometry, splitter state and last page, from/to QSettings.
    void restoreSettings();
    void saveSettings() const;

Q_SIGNALS:
    void openWorkspaceRequested(const QString &path);
    void currentPageChanged(const QString &id);
    void settingsRequested();
    // File > Connect to Cluster…
    void connectRequested();
    // Every banner, whole (for the notifications panel).
    void bannerShown(const QString &text, mc::widgets::MainWindow::BannerKind kind);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildMenus();
    void updateTitle();
    void updateRecentMenu();
    // Style sheets that name colours: again after a theme change.
    void applyColors();

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ElidedLabel *m_banner = nullptr;
    QAction *m_collapseSidebar = nullptr;
    bool m_sidebarCollapsed = false;
    bool m_sidebarChosen = false; // collapsed or expanded by the user: no longer follows the width
    BannerKind m_bannerKind = BannerKind::Info;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QStringList m_pageIds;
    QList<std::function<QList<PaletteEntry>()>> m_paletteSources;
    QString m_workspacePath;
    QString m_clusterTitle; // "production · protected", in the window title
    QLabel *m_clusterBadge = nullptr;
};

} // namespace mc::widgets
