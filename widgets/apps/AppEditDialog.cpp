#include "widgets/apps/AppEditDialog.h"

#include "widgets/apps/RowTable.h"
#include "widgets/common/DiffHighlighter.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/common/FormNames.h"
#include "widgets/common/ThemeFollow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mc::widgets {

using namespace mc::marathon;

namespace {

bool truthy(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"yes" || t == u"true" || t == u"1" || t == u"y";
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// Fills `table` with a row per item of `items`, as `toRow` writes it.
template<typename Items, typename ToRow> void setRowsOf(RowTable *table, const Items &items, ToRow toRow)
{
    QList<QStringList> rows;
    for (const auto &item : items)
        rows.append(toRow(item));
    table->setRows(rows);
}

QDoubleSpinBox *doubleSpin(double max, int decimals, double step, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, max);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    return spin;
}

} // namespace

AppEditDialog::AppEditDialog(MarathonClient *client, const AppDefinition &initial,
                             const QJsonObject &original, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_original(original)
    , m_base(initial)
    , m_editing(!original.isEmpty())
    , m_tabs(new QTabWidget(this))
    , m_banner(new QLabel(this))
    , m_force(new QPushButton(tr("Force the change"), this))
    , m_wait(new QPushButton(tr("Wait, then retry"), this))
    , m_waitTimer(new QTimer(this))
{
    setWindowTitle(m_editing ? tr("Edit app %1").arg(initial.absoluteId()) : tr("Launch an app"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->hide();
    m_force->hide();
    m_wait->hide();
    m_force->setToolTip(
        tr("Retry with ?force=true: cancels the running deployment (tasks of both versions may "
           "run for a while)."));
    m_waitTimer->setInterval(2000);

    m_tabs->addTab(buildForm(), tr("Form"));
    auto *jsonPage = new QWidget(this);
    m_json = new QPlainTextEdit(jsonPage);
    m_json->setAccessibleName(tr("App definition as JSON"));
    m_json->setFont(QFont(QStringLiteral("monospace")));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *jsonError = new ElidedLabel(jsonPage);
    jsonError->setMaximumLines(0); // every line of the problem, wrapped
    m_jsonError = jsonError;
    setStateTextColor(m_jsonError, models::StateColorPalette::Role::Error);
    m_jsonError->hide();
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->addWidget(new QLabel(tr("The request body as Marathon's and its CLIs' .json files have it. "
                                        "Fields the form does not show are kept."),
                                     jsonPage));
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addWidget(m_jsonError);
    m_tabs->addTab(jsonPage, tr("JSON"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &AppEditDialog::onTabChanged);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok
        = m_buttons->addButton(m_editing ? tr("Save") : tr("Launch"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("submit")); // Launch or Save
    ok->setDefault(true);
    QPushButton *import = m_buttons->addButton(tr("Import…"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton = m_buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_confirmedBody = {}; // Save shows the change again, even one applied before
        submit(false);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import app definition"), {},
                                                          tr("Marathon app (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        if (const Status s = importFile(path); !s.ok())
            showBanner(s.error().message.toHtmlEscaped(), false);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export app definition"),
            definition().absoluteId().mid(1).replace(u'/', u'-') + u".json", tr("Marathon app (*.json)"));
        if (path.isEmpty())
            return;
        if (const Status s = exportFile(path); !s.ok())
            showBanner(s.error().message.toHtmlEscaped(), false);
    });
    connect(m_force, &QPushButton::clicked, this, [this] {
        m_waitTimer->stop();
        submit(true);
    });
    connect(m_wait, &QPushButton::clicked, this, [this] {
        m_wait->setEnabled(false);
        m_waitTimer->start();
        showBanner(tr("Waiting for the running deployment to finish; the change is sent then…"), true);
    });
    connect(m_waitTimer, &QTimer::timeout, this, &AppEditDialog::retryWhenUnlocked);

    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_wait);
    bannerRow->addWidget(m_force);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bannerRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    resize(760, 720);
    m_preview = buildPreview();

    setDefinition(initial);
    m_id->setReadOnly(m_editing);
}

QWidget *AppEditDialog::field(QWidget *editor, const QString &path)
{
    auto *box = new QWidget(editor->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    editor->setParent(box);
    layout->addWidget(editor);
    auto *error = new QLabel(box);
    setStateTextColor(error, models::StateColorPalette::Role::Error);
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    m_errorLabels.insert(path, error);
    return box;
}

QWidget *AppEditDialog::buildForm()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    addBasicRows(page, form);
    addTableRows(page, form);
    QFormLayout *upgradeForm = addUpgradeRows(page, form);
    m_networkName->setAccessibleName(tr("Network name"));
    nameFormFields(form);
    nameFormFields(upgradeForm);

    scroll->setWidget(page);
    return scroll;
}

void AppEditDialog::addBasicRows(QWidget *page, QFormLayout *form)
{
    m_id = new QLineEdit(page);
    m_id->setPlaceholderText(QStringLiteral("/prod/web"));
    m_image = new QLineEdit(page);
    m_image->setPlaceholderText(QStringLiteral("nginx:1.25"));
    m_forcePull = new QCheckBox(tr("Always pull the image"), page);
    m_network = new QComboBox(page);
    m_network->addItem(tr("host"), int(NetworkMode::Host));
    m_network->addItem(tr("bridge"), int(NetworkMode::Bridge));
    m_network->addItem(tr("user (named network)"), int(NetworkMode::User));
    m_networkName = new QLineEdit(page);
    m_networkName->setPlaceholderText(tr("network name (user mode)"));
    m_cpus = doubleSpin(1024, 2, 0.05, page);
    m_mem = doubleSpin(1024 * 1024, 0, 64, page);
    m_mem->setSuffix(tr(" MiB"));
    m_disk = doubleSpin(1024 * 1024 * 16, 0, 128, page);
    m_disk->setSuffix(tr(" MiB"));
    m_instances = new QSpinBox(page);
    m_instances->setRange(0, 100000);
    m_cmd = new QLineEdit(page);
    m_cmd->setPlaceholderText(tr("empty: the image's entrypoint; runs under /bin/sh -c"));
    m_args = new QLineEdit(page);
    m_args->setPlaceholderText(tr("arguments instead of a command, e.g. --port 8080"));

    auto *networkRow = new QWidget(page);
    auto *networkLayout = new QHBoxLayout(networkRow);
    networkLayout->setContentsMargins(0, 0, 0, 0);
    m_network->setParent(networkRow);
    m_networkName->setParent(networkRow);
    networkLayout->addWidget(m_network);
    networkLayout->addWidget(m_networkName, 1);

    auto *resources = new QWidget(page);
    auto *resourcesLayout = new QHBoxLayout(resources);
    resourcesLayout->setContentsMargins(0, 0, 0, 0);
    const auto addResource = [&](const QString &label, QWidget *editor, const QString &path) {
        editor->setParent(resources);
        auto *caption = new QLabel(label, resources);
        caption->setBuddy(editor);
        resourcesLayout->addWidget(caption);
        resourcesLayout->addWidget(field(editor, path), 1);
    };
    addResource(tr("CPUs"), m_cpus, QStringLiteral("/cpus"));
    addResource(tr("Memory"), m_mem, QStringLiteral("/mem"));
    addResource(tr("Disk"), m_disk, QStringLiteral("/disk"));
    addResource(tr("Instances"), m_instances, QStringLiteral("/instances"));

    form->addRow(tr("&ID"), field(m_id, QStringLiteral("/id")));
    form->addRow(tr("Docker &image"), field(m_image, QStringLiteral("/container/docker/image")));
    form->addRow(QString(), m_forcePull);
    form->addRow(tr("&Network"), field(networkRow, QStringLiteral("/networks(0)/name")));
    form->addRow(tr("Resources"), resources);
    form->addRow(tr("&Command"), field(m_cmd, QStringLiteral("/cmd")));
    form->addRow(tr("&Arguments"), field(m_args, QStringLiteral("/args")));
}

void AppEditDialog::addTableRows(QWidget *page, QFormLayout *form)
{
    m_ports = new RowTable(
        { tr("Container port"), tr("Host port"), tr("Service port"), tr("Protocol"), tr("Name") },
        { QStringLiteral("80"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("tcp"), {} }, page);
    m_ports->setToolTip(
        tr("With host networking only the service port (0 = assigned), protocol and name count."));
    m_env = new RowTable({ tr("Variable"), tr("Value") }, {}, page);
    m_labels = new RowTable({ tr("Label"), tr("Value") }, {}, page);
    m_constraints = new RowTable({ tr("Field"), tr("Operator"), tr("Value") },
                                 { QStringLiteral("hostname"), QStringLiteral("UNIQUE"), {} }, page);
    m_constraints->setToolTip(tr("Operators: UNIQUE, CLUSTER, GROUP_BY, LIKE, UNLIKE, MAX_PER, IS"));
    m_health = new RowTable({ tr("Protocol"), tr("Path / cmd"), tr("Port index"), tr("Grace (s)"),
                              tr("Interval (s)"), tr("Timeout (s)"), tr("Max failures") },
                            { QStringLiteral("HTTP"), QStringLiteral("/"), QStringLiteral("0"),
                              QStringLiteral("300"), QStringLiteral("60"), QStringLiteral("20"),
                              QStringLiteral("3") },
                            page);
    m_health->setToolTip(tr("Path for HTTP(S) checks, the command for COMMAND checks. Protocols: HTTP, "
                            "HTTPS, TCP, COMMAND, MESOS_HTTP, MESOS_HTTPS, MESOS_TCP"));
    m_volumes = new RowTable({ tr("Container path"), tr("Host path"), tr("Mode (RW/RO)") },
                             { {}, {}, QStringLiteral("RW") }, page);
    m_fetch = new RowTable({ tr("URI"), tr("Executable"), tr("Extract"), tr("Cache") },
                           { {}, QStringLiteral("no"), QStringLiteral("yes"), QStringLiteral("no") }, page);
    form->addRow(tr("Ports"), m_ports);
    form->addRow(tr("Environment"), m_env);
    form->addRow(tr("Labels"), m_labels);
    form->addRow(tr("Constraints"), m_constraints);
    form->addRow(tr("Health checks"), m_health);
    form->addRow(tr("Volumes"), m_volumes);
    form->addRow(tr("Fetch URIs"), m_fetch);
    m_tablePaths = { { QStringLiteral("/container/portMappings"), m_ports },
                     { QStringLiteral("/portDefinitions"), m_ports },
                     { QStringLiteral("/env"), m_env },
                     { QStringLiteral("/labels"), m_labels },
                     { QStringLiteral("/constraints"), m_constraints },
                     { QStringLiteral("/healthChecks"), m_health },
                     { QStringLiteral("/container/volumes"), m_volumes },
                     { QStringLiteral("/fetch"), m_fetch } };
}

QFormLayout *AppEditDialog::addUpgradeRows(QWidget *page, QFormLayout *form)
{
    m_upgrade = new QGroupBox(tr("Upgrade strategy"), page);
    m_upgrade->setCheckable(true);
    m_minHealth = doubleSpin(1, 2, 0.05, m_upgrade);
    m_maxOver = doubleSpin(1, 2, 0.05, m_upgrade);
    auto *upgradeForm = new QFormLayout(m_upgrade);
    upgradeForm->addRow(tr("Minimum health capacity"),
                        field(m_minHealth, QStringLiteral("/upgradeStrategy/minimumHealthCapacity")));
    upgradeForm->addRow(tr("Maximum over capacity"),
                        field(m_maxOver, QStringLiteral("/upgradeStrategy/maximumOverCapacity")));
    form->addRow(m_upgrade);
    return upgradeForm;
}

void AppEditDialog::setDefinition(const AppDefinition &d)
{
    m_base = d;
    m_id->setText(d.id);
    m_image->setText(d.image);
    m_forcePull->setChecked(d.forcePullImage);
    m_network->setCurrentIndex(m_network->findData(int(d.network)));
    m_networkName->setText(d.networkName);
    m_cpus->setValue(d.cpus);
    m_mem->setValue(d.mem);
    m_disk->setValue(d.disk);
    m_instances->setValue(d.instances);
    m_cmd->setText(d.cmd);
    QStringList quoted;
    for (const QString &a : d.args)
        quoted.append(a.contains(u' ') ? u'"' + a + u'"' : a);
    m_args->setText(quoted.join(u' '));

    setRowsOf(m_ports, d.ports, [](const PortMapping &p) -> QStringList {
        return { QString::number(p.containerPort), QString::number(p.hostPort),
                 QString::number(p.servicePort), p.protocol, p.name };
    });
    const auto pair = [](const QPair<QString, QString> &kv) -> QStringList {
        return { kv.first, kv.second };
    };
    setRowsOf(m_env, d.env, pair);
    setRowsOf(m_labels, d.labels, pair);
    setRowsOf(m_constraints, d.constraints, [](const Constraint &c) -> QStringList {
        return { c.field, c.op, c.value };
    });
    setRowsOf(m_health, d.healthChecks, [](const HealthCheck &h) -> QStringList {
        return { h.protocol,
                 h.protocol == u"COMMAND" ? h.command : h.path,
                 QString::number(h.portIndex),
                 QString::number(h.gracePeriodSeconds),
                 QString::number(h.intervalSeconds),
                 QString::number(h.timeoutSeconds),
                 QString::number(h.maxConsecutiveFailures) };
    });
    setRowsOf(m_volumes, d.volumes, [](const Volume &v) -> QStringList {
        return { v.containerPath, v.hostPath, v.mode };
    });
    setRowsOf(m_fetch, d.fetch, [](const FetchUri &f) -> QStringList {
        return { f.uri, yesNo(f.executable), yesNo(f.extract), yesNo(f.cache) };
    });

    m_upgrade->setChecked(d.upgradeStrategy.has_value());
    const UpgradeStrategy u = d.upgradeStrategy.value_or(UpgradeStrategy {});
    m_minHealth->setValue(u.minimumHealthCapacity);
    m_maxOver->setValue(u.maximumOverCapacity);
    if (m_tabs->currentIndex() == JsonTab)
        m_json->setPlainText(QString::fromUtf8(d.toJsonBytes()));
}

AppDefinition AppEditDialog::definition(QList<FieldError> *errors) const
{
    if (m_tabs->currentIndex() == JsonTab) {
        auto parsed = AppDefinition::fromJsonBytes(m_json->toPlainText().toUtf8());
        if (parsed.ok())
            return std::move(parsed).value();
        if (errors)
            errors->append({ QStringLiteral("/"), parsed.error().message });
        return m_base;
    }
    AppDefinition d = m_base;
    d.id = m_id->text().trimmed();
    d.image = m_image->text().trimmed();
    d.forcePullImage = m_forcePull->isChecked();
    d.network = NetworkMode(m_network->currentData().toInt());
    d.networkName = m_networkName->text().trimmed();
    d.cpus = m_cpus->value();
    d.mem = m_mem->value();
    d.disk = m_disk->value();
    d.instances = m_instances->value();
    d.cmd = m_cmd->text().trimmed();
    d.args = QProcess::splitCommand(m_args->text());

    const auto number = [errors](const QString &text, const QString &path, int fallback) {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok && !text.isEmpty() && errors)
            errors->append({ path, QObject::tr("'%1' is not a whole number.").arg(text) });
        return ok ? n : fallback;
    };
    const QString portBase = d.network == NetworkMode::Host ? QStringLiteral("/portDefinitions(%1)")
                                                            : QStringLiteral("/container/portMappings(%1)");
    d.ports.clear();
    const QList<QStringList> ports = m_ports->rows();
    for (int i = 0; i < ports.size(); ++i) {
        const QStringList &r = ports[i];
        const QString base = portBase.arg(i);
        d.ports.append({ number(r[0], base + QStringLiteral("/containerPort"), 0),
                         number(r[1], base + QStringLiteral("/hostPort"), 0),
                         number(r[2], base + QStringLiteral("/servicePort"), 0),
                         r[3].isEmpty() ? QStringLiteral("tcp") : r[3].toLower(), r[4] });
    }
    d.env.clear();
    for (const QStringList &r : m_env->rows())
        d.env.append({ r[0], r[1] });
    d.labels.clear();
    for (const QStringList &r : m_labels->rows())
        d.labels.append({ r[0], r[1] });
    d.constraints.clear();
    for (const QStringList &r : m_constraints->rows())
        d.constraints.append({ r[0], r[1].toUpper(), r[2] });
    const QList<HealthCheck> previousChecks = d.healthChecks;
    d.healthChecks.clear();
    const QList<QStringList> checks = m_health->rows();
    for (int i = 0; i < checks.size(); ++i) {
        const QStringList &r = checks[i];
        const QString base = QStringLiteral("/healthChecks(%1)").arg(i);
        HealthCheck h;
        if (i < previousChecks.size())
            h.extra = previousChecks[i].extra;
        h.protocol = r[0].toUpper();
        if (h.protocol == u"COMMAND") {
            h.command = r[1];
            h.path.clear();
        } else {
            h.path = h.protocol.contains(QStringLiteral("HTTP")) ? r[1] : QString();
        }
        h.portIndex = number(r[2], base + QStringLiteral("/portIndex"), 0);
        h.gracePeriodSeconds = number(r[3], base + QStringLiteral("/gracePeriodSeconds"), 300);
        h.intervalSeconds = number(r[4], base + QStringLiteral("/intervalSeconds"), 60);
        h.timeoutSeconds = number(r[5], base + QStringLiteral("/timeoutSeconds"), 20);
        h.maxConsecutiveFailures = number(r[6], base + QStringLiteral("/maxConsecutiveFailures"), 3);
        d.healthChecks.append(h);
    }
    d.volumes.clear();
    for (const QStringList &r : m_volumes->rows())
        d.volumes.append({ r[0], r[1], r[2].isEmpty() ? QStringLiteral("RW") : r[2].toUpper() });
    d.fetch.clear();
    for (const QStringList &r : m_fetch->rows())
        d.fetch.append({ r[0], truthy(r[1]), r[2].isEmpty() || truthy(r[2]), truthy(r[3]) });
    if (m_upgrade->isChecked())
        d.upgradeStrategy = UpgradeStrategy { m_minHealth->value(), m_maxOver->value() };
    else
        d.upgradeStrategy.reset();
    return d;
}

void AppEditDialog::onTabChanged(int index)
{
    if (index == JsonTab) {
        m_tabs->blockSignals(true);
        m_tabs->setCurrentIndex(FormTab);
        QList<FieldError> errors;
        const AppDefinition d = definition(&errors);
        if (!errors.isEmpty()) {
            // A cell that is not a number has no JSON: the form stays, the cell marked.
            m_tabs->blockSignals(false);
            clearErrors();
            showFieldErrors(errors);
            showBanner(tr("The JSON needs numbers where the marked cells have text: correct them first."),
                       false);
            return;
        }
        m_tabs->setCurrentIndex(JsonTab);
        m_tabs->blockSignals(false);
        m_base = d;
        m_json->setPlainText(QString::fromUtf8(d.toJsonBytes()));
        m_jsonError->hide();
    } else if (!applyJson()) {
        // Broken JSON stays where it is, with the reason; nothing typed is lost.
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(JsonTab);
    }
}

bool AppEditDialog::applyJson()
{
    auto parsed = AppDefinition::fromJsonBytes(m_json->toPlainText().toUtf8());
    if (!parsed.ok()) {
        m_jsonError->setText(parsed.error().message);
        m_jsonError->show();
        return false;
    }
    m_jsonError->hide();
    const QSignalBlocker blocker(m_tabs);
    const int tab = m_tabs->currentIndex();
    m_tabs->setCurrentIndex(FormTab);
    setDefinition(parsed.value());
    m_tabs->setCurrentIndex(tab);
    return true;
}

Status AppEditDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read %1: %2").arg(path, file.errorString()), {} };
    auto parsed = AppDefinition::fromJsonBytes(file.readAll());
    if (!parsed.ok())
        return Error { tr("%1: %2").arg(path, parsed.error().message), {} };
    AppDefinition d = std::move(parsed).value();
    if (m_editing)
        d.id = m_base.id; // editing keeps the app it edits
    setDefinition(d);
    return {};
}

Status AppEditDialog::exportFile(const QString &path)
{
    QList<FieldError> errors;
    const AppDefinition d = definition(&errors);
    if (!errors.isEmpty()) {
        showFieldErrors(errors);
        return Error { tr("Fix the marked fields before exporting."), {} };
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(d.toJsonBytes()) < 0 || !file.commit())
        return Error { tr("Cannot write %1: %2").arg(path, file.errorString()), {} };
    return {};
}

void AppEditDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels))
        label->hide();
    for (const auto &[path, table] : std::as_const(m_tablePaths))
        table->setError({});
    m_banner->hide();
    m_force->hide();
    m_wait->hide();
    m_jsonError->hide();
}

