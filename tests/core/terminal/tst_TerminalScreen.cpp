// The terminal's state over libvterm, without a display and without SSH:
// bytes in, cells and modes out.
#include "core/terminal/TerminalScreen.h"

#include <QSignalSpy>
#include <QTest>

using mc::terminal::TerminalCell;
using mc::terminal::TerminalKey;
using mc::terminal::TerminalModifiers;
using mc::terminal::TerminalScreen;

class tst_TerminalScreen : public QObject
{
    Q_OBJECT

private slots:
    void colorsAndAttributes()
    {
        TerminalScreen screen(5, 40);
        screen.feed(
            "plain \x1b[1;31mRED\x1b[0m \x1b[4;7mUR\x1b[0m \x1b[38;5;208mO\x1b[38;2;10;20;30mT\x1b[0m");
        QCOMPARE(screen.lineText(0), QStringLiteral("plain RED UR OT"));
        const TerminalCell p = screen.cell(0, 0);
        QVERIFY(p.defaultFg);
        QVERIFY(!p.bold);
        const TerminalCell r = screen.cell(0, 6);
        QCOMPARE(r.text, QStringLiteral("R"));
        QVERIFY(r.bold);
        QCOMPARE(r.fgIndex, 1);
        QVERIFY(!r.defaultFg);
        const TerminalCell u = screen.cell(0, 10);
        QVERIFY(u.underline);
        QVERIFY(u.reverse);
        const TerminalCell o = screen.cell(0, 13);
        QCOMPARE(o.fgIndex, 208);
        const TerminalCell t = screen.cell(0, 14);
        QCOMPARE(t.fgIndex, -1);
        QCOMPARE(t.fg, quint32(0x0a141e));
    }

    void cursorMovesAndErases()
    {
        TerminalScreen screen(5, 20);
        screen.feed("hello world\x1b[3;5HX\x1b[1;7H\x1b[K");
        QCOMPARE(screen.lineText(0), QStringLiteral("hello"));
        QCOMPARE(screen.lineText(2), QStringLiteral("    X"));
        QCOMPARE(screen.cursorRow(), 0);
        QCOMPARE(screen.cursorCol(), 6);
    }

    void alternateScreenKeepsTheMainOne()
    {
        TerminalScreen screen(5, 20);
        QSignalSpy alt(&screen, &TerminalScreen::altScreenChanged);
        screen.feed("main text\r\n");
        screen.feed("\x1b[?1049h\x1b[H\x1b[2Jfull screen app");
        QVERIFY(screen.altScreen());
        QCOMPARE(screen.lineText(0), QStringLiteral("full screen app"));
        screen.feed("\x1b[?1049l");
        QVERIFY(!screen.altScreen());
        QCOMPARE(screen.lineText(0), QStringLiteral("main text"));
        QCOMPARE(alt.count(), 2);
    }

    void scrollbackKeepsLinesScrolledOff()
    {
        TerminalScreen screen(3, 20);
        screen.setScrollbackLimit(4);
        for (int i = 1; i <= 10; ++i)
            screen.feed(QByteArray("line ") + QByteArray::number(i) + "\r\n");
        QCOMPARE(screen.scrollbackLines(), 4);
        QCOMPARE(screen.lineText(-1), QStringLiteral("line 8"));
        QCOMPARE(screen.lineText(-4), QStringLiteral("line 5"));
        QCOMPARE(screen.lineText(0), QStringLiteral("line 9"));
    }

    void keysBecomeTheirSequences()
    {
        TerminalScreen screen(5, 20);
        QByteArray out;
        connect(&screen, &TerminalScreen::output, this, [&](const QByteArray &b) { out += b; });
        screen.sendText(QStringLiteral("c"), TerminalModifiers { false, false, true });
        QCOMPARE(out, QByteArray("\x03"));
        out.clear();
        screen.sendText(QStringLiteral("b"), TerminalModifiers { false, true, false });
        QCOMPARE(out,
                 QByteArray("\x1b"
                            "b"));
        out.clear();
        screen.sendKey(TerminalKey::Up);
        QCOMPARE(out, QByteArray("\x1b[A"));
        out.clear();
        screen.sendKey(TerminalKey::Function, {}, 5);
        QCOMPARE(out, QByteArray("\x1b[15~"));
        out.clear();
        // Application cursor keys (DECCKM), as less and vi ask for them.
        screen.feed("\x1b[?1h");
        screen.sendKey(TerminalKey::Up);
        QCOMPARE(out, QByteArray("\x1bOA"));
    }

    void pasteIsBracketedOnlyWhenAsked()
    {
        TerminalScreen screen(5, 20);
        QByteArray out;
        connect(&screen, &TerminalScreen::output, this, [&](const QByteArray &b) { out += b; });
        screen.paste(QStringLiteral("a\nb"));
        QCOMPARE(out, QByteArray("a\rb"));
        out.clear();
        screen.feed("\x1b[?2004h");
        screen.paste(QStringLiteral("a\nb"));
        QCOMPARE(out, QByteArray("\x1b[200~a\rb\x1b[201~"));
    }

    void resizeAndWideCharacters()
    {
        TerminalScreen screen(5, 20);
        screen.feed("\xe4\xb8\xad"
                    "x"); // a CJK character takes two cells
        QCOMPARE(screen.cell(0, 0).width, 2);
        QCOMPARE(screen.cell(0, 2).text, QStringLiteral("x"));
        screen.resize(10, 30);
        QCOMPARE(screen.rows(), 10);
        QCOMPARE(screen.cols(), 30);
        screen.feed("\x1b[10;30HZ");
        QCOMPARE(screen.cell(9, 29).text, QStringLiteral("Z"));
    }

    void titleFromOsc()
    {
        TerminalScreen screen(5, 20);
        screen.feed("\x1b]0;root@master1: ~\x07");
        QCOMPARE(screen.title(), QStringLiteral("root@master1: ~"));
    }
};

QTEST_GUILESS_MAIN(tst_TerminalScreen)
#include "tst_TerminalScreen.moc"
