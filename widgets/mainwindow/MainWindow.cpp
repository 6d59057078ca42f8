#include "widgets/mainwindow/MainWindow.h"

#include "core/util/Logging.h"
#include "models/common/StateColorPalette.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/diagnostics/DiagnosticsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
constexpr int kNavigationWidth = 190;
constexpr int kNavigationIconSize = 22;
constexpr int kCollapsedNavigationWidth = 56; // the icon, its padding and margins
// Narrower windows show the navigation as icons (unless the user chose otherwise).
constexpr int kCollapseBelowWidth = 900;
constexpr int kBannerLines = 3;
constexpr int kMaxRecentWorkspaces = 8;
constexpr QSize kDefaultWindowSize { 1200, 780 };

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
const QString kRecentKey = QStringLiteral("workspace/recent");
const QString kSidebarKey = QStringLiteral("mainWindow/sidebarCollapsed");

// Draws the navigation's entries as icons alone while the sidebar is collapsed (the title stays
// the tool tip and the accessible text).
class NavigationDelegate : public QStyledItemDelegate
{
public:
    NavigationDelegate(const bool *collapsed, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_collapsed(collapsed)
    { }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (*m_collapsed) {
            option->text.clear();
            option->features &= ~QStyleOptionViewItem::HasDisplay;
            option->decorationAlignment = Qt::AlignCenter;
        }
    }

private:
    const bool *m_collapsed;
};

// The status bar's message is an eliding label (full text in its tool tip), so a long message
// never widens the window nor runs under the permanent widgets; showMessage() and
// currentMessage() work as in QStatusBar.
class MessageStatusBar : public QStatusBar
{
public:
    explicit MessageStatusBar(QWidget *parent)
        : QStatusBar(parent)
        , m_message(new ElidedLabel(this))
    {
        m_message->setObjectName(QStringLiteral("statusMessage"));
        m_message->setAccessibleName(MainWindow::tr("Status"));
        addPermanentWidget(m_message, 1);
        connect(this, &QStatusBar::messageChanged, m_message, &QLabel::setText);
    }

protected:
    void paintEvent(QPaintEvent *) override { } // the label shows the message

private:
    ElidedLabel *m_message;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    auto *central = new QWidget(this);
    auto *outer = new QHBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFixedWidth(kNavigationWidth);
    m_navigation->setIconSize(QSize(kNavigationIconSize, kNavigationIconSize));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setItemDelegate(new NavigationDelegate(&m_sidebarCollapsed, m_navigation));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(m_navigation);

