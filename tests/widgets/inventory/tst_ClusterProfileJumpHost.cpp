// Cluster Settings: "Reach the cluster through" is edited, validated (the
// dialog stays open and says why) and every field has an accessible name.
#include "widgets/inventory/ClusterProfileDialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace mc;
using inventory::JumpHostSettings;

class tst_ClusterProfileJumpHost : public QObject
{
    Q_OBJECT

private:
    struct Fields
    {
        QComboBox *mode;
        QComboBox *host;
        QLineEdit *user;
        QSpinBox *port;
        QLineEdit *key;
        QLineEdit *knownHosts;
        QLabel *error;
    };
    static Fields fields(widgets::ClusterProfileDialog &d)
    {
        return { d.findChild<QComboBox *>(QStringLiteral("jumpMode")),
                 d.findChild<QComboBox *>(QStringLiteral("jumpHost")),
                 d.findChild<QLineEdit *>(QStringLiteral("jumpUser")),
                 d.findChild<QSpinBox *>(QStringLiteral("jumpPort")),
                 d.findChild<QLineEdit *>(QStringLiteral("jumpKey")),
                 d.findChild<QLineEdit *>(QStringLiteral("jumpKnownHosts")),
                 d.findChild<QLabel *>(QStringLiteral("profileError")) };
    }
    static void choose(QComboBox *mode, JumpHostSettings::Mode m)
    {
        mode->setCurrentIndex(mode->findData(int(m)));
    }

private slots:
    void directProfileDisablesTheJumpFields()
    {
        widgets::ClusterProfileDialog dialog(inventory::ClusterProfile {});
        const Fields f = fields(dialog);
        QVERIFY(f.mode && f.host && f.user && f.port && f.key && f.knownHosts && f.error);
        QCOMPARE(f.mode->currentData().toInt(), int(JumpHostSettings::Mode::Direct));
        for (QWidget *w : std::initializer_list<QWidget *> { f.host, f.user, f.port, f.key, f.knownHosts }) {
            QVERIFY(!w->isEnabled());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        QVERIFY(!f.mode->accessibleName().isEmpty());
        choose(f.mode, JumpHostSettings::Mode::Bastion);
        QVERIFY(f.host->isEnabled() && f.knownHosts->isEnabled());
        choose(f.mode, JumpHostSettings::Mode::Direct);
        QCOMPARE(dialog.profile().jump, JumpHostSettings {});
    }

    void inventoryHostIsOfferedAndChecked()
    {
        widgets::ClusterProfileDialog dialog(inventory::ClusterProfile {});
        dialog.setInventoryHosts({ QStringLiteral("m1"), QStringLiteral("m2") });
        dialog.show();
        const Fields f = fields(dialog);
        choose(f.mode, JumpHostSettings::Mode::InventoryHost);
        QCOMPARE(f.host->count(), 2);
        f.host->setEditText(QStringLiteral("m9"));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused: stays open
        QVERIFY(f.error->isVisible());
        QVERIFY2(
            f.error->text().contains(QLatin1String("\"m9\" is not a host of this workspace's inventory")),
            qPrintable(f.error->text()));
        f.host->setCurrentIndex(1);
        f.knownHosts->setText(QStringLiteral("~/.ssh/lab_known_hosts"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const JumpHostSettings jump = dialog.profile().jump;
        QCOMPARE(jump.mode, JumpHostSettings::Mode::InventoryHost);
        QCOMPARE(jump.host, QStringLiteral("m2"));
        QCOMPARE(jump.knownHostsPath, QStringLiteral("~/.ssh/lab_known_hosts"));
    }

    void badBastionIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the bastion's host name or address");
        QTest::newRow("user@host") << QStringLiteral("ops@bastion")
                                   << QStringLiteral("not a host name or IP address");
        QTest::newRow("host:port") << QStringLiteral("bastion:2222")
                                   << QStringLiteral("not a host name or IP address");
    }

    void badBastionIsRefusedWithTheReason()
    {
        QFETCH(QString, host);
        QFETCH(QString, expected);
        widgets::ClusterProfileDialog dialog(inventory::ClusterProfile {});
        dialog.show();
        const Fields f = fields(dialog);
        choose(f.mode, JumpHostSettings::Mode::Bastion);
        f.host->setEditText(host);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(f.error->text().contains(expected), qPrintable(f.error->text()));
    }

    void bastionValuesComeBackFromTheDialog()
    {
        inventory::ClusterProfile profile;
        profile.jump.mode = JumpHostSettings::Mode::Bastion;
        profile.jump.host = QStringLiteral("bastion.example.com");
        profile.jump.user = QStringLiteral("ops");
        profile.jump.port = 2222;
        profile.jump.keyPath = QStringLiteral("~/.ssh/ops");
        profile.jump.knownHostsPath = QStringLiteral("~/.ssh/bastion_known_hosts");
        widgets::ClusterProfileDialog dialog(profile);
        QCOMPARE(dialog.profile().jump, profile.jump); // unchanged fields round-trip
        const Fields f = fields(dialog);
        f.port->setValue(0);
        QCOMPARE(dialog.profile().jump.port, 0); // "default"
        QCOMPARE(f.port->text(), QStringLiteral("default"));
        if (const QString dir = qEnvironmentVariable("MC_SHOT_DIR"); !dir.isEmpty()) {
            f.port->setValue(2222);
            dialog.show();
            dialog.resize(720, dialog.sizeHint().height());
            f.host->setEditText(QStringLiteral("ops@bastion.example.com"));
            dialog.accept(); // shows the error line
            QTest::qWait(300);
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("cluster-settings-jump.png")));
        }
    }
};

QTEST_MAIN(tst_ClusterProfileJumpHost)
#include "tst_ClusterProfileJumpHost.moc"
