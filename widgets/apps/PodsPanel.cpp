#include "widgets/apps/PodsPanel.h"

#include "models/apps/PodsModel.h"
#include "widgets/apps/JsonEditDialog.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/common/ConfirmDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {

using marathon::ActionResult;
using marathon::MarathonClient;

// What a new pod starts from in the editor: one container running a command.
QJsonObject podTemplate()
{
    return QJsonObject {
        { QStringLiteral("id"), QStringLiteral("/my-pod") },
        { QStringLiteral("scaling"),
          QJsonObject { { QStringLiteral("kind"), QStringLiteral("fixed") },
                        { QStringLiteral("instances"), 1 } } },
        { QStringLiteral("containers"),
          QJsonArray { QJsonObject {
              { QStringLiteral("name"), QStringLiteral("main") },
              { QStringLiteral("resources"),
                QJsonObject { { QStringLiteral("cpus"), 0.1 }, { QStringLiteral("mem"), 32 } } },
              { QStringLiteral("exec"),
                QJsonObject {
                    { QStringLiteral("command"),
                      QJsonObject { { QStringLiteral("shell"), QStringLiteral("sleep 3600") } } } } } } } },
        { QStringLiteral("networks"),
          QJsonArray { QJsonObject { { QStringLiteral("mode"), QStringLiteral("host") } } } }
    };
}

} // namespace