    auto *right = new QWidget(central);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_banner = new ElidedLabel(right);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setMaximumLines(kBannerLines);
    m_banner->setAccessibleName(tr("Message"));
    m_banner->hide();
    rightLayout->addWidget(m_banner);
    m_pages = new QStackedWidget(right);
    m_pages->setObjectName(QStringLiteral("pages"));
    rightLayout->addWidget(m_pages, 1);
    outer->addWidget(right, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pageIds.size())
            return;
        m_pages->setCurrentIndex(row);
        Q_EMIT currentPageChanged(m_pageIds.at(row));
    });

    setStatusBar(new MessageStatusBar(this));
    buildMenus();
    applyColors();
    statusBar()->showMessage(tr("Not connected to a cluster"));
    resize(kDefaultWindowSize);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *open = m_fileMenu->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    QAction *connectCluster
        = m_fileMenu->addAction(tr("&Connect to Cluster…"), this, &MainWindow::connectRequested);
    connectCluster->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connectCluster->setObjectName(QStringLiteral("connectCluster"));
    m_fileMenu->addSeparator();
    QAction *settings = m_fileMenu->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence::Quit);
    updateRecentMenu();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *palette = m_viewMenu->addAction(tr("&Go to Anything…"), this, &MainWindow::openCommandPalette);
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_collapseSidebar = m_viewMenu->addAction(tr("&Icons-Only Sidebar"));
    m_collapseSidebar->setObjectName(QStringLiteral("collapseSidebar"));
    m_collapseSidebar->setCheckable(true);
    m_collapseSidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_collapseSidebar, &QAction::triggered, this, [this](bool collapsed) {
        m_sidebarChosen = true;
        QSettings().setValue(kSidebarKey, collapsed);
        setSidebarCollapsed(collapsed);
    });
    m_viewMenu->addSeparator();

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *diagnostics = m_helpMenu->addAction(tr("D&iagnostics…"), this, [this] {
        auto *dialog = findChild<DiagnosticsDialog *>(); // one, open beside the window
        if (!dialog) {
            dialog = new DiagnosticsDialog(logging::recentLog(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
    });
    diagnostics->setObjectName(QStringLiteral("diagnostics"));
    m_helpMenu->addAction(tr("&About Mesos Console"), this, [this] {
        QMessageBox::about(this, tr("About Mesos Console"),
                           tr("<h3>Mesos Console %1</h3><p>A native desktop console for Apache "
                              "Mesos and Marathon clusters.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page)
{
    page->setObjectName(id + QStringLiteral("Page"));
    m_pageIds << id;
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, id);
    item->setToolTip(title);

    const int number = m_pageIds.size();
    QAction *action = m_viewMenu->addAction(icon, title, this, [this, id] { showPage(id); });
    if (number <= 10) // Ctrl+1 ... Ctrl+9, then Ctrl+0 for the tenth
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number % 10)));
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::replacePage(const QString &id, QWidget *page)
{
    if (QWidget *old = takePage(id, page))
        old->deleteLater();
}

QWidget *MainWindow::takePage(const QString &id, QWidget *page)
{
    const int index = m_pageIds.indexOf(id);
    if (index < 0)
        return nullptr;
    QWidget *old = m_pages->widget(index);
    const bool wasCurrent = m_pages->currentIndex() == index;
    page->setObjectName(id + QStringLiteral("Page"));
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->hide();
    old->setParent(nullptr);
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
    return old;
}

void MainWindow::showPage(const QString &id)
{
    const int index = m_pageIds.indexOf(id);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

QString MainWindow::currentPageId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_pageIds.size() ? m_pageIds.at(row) : QString();
}

QWidget *MainWindow::page(const QString &id) const
{
    const int index = m_pageIds.indexOf(id);
    return index >= 0 ? m_pages->widget(index) : nullptr;
}

QStringList MainWindow::pageIds() const
{
    return m_pageIds;
}

void MainWindow::addPaletteSource(std::function<QList<PaletteEntry>()> source)
{
    m_paletteSources.append(std::move(source));
}

void MainWindow::openCommandPalette()
{
    QList<PaletteEntry> entries;
    for (int i = 0; i < m_pageIds.size(); ++i) {
        const QString id = m_pageIds.at(i);
        entries.append({ m_navigation->item(i)->text(), tr("View"), [this, id] { showPage(id); } });
    }
    for (const auto &source : std::as_const(m_paletteSources))
        entries.append(source());
    auto *palette = new CommandPalette(std::move(entries), this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    palette->show();
}

void MainWindow::showBanner(const QString &text, BannerKind kind)
{
    m_bannerKind = kind;
    m_banner->setText(text);
    applyColors();
    m_banner->show();
    Q_EMIT bannerShown(text, kind);
}

void MainWindow::applyColors()
{
    const QString navigation = QStringLiteral(
        "QListWidget#navigation { background: %1; border-right: 1px solid %2; padding-top: 8px; }"
        "QListWidget#navigation::item { padding: 6px 10px; border-radius: 4px; margin: 0 6px; color: %3; }"
        "QListWidget#navigation::item:selected { background: %4; color: %5; }");
    const QPalette p = palette();
    m_navigation->setStyleSheet(navigation.arg(
        p.color(QPalette::Window).name(), p.color(QPalette::Mid).name(), p.color(QPalette::WindowText).name(),
        p.color(QPalette::Highlight).name(), p.color(QPalette::HighlightedText).name()));
    // Background, text, border per kind, from the state palette of this theme.
    using Surface = models::StateColorPalette::Surface;
    const Surface surface = m_bannerKind == BannerKind::Error ? Surface::Error
        : m_bannerKind == BannerKind::Warning                 ? Surface::Warning
                                                              : Surface::Info;
    const models::StateColorPalette::SurfaceColors c = models::StateColorPalette(p).surface(surface);
    m_banner->setStyleSheet(QStringLiteral("QLabel#banner { padding: 8px 12px; background: %1; color: %2; "
                                           "border-bottom: 1px solid %3; }")
                                .arg(c.background.name(), c.text.name(), c.border.name()));
}

void MainWindow::setSidebarCollapsed(bool collapsed)
{
    m_sidebarCollapsed = collapsed;
    m_collapseSidebar->setChecked(collapsed);
    m_navigation->setFixedWidth(collapsed ? kCollapsedNavigationWidth : kNavigationWidth);
    m_navigation->doItemsLayout();
    m_navigation->viewport()->update();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // A theme change reaches the widgets whose style sheets name colours, and the menus.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyColors();
        menuBar()->setPalette(palette());
        for (QMenu *menu : menuBar()->findChildren<QMenu *>())
            menu->setPalette(palette());
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    const bool narrow = width() < kCollapseBelowWidth;
    if (!m_sidebarChosen && narrow != m_sidebarCollapsed)
        setSidebarCollapsed(narrow);
}

void MainWindow::hideBanner()
{
    m_banner->hide();
    m_banner->clear();
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void MainWindow::setWorkspacePath(const QString &path)
{
    m_workspacePath = path;
    if (!path.isEmpty()) {
        QSettings settings;
        QStringList recent = settings.value(kRecentKey).toStringList();
        recent.removeAll(path);
        recent.prepend(path);
        while (recent.size() > kMaxRecentWorkspaces)
            recent.removeLast();
        settings.setValue(kRecentKey, recent);
    }
    updateRecentMenu();
    updateTitle();
}

QString MainWindow::workspacePath() const
{
    return m_workspacePath;
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QFileInfo(m_workspacePath).absolutePath(),
        tr("Workspaces and Ansible inventories (*.mcw.yaml *.yaml *.yml *.ini hosts);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openWorkspaceRequested(path);
}

void MainWindow::updateTitle()
{
    const QString name
        = m_workspacePath.isEmpty() ? tr("No workspace") : QFileInfo(m_workspacePath).fileName();
    setWindowTitle(m_clusterTitle.isEmpty() ? tr("%1 — Mesos Console").arg(name)
                                            : tr("[%1] %2 — Mesos Console").arg(m_clusterTitle, name));
}

void MainWindow::setClusterBadge(const QString &name, const QString &mode, const QColor &colour)
{
    if (!m_clusterBadge) {
        m_clusterBadge = new QLabel(this);
        m_clusterBadge->setObjectName(QStringLiteral("clusterBadge"));
        m_clusterBadge->setAccessibleName(tr("Cluster and mode"));
        m_clusterBadge->setToolTip(tr("The cluster of this workspace and what may be changed on it (Cluster "
                                      "Settings)."));
        statusBar()->insertPermanentWidget(0, m_clusterBadge);
    }
    m_clusterTitle = name.isEmpty() ? QString() : tr("%1 · %2").arg(name, mode);
    m_clusterBadge->setText(m_clusterTitle);
    m_clusterBadge->setVisible(!m_clusterTitle.isEmpty());
    if (colour.isValid()) {
        // Text in black or white, whichever reads on the colour.
        const QColor text = models::StateColorPalette::readableTextOn(colour);
        m_clusterBadge->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; padding: 1px 8px; "
                           "border-radius: 3px; }")
                .arg(colour.name(), text.name()));
    } else {
        m_clusterBadge->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; padding: 1px 8px; }"));
    }
    updateTitle();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(path, this, [this, path] { Q_EMIT openWorkspaceRequested(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    if (settings.contains(kSidebarKey)) {
        m_sidebarChosen = true;
        setSidebarCollapsed(settings.value(kSidebarKey).toBool());
    }
    const QString page = settings.value(kPageKey).toString();
    if (!page.isEmpty())
        showPage(page);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, currentPageId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace mc::widgets
