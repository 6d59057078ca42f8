#include "widgets/inventory/ClusterProfileDialog.h"

#include "core/ssh/JumpRoute.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/common/ThemeFollow.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
QStringList splitGroups(const QString &text)
{
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        out << part;
    return out;
}

QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &text, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

ClusterProfileDialog::ClusterProfileDialog(const inventory::ClusterProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
{
    setWindowTitle(tr("Cluster Settings"));
    auto *form = new QFormLayout(this);
    form->setSizeConstraint(QLayout::SetMinimumSize); // wrapped notes and the error line always fit
    m_name = lineEdit(this, "profileName", profile.name, tr("e.g. production"));
    form->addRow(tr("Cluster &name:"), m_name);
    addModeRows(form, profile);
    m_sshUser = lineEdit(this, "sshUser", profile.ssh.user, tr("your login name"));
    form->addRow(tr("SSH &user:"), m_sshUser);
    m_sshPort = new QSpinBox(this);
    m_sshPort->setObjectName(QStringLiteral("sshPort"));
    m_sshPort->setRange(1, 65535);
    m_sshPort->setValue(profile.ssh.port);
    form->addRow(tr("SSH &port:"), m_sshPort);
    m_sshKey = lineEdit(this, "sshKey", profile.ssh.keyPath, tr("SSH agent or ~/.ssh defaults"));
    form->addRow(tr("SSH &key file:"), m_sshKey);
    m_become = new QCheckBox(tr("Run provisioning with sudo"), this);
    m_become->setObjectName(QStringLiteral("become"));
    m_become->setChecked(profile.ssh.become);
    form->addRow(QString(), m_become);
    m_becomeUser = lineEdit(this, "becomeUser", profile.ssh.becomeUser);
    form->addRow(tr("sudo to &user:"), m_becomeUser);
    m_domain = lineEdit(this, "haproxyDomain", profile.haproxyDomain, tr("apps.example.com"));
    form->addRow(tr("HAProxy &domain:"), m_domain);
    m_mesosUrl = lineEdit(this, "mesosUrl", profile.mesosUrl, tr("http://<each master>:5050"));
    form->addRow(tr("&Mesos URL:"), m_mesosUrl);
    form->addRow(QString(), buildLearned());
    m_learned->hide();
    m_marathonUrl = lineEdit(this, "marathonUrl", profile.marathonUrl, tr("http://<each master>:8080"));
    form->addRow(tr("M&arathon URL:"), m_marathonUrl);
    m_httpUser = lineEdit(this, "httpUser", profile.httpUser, tr("none"));
    form->addRow(tr("&HTTP user (no password is stored):"), m_httpUser);
    m_masterGroups = lineEdit(this, "masterGroups", profile.roles.masterGroups.join(QLatin1String(", ")));
    form->addRow(tr("Master &groups:"), m_masterGroups);
    m_agentGroups = lineEdit(this, "agentGroups", profile.roles.agentGroups.join(QLatin1String(", ")));
    form->addRow(tr("A&gent groups:"), m_agentGroups);

    // How the console's HTTP requests reach the cluster.
    form->addRow(buildReach(profile));
    connect(m_jumpMode, &QComboBox::currentIndexChanged, this, &ClusterProfileDialog::updateJumpFields);
    updateJumpFields();

    auto *error = new ElidedLabel(this);
    error->setMaximumLines(0); // a dialog: every line of the problem, wrapped
    m_error = error;
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setAccessibleName(tr("Problem with these settings"));
    setStateTextColor(m_error, models::StateColorPalette::Role::Error, QStringLiteral("font-weight: bold;"));
    m_error->hide();
    form->addRow(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(680, sizeHint().height());
}

void ClusterProfileDialog::addModeRows(QFormLayout *form, const inventory::ClusterProfile &profile)
{
    // What may be changed from here, and the colour the cluster's name and mode are shown in.
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("clusterMode"));
    m_mode->setAccessibleName(tr("Cluster mode"));
    m_mode->addItem(tr("Read-write"), int(audit::ClusterMode::ReadWrite));
    m_mode->addItem(tr("Protected: type the cluster's name before each change"),
                    int(audit::ClusterMode::Protected));
    m_mode->addItem(tr("Read-only: no change is sent"), int(audit::ClusterMode::ReadOnly));
    m_mode->setCurrentIndex(m_mode->findData(int(profile.mode)));
    form->addRow(tr("Mod&e:"), m_mode);
    auto *colourRow = new QHBoxLayout;
    m_colour = lineEdit(this, "clusterColour", profile.colour, tr("none, or #rrggbb"));
    m_colour->setAccessibleName(tr("Cluster colour"));
    m_colourSwatch = new QLabel(this);
    m_colourSwatch->setFixedSize(22, 22);
    auto *pick = new QPushButton(tr("P&ick…"), this);
    pick->setObjectName(QStringLiteral("chooseClusterColour"));
    connect(pick, &QPushButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(QColor(m_colour->text()), this, tr("Cluster Colour"));
        if (chosen.isValid())
            m_colour->setText(chosen.name());
    });
    connect(m_colour, &QLineEdit::textChanged, this, &ClusterProfileDialog::showColour);
    colourRow->addWidget(m_colourSwatch);
    colourRow->addWidget(m_colour, 1);
    colourRow->addWidget(pick);
    form->addRow(tr("Co&lour:"), colourRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(colourRow)))
        label->setBuddy(m_colour);
    showColour();
}

