#include "widgets/cluster/ConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mc::widgets {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to Cluster"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Watch a running cluster. Name its Mesos masters (any of them: the "
                                "leader is found) or its ZooKeeper ensemble, and Marathon."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_masters = new QLineEdit;
    m_masters->setObjectName(QStringLiteral("masters"));
    m_masters->setPlaceholderText(tr("m1:5050, m2:5050  or  zk://m1:2181,m2:2181,m3:2181/mesos"));
    m_masters->setAccessibleName(tr("Mesos masters"));
    m_masters->setMinimumWidth(420);
    form->addRow(tr("&Mesos masters:"), m_masters);
    m_marathon = new QLineEdit;
    m_marathon->setObjectName(QStringLiteral("marathon"));
    m_marathon->setPlaceholderText(tr("m1:8080 (optional)"));
    m_marathon->setAccessibleName(tr("Marathon"));
    form->addRow(tr("M&arathon:"), m_marathon);
    layout->addLayout(form);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit *edit : { m_masters, m_marathon })
        connect(edit, &QLineEdit::textEdited, m_error, &QLabel::hide);
}

void ConnectDialog::setAddresses(const QString &masters, const QString &marathon)
{
    m_masters->setText(masters);
    m_marathon->setText(marathon);
}

QString ConnectDialog::mastersText() const
{
    return m_masters->text().trimmed();
}

QString ConnectDialog::marathonText() const
{
    return m_marathon->text().trimmed();
}

void ConnectDialog::accept()
{
    const auto parsed
        = cluster::ClusterAddresses::parse(cluster::ClusterAddresses::split(m_masters->text()),
                                           cluster::ClusterAddresses::split(m_marathon->text()));
    if (!parsed) {
        // The text "Problem:" says it is an error without relying on the colour.
        m_error->setText(tr("Problem: %1").arg(parsed.error().message));
        m_error->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 6px;"));
        m_error->show();
        return;
    }
    m_addresses = parsed.value();
    QDialog::accept();
}

} // namespace mc::widgets
