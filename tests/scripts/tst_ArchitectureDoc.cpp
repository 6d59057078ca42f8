// docs/architecture.md describes the house as it is (issue 23): every path, class, member and
// function it names exists in the tree (scripts/check-architecture.py). A rename that leaves
// the plan behind fails here, not in a newcomer's hands.

#include "tests/support/TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_ArchitectureDoc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesOnlyWhatTheTreeHas();
    void aNameThatIsGoneIsFound();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run check(const QStringList &arguments = {}) const;
    QString m_python;
};

void tst_ArchitectureDoc::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty())
        QSKIP("python3 is not installed");
}

tst_ArchitectureDoc::Run tst_ArchitectureDoc::check(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_python,
                  QStringList { mc::test::sourceDir() + QStringLiteral("/scripts/check-architecture.py"),
                                mc::test::sourceDir() }
                      + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

void tst_ArchitectureDoc::namesOnlyWhatTheTreeHas()
{
    const Run run = check();
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral(" 0 not found")), qPrintable(run.output));
}

// The check is not blind: a plan naming a file, a class and a member that do not exist fails.
// (The names are split here: this file is among the sources the script reads.)
void tst_ArchitectureDoc::aNameThatIsGoneIsFound()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString doc = dir.filePath(QStringLiteral("architecture.md"));
    QFile file(doc);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("`core/cluster/ClusterWatcher.h` `core/cluster/NoSuchFile.cpp` `NoSuch"
               "WatcherClass`\n"
               "`ClusterWatcher::route()` `ClusterWatcher::noSuch"
               "Member()`\n");
    file.close();
    const Run run = check({ doc });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QStringLiteral("path core/cluster/NoSuchFile.cpp")), qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("name NoSuch"
                                                "WatcherClass")),
             qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("member ClusterWatcher::noSuch"
                                                "Member")),
             qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral(" 3 not found")), qPrintable(run.output));
}

QTEST_GUILESS_MAIN(tst_ArchitectureDoc)
#include "tst_ArchitectureDoc.moc"