QWidget *ClusterProfileDialog::buildLearned()
{
    m_learned = new QWidget(this);
    m_learned->setObjectName(QStringLiteral("learnedFromCluster"));
    auto *learnedLayout = new QVBoxLayout(m_learned);
    learnedLayout->setContentsMargins(0, 0, 0, 0);
    m_learnedText = new QLabel(m_learned);
    m_learnedText->setWordWrap(true);
    m_learnedText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    learnedLayout->addWidget(m_learnedText);
    m_keepZk = new QPushButton(tr("Keep the &ZooKeeper URL"), m_learned);
    m_keepZk->setObjectName(QStringLiteral("keepLearnedZk"));
    m_keepMasters = new QPushButton(tr("Keep all ma&sters"), m_learned);
    m_keepMasters->setObjectName(QStringLiteral("keepLearnedMasters"));
    auto *keepButtons = new QHBoxLayout;
    keepButtons->addWidget(m_keepZk);
    keepButtons->addWidget(m_keepMasters);
    keepButtons->addStretch(1);
    learnedLayout->addLayout(keepButtons);
    connect(m_keepZk, &QPushButton::clicked, this, [this] { m_mesosUrl->setText(m_learnedZk); });
    connect(m_keepMasters, &QPushButton::clicked, this,
            [this] { m_mesosUrl->setText(m_learnedMasters.join(QStringLiteral(", "))); });
    return m_learned;
}

QGroupBox *ClusterProfileDialog::buildReach(const inventory::ClusterProfile &profile)
{
    using Mode = inventory::JumpHostSettings::Mode;
    auto *reach = new QGroupBox(tr("Reach the cluster through"), this);
    reach->setObjectName(QStringLiteral("reachGroup"));
    auto *reachForm = new QFormLayout(reach);
    m_jumpMode = new QComboBox(reach);
    m_jumpMode->setObjectName(QStringLiteral("jumpMode"));
    m_jumpMode->setAccessibleName(tr("Reach the cluster through"));
    m_jumpMode->addItem(tr("Direct connection"), int(Mode::Direct));
    m_jumpMode->addItem(tr("SSH jump host from the inventory"), int(Mode::InventoryHost));
    m_jumpMode->addItem(tr("SSH bastion outside the inventory"), int(Mode::Bastion));
    m_jumpMode->setCurrentIndex(m_jumpMode->findData(int(profile.jump.mode)));
    reachForm->addRow(tr("&Connect:"), m_jumpMode);
    m_jumpHost = new QComboBox(reach);
    m_jumpHost->setObjectName(QStringLiteral("jumpHost"));
    m_jumpHost->setAccessibleName(tr("Jump host"));
    m_jumpHost->setEditable(true);
    m_jumpHost->setInsertPolicy(QComboBox::NoInsert);
    m_jumpHost->setEditText(profile.jump.host);
    reachForm->addRow(tr("&Jump host:"), m_jumpHost);
    m_jumpUser = lineEdit(reach, "jumpUser", profile.jump.user, tr("the host's / the profile's SSH user"));
    m_jumpUser->setAccessibleName(tr("Jump host SSH user"));
    reachForm->addRow(tr("Jump host u&ser:"), m_jumpUser);
    m_jumpPort = new QSpinBox(reach);
    m_jumpPort->setObjectName(QStringLiteral("jumpPort"));
    m_jumpPort->setAccessibleName(tr("Jump host SSH port"));
    m_jumpPort->setRange(0, 65535);
    m_jumpPort->setSpecialValueText(tr("default"));
    m_jumpPort->setValue(profile.jump.port);
    reachForm->addRow(tr("Jump host p&ort:"), m_jumpPort);
    m_jumpKey = lineEdit(reach, "jumpKey", profile.jump.keyPath, tr("the host's / the profile's key"));
    m_jumpKey->setAccessibleName(tr("Jump host key file"));
    reachForm->addRow(tr("Jump host &key file:"), m_jumpKey);
    m_jumpKnownHosts
        = lineEdit(reach, "jumpKnownHosts", profile.jump.knownHostsPath, tr("~/.ssh/known_hosts"));
    m_jumpKnownHosts->setAccessibleName(tr("Jump host known_hosts file"));
    reachForm->addRow(tr("known_&hosts file:"), m_jumpKnownHosts);
    auto *note
        = new QLabel(tr("Masters, agents, Marathon and task logs are reached over this SSH connection.\n"
                        "Its host key must be in known_hosts; a password is asked for, never saved."),
                     reach);
    reachForm->addRow(note);
    return reach;
}

