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
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
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
