#include "widgets/apps/VersionsPane.h"

#include "core/marathon/AppVersions.h"
#include "core/marathon/MarathonClient.h"
#include "widgets/apps/AppActions.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/common/DiffHighlighter.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {

constexpr int kVersionRole = Qt::UserRole + 1;

} // namespace

VersionsPane::VersionsPane(marathon::MarathonClient *client, AppActions *actions, AppsPage *page,
                           ChangeGuard *guard, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_actions(actions)
    , m_page(page)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_diff(new QPlainTextEdit(this))
    , m_apply(new QPushButton(tr("Apply this version"), this))
{
    setObjectName(QStringLiteral("versionsPane"));
    m_summary->setObjectName(QStringLiteral("versionsSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("versionsList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Versions"));
    m_diff->setObjectName(QStringLiteral("versionDiff"));
    m_diff->setAccessibleName(tr("Difference between versions"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFont(QStringLiteral("monospace")));
    new DiffHighlighter(m_diff->document());
    m_apply->setObjectName(QStringLiteral("applyVersionButton"));
    m_apply->setToolTip(tr("Deploy the picked version of the app (its difference to the running one is "
                           "shown)"));
    m_apply->setEnabled(false);
    if (guard)
        guard->guard(m_apply);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_apply);
    auto *row = new QHBoxLayout;
    row->addLayout(left, 1);
    row->addWidget(m_diff, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(row, 1);

    connect(m_list, &QListWidget::itemSelectionChanged, this, &VersionsPane::compare);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const QStringList versions = picked();
        if (versions.size() == 1 && m_actions)
            m_actions->confirmApplyVersion(m_appId, versions.first());
    });
    // An applied version is a new one: listed once Marathon took it.
    connect(actions, &AppActions::noticed, this, [this](const cluster::Notice &notice) {
        if (!m_appId.isEmpty() && notice.appId == m_appId)
            reload();
    });
    page->apps()->addDetailsTab(this, tr("Versions"));
    connect(page->apps(), &DetailTable::selectionChanged, this, [this] {
        if (m_page && m_page->apps()->selectedId() != m_appId)
            showApp(m_page->apps()->selectedId());
    });
    // An applied version, a scale or an edit makes a new version: read them again when one shows.
    connect(page->apps()->detailsTabs(), &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            reload();
    });
    showApp({});
}

void VersionsPane::reload()
{
    const QString appId = m_appId;
    m_appId.clear();
    showApp(appId);
}

void VersionsPane::showApp(const QString &appId)
{
    if (appId == m_appId)
        return;
    m_appId = appId;
    ++m_generation;
    m_versions.clear();
    m_definitions.clear();
    m_list->clear();
    m_diff->clear();
    m_apply->setEnabled(false);
    if (appId.isEmpty()) {
        m_summary->setText(tr("Select an app to see its versions."));
        return;
    }
    m_summary->setText(tr("Reading the versions of %1…").arg(appId));
    m_client->fetchVersions(
        appId, this, [this, generation = m_generation, appId](Result<QStringList> versions) {
            if (generation != m_generation)
                return;
            if (!versions.ok()) {
                m_summary->setText(versions.error().message);
                return;
            }
            m_versions = versions.value();
            for (qsizetype i = m_versions.size() - 1; i >= 0; --i) {
                const QString &v = m_versions.at(i);
                const QDateTime time = QDateTime::fromString(v, Qt::ISODateWithMs);
                // Versions can be a second apart or less: milliseconds tell them apart.
                const QString when = time.isValid()
                    ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                    : v;
                auto *item = new QListWidgetItem(
                    i == m_versions.size() - 1 ? tr("%1 (running)").arg(when) : when, m_list);
                item->setData(kVersionRole, v);
                item->setToolTip(v);
            }
            m_summary->setText(tr("%1 has %n version(s). Pick one to see what applying it changes, or two to "
                                  "compare them.",
                                  nullptr, int(m_versions.size()))
                                   .arg(appId));
        });
}

QStringList VersionsPane::picked() const
{
    QStringList versions;
    for (const QListWidgetItem *item : m_list->selectedItems())
        versions << item->data(kVersionRole).toString();
    return marathon::sortedVersions(versions);
}

void VersionsPane::withVersion(const QString &version, const std::function<void(const QJsonObject &)> &then)
{
    if (m_definitions.contains(version))
        return then(m_definitions.value(version));
    m_client->fetchVersion(m_appId, version, this,
                           [this, generation = m_generation, version, then](Result<QJsonObject> definition) {
                               if (generation != m_generation)
                                   return;
                               if (!definition.ok()) {
                                   m_diff->setPlainText(definition.error().message);
                                   return;
                               }
                               m_definitions.insert(version, definition.value());
                               then(definition.value());
                           });
}

void VersionsPane::compare()
{
    const QStringList versions = picked();
    m_apply->setEnabled(versions.size() == 1 && versions.first() != m_versions.value(m_versions.size() - 1));
    if (versions.isEmpty() || versions.size() > 2 || m_versions.isEmpty()) {
        m_diff->setPlainText(versions.size() > 2 ? tr("Pick one version, or two to compare.") : QString());
        return;
    }
    const QString older = versions.size() == 2 ? versions.at(0) : m_versions.constLast();
    const QString newer = versions.size() == 2 ? versions.at(1) : versions.at(0);
    const QString olderName = versions.size() == 2 ? QStringLiteral("%1 %2").arg(m_appId, older)
                                                   : tr("%1 (running)").arg(m_appId);
    const QString appId = m_appId;
    withVersion(older, [this, older, newer, olderName, appId](const QJsonObject &a) {
        withVersion(newer, [this, a, newer, olderName, appId](const QJsonObject &b) {
            const QString text
                = marathon::versionDiff(a, b, olderName, QStringLiteral("%1 %2").arg(appId, newer));
            m_diff->setPlainText(text.isEmpty() ? tr("The definitions are the same (the versions differ in "
                                                     "scaling or a restart only).")
                                                : text);
        });
    });
}

} // namespace mc::widgets