void AppEditDialog::showBanner(const QString &html, bool locked, BannerKind kind)
{
    setSurfaceStyle(m_banner,
                    kind == BannerKind::Info ? models::StateColorPalette::Surface::Info
                                             : models::StateColorPalette::Surface::Error,
                    QStringLiteral("padding: 6px; border-radius: 3px;"));
    m_banner->setText(html);
    m_banner->show();
    m_force->setVisible(locked);
    m_wait->setVisible(locked);
}

void AppEditDialog::showFieldErrors(const QList<FieldError> &errors)
{
    QStringList unplaced;
    QHash<RowTable *, QStringList> tableErrors;
    for (const FieldError &e : errors) {
        if (QLabel *label = m_errorLabels.value(e.path)) {
            label->setText(e.message);
            label->show();
            continue;
        }
        if (e.path == u"/networks(0)/mode") {
            m_errorLabels.value(QStringLiteral("/networks(0)/name"))->setText(e.message);
            m_errorLabels.value(QStringLiteral("/networks(0)/name"))->show();
            continue;
        }
        bool placed = false;
        for (const auto &[prefix, table] : std::as_const(m_tablePaths)) {
            if (e.path.startsWith(prefix)) {
                // "/healthChecks(1)/path" -> "row 2, path: ..."
                QString where = e.path.mid(prefix.size());
                static const QRegularExpression row(QStringLiteral("^\\((\\d+)\\)/?(.*)$"));
                const auto m = row.match(where);
                where = m.hasMatch()
                    ? (m.captured(2).isEmpty()
                           ? tr("row %1").arg(m.captured(1).toInt() + 1)
                           : tr("row %1, %2").arg(m.captured(1).toInt() + 1).arg(m.captured(2)))
                    : where;
                tableErrors[table].append(where.isEmpty() ? e.message : tr("%1: %2").arg(where, e.message));
                placed = true;
                break;
            }
        }
        if (!placed)
            unplaced.append(e.path == u"/" ? e.message : tr("%1: %2").arg(e.path, e.message));
    }
    for (auto it = tableErrors.begin(); it != tableErrors.end(); ++it)
        it.key()->setError(it.value().join(u'\n'));
    if (!unplaced.isEmpty()) {
        showBanner(unplaced.join(QStringLiteral("<br>")), false);
        if (m_tabs->currentIndex() == JsonTab) {
            m_jsonError->setText(unplaced.join(u'\n'));
            m_jsonError->show();
        }
    }
    if (unplaced.size() < errors.size() && m_tabs->currentIndex() == JsonTab && applyJson()) {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(FormTab);
    }
}

