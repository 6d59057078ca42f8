#include "core/logs/LogSource.h"
#include "widgets/logs/LogView.h"
#include "widgets/logs/LogsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

using namespace mc::logs;
using mc::widgets::LogsPage;
using mc::widgets::LogView;

namespace {

// A log whose bytes the test pushes (the view is what is under test here;
// the real sources have their own tests against localcluster and sshd).
class PushedLog : public LogSource
{
public:
    QByteArray file; // what readRange() serves
    bool paused = false;
    bool started = false;

    void start() override
    {
        started = true;
        setState(LogState::Following);
    }
    void stop() override { setState(LogState::Stopped); }
    void setPaused(bool p) override
    {
        paused = p;
        setState(p ? LogState::Paused : LogState::Following);
    }
    QString title() const override { return QStringLiteral("pushed"); }
    bool canReadRange() const override { return !file.isEmpty(); }
    void readRange(qint64 offset, qint64 length, QObject *, RangeCallback callback) override
    {
        callback(offset, file.mid(offset, length), {});
    }
    void push(qint64 offset, const QByteArray &bytes) { deliver(offset, bytes); }
    void state(LogState s, const QString &message) { setState(s, message); }
};

} // namespace

class tst_LogView : public QObject
{
    Q_OBJECT

private slots:
    void decodesOneUtf8StreamAcrossChunks()
    {
        PushedLog log;
        LogView view(&log, 1024 * 1024);
        log.push(0, "Gr\xc3");
        log.push(3,
                 "\xbc\xc3\x9f"
                 "e\n\xff bad\n");
        view.flush();
        QCOMPARE(view.text()->toPlainText(), QStringLiteral("Grüße\n\uFFFD bad\n"));
        QCOMPARE(view.window().bytes(),
                 QByteArray("Gr\xc3\xbc\xc3\x9f"
                            "e\n\xff bad\n"));
    }

    void searchFindsNextAndPreviousAndWraps()
    {
        PushedLog log;
        LogView view(&log, 1024 * 1024);
        view.resize(800, 400);
        view.show();
        log.push(0, "alpha\nan ERROR here\nbeta\nerror again\ngamma\nlast error\n");
        view.flush();
        QTest::keyClicks(view.searchField(), QStringLiteral("error"));
        QCOMPARE(view.matchLabel()->text(), QStringLiteral("3 match(es)"));
        QVERIFY(view.findNext());
        QCOMPARE(view.text()->textCursor().blockNumber(), 1);
        QVERIFY(!view.isFollowing()); // jumping to a match stops following
        QVERIFY(log.paused);
        QVERIFY(view.findNext());
        QCOMPARE(view.text()->textCursor().blockNumber(), 3);
        QVERIFY(view.findPrevious());
        QCOMPARE(view.text()->textCursor().blockNumber(), 1);
        QVERIFY(view.findPrevious()); // wraps to the last one
        QCOMPARE(view.text()->textCursor().blockNumber(), 5);
        QVERIFY(!view.text()->extraSelections().isEmpty()); // highlighted
        view.searchField()->clear();
        QTest::keyClicks(view.searchField(), QStringLiteral("nothing"));
        QCOMPARE(view.matchLabel()->text(), QStringLiteral("no match"));
        QVERIFY(!view.findNext());
    }

    void filterShowsOnlyMatchingLinesAsTheyArrive()
    {
        PushedLog log;
        LogView view(&log, 1024 * 1024);
        log.push(0, "INFO a\nWARN b\nINFO c\nERR");
        view.flush();
        QTest::keyClicks(view.filterField(), QStringLiteral("warn|err"));
        QCOMPARE(view.text()->toPlainText(), QStringLiteral("WARN b\n"));
        log.push(-1, "OR d\nINFO e\nwarn f\n");
        view.flush();
        QCOMPARE(view.text()->toPlainText(), QStringLiteral("WARN b\nERROR d\nwarn f\n"));
        // An invalid pattern keeps the last good filter.
        view.filterField()->setText(QStringLiteral("(("));
        QCOMPARE(view.text()->toPlainText(), QStringLiteral("WARN b\nERROR d\nwarn f\n"));
        view.filterField()->clear();
        QCOMPARE(view.text()->toPlainText(),
                 QStringLiteral("INFO a\nWARN b\nINFO c\nERROR d\nINFO e\nwarn f\n"));
    }

    void followButtonPausesAndResumesTheSource()
    {
        PushedLog log;
        LogView view(&log, 1024 * 1024);
        QVERIFY(view.isFollowing());
        QTest::mouseClick(view.followButton(), Qt::LeftButton);
        QVERIFY(log.paused);
        QVERIFY(view.statusLabel()->text().startsWith(QStringLiteral("Paused")));
        QTest::mouseClick(view.followButton(), Qt::LeftButton);
        QVERIFY(!log.paused);
        QVERIFY(view.statusLabel()->text().startsWith(QStringLiteral("Following")));
    }

