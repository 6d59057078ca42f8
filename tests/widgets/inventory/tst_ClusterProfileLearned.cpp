// Cluster Settings offers what the console learned from the cluster it watches (the masters'
// zk:// URL, every master) to keep as the Mesos URL; the workspace saved with it needs nothing
// typed at the next start.
#include "core/inventory/Workspace.h"
#include "widgets/inventory/ClusterProfileDialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace mc;

class tst_ClusterProfileLearned : public QObject
{
    Q_OBJECT

private slots:
    void nothingLearnedNothingOffered()
    {
        widgets::ClusterProfileDialog dialog(inventory::ClusterProfile {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *offer = dialog.findChild<QWidget *>(QStringLiteral("learnedFromCluster"));
        QVERIFY(offer);
        QVERIFY(!offer->isVisible());
    }

    void keptValuesAreSavedAndReadBack_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QStringList>("endpoints");
        const QString zk = QStringLiteral("zk://zk1.test:2181,zk2.test:2181,zk3.test:2181/mesos");
        QTest::newRow("zk") << QStringLiteral("keepLearnedZk") << QStringList { zk };
        QTest::newRow("masters") << QStringLiteral("keepLearnedMasters")
                                 << QStringList { QStringLiteral("http://m1.test:5050"),
                                                  QStringLiteral("http://m2.test:5050"),
                                                  QStringLiteral("http://m3.test:5050") };
    }

    void keptValuesAreSavedAndReadBack()
    {
        QFETCH(QString, button);
        QFETCH(QStringList, endpoints);
        inventory::ClusterProfile profile;
        profile.name = QStringLiteral("lab");
        widgets::ClusterProfileDialog dialog(profile);
        dialog.setLearned(QStringLiteral("zk://zk1.test:2181,zk2.test:2181,zk3.test:2181/mesos"),
                          { QStringLiteral("http://m1.test:5050"), QStringLiteral("http://m2.test:5050"),
                            QStringLiteral("http://m3.test:5050") });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *offer = dialog.findChild<QWidget *>(QStringLiteral("learnedFromCluster"));
        QVERIFY(offer && offer->isVisible());
        auto *keep = dialog.findChild<QPushButton *>(button);
        QVERIFY(keep && keep->isVisible());
        QTest::mouseClick(keep, Qt::LeftButton);
        auto *mesosUrl = dialog.findChild<QLineEdit *>(QStringLiteral("mesosUrl"));
        QVERIFY(!mesosUrl->text().isEmpty());
        if (const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/cluster-settings-learned.png"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // Saved with the workspace's own writer and read back: the next start has the addresses.
        inventory::Workspace workspace;
        workspace.profile() = dialog.profile();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.mcw.yaml"));
        QVERIFY(workspace.save(path).ok());
        const auto loaded = inventory::Workspace::load(path);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->mesosEndpoints(), endpoints);
    }
};

QTEST_MAIN(tst_ClusterProfileLearned)
#include "tst_ClusterProfileLearned.moc"