QString AppEditDialog::fieldError(const QString &path) const
{
    if (const QLabel *label = m_errorLabels.value(path))
        return label->isHidden() ? QString() : label->text();
    for (const auto &[prefix, table] : m_tablePaths)
        if (path.startsWith(prefix))
            return table->error();
    return {};
}

QString AppEditDialog::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void AppEditDialog::submit(bool force)
{
    clearErrors();
    QList<FieldError> errors;
    const AppDefinition d = definition(&errors);
    errors += d.validate();
    if (!errors.isEmpty()) {
        showFieldErrors(errors);
        return;
    }
    if (!m_client) {
        showBanner(tr("Not connected to Marathon: connect a cluster first. Your definition stays here; "
                      "export it if you want to keep it."),
                   false);
        return;
    }
    if (m_editing) {
        const UpdatePreview preview = AppDefinition::previewUpdate(m_original, d, m_client->dialect());
        if (preview.isEmpty()) {
            m_waitTimer->stop();
            showBanner(tr("Nothing to change: Marathon already has this definition of %1. Nothing was sent.")
                           .arg(d.absoluteId().toHtmlEscaped()),
                       false, BannerKind::Info);
            return;
        }
        if (preview.body != m_confirmedBody) {
            showPreview(preview, d, force);
            return;
        }
    }
    send(d, force);
}

