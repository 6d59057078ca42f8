// AuditLog: one whole JSON line per action, secrets never written, two
// processes appending at once, kill -9 in the middle of appends, rotation.
// The test re-runs its own executable as the appending child process.

#include "core/audit/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace mc::audit;
using namespace Qt::StringLiterals;

namespace {
const char *const kChildPath = "TST_AUDIT_CHILD_PATH";
const char *const kChildLines = "TST_AUDIT_CHILD_LINES"; // -1: until killed
const char *const kChildPad = "TST_AUDIT_CHILD_PAD";

int childMain()
{
    const AuditLog log(qEnvironmentVariable(kChildPath));
    const int lines = qEnvironmentVariableIntValue(kChildLines);
    const QString pad(qEnvironmentVariableIntValue(kChildPad), u'x');
    for (int i = 0; lines < 0 || i < lines; ++i) {
        AuditEntry e;
        e.cluster = u"child"_s;
        e.action = u"test.append"_s;
        e.targets = { QString::number(QCoreApplication::applicationPid()), QString::number(i) };
        e.parameters = { { u"pad"_s, pad } };
        if (const auto written = log.append(e); !written) {
            qCritical("%s", qPrintable(written.error().message));
            return 1;
        }
    }
    return 0;
}

QProcess *startChild(QObject *parent, const QString &path, int lines, int pad)
{
    auto *p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildPath), path);
    env.insert(QString::fromLatin1(kChildLines), QString::number(lines));
    env.insert(QString::fromLatin1(kChildPad), QString::number(pad));
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QCoreApplication::applicationFilePath(), {});
    return p;
}

int lineCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(f.readAll().count('\n'));
}
} // namespace

class tst_AuditLog : public QObject
{
    Q_OBJECT

private slots:
    void writesOneLineWithEveryField();
    void neverWritesASecret();
    void filters();
    void twoProcessesAppendingAtOnceLeaveWholeLines();
    void killNineDuringAppendsLeavesWholeLines();
    void aLineCutShortIsEndedBeforeTheNextOne();
    void rotatesBySizeAndKeepsByCount();
    void saysWhyItCannotWrite();
};

