#include "widgets/audit/TypeClusterNameDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
constexpr int kTargetsListed = 20; // more are counted, not listed
}

QString TypeClusterNameDialog::describe(const audit::Action &action)
{
    const int n = int(action.targets.size());
    const QString &a = action.name;
    if (a.startsWith(QLatin1String("task.")))
        return tr("%1 touches %n task(s).", nullptr, n).arg(a);
    if (a.startsWith(QLatin1String("app.")))
        return tr("%1 touches %n app(s).", nullptr, n).arg(a);
    if (a.startsWith(QLatin1String("deployment.")))
        return tr("%1 touches %n deployment(s).", nullptr, n).arg(a);
    return tr("%1 touches %n host(s).", nullptr, n).arg(a);
}

TypeClusterNameDialog::TypeClusterNameDialog(const audit::Action &action, const QString &cluster,
                                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("typeClusterNameDialog"));
    setWindowTitle(tr("Protected cluster: %1").arg(cluster));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(describe(action), this);
    what->setObjectName(QStringLiteral("protectedAction"));
    what->setWordWrap(true);
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);
    layout->addWidget(what);
    if (!action.targets.isEmpty()) {
        auto *targets = new QListWidget(this);
        targets->setObjectName(QStringLiteral("protectedTargets"));
        targets->setAccessibleName(tr("What the change touches"));
        for (const QString &t : action.targets.mid(0, kTargetsListed))
            targets->addItem(t);
        if (action.targets.size() > kTargetsListed)
            targets->addItem(tr("… and %n more", nullptr, int(action.targets.size()) - kTargetsListed));
        targets->setMaximumHeight(targets->sizeHintForRow(0) * qMin(int(targets->count()), 6) + 8);
        layout->addWidget(targets);
    }
    auto *ask = new QLabel(tr("%1 is a protected cluster. Type its name to go ahead:").arg(cluster), this);
    ask->setWordWrap(true);
    layout->addWidget(ask);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("typedClusterName"));
    m_name->setAccessibleName(tr("The cluster's name"));
    m_name->setPlaceholderText(cluster);
    ask->setBuddy(m_name);
    layout->addWidget(m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("typedClusterNameOk"));
    m_ok->setText(tr("Go ahead"));
    m_ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, [this, cluster](const QString &text) {
        const bool matches = text == cluster;
        m_ok->setEnabled(matches);
        m_ok->setDefault(matches);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this, cluster] {
        if (m_name->text() == cluster)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

audit::ActionGate::Confirm TypeClusterNameDialog::confirmer(QWidget *parent)
{
    return [parent = QPointer<QWidget>(parent)](const audit::Action &action, const QString &cluster) {
        TypeClusterNameDialog dialog(action, cluster, parent);
        return dialog.exec() == QDialog::Accepted;
    };
}

} // namespace mc::widgets