PodsPanel::PodsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::PodsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_notice(new QLabel(this))
    , m_details(new QLabel(this))
    , m_create(new QPushButton(tr("Create…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_scale(new QPushButton(tr("Scale…"), this))
    , m_restart(new QPushButton(tr("Restart"), this))
    , m_destroy(new QPushButton(tr("Destroy"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("podsPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("podsTable"));
    m_table->setAccessibleName(tr("Pods"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::PodsModel::Id, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(models::PodsModel::Id, 200);
    m_notice->setObjectName(QStringLiteral("podsNotice"));
    m_notice->setWordWrap(true);
    m_notice->setText(tr("Reading the pods…"));
    m_details->setObjectName(QStringLiteral("podDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QList<std::pair<QPushButton *, const char *>> buttons {
        { m_create, "podCreateButton" },   { m_edit, "podEditButton" },       { m_scale, "podScaleButton" },
        { m_restart, "podRestartButton" }, { m_destroy, "podDestroyButton" },
    };
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    for (const auto &[button, name] : buttons) {
        button->setObjectName(QLatin1String(name));
        bar->addWidget(button);
    }
    bar->addStretch(1);
    m_create->setToolTip(tr("Create a pod from its JSON definition"));
    m_edit->setToolTip(tr("Edit the selected pod's JSON: review the change, then apply it"));
    m_scale->setToolTip(tr("Set the selected pod's number of instances"));
    m_restart->setToolTip(
        tr("Replace every instance of the selected pod (a new version of the same definition)"));
    m_destroy->setToolTip(tr("Destroy the selected pod and its instances"));
    connect(m_create, &QPushButton::clicked, this, &PodsPanel::create);
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(selectedPodId()); });
    connect(m_scale, &QPushButton::clicked, this, [this] { scale(selectedPodId()); });
    connect(m_restart, &QPushButton::clicked, this, [this] { confirmRestart(selectedPodId()); });
    connect(m_destroy, &QPushButton::clicked, this, [this] { confirmDestroy(selectedPodId()); });

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateControls();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PodsPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateControls();
        updateDetails();
    });

    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &PodsPanel::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    updateControls();
    updateDetails();
}

PodsPanel::~PodsPanel() = default;

void PodsPanel::setClient(MarathonClient *client)
{
    m_client = client;
    updateControls();
    if (isVisible())
        refresh();
}

void PodsPanel::setGuard(ChangeGuard *guard)
{
    m_guard = guard;
    for (QPushButton *b : { m_create, m_edit, m_scale, m_restart, m_destroy })
        guard->guard(b);
    connect(guard, &ChangeGuard::changed, this, &PodsPanel::updateControls);
    updateControls();
}

void PodsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void PodsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

QString PodsPanel::selectedPodId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(models::IdRole).toString() : QString();
}

bool PodsPanel::selectPod(const QString &podId)
{
    const int row = m_model->rowOf(podId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void PodsPanel::refresh()
{
    if (!m_client) {
        m_notice->setText(tr("No Marathon is connected."));
        m_notice->show();
        return;
    }
    if (m_reading)
        return;
    m_reading = true;
    m_client->fetchPods(this, [this](Result<marathon::PodsAnswer> answer) {
        m_reading = false;
        const bool usable = answer.ok() && answer->supported;
        if (!answer.ok()) {
            m_notice->setText(tr("The pods could not be read: %1").arg(answer.error().message));
            m_notice->setToolTip(answer.error().detail);
            m_notice->show();
        } else if (!answer->supported) {
            m_model->setPods({});
            m_notice->setText(
                tr("This Marathon has no pods: they came with Marathon 1.4 (GET /v2/pods answered "
                   "404)."));
            m_notice->setToolTip({});
            m_notice->show();
        } else {
            const bool none = answer->pods.empty();
            m_model->setPods(std::move(answer).value().pods);
            m_notice->setText(none ? tr("No pods. Create… starts one from its JSON definition.") : QString());
            m_notice->setToolTip({});
            m_notice->setVisible(none);
        }
        m_table->setEnabled(usable);
        updateControls();
        updateDetails();
        Q_EMIT refreshed();
    });
}

void PodsPanel::updateControls()
{
    const bool readOnly = m_guard && m_guard->isReadOnly();
    const QString id = selectedPodId();
    const bool usable = m_client && m_table->isEnabled();
    const QString noPod = tr("Select a pod first");
    for (QPushButton *b : { m_edit, m_scale, m_restart, m_destroy }) {
        b->setEnabled(usable && !id.isEmpty() && !readOnly);
        b->setStatusTip(id.isEmpty() ? noPod : QString());
    }
    m_create->setEnabled(usable && !readOnly);
}

QStringList PodsPanel::describeInstances(const QString &podId) const
{
    QStringList lines;
    const marathon::PodStatus *pod = m_model->pod(podId);
    if (!pod)
        return lines;
    for (const marathon::PodInstanceStatus &i : pod->instances) {
        QStringList tasks;
        for (const marathon::PodContainerStatus &c : i.containers)
            tasks << tr("%1 (%2)").arg(c.containerId, c.status);
        lines << tr("%1 on %2: %3").arg(i.id, i.agentHostname, tasks.join(QStringLiteral(", ")));
    }
    return lines;
}

void PodsPanel::updateDetails()
{
    const QString id = selectedPodId();
    const marathon::PodStatus *pod = id.isEmpty() ? nullptr : m_model->pod(id);
    if (!pod) {
        m_details->setText(tr("Select a pod for its instances and their tasks."));
        return;
    }
    QString text
        = tr("<b>%1</b> %2 · version %3 · %4 of %n instance(s) stable", nullptr, pod->spec.instances)
              .arg(id.toHtmlEscaped(), pod->status.toHtmlEscaped(), pod->spec.version.toHtmlEscaped())
              .arg(pod->stableInstances());
    for (const QString &line : describeInstances(id))
        text += QStringLiteral("<br>") + line.toHtmlEscaped();
    m_details->setText(text);
}

bool PodsPanel::askAboutPod(const QString &podId, const QString &title, const QString &question,
                            const QString &consequence, const QString &acceptText)
{
    Confirmation c;
    c.title = title;
    c.question = question;
    c.objects = describeInstances(podId);
    c.consequence = consequence;
    c.acceptText = acceptText;
    return ask(c);
}

bool PodsPanel::ask(const Confirmation &confirmation)
{
    return m_confirm ? m_confirm(confirmation) : confirm(window(), confirmation);
}

void PodsPanel::tell(const QString &title, const ActionResult &result, const QString &done)
{
    cluster::Notice n;
    n.kind = cluster::Notice::Kind::Message;
    n.title = title;
    if (result.ok()) {
        n.severity = cluster::Notice::Severity::Info;
        n.text = result.outcome->deploymentId.isEmpty()
            ? done
            : tr("%1 (deployment %2)").arg(done, result.outcome->deploymentId);
    } else {
        n.severity = cluster::Notice::Severity::Error;
        QStringList lines { result.outcome.error().message };
        for (const marathon::FieldError &f : result.fieldErrors)
            lines << tr("%1: %2").arg(f.path, f.message);
        n.text = lines.join(u'\n');
    }
    Q_EMIT noticed(n);
    refresh();
}

void PodsPanel::create()
{
    if (!m_client)
        return;
    auto *dialog = new JsonEditDialog(
        QStringLiteral("pod"), QString(), podTemplate(),
        { tr("Create pod"), tr("A pod must be a JSON object."), QString(),
          tr("Apply creates the pod: Marathon starts its instances in one deployment.") },
        [client = m_client](const QJsonObject &pod, bool, QObject *context, MarathonClient::Callback done) {
            if (client) // a new pod has no deployment in its way
                client->createPod(pod, context, std::move(done));
        },
        window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JsonEditDialog::submitted, this, [this](const marathon::DeploymentRef &ref) {
        ActionResult r;
        r.outcome = ref;
        tell(tr("Pod created"), r, tr("Created pod %1").arg(ref.appId));
    });
    dialog->show();
}

void PodsPanel::edit(const QString &podId)
{
    if (!m_client || podId.isEmpty())
        return;
    m_client->fetchPod(podId, this, [this, podId](Result<QJsonObject> pod) {
        if (!pod.ok()) {
            ActionResult failed;
            failed.outcome = pod.error();
            tell(tr("Pod not edited"), failed, {});
            return;
        }
        auto *dialog = new JsonEditDialog(
            QStringLiteral("pod"), podId, MarathonClient::podForUpdate(pod.value()),
            { tr("Edit pod %1").arg(podId), tr("A pod must be a JSON object."),
              tr("The id must stay %1 (a new id is a new pod: Create… it).").arg(podId),
              tr("Apply sends this definition to Marathon: a new version of %1 whose instances replace the "
                 "running ones (only scaling changed: a scale).")
                  .arg(podId) },
            [client = m_client](const QJsonObject &edited, bool force, QObject *context,
                                MarathonClient::Callback done) {
                if (client)
                    client->updatePod(edited, force, context, std::move(done));
            },
            window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &JsonEditDialog::submitted, this, [this, podId](const marathon::DeploymentRef &ref) {
            ActionResult r;
            r.outcome = ref;
            tell(tr("Pod updated"), r, tr("Updated pod %1").arg(podId));
        });
        dialog->show();
    });
}

void PodsPanel::scale(const QString &podId)
{
    const marathon::PodStatus *pod = m_model->pod(podId);
    if (!m_client || !pod)
        return;
    const int current = pod->spec.instances;
    std::optional<int> wanted;
    if (m_askInstances) {
        wanted = m_askInstances(podId, current);
    } else {
        bool ok = false;
        const int n = QInputDialog::getInt(window(), tr("Scale pod"), tr("Instances of %1:").arg(podId),
                                           current, 0, 100000, 1, &ok);
        if (ok)
            wanted = n;
    }
    if (!wanted || *wanted == current)
        return;
    if (*wanted < current) {
        if (!askAboutPod(
                podId, tr("Scale down %1?").arg(podId),
                tr("Scale pod %1 from %2 to %3 instances?").arg(podId).arg(current).arg(*wanted),
                tr("Marathon kills %n instance(s) and their containers' tasks.", nullptr, current - *wanted),
                tr("Scale to %1").arg(*wanted)))
            return;
    }
    const int n = *wanted;
    m_client->scalePod(podId, n, false, this, [this, podId, n](const ActionResult &r) {
        tell(r.ok() ? tr("Pod scaled") : tr("Pod not scaled"), r,
             tr("Scaling pod %1 to %2").arg(podId).arg(n));
    });
}

void PodsPanel::confirmRestart(const QString &podId)
{
    if (!m_client || podId.isEmpty())
        return;
    if (!askAboutPod(podId, tr("Restart %1?").arg(podId), tr("Restart pod %1?").arg(podId),
                     tr("Marathon starts new instances and then kills these, with their containers' tasks."),
                     tr("Restart")))
        return;
    m_client->restartPod(podId, false, this, [this, podId](const ActionResult &r) {
        tell(r.ok() ? tr("Pod restarting") : tr("Pod not restarted"), r, tr("Restarting pod %1").arg(podId));
    });
}

void PodsPanel::confirmDestroy(const QString &podId)
{
    if (!m_client || podId.isEmpty())
        return;
    if (!askAboutPod(podId, tr("Destroy %1?").arg(podId), tr("Destroy pod %1?").arg(podId),
                     tr("Marathon kills every instance and forgets the pod."), tr("Destroy")))
        return;
    m_client->destroyPod(podId, false, this, [this, podId](const ActionResult &r) {
        tell(r.ok() ? tr("Pod destroyed") : tr("Pod not destroyed"), r, tr("Destroying pod %1").arg(podId));
    });
}

} // namespace mc::widgets