inventory::ClusterProfile ClusterProfileDialog::profile() const
{
    inventory::ClusterProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.mode = audit::ClusterMode(m_mode->currentData().toInt());
    const QColor colour(m_colour->text().trimmed());
    p.colour = colour.isValid() ? colour.name() : QString();
    p.ssh.user = m_sshUser->text().trimmed();
    p.ssh.port = m_sshPort->value();
    p.ssh.keyPath = m_sshKey->text().trimmed();
    p.ssh.become = m_become->isChecked();
    p.ssh.becomeUser = m_becomeUser->text().trimmed();
    p.haproxyDomain = m_domain->text().trimmed();
    p.mesosUrl = m_mesosUrl->text().trimmed();
    p.marathonUrl = m_marathonUrl->text().trimmed();
    p.httpUser = m_httpUser->text().trimmed();
    const QStringList masters = splitGroups(m_masterGroups->text());
    const QStringList agents = splitGroups(m_agentGroups->text());
    if (!masters.isEmpty())
        p.roles.masterGroups = masters;
    if (!agents.isEmpty())
        p.roles.agentGroups = agents;
    p.jump.mode = inventory::JumpHostSettings::Mode(m_jumpMode->currentData().toInt());
    if (p.jump.isDirect()) {
        p.jump = {};
    } else {
        p.jump.host = m_jumpHost->currentText().trimmed();
        p.jump.user = m_jumpUser->text().trimmed();
        p.jump.port = m_jumpPort->value();
        p.jump.keyPath = m_jumpKey->text().trimmed();
        p.jump.knownHostsPath = m_jumpKnownHosts->text().trimmed();
    }
    return p;
}

void ClusterProfileDialog::setInventoryHosts(const QStringList &hosts)
{
    m_inventoryHosts = hosts;
    const QString text = m_jumpHost->currentText();
    m_jumpHost->clear();
    m_jumpHost->addItems(hosts);
    m_jumpHost->setEditText(text);
}

void ClusterProfileDialog::setLearned(const QString &zkUrl, const QStringList &masters)
{
    m_learnedZk = zkUrl;
    m_learnedMasters = masters;
    QStringList lines;
    if (!zkUrl.isEmpty())
        lines << tr("ZooKeeper: %1").arg(zkUrl);
    if (!masters.isEmpty())
        lines << tr("Masters: %1").arg(masters.join(QStringLiteral(", ")));
    m_learnedText->setText(tr("Learned from the cluster watched now:") + u'\n' + lines.join(u'\n'));
    m_keepZk->setVisible(!zkUrl.isEmpty());
    m_keepMasters->setVisible(!masters.isEmpty());
    m_learned->setVisible(!lines.isEmpty());
    layout()->activate(); // the dialog grows with the offer
    resize(width(), qMax(height(), sizeHint().height()));
}

void ClusterProfileDialog::showColour()
{
    const QColor colour(m_colour->text().trimmed());
    m_colourSwatch->setStyleSheet(
        colour.isValid()
            ? QStringLiteral("background: %1; border: 1px solid palette(mid);").arg(colour.name())
            : QStringLiteral("border: 1px dashed palette(mid);"));
}

void ClusterProfileDialog::updateJumpFields()
{
    const bool viaSsh = m_jumpMode->currentData().toInt() != int(inventory::JumpHostSettings::Mode::Direct);
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_jumpHost, m_jumpUser, m_jumpPort, m_jumpKey, m_jumpKnownHosts })
        w->setEnabled(viaSsh);
}

void ClusterProfileDialog::accept()
{
    const inventory::ClusterProfile p = profile();
    if (const QString typed = m_colour->text().trimmed(); !typed.isEmpty() && !QColor(typed).isValid()) {
        m_error->setText(tr("The colour \"%1\" is not a colour: write it #rrggbb (e.g. #d93025) or "
                            "a name such as red, or choose one.")
                             .arg(typed));
        m_error->show();
        m_colour->setFocus();
        return;
    }
    if (p.mode == audit::ClusterMode::Protected && p.name.isEmpty()) {
        m_error->setText(tr("A protected cluster needs a name: it is what you type before each change."));
        m_error->show();
        m_name->setFocus();
        return;
    }
    if (Status ok = ssh::checkJumpHost(p.jump, m_inventoryHosts); !ok) {
        m_error->setText(ok.error().message);
        m_error->show();
        // Grow so that the wrapped message does not squeeze the fields.
        layout()->activate();
        const int wanted = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
        if (wanted > height())
            resize(width(), wanted);
        m_jumpHost->setFocus();
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace mc::widgets
