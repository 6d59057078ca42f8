// Files the user owns survive a kill -9 in the middle of being written: the
// workspace, an inventory export and the provisioning run journal. This test
// starts itself again as a child (--write-loop KIND PATH) that writes the file
// over and over, alternating two versions (the journal: appending runs), kills
// it with SIGKILL at a random moment many times, and checks after each kill
// that the file is one whole version: never empty, never cut, never mixed.
// (Downloaded logs, the log view's "Save" and the app editor's export go through
// QSaveFile as well: core/logs/FileDownload.cpp, widgets/logs/LogView.cpp,
// widgets/apps/AppEditDialog.cpp.)

#include "core/inventory/InventoryExporter.h"
#include "core/inventory/Workspace.h"
#include "core/provision/RunJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace mc;

namespace {

constexpr int kKills = 50;

// A workspace big enough (about 100 kB) that writing it takes a while.
QString workspaceText(int version)
{
    QString text = QStringLiteral("mesos_console_workspace: 1\nprofile:\n  name: v%1\ninventory:\n  all:\n"
                                  "    children:\n      agents:\n        hosts:\n")
                       .arg(version);
    const QString note = QString(160, QLatin1Char(version % 2 ? 'a' : 'b'));
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral("          agent%1: {ansible_host: 10.%2.%3.%4, note: %5}\n")
                    .arg(i)
                    .arg(version % 2)
                    .arg(i / 250)
                    .arg(i % 250)
                    .arg(note);
    return text;
}

inventory::Workspace workspace(int version)
{
    auto w = inventory::Workspace::fromText(workspaceText(version), QStringLiteral("kill.mcw.yaml"));
    if (!w) {
        std::fprintf(stderr, "workspace: %s\n", qPrintable(w.error().message));
        std::exit(2);
    }
    return *w;
}

provision::RunSummary journalRun(int run)
{
    provision::RunSummary summary;
    provision::HostRecap recap;
    recap.host = QStringLiteral("agent1");
    recap.ok = run + 1; // a host with nothing done is not journalled
    summary.recap << recap;
    for (int i = 0; i < 100; ++i) {
        provision::StepResult step;
        step.host = recap.host;
        step.role = QStringLiteral("mesos-agent");
        step.step = QStringLiteral("step %1 of run %2").arg(i).arg(run);
        step.message = QString(100, QLatin1Char('m'));
        summary.steps << step;
    }
    return summary;
}

// The child: writes forever (until killed); says "ready" after the first write.
int writeLoop(const QString &kind, const QString &path)
{
    const bool journal = kind == u"journal";
    const inventory::Workspace versions[2] = { journal ? inventory::Workspace() : workspace(0),
                                               journal ? inventory::Workspace() : workspace(1) };
    for (int n = 0;; ++n) {
        const inventory::Workspace &w = versions[n % 2];
        bool ok = true;
        if (kind == u"workspace") {
            ok = w.save(path).ok();
        } else if (kind == u"export") {
            ok = inventory::InventoryExporter::writeFile(w.inventory(), path,
                                                         inventory::InventoryFormat::Yaml)
                     .ok();
        } else if (journal) {
            QString error;
            ok = provision::RunJournal::append(path, QStringLiteral("run-%1").arg(n), journalRun(n), &error);
        }
        if (!ok)
            return 3;
        if (n == 0) {
            std::puts("ready");
            std::fflush(stdout);
        }
    }
}

} // namespace

class tst_KillDuringWrite : public QObject
{
    Q_OBJECT

    // Starts the child, lets it write for a random while, kills it with SIGKILL.
    static void killMidWrite(const QString &kind, const QString &path)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--write-loop"), kind, path });
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForReadyRead(60000), "the writer never finished its first write");
        QTest::qSleep(int(QRandomGenerator::global()->bounded(2, 80)));
        QVERIFY2(child.state() == QProcess::Running, "the writer stopped by itself");
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
    }

private slots:
    void workspaceAndExport_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("workspace") << QStringLiteral("workspace");
        QTest::newRow("inventory export") << QStringLiteral("export");
    }

    void workspaceAndExport()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(kind == u"workspace" ? QStringLiteral("kill.mcw.yaml")
                                                               : QStringLiteral("hosts.yml"));
        QByteArray versions[2];
        for (int v = 0; v < 2; ++v) {
            const inventory::Workspace w = workspace(v);
            versions[v]
                = (kind == u"workspace"
                       ? w.toText()
                       : inventory::InventoryExporter::text(w.inventory(), inventory::InventoryFormat::Yaml))
                      .value()
                      .toUtf8();
        }
        QVERIFY(versions[0] != versions[1]);
        int seen[2] = { 0, 0 };
        for (int k = 0; k < kKills; ++k) {
            killMidWrite(kind, path);
            if (QTest::currentTestFailed())
                return;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            const int which = content == versions[0] ? 0 : content == versions[1] ? 1 : -1;
            QVERIFY2(which >= 0,
                     qPrintable(QStringLiteral("kill %1: %2 bytes, neither version (%3 / %4 bytes)")
                                    .arg(k)
                                    .arg(content.size())
                                    .arg(versions[0].size())
                                    .arg(versions[1].size())));
            ++seen[which];
        }
        qInfo("%d kills: version 0 found %d times, version 1 %d times", kKills, seen[0], seen[1]);
        // A kill between QSaveFile's link of its temporary file and the rename
        // can leave that temporary file (never the target half written).
        qInfo("temporary files left: %lld",
              qlonglong(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() - 1));
    }

    void journal()
    {
        QTemporaryDir dir;
        int lastRuns = 0;
        for (int k = 0; k < kKills; ++k) {
            killMidWrite(QStringLiteral("journal"), dir.path());
            if (QTest::currentTestFailed())
                return;
            const QString file = QDir(dir.filePath(QStringLiteral("journal")))
                                     .filePath(provision::RunJournal::fileName(u"agent1"_qs));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY2(content.endsWith('\n'), qPrintable(QStringLiteral("kill %1: a torn last line").arg(k)));
            // Every line whole (the journal grows: only the last is parsed, the
            // others must at least begin and end as a JSON object does).
            const QList<QByteArray> lines = content.trimmed().split('\n');
            for (const QByteArray &line : lines)
                QVERIFY2(line.startsWith("{\"") && line.endsWith('}'),
                         qPrintable(QStringLiteral("kill %1: a broken line").arg(k)));
            QJsonParseError error;
            QJsonDocument::fromJson(lines.last(), &error);
            QVERIFY2(
                error.error == QJsonParseError::NoError,
                qPrintable(QStringLiteral("kill %1: the last line: %2").arg(k).arg(error.errorString())));
            QVERIFY2(
                lines.size() > lastRuns,
                qPrintable(
                    QStringLiteral("kill %1: %2 runs, %3 before").arg(k).arg(lines.size()).arg(lastRuns)));
            lastRuns = int(lines.size());
        }
        qInfo("%d kills: %d whole runs in the journal", kKills, lastRuns);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--write-loop") == 0)
        return writeLoop(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    tst_KillDuringWrite test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_KillDuringWrite.moc"
