#include "widgets/mainwindow/MainWindow.h"
#include "widgets/palette/CommandPalette.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using mc::widgets::CommandPalette;
using mc::widgets::MainWindow;
using mc::widgets::PaletteEntry;

class tst_CommandPalette : public QObject
{
    Q_OBJECT

private slots:
    void ctrlKJumpsToViewByTyping();
    void filtersEntriesFromSources();
    void arrowKeysMoveSelection();
    void saysNoMatches();
};

void tst_CommandPalette::ctrlKJumpsToViewByTyping()
{
    MainWindow window;
    for (const char *id : { "inventory", "cluster", "logs" })
        window.addPage(QString::fromLatin1(id), QString::fromLatin1(id).toUpper(), QIcon(), new QLabel);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    auto *palette = window.findChild<CommandPalette *>();
    QVERIFY(palette);
    QTRY_VERIFY(palette->isVisible());
    auto *filter = palette->findChild<QLineEdit *>(QStringLiteral("paletteFilter"));
    QTest::keyClicks(filter, QStringLiteral("clu"));
    QCOMPARE(palette->visibleCount(), 1);
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(window.currentPageId(), QStringLiteral("cluster"));
}

void tst_CommandPalette::filtersEntriesFromSources()
{
    QString activated;
    QList<PaletteEntry> entries {
        { QStringLiteral("master1.example.com"), QStringLiteral("Host"),
          [&] { activated = QStringLiteral("m1"); } },
        { QStringLiteral("/shop/web"), QStringLiteral("App"), [&] { activated = QStringLiteral("web"); } },
        { QStringLiteral("agent7.example.com"), QStringLiteral("Host"),
          [&] { activated = QStringLiteral("a7"); } },
    };
    CommandPalette palette(entries);
    palette.show();
    auto *filter = palette.findChild<QLineEdit *>(QStringLiteral("paletteFilter"));
    QCOMPARE(palette.visibleCount(), 3);
    QTest::keyClicks(filter, QStringLiteral("SHOP"));
    QCOMPARE(palette.visibleCount(), 1);
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(activated, QStringLiteral("web"));
}

void tst_CommandPalette::arrowKeysMoveSelection()
{
    QList<PaletteEntry> entries { { QStringLiteral("one"), {}, {} }, { QStringLiteral("two"), {}, {} } };
    CommandPalette palette(entries);
    palette.show();
    auto *filter = palette.findChild<QLineEdit *>(QStringLiteral("paletteFilter"));
    QCOMPARE(palette.currentText(), QStringLiteral("one"));
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(palette.currentText(), QStringLiteral("two"));
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(palette.currentText(), QStringLiteral("two"));
    QTest::keyClick(filter, Qt::Key_Up);
    QCOMPARE(palette.currentText(), QStringLiteral("one"));
}

void tst_CommandPalette::saysNoMatches()
{
    bool ran = false;
    QList<PaletteEntry> entries { { QStringLiteral("Scale /demo/web…"), QStringLiteral("Action"), [&] { ran = true; } } };
    CommandPalette palette(entries);
    palette.show();
    auto *filter = palette.findChild<QLineEdit *>(QStringLiteral("paletteFilter"));
    auto *none = palette.findChild<QLabel *>(QStringLiteral("paletteNoMatches"));
    QVERIFY(none);
    QVERIFY(!none->isVisible());
    QTest::keyClicks(filter, QStringLiteral("launchx"));
    QCOMPARE(palette.visibleCount(), 0);
    QVERIFY(none->isVisible());
    QVERIFY2(none->text().contains(QStringLiteral("No matches")), qPrintable(none->text()));
    QTest::keyClick(filter, Qt::Key_Return); // nothing to run
    QVERIFY(!ran);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("scale"));
    QVERIFY(!none->isVisible());
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(ran);
}

QTEST_MAIN(tst_CommandPalette)
#include "tst_CommandPalette.moc"
