#include "widgets/common/Shortcuts.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QVBoxLayout>

class tst_Shortcuts : public QObject
{
    Q_OBJECT

private slots:
    void keyPressesTheButtonOfTheVisiblePageOnly()
    {
        QStackedWidget pages;
        auto *first = new QPushButton(QStringLiteral("Restart"));
        auto *second = new QPushButton(QStringLiteral("Kill"));
        pages.addWidget(first);
        pages.addWidget(second);
        mc::widgets::setButtonShortcut(first, QKeySequence(Qt::CTRL | Qt::Key_R));
        mc::widgets::setButtonShortcut(second, QKeySequence(Qt::CTRL | Qt::Key_R));
        QSignalSpy firstClicked(first, &QPushButton::clicked);
        QSignalSpy secondClicked(second, &QPushButton::clicked);
        pages.show();
        QVERIFY(QTest::qWaitForWindowActive(&pages));

        // A shortcut "animates" the click: clicked() comes a moment later.
        QTest::keyClick(&pages, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(firstClicked.count(), 1);
        QCOMPARE(secondClicked.count(), 0);
        pages.setCurrentIndex(1);
        QTest::keyClick(&pages, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(secondClicked.count(), 1);
        QCOMPARE(firstClicked.count(), 1);
    }

    void toolTipNamesTheKeys()
    {
        QPushButton button(QStringLiteral("&Refresh"));
        button.setToolTip(QStringLiteral("Read the status again"));
        mc::widgets::setButtonShortcut(&button, QKeySequence(Qt::Key_F5));
        QCOMPARE(button.toolTip(), QStringLiteral("Read the status again (F5)"));
        QPushButton bare(QStringLiteral("&Logs"));
        mc::widgets::setButtonShortcut(&bare, QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(bare.toolTip(), QStringLiteral("Logs (Ctrl+L)"));
    }
};

QTEST_MAIN(tst_Shortcuts)
#include "tst_Shortcuts.moc"
