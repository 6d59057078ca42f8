#include "widgets/cluster/ConnectDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using mc::widgets::ConnectDialog;

class tst_ConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void badAddressKeepsTheDialogOpenWithTheReasonAndTheText()
    {
        ConnectDialog dialog;
        dialog.show();
        auto *masters = dialog.findChild<QLineEdit *>(QStringLiteral("masters"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("mastersError"));
        QVERIFY(masters && error);
        QTest::keyClicks(masters, QStringLiteral("ftp://m1"));
        QTest::keyClick(masters, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(u"Problem:") && error->text().contains(u"ftp://m1"),
                 qPrintable(error->text()));
        QCOMPARE(masters->text(), QStringLiteral("ftp://m1"));
        // Typing again hides the old reason.
        QTest::keyClick(masters, Qt::Key_Backspace);
        QVERIFY(!error->isVisible());
    }

    // Checked before the dialog closes: scheme, host, port range, the zk:// form; the reason
    // is under the field, which keeps the text and the focus.
    void badAddressesAreNamedAtTheirField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("port out of range") << u"masters"_qs << u"notaurl:99999"_qs << u"99999"_qs;
        QTest::newRow("port zero") << u"masters"_qs << u"m1:0"_qs << u"between 1 and 65535"_qs;
        QTest::newRow("port not a number") << u"masters"_qs << u"m1:http"_qs << u"between 1 and 65535"_qs;
        QTest::newRow("no host") << u"masters"_qs << u"http://:5050"_qs << u"no host"_qs;
        QTest::newRow("scheme") << u"masters"_qs << u"ftp://m1:5050"_qs << u"http or https"_qs;
        QTest::newRow("host name") << u"masters"_qs << u"m1!:5050"_qs << u"not a host name"_qs;
        QTest::newRow("zk without path") << u"masters"_qs << u"zk://z1:2181,z2:2181"_qs << u"znode"_qs;
        QTest::newRow("zk port") << u"masters"_qs << u"zk://z1:70000/mesos"_qs << u"65535"_qs;
        QTest::newRow("marathon port") << u"marathon"_qs << u"m1:65536"_qs << u"65536"_qs;
        QTest::newRow("marathon scheme")
            << u"marathon"_qs << u"zk://m1:2181/marathon"_qs << u"http or https"_qs;
    }
    void badAddressesAreNamedAtTheirField()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        ConnectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *masters = dialog.findChild<QLineEdit *>(u"masters"_qs);
        auto *edit = dialog.findChild<QLineEdit *>(field);
        auto *problem = dialog.findChild<QLabel *>(field + u"Error"_qs);
        QVERIFY(masters && edit && problem);
        if (edit != masters)
            QTest::keyClicks(masters, u"m1"_qs);
        QTest::keyClicks(edit, text);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().startsWith(u"Problem:") && problem->text().contains(reason),
                 qPrintable(problem->text()));
        QCOMPARE(edit->text(), text);
        QVERIFY(edit->hasFocus());
        // The problem sits under its own field: below it, in the same column.
        QVERIFY(problem->geometry().top() >= edit->geometry().bottom());
        QVERIFY(problem->geometry().left() >= edit->geometry().left() - 1);
    }

    void zookeeperAndIpv6Accept()
    {
        ConnectDialog dialog;
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"masters"_qs), u"zk://z1:2181,z2/mesos"_qs);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"marathon"_qs), u"https://[::1]:8443"_qs);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.addresses().zkUrl, u"zk://z1:2181,z2/mesos"_qs);
        QCOMPARE(dialog.addresses().marathons, QList<QUrl> { QUrl(u"https://[::1]:8443"_qs) });
    }

    // "&CA certificates:" showed its "&": every label with a mnemonic has a buddy to focus.
    void mnemonicsHaveBuddies()
    {
        ConnectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            QString text = label->text();
            text.remove(u"&&"_qs);
            if (!text.contains(u'&'))
                continue;
            QVERIFY2(label->buddy() && label->buddy()->focusPolicy() != Qt::NoFocus,
                     qPrintable(label->text()));
        }
        auto *caFile = dialog.findChild<QLineEdit *>(u"caFile"_qs);
        QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
        QVERIFY(caFile->hasFocus());
    }

    void goodAddressesAccept()
    {
        ConnectDialog dialog;
        dialog.show();
        auto *masters = dialog.findChild<QLineEdit *>(QStringLiteral("masters"));
        auto *marathon = dialog.findChild<QLineEdit *>(QStringLiteral("marathon"));
        QTest::keyClicks(masters, QStringLiteral("m1, m2:5051"));
        QTest::keyClicks(marathon, QStringLiteral("m1"));
        QTest::keyClick(marathon, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(
            dialog.addresses().masters,
            (QList<QUrl> { QUrl(QStringLiteral("http://m1:5050")), QUrl(QStringLiteral("http://m2:5051")) }));
        QCOMPARE(dialog.addresses().marathons, QList<QUrl> { QUrl(QStringLiteral("http://m1:8080")) });
        QCOMPARE(dialog.mastersText(), QStringLiteral("m1, m2:5051"));
    }

    void controlsHaveAccessibleNames()
    {
        ConnectDialog dialog;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
    }
};

QTEST_MAIN(tst_ConnectDialog)
#include "tst_ConnectDialog.moc"