void tst_AuditLog::writesOneLineWithEveryField()
{
    QTemporaryDir dir;
    const AuditLog log(dir.filePath(u"sub/audit.jsonl"_s));
    AuditEntry e;
    e.workspace = u"/home/op/prod.mcw.yaml"_s;
    e.cluster = u"prod"_s;
    e.action = u"app.scale"_s;
    e.targets = { u"/web"_s };
    e.parameters = { { u"instances"_s, 3 } };
    e.outcome = AuditEntry::Outcome::Failed;
    e.durationMs = 120;
    e.error = u"Marathon answered 409: deployment in progress"_s;
    e.frontEnd = u"cli"_s;
    QVERIFY(log.append(e).ok());

    QFile f(log.path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    QCOMPARE(all.count('\n'), 1);
    QVERIFY(all.endsWith('\n'));
    QCOMPARE(QFileInfo(log.path()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    const QJsonObject o = QJsonDocument::fromJson(all).object();
    for (const char *key : { "time", "user", "machine", "workspace", "cluster", "action", "targets",
                             "parameters", "result", "duration_ms", "error", "front_end" })
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QVERIFY(o.value(u"time"_s).toString().endsWith(u'Z'));
    QVERIFY(!o.value(u"user"_s).toString().isEmpty());
    QCOMPARE(o.value(u"result"_s).toString(), u"failed"_s);
    QCOMPARE(o.value(u"parameters"_s).toObject().value(u"instances"_s).toInt(), 3);

    const auto read = log.read();
    QVERIFY(read.ok());
    QCOMPARE(read->entries.size(), 1);
    QCOMPARE(read->entries.front().targets, QStringList { u"/web"_s });
    QCOMPARE(read->entries.front().error, e.error);
    QCOMPARE(read->unreadableLines, 0);
}

void tst_AuditLog::neverWritesASecret()
{
    QTemporaryDir dir;
    const AuditLog log(dir.filePath(u"audit.jsonl"_s));
    AuditEntry e;
    e.action = u"service.restart"_s;
    e.parameters = QJsonObject {
        { u"host"_s, u"m1.example"_s },
        { u"sudoPassword"_s, u"hunter2-secret-1"_s },
        { u"ssh"_s, QJsonObject { { u"passphrase"_s, u"hunter2-secret-2"_s }, { u"user"_s, u"admin"_s } } },
        { u"headers"_s, QJsonArray { QJsonObject { { u"Authorization"_s, u"token=hunter2-secret-3"_s } } } },
        { u"private_key"_s, u"-----BEGIN hunter2-secret-4"_s },
        { u"apiToken"_s, u"hunter2-secret-5"_s },
        { u"command"_s,
          u"mysql --password=hunter2-secret-6 -e 'select 1'; API_TOKEN=hunter2-secret-7 ./x"_s },
    };
    QVERIFY(log.append(e).ok());
    QFile f(log.path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    QVERIFY2(!all.contains("hunter2"), all.constData());
    QVERIFY(all.contains("m1.example"));
    QVERIFY(all.contains("admin"));
    QVERIFY(all.contains("select 1"));
    QCOMPARE(all.count("[redacted]"), 7);
}

void tst_AuditLog::filters()
{
    QTemporaryDir dir;
    const AuditLog log(dir.filePath(u"audit.jsonl"_s));
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const struct
    {
        int minutes;
        const char *cluster;
        const char *action;
        const char *target;
        AuditEntry::Outcome outcome;
    } rows[] = {
        { 0, "prod", "app.scale", "/web", AuditEntry::Outcome::Ok },
        { 10, "prod", "task.kill", "web.1234", AuditEntry::Outcome::Failed },
        { 20, "staging", "app.restart", "/api", AuditEntry::Outcome::Ok },
        { 30, "prod", "service.restart", "m1:mesos-master", AuditEntry::Outcome::Refused },
    };
    for (const auto &r : rows) {
        AuditEntry e;
        e.time = t0.addSecs(qint64(r.minutes) * 60);
        e.cluster = QString::fromLatin1(r.cluster);
        e.action = QString::fromLatin1(r.action);
        e.targets = { QString::fromLatin1(r.target) };
        e.outcome = r.outcome;
        QVERIFY(log.append(e).ok());
    }
    const auto count = [&](const std::function<void(AuditFilter &)> &set) {
        AuditFilter f;
        set(f);
        return int(log.read(f)->entries.size());
    };
    QCOMPARE(count([](AuditFilter &) {}), 4);
    QCOMPARE(count([&](AuditFilter &f) { f.cluster = u"prod"_s; }), 3);
    QCOMPARE(count([&](AuditFilter &f) { f.action = u"app."_s; }), 2);
    QCOMPARE(count([&](AuditFilter &f) { f.action = u"app"_s; }), 0);
    QCOMPARE(count([&](AuditFilter &f) { f.target = u"WEB"_s; }), 2);
    QCOMPARE(count([&](AuditFilter &f) { f.outcome = AuditEntry::Outcome::Refused; }), 1);
    QCOMPARE(count([&](AuditFilter &f) { f.since = t0.addSecs(qint64(15) * 60); }), 2);
    QCOMPARE(count([&](AuditFilter &f) { f.until = t0.addSecs(qint64(15) * 60); }), 2);
    QCOMPARE(count([&](AuditFilter &f) { f.text = u"STAGING"_s; }), 1);
    QCOMPARE(log.read()->entries.at(1).action, u"task.kill"_s); // oldest first
}

void tst_AuditLog::twoProcessesAppendingAtOnceLeaveWholeLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"audit.jsonl"_s);
    // Lines of ~3 KB (2,000 stay below the 10 MiB rotation): most straddle a page
    // boundary, so a write the kernel split would show.
    QProcess *a = startChild(this, path, 1000, 3000);
    QProcess *b = startChild(this, path, 1000, 3000);
    QVERIFY(a->waitForFinished(240000));
    QVERIFY(b->waitForFinished(240000));
    QCOMPARE(a->exitCode(), 0);
    QCOMPARE(b->exitCode(), 0);
    const AuditLog log(path);
    const auto read = log.read();
    QVERIFY(read.ok());
    QCOMPARE(read->unreadableLines, 0);
    QCOMPARE(read->entries.size(), 2000);
    QCOMPARE(lineCount(path), 2000);
    // Each child's lines are all there, in its own order.
    QHash<QString, int> next;
    for (const AuditEntry &e : read->entries) {
        QCOMPARE(e.targets.size(), 2);
        QCOMPARE(e.targets.at(1).toInt(), next[e.targets.at(0)]++);
    }
    QCOMPARE(next.size(), 2);
}

void tst_AuditLog::killNineDuringAppendsLeavesWholeLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"audit.jsonl"_s);
    constexpr int kKills = 40;
    for (int i = 0; i < kKills; ++i) {
        const qint64 before = QFileInfo(path).size();
        QProcess *child = startChild(this, path, -1, 20000);
        QVERIFY(child->waitForStarted());
        // Once it writes, at a random moment of its appends (each ~20 KB, five pages). The
        // size changes rather than grows: an append that rotated the log left it smaller.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() != before, 20000);
        QTest::qWait(QRandomGenerator::global()->bounded(0, 30));
        ::kill(pid_t(child->processId()), SIGKILL);
        QVERIFY(child->waitForFinished(10000));
        QCOMPARE(child->exitStatus(), QProcess::CrashExit);
        delete child;
    }
    const AuditLog log(path);
    AuditEntry last;
    last.action = u"test.after"_s;
    QVERIFY(log.append(last).ok());

    const auto read = log.read();
    QVERIFY(read.ok());
    QVERIFY(read->entries.size() > kKills);
    QCOMPARE(read->entries.back().action, u"test.after"_s);
    // Every line is either a whole entry or one a kill cut short (at most one per
    // kill), and such a line never swallows the next one.
    QVERIFY2(read->unreadableLines <= kKills, qPrintable(QString::number(read->unreadableLines)));
    int lines = 0; // in every file: ~20 KB lines reach the 10 MiB rotation on a fast machine
    for (const QString &file : log.files())
        lines += lineCount(file);
    QCOMPARE(int(read->entries.size()) + read->unreadableLines, lines);
    qInfo("%d kills: %lld whole lines, %d cut short", kKills, qlonglong(read->entries.size()),
          read->unreadableLines);
}

