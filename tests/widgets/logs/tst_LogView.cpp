#include "core/http/HttpClient.h"
#include "core/logs/LogSource.h"
#include "core/logs/TaskLogSource.h"
#include "widgets/logs/LogView.h"
#include "widgets/logs/LogsPage.h"

#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/SaveDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QLocale>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>

using namespace mc::logs;
using mc::test::answerSaveDialog;
using mc::widgets::LogsPage;
using mc::widgets::LogView;

namespace {

constexpr qint64 kMiB = qint64(1024) * 1024; // LogView's window, in bytes

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

QByteArray numberedLines(int from, int count, int width = 20)
{
    QByteArray out;
    for (int i = from; i < from + count; ++i)
        out += "line " + QByteArray::number(i) + ' ' + QByteArray(width, 'x') + '\n';
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QToolButton *button(const LogView &view, const char *name)
{
    return view.findChild<QToolButton *>(QString::fromLatin1(name));
}

} // namespace

class tst_LogView : public QObject
{
    Q_OBJECT

private slots:
    void decodesOneUtf8StreamAcrossChunks()
    {
        PushedLog log;
        LogView view(&log, kMiB);
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
        LogView view(&log, kMiB);
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
        LogView view(&log, kMiB);
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
        LogView view(&log, kMiB);
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
        LogView view(&log, kMiB);
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
        LogView view(&log, qint64(8) * 1024);
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
        LogView view(&log, 64 * kMiB);
        view.text()->appendPlainText(QStringLiteral("stale"));
        log.push(0, file);
        view.flush();
        QCOMPARE(view.window().bytes(), file);
        const QString shown = view.text()->toPlainText();
        QVERIFY(shown.startsWith(QStringLiteral("flood 15000\n")));
        QVERIFY(shown.endsWith(QStringLiteral("flood 24999\n")));
        QCOMPARE(view.text()->document()->blockCount(), 10001); // 10,000 lines and the empty last block
        QVERIFY2(view.statusLabel()->text().contains(QStringLiteral("the last %1 lines on screen").arg(QLocale().toString(10001))),
                 qPrintable(view.statusLabel()->text()));
        log.push(file.size(), "after\n");
        view.flush();
        QVERIFY(view.text()->toPlainText().endsWith(QStringLiteral("flood 24999\nafter\n")));
    }

    void restartClearsAndSaysSo()
    {
        PushedLog log;
        LogView view(&log, kMiB);
        log.push(0, "old\n");
        view.flush();
        Q_EMIT log.restarted(QStringLiteral("stdout shrank"));
        log.push(0, "new\n");
        view.flush();
        QCOMPARE(view.text()->toPlainText(), QStringLiteral("new\n"));
        QVERIFY(view.statusLabel()->text().contains(QStringLiteral("stdout shrank")));
    }