    void statusLineSaysWhatHappened_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text");
        QTest::newRow("truncated") << int(LogState::Truncated)
                                   << QStringLiteral("Truncated, following from the start");
        QTest::newRow("retrying") << int(LogState::Retrying) << QStringLiteral("Unreachable, retrying");
        QTest::newRow("finished") << int(LogState::Finished) << QStringLiteral("Task finished");
    }
    void statusLineSaysWhatHappened()
    {
        QFETCH(int, state);
        QFETCH(QString, text);
        PushedLog log;
        LogView view(&log, 1024 * 1024);
        log.state(LogState(state), QStringLiteral("details"));
        QVERIFY(view.statusLabel()->text().startsWith(text + QStringLiteral(" — details")));
    }

    void keepsABoundedWindowAndPagesBack()
    {
        PushedLog log;
        QByteArray file;
        for (int i = 0; i < 500; ++i)
            file += "line " + QByteArray::number(i).rightJustified(4, '0') + " " + QByteArray(90, 'x') + "\n";
        log.file = file;
        LogView view(&log, 8 * 1024);
        for (qint64 at = 0; at < file.size(); at += 1000)
            log.push(at, file.mid(at, 1000));
        view.flush();
        QVERIFY(view.window().size() <= 8 * 1024 + 8 * 1024 / 10);
        QCOMPARE(view.window().endOffset(), qint64(file.size()));
        QCOMPARE(view.window().bytes(), file.mid(view.window().startOffset()));
        QCOMPARE(view.text()->toPlainText(), QString::fromUtf8(view.window().bytes()));
        QVERIFY(view.text()->toPlainText().startsWith(QStringLiteral("line ")));

        const qint64 before = view.window().startOffset();
        view.loadEarlier();
        QVERIFY(!view.isFollowing());
        QCOMPARE(view.window().startOffset(), qint64(0)); // the file is smaller than one page
        QVERIFY(before > 0);
        QCOMPARE(view.text()->toPlainText(), QString::fromUtf8(file));
    }

    // A flood in one flush: the screen shows its newest 10,000 lines (the window keeps every byte),
    // and says so; the next lines append as usual.
    void floodShowsTheNewestLinesOnly()
    {
        PushedLog log;
        QByteArray file;
        for (int i = 0; i < 25000; ++i)
            file += "flood " + QByteArray::number(i) + "\n";
        LogView view(&log, 64 * 1024 * 1024);
        view.text()->appendPlainText(QStringLiteral("stale"));
        log.push(0, file);
        view.flush();
        QCOMPARE(view.window().bytes(), file);
        const QString shown = view.text()->toPlainText();
        QVERIFY(shown.startsWith(QStringLiteral("flood 15000\n")));
        QVERIFY(shown.endsWith(QStringLiteral("flood 24999\n")));
        QCOMPARE(view.text()->document()->blockCount(), 10001); // 10,000 lines and the empty last block
        QVERIFY2(view.statusLabel()->text().contains(QStringLiteral("the last 10001 lines on screen")),
                 qPrintable(view.statusLabel()->text()));
        log.push(file.size(), "after\n");
        view.flush();
        QVERIFY(view.text()->toPlainText().endsWith(QStringLiteral("flood 24999\nafter\n")));
    }

    void restartClearsAndSaysSo()
    {
        PushedLog log;
        LogView view(&log, 1024 * 1024);
        log.push(0, "old\n");
        view.flush();
        Q_EMIT log.restarted(QStringLiteral("stdout shrank"));
        log.push(0, "new\n");
        view.flush();
        QCOMPARE(view.text()->toPlainText(), QStringLiteral("new\n"));
        QVERIFY(view.statusLabel()->text().contains(QStringLiteral("stdout shrank")));
    }

    void pageOpensSeveralLogsInTabs()
    {
        auto *empty = new QLabel(QStringLiteral("nothing open"));
        LogsPage page(nullptr, empty);
        page.show();
        QVERIFY(empty->isVisible());
        auto *out = new PushedLog;
        auto *err = new PushedLog;
        QWidget *task = page.openTask(QStringLiteral("task-1"), out, err);
        QVERIFY(out->started && err->started);
        QCOMPARE(page.openCount(), 1);
        QCOMPARE(task->findChildren<LogView *>().size(), 2);
        QCOMPARE(qobject_cast<QTabWidget *>(task)->tabText(1), QStringLiteral("stderr"));
        QCOMPARE(page.currentView()->source(), out);
        auto *service = new PushedLog;
        page.openService(QStringLiteral("m1 · zookeeper"), service);
        QCOMPARE(page.openCount(), 2);
        QCOMPARE(page.views().size(), 3);
        QCOMPARE(page.currentView()->source(), service);
        QVERIFY(!empty->isVisible());
        page.closeTab(1);
        page.closeTab(0);
        QCOMPARE(page.openCount(), 0);
        QVERIFY(empty->isVisible());
    }
};

QTEST_MAIN(tst_LogView)
#include "tst_LogView.moc"