// What a kill in the middle of a write leaves, made on purpose: the next entry starts on a line
// of its own (the kill test above meets it only when its last kill cuts a line).
void tst_AuditLog::aLineCutShortIsEndedBeforeTheNextOne()
{
    QTemporaryDir dir;
    const AuditLog log(dir.filePath(u"audit.jsonl"_s));
    AuditEntry first;
    first.action = u"test.first"_s;
    QVERIFY(log.append(first).ok());
    QFile f(log.path());
    QVERIFY(f.open(QIODevice::Append));
    const QByteArray cut = "{\"time\":\"2026-12-08T00:00:00.000Z\",\"action\":\"test.cut\",\"pad\":\"xx";
    QVERIFY(f.write(cut) == cut.size());
    f.close();
    AuditEntry after;
    after.action = u"test.after"_s;
    QVERIFY(log.append(after).ok());

    const auto read = log.read();
    QVERIFY(read.ok());
    QCOMPARE(read->entries.size(), 2);
    QCOMPARE(read->entries.front().action, u"test.first"_s);
    QCOMPARE(read->entries.back().action, u"test.after"_s);
    QCOMPARE(read->unreadableLines, 1);
    QCOMPARE(lineCount(log.path()), 3);
}

void tst_AuditLog::rotatesBySizeAndKeepsByCount()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"audit.jsonl"_s);
    const AuditLog log(path, 8192, 2);
    for (int i = 0; i < 40; ++i) {
        AuditEntry e;
        e.action = u"test.rotate"_s;
        e.targets = { QString::number(i) };
        e.parameters = { { u"pad"_s, QString(1000, u'x') } };
        QVERIFY(log.append(e).ok());
    }
    QCOMPARE(log.files(), (QStringList { path + u".2"_s, path + u".1"_s, path }));
    QVERIFY(!QFileInfo::exists(path + u".3"_s));
    for (const QString &f : log.files())
        QVERIFY2(QFileInfo(f).size() <= 8192, qPrintable(f));
    const auto read = log.read();
    QCOMPARE(read->unreadableLines, 0);
    QCOMPARE(read->entries.back().targets, QStringList { u"39"_s });
    for (qsizetype i = 1; i < read->entries.size(); ++i)
        QCOMPARE(read->entries.at(i).targets.at(0).toInt(),
                 read->entries.at(i - 1).targets.at(0).toInt() + 1);
}

void tst_AuditLog::saysWhyItCannotWrite()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const AuditLog log(dir.filePath(u"file/audit.jsonl"_s)); // its folder is a file
    AuditEntry e;
    e.action = u"app.scale"_s;
    const auto written = log.append(e);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(dir.filePath(u"file"_s)), qPrintable(written.error().message));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(kChildPath)) {
        QCoreApplication app(argc, argv);
        return childMain();
    }
    QCoreApplication app(argc, argv);
    tst_AuditLog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_AuditLog.moc"