QDialog *AppEditDialog::buildPreview()
{
    auto *preview = new QDialog(this);
    preview->setWindowTitle(tr("Apply these changes?"));
    m_previewSummary = new QLabel(preview);
    m_previewSummary->setWordWrap(true);
    m_previewSummary->setTextFormat(Qt::RichText);
    m_previewText = new QPlainTextEdit(preview);
    m_previewText->setAccessibleName(tr("What changes"));
    m_previewText->setReadOnly(true);
    m_previewText->setFont(QFont(QStringLiteral("monospace")));
    m_previewText->setLineWrapMode(QPlainTextEdit::NoWrap);
    new DiffHighlighter(m_previewText->document());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, preview);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, preview, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, preview, &QDialog::reject);
    connect(preview, &QDialog::accepted, this, [this] {
        m_confirmedBody = m_previewBody;
        send(m_previewDefinition, m_previewForce);
    });
    connect(preview, &QDialog::rejected, this, [this] {
        // Not applied: nothing goes out, not even once a deployment lock is gone.
        if (m_waitTimer->isActive()) {
            m_waitTimer->stop();
            m_wait->setEnabled(true);
        }
    });
    auto *layout = new QVBoxLayout(preview);
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_previewText, 1);
    layout->addWidget(buttons);
    preview->resize(640, 420);
    return preview;
}

