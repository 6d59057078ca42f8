// The cluster's mode and colour: chosen in Cluster Settings, kept in the
// workspace file (written only when set, so older files stay as they were),
// refused with the line when the file says something else.
#include "core/inventory/Workspace.h"
#include "widgets/inventory/ClusterProfileDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

class tst_ClusterProfileMode : public QObject
{
    Q_OBJECT

private slots:
    void chosenInTheDialogAndKeptInTheFile()
    {
        inventory::ClusterProfile profile;
        profile.name = u"production"_s;
        widgets::ClusterProfileDialog dialog(profile);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *mode = dialog.findChild<QComboBox *>(u"clusterMode"_s);
        QCOMPARE(mode->currentData().toInt(), int(audit::ClusterMode::ReadWrite));
        mode->setCurrentIndex(mode->findData(int(audit::ClusterMode::Protected)));
        auto *colour = dialog.findChild<QLineEdit *>(u"clusterColour"_s);
        QTest::keyClicks(colour, u"#D93025"_s);
        if (const QString dir = qEnvironmentVariable("MC_TEST_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + u"/cluster-settings-mode.png"_s));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const inventory::ClusterProfile chosen = dialog.profile();
        QCOMPARE(chosen.mode, audit::ClusterMode::Protected);
        QCOMPARE(chosen.colour, u"#d93025"_s);

        inventory::Workspace ws;
        ws.profile() = chosen;
        const auto text = ws.toText();
        QVERIFY(text.ok());
        QVERIFY(text->contains(u"  mode: protected\n"_s));
        QVERIFY(text->contains(u"#d93025"_s));
        const auto back = inventory::Workspace::fromText(*text, u"back.mcw.yaml"_s);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->profile().mode, audit::ClusterMode::Protected);
        QCOMPARE(back->profile().colour, u"#d93025"_s);

        // Read-write and no colour: nothing written, as before.
        inventory::Workspace plain;
        const auto plainText = plain.toText();
        QVERIFY(!plainText->contains(u"mode:"_s));
        QVERIFY(!plainText->contains(u"colour:"_s));
    }

    void theDialogRefusesWhatCannotWork()
    {
        widgets::ClusterProfileDialog dialog(inventory::ClusterProfile {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *error = dialog.findChild<QLabel *>(u"profileError"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"clusterColour"_s), u"reddish"_s);
        ok->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(u"reddish"_s), qPrintable(error->text()));
        dialog.findChild<QLineEdit *>(u"clusterColour"_s)->clear();
        auto *mode = dialog.findChild<QComboBox *>(u"clusterMode"_s);
        mode->setCurrentIndex(mode->findData(int(audit::ClusterMode::Protected)));
        ok->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(u"needs a name"_s), qPrintable(error->text()));
    }

    void aFileWithAnUnknownModeOrColourIsRefusedWithItsLine_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("said");
        QTest::newRow("mode") << u"  mode: readonly\n"_s
                              << u"\"mode\" must be read-write, protected or read-only"_s;
        QTest::newRow("colour") << u"  colour: crimson\n"_s
                                << u"\"colour\" must be a colour written #rrggbb"_s;
    }

    void aFileWithAnUnknownModeOrColourIsRefusedWithItsLine()
    {
        QFETCH(QString, profile);
        QFETCH(QString, said);
        const auto ws = inventory::Workspace::fromText(
            u"mesos_console_workspace: 1\nprofile:\n  name: lab\n"_s + profile, u"bad.mcw.yaml"_s);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(said), qPrintable(ws.error().message));
        QVERIFY2(ws.error().message.contains(u"bad.mcw.yaml:4"_s), qPrintable(ws.error().message));
    }
};

QTEST_MAIN(tst_ClusterProfileMode)
#include "tst_ClusterProfileMode.moc"
