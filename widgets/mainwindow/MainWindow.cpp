#include "widgets/mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
constexpr int kNavigationWidth = 190;
constexpr int kNavigationIconSize = 22;
constexpr int kMaxRecentWorkspaces = 8;
constexpr QSize kDefaultWindowSize { 1200, 780 };

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
const QString kRecentKey = QStringLiteral("workspace/recent");
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
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); border-right: 1px solid palette(mid);"
        " padding-top: 8px; }"
        "QListWidget#navigation::item { padding: 8px 10px; border-radius: 4px; margin: 0 6px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    outer->addWidget(m_navigation);

    auto *right = new QWidget(central);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_banner = new QLabel(right);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    rightLayout->addWidget(m_banner);
    m_pages = new QStackedWidget(right);
    rightLayout->addWidget(m_pages, 1);
    outer->addWidget(right, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pageIds.size())
            return;
        m_pages->setCurrentIndex(row);
        emit currentPageChanged(m_pageIds.at(row));
    });

    buildMenus();
    statusBar()->showMessage(tr("Not connected to a cluster"));
    resize(kDefaultWindowSize);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = m_fileMenu->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    QAction *connectCluster
        = m_fileMenu->addAction(tr("&Connect to Cluster…"), this, &MainWindow::connectRequested);
    connectCluster->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_fileMenu->addSeparator();
    QAction *settings = m_fileMenu->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    updateRecentMenu();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *palette = m_viewMenu->addAction(tr("&Go to Anything…"), this, &MainWindow::openCommandPalette);
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_viewMenu->addSeparator();

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
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
    if (number <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::replacePage(const QString &id, QWidget *page)
{
    const int index = m_pageIds.indexOf(id);
    if (index < 0)
        return;
    QWidget *old = m_pages->widget(index);
    const bool wasCurrent = m_pages->currentIndex() == index;
    page->setObjectName(id + QStringLiteral("Page"));
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
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
    QString colors;
    switch (kind) {
    case BannerKind::Info:
        colors = QStringLiteral("background: #e8f0fe; color: #1a3e72; border-bottom: 1px solid #b6cdf5;");
        break;
    case BannerKind::Warning:
        colors = QStringLiteral("background: #fff4e0; color: #6b4200; border-bottom: 1px solid #f0c987;");
        break;
    case BannerKind::Error:
        colors = QStringLiteral("background: #fde8e8; color: #7a1515; border-bottom: 1px solid #f3b4b4;");
        break;
    }
    m_banner->setStyleSheet(QStringLiteral("QLabel#banner { padding: 8px 12px; %1 }").arg(colors));
    m_banner->setText(text);
    m_banner->show();
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
        emit openWorkspaceRequested(path);
}

void MainWindow::updateTitle()
{
    const QString name
        = m_workspacePath.isEmpty() ? tr("No workspace") : QFileInfo(m_workspacePath).fileName();
    setWindowTitle(tr("%1 — Mesos Console").arg(name));
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(path, this, [this, path] { emit openWorkspaceRequested(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
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