void AppEditDialog::showPreview(const UpdatePreview &preview, const AppDefinition &definition, bool force)
{
    QStringList fields;
    for (const QString &f : preview.changedFields)
        fields.append(QStringLiteral("<code>%1</code>").arg(f.toHtmlEscaped()));
    m_previewSummary->setText(
        tr("Saving sends these fields of %1 to Marathon: %2. Every other field stays as Marathon has it.")
            .arg(definition.absoluteId().toHtmlEscaped(), fields.join(QStringLiteral(", "))));
    m_previewText->setPlainText(preview.diff);
    m_previewDefinition = definition;
    m_previewBody = preview.body;
    m_previewForce = force;
    m_preview->open();
}

QString AppEditDialog::previewText() const
{
    return m_previewText->toPlainText();
}

void AppEditDialog::send(const AppDefinition &d, bool force)
{
    if (!m_client)
        return;
    m_buttons->setEnabled(false);
    m_force->setEnabled(false);
    auto done = [this, force](ActionResult r) { finished(r, force); };
    if (m_editing)
        m_client->updateApp(m_original, d, force, this, done);
    else
        m_client->createApp(d, this, done);
}

void AppEditDialog::retryWhenUnlocked()
{
    if (!m_buttons->isEnabled() || m_preview->isVisible())
        return; // a request is on its way, or the person is reading the change
    submit(false);
}

