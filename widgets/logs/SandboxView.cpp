#include "widgets/logs/SandboxView.h"

#include "core/logs/SandboxBrowser.h"
#include "models/logs/SandboxModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace mc::widgets {

SandboxView::SandboxView(logs::SandboxBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_browser(browser)
    , m_tree(new QTreeView(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_download(new QPushButton(tr("Download…"), this))
    , m_status(new QLabel(this))
{
    browser->setParent(this);
    m_model = new models::SandboxModel(
        [browser](const QString &dir, QObject *context, logs::SandboxBrowser::Listed done) {
            browser->list(dir, context, std::move(done));
        },
        this);
    m_tree->setObjectName(QStringLiteral("sandboxTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(models::SandboxModel::Name, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c : { models::SandboxModel::Size, models::SandboxModel::Modified, models::SandboxModel::Mode })
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Sandbox files"));

    m_open->setObjectName(QStringLiteral("sandboxOpen"));
    m_open->setToolTip(tr("Show the selected file in the log viewer, followed while the task runs"));
    m_download->setObjectName(QStringLiteral("sandboxDownload"));
    m_download->setToolTip(tr("Save the whole selected file on this computer"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("sandboxRefresh"));
    refresh->setToolTip(tr("List the sandbox again"));
    m_status->setObjectName(QStringLiteral("sandboxStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_open);
    bar->addWidget(m_download);
    bar->addWidget(refresh);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString file = selectedFile(); !file.isEmpty())
            Q_EMIT openRequested(file);
    });
    connect(m_download, &QPushButton::clicked, this, [this] {
        const QString file = selectedFile();
        if (file.isEmpty())
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Download File"), file.section(u'/', -1));
        if (!path.isEmpty())
            download(file, path);
    });
    connect(refresh, &QPushButton::clicked, this, [this] {
        m_browser->refresh();
        m_status->setText(tr("Listing…"));
        m_model->reload();
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(models::SandboxModel::IsDirectoryRole).toBool())
            Q_EMIT openRequested(index.data(models::SandboxModel::RelativePathRole).toString());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SandboxView::updateButtons);
    connect(m_model, &models::SandboxModel::listed, this, [this](const QString &dir) {
        if (!dir.isEmpty() || m_model->isLoading())
            return;
        const auto &sandbox = m_browser->sandbox();
        m_status->setText(
            sandbox && sandbox->taskEnded
                ? tr("%1 has ended; its sandbox stays on the agent until it is garbage-collected.")
                      .arg(m_browser->task().taskId)
                : tr("%1 on %2").arg(m_browser->remotePath({}), m_browser->agentUrl().authority()));
    });
    connect(m_model, &models::SandboxModel::failed, this,
            [this](const QString &, const QString &message) { m_status->setText(message); });
    updateButtons();
    m_status->setText(tr("Listing the sandbox of %1…").arg(browser->task().taskId));
    m_model->reload();
}

QString SandboxView::selectedFile() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.size() != 1 || rows.first().data(models::SandboxModel::IsDirectoryRole).toBool())
        return {};
    return rows.first().data(models::SandboxModel::RelativePathRole).toString();
}

void SandboxView::download(const QString &relativePath, const QString &localPath)
{
    Q_EMIT downloadRequested(m_browser->downloadUrl(relativePath), localPath);
}

void SandboxView::updateButtons()
{
    const bool file = !selectedFile().isEmpty();
    m_open->setEnabled(file);
    m_download->setEnabled(file);
}

} // namespace mc::widgets