    void wrapButtonWrapsLongLines()
    {
        PushedLog log;
        LogView view(&log, kMiB);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        log.push(0, "short\n" + QByteArray(2000, 'w') + "\nend\n");
        view.flush();
        QScrollBar *horizontal = view.text()->horizontalScrollBar();
        QCOMPARE(view.text()->lineWrapMode(), QPlainTextEdit::NoWrap);
        QTRY_VERIFY(horizontal->maximum() > 0); // the long line runs off to the right
        QTest::mouseClick(button(view, "wrap"), Qt::LeftButton);
        QVERIFY(button(view, "wrap")->isChecked());
        QCOMPARE(view.text()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        QTRY_COMPARE(horizontal->maximum(), 0);
        QCOMPARE(view.text()->document()->blockCount(), 4); // wrapped on screen, the text unchanged
        QTest::mouseClick(button(view, "wrap"), Qt::LeftButton);
        QCOMPARE(view.text()->lineWrapMode(), QPlainTextEdit::NoWrap);
        QTRY_VERIFY(horizontal->maximum() > 0);
    }

    // Start shows the first line and stays there while the log grows (following stops);
    // End shows the last line and follows again. The buttons and Ctrl+Home / Ctrl+End alike.
    void jumpToStartAndEnd_data()
    {
        QTest::addColumn<bool>("keys");
        QTest::newRow("buttons") << false;
        QTest::newRow("keys") << true;
    }
    void jumpToStartAndEnd()
    {
        QFETCH(bool, keys);
        PushedLog log;
        LogView view(&log, kMiB);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QByteArray file = numberedLines(0, 300);
        log.push(0, file);
        view.flush();
        QScrollBar *vertical = view.text()->verticalScrollBar();
        QVERIFY(vertical->maximum() > 0);
        QCOMPARE(vertical->value(), vertical->maximum()); // following shows the end

        if (keys) {
            view.text()->setFocus();
            QTest::keyClick(view.text(), Qt::Key_Home, Qt::ControlModifier);
        } else {
            QTest::mouseClick(button(view, "jumpStart"), Qt::LeftButton);
        }
        QCOMPARE(vertical->value(), 0);
        QCOMPARE(view.text()->textCursor().blockNumber(), 0);
        QVERIFY(!view.isFollowing());
        QVERIFY(log.paused);
        const QByteArray more = numberedLines(300, 50);
        log.push(file.size(), more); // what was on its way when the source paused
        file += more;
        view.flush();
        QCOMPARE(vertical->value(), 0); // still at the start
        QCOMPARE(view.text()->cursorForPosition(QPoint(2, 2)).block().text(),
                 QStringLiteral("line 0 ") + QString(20, u'x'));

        if (keys)
            QTest::keyClick(view.text(), Qt::Key_End, Qt::ControlModifier);
        else
            QTest::mouseClick(button(view, "jumpEnd"), Qt::LeftButton);
        QVERIFY(view.isFollowing());
        QVERIFY(!log.paused);
        QCOMPARE(vertical->value(), vertical->maximum());
        QVERIFY(view.text()->textCursor().atEnd());
        const QByteArray last = numberedLines(350, 5);
        log.push(file.size(), last);
        view.flush();
        QCOMPARE(vertical->value(), vertical->maximum()); // and stays at the end as the log grows
        QVERIFY(view.text()->toPlainText().endsWith(QString::fromUtf8(last)));
    }

    // Copy: the selection when there is one, else everything shown (the filtered lines
    // when a filter is set).
    void copyCopiesTheSelectionOrEverythingShown()
    {
        PushedLog log;
        LogView view(&log, kMiB);
        view.show();
        log.push(0, "first Grüße\nsecond \xff\nthird\n");
        view.flush();
        QApplication::clipboard()->clear();
        QTest::mouseClick(button(view, "copy"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("first Grüße\nsecond \uFFFD\nthird\n"));

        QTextCursor cursor = view.text()->textCursor();
        cursor.setPosition(6);
        cursor.setPosition(18, QTextCursor::KeepAnchor);
        view.text()->setTextCursor(cursor);
        QTest::mouseClick(button(view, "copy"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Grüße\nsecond"));

        view.text()->moveCursor(QTextCursor::End); // no selection
        view.setFilter(QStringLiteral("^(first|third)"));
        QTest::mouseClick(button(view, "copy"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("first Grüße\nthird\n"));
    }

    // A log without a download (a service log over SSH): Save writes what the window holds.
    void saveWritesTheWindowWhenThereIsNoDownload()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        PushedLog log;
        LogView view(&log, kMiB);
        view.show();
        const QByteArray bytes = "journal line 1\n\xff raw\n";
        log.push(0, bytes);
        view.flush();
        QSignalSpy saved(&view, &LogView::saveFinished);
        answerSaveDialog(dir.filePath(QStringLiteral("service.log")));
        QTest::mouseClick(button(view, "save"), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("service.log"))), bytes);
    }

    // A task's stdout on a real localcluster agent: Save in its view downloads the whole
    // sandbox file (/files/download) and ends with it saved, byte for byte; a broken
    // transfer says so and leaves the file that was there.
    void saveDownloadsTheWholeTaskFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray payload;
        for (int i = 0; i < 3000; ++i)
            payload += "out " + QByteArray::number(i) + " Grüße \xc3 ok\n";
        QFile payloadFile(dir.filePath(QStringLiteral("payload")));
        QVERIFY(payloadFile.open(QIODevice::WriteOnly));
        payloadFile.write(payload);
        payloadFile.close();

        mc::test::LocalClusterProcess cluster({ QStringLiteral("--agents"), QStringLiteral("1") });
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        const QJsonObject app { { QStringLiteral("id"), QStringLiteral("/saver") },
                                { QStringLiteral("cmd"),
                                  QStringLiteral("cat %1; exec sleep 600").arg(payloadFile.fileName()) },
                                { QStringLiteral("instances"), 1 },
                                { QStringLiteral("cpus"), 0.1 },
                                { QStringLiteral("mem"), 16 } };
        QCOMPARE(mc::test::httpRequest("POST", cluster.marathonUrl() + QStringLiteral("/v2/apps"),
                                       QJsonDocument(app).toJson(),
                                       { { "Content-Type", "application/json" } })
                     .status,
                 201);
        QString taskId;
        QDeadlineTimer deadline(15000);
        while (taskId.isEmpty() && !deadline.hasExpired()) {
            const auto tasks = mc::test::httpGet(cluster.leaderUrl() + QStringLiteral("/master/tasks"));
            for (const QJsonArray items = tasks.json().object().value(QStringLiteral("tasks")).toArray();
                 const QJsonValue &t : items) {
                if (t.toObject().value(QStringLiteral("state")).toString() == u"TASK_RUNNING")
                    taskId = t.toObject().value(QStringLiteral("id")).toString();
            }
            if (taskId.isEmpty())
                QTest::qWait(100);
        }
        QVERIFY(!taskId.isEmpty());

        mc::http::HttpClient http;
        LogsPage page(&http, new QLabel);
        page.show();
        const TaskRef ref { taskId, cluster.endpoints().value(QStringLiteral("frameworkId")).toString(),
                            QString() };
        const QUrl agent(cluster.agentUrls().value(0));
        auto *out = new TaskLogSource(&http, agent, ref, QStringLiteral("stdout"));
        page.openTask(taskId, out, new TaskLogSource(&http, agent, ref, QStringLiteral("stderr")));
        LogView *view = page.currentView();
        QCOMPARE(view->source(), out);
        QTRY_VERIFY_WITH_TIMEOUT(out->tail() && readFile(out->tail()->path()).endsWith(payload), 15000);
        const QString sandboxFile = out->tail()->path();

        QSignalSpy messages(&page, &LogsPage::message);
        const QString target = dir.filePath(QStringLiteral("saved-stdout"));
        answerSaveDialog(target);
        QTest::mouseClick(button(*view, "save"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !messages.isEmpty()
                && !messages.last().at(0).toString().startsWith(QStringLiteral("Downloading")),
            15000);
        QVERIFY2(!messages.last().at(1).toBool(), qPrintable(messages.last().at(0).toString()));
        QVERIFY(messages.last().at(0).toString().startsWith(QStringLiteral("Saved ") + target));
        const QByteArray saved = readFile(target);
        QVERIFY(saved.endsWith(payload));
        QVERIFY(saved == readFile(sandboxFile));

        // The agent drops the downloads: an error, and the earlier save stays as it was.
        QCOMPARE(mc::test::httpRequest("POST", agent.toString() + QStringLiteral("/__admin/faults"),
                                       R"({"target":"agent","path":"/files/download","mode":"drop"})",
                                       { { "Content-Type", "application/json" } })
                     .status,
                 201);
        messages.clear();
        answerSaveDialog(target); // replace it? yes; but the download breaks
        QTest::mouseClick(button(*view, "save"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !messages.isEmpty()
                && !messages.last().at(0).toString().startsWith(QStringLiteral("Downloading")),
            15000);
        QVERIFY(messages.last().at(1).toBool());
        QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("left as it was")),
                 qPrintable(messages.last().at(0).toString()));
        QCOMPARE(readFile(target), saved);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList { QStringLiteral("payload"), QStringLiteral("saved-stdout") }));
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