void AppEditDialog::finished(const ActionResult &result, bool wasForced)
{
    Q_UNUSED(wasForced);
    m_lastResult = result;
    m_buttons->setEnabled(true);
    m_force->setEnabled(true);
    m_wait->setEnabled(true);
    if (result.ok()) {
        m_waitTimer->stop();
        Q_EMIT submitted(result.outcome.value());
        accept();
        return;
    }
    if (result.isLocked()) {
        QStringList ids;
        for (const QString &id : result.blockingDeployments)
            ids.append(QStringLiteral("<code>%1</code>").arg(id.toHtmlEscaped()));
        if (m_waitTimer->isActive()) {
            showBanner(tr("Still waiting for deployment %1 to finish…").arg(ids.join(QStringLiteral(", "))),
                       true);
            m_wait->setEnabled(false);
            return;
        }
        showBanner(tr("<b>The app is locked by deployment %1.</b> Wait for it to finish, or force the change "
                      "(this cancels the running deployment).")
                       .arg(ids.join(QStringLiteral(", "))),
                   true);
        return;
    }
    m_waitTimer->stop();
    if (!result.fieldErrors.isEmpty()) {
        showFieldErrors(result.fieldErrors);
        if (bannerText().isEmpty())
            showBanner(tr("Marathon rejected the definition; the reasons are next to the fields."), false);
        return;
    }
    showBanner(result.outcome.error().message.toHtmlEscaped(), false);
}

} // namespace mc::widgets
