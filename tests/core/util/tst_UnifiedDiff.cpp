#include "core/util/UnifiedDiff.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_UnifiedDiff : public QObject
{
    Q_OBJECT

private slots:
    void equalTextsGiveNothing();
    void changedLineWithContext();
    void patchAppliesWithRealPatch_data();
    void patchAppliesWithRealPatch();
};

void tst_UnifiedDiff::equalTextsGiveNothing()
{
    QVERIFY(mc::unifiedDiff(QStringLiteral("a\nb\n"), QStringLiteral("a\nb\n"), {}, {}).isEmpty());
}

void tst_UnifiedDiff::changedLineWithContext()
{
    const QString diff = mc::unifiedDiff(QStringLiteral("tickTime=2000\ninitLimit=10\nsyncLimit=5\n"),
                                         QStringLiteral("tickTime=2000\ninitLimit=20\nsyncLimit=5\n"),
                                         QStringLiteral("a/zoo.cfg"), QStringLiteral("b/zoo.cfg"));
    QCOMPARE(diff,
             QStringLiteral("--- a/zoo.cfg\n+++ b/zoo.cfg\n@@ -1,3 +1,3 @@\n tickTime=2000\n"
                            "-initLimit=10\n+initLimit=20\n syncLimit=5\n"));
}

void tst_UnifiedDiff::patchAppliesWithRealPatch_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QString many;
    for (int i = 0; i < 60; ++i)
        many += QStringLiteral("line %1\n").arg(i);
    QString manyChanged = many;
    manyChanged.replace(QStringLiteral("line 5\n"), QStringLiteral("line five\n"));
    manyChanged.replace(QStringLiteral("line 40\n"), QString());
    manyChanged += QStringLiteral("appended\n");
    QTest::newRow("two hunks") << many << manyChanged;
    QTest::newRow("from nothing") << QString() << QStringLiteral("server.1=m1:2888:3888\n");
    QTest::newRow("to nothing") << QStringLiteral("x\ny\n") << QString();
    QTest::newRow("no final newline") << QStringLiteral("a\nb") << QStringLiteral("a\nc\n");
}

// The diff is only useful if the real `patch` turns the old text into the new.
void tst_UnifiedDiff::patchAppliesWithRealPatch()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    if (QStandardPaths::findExecutable(QStringLiteral("patch")).isEmpty())
        QSKIP("patch(1) is not installed");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("f.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(before.toUtf8());
    f.close();
    const QString diff = mc::unifiedDiff(before, after, QStringLiteral("f.txt"), QStringLiteral("f.txt"));
    QProcess patch;
    patch.setWorkingDirectory(dir.path());
    patch.setProcessChannelMode(QProcess::MergedChannels);
    patch.start(QStringLiteral("patch"), { QStringLiteral("-s"), QStringLiteral("f.txt") });
    patch.write(diff.toUtf8());
    patch.closeWriteChannel();
    QVERIFY(patch.waitForFinished(10000));
    QVERIFY2(patch.exitCode() == 0, qPrintable(QString::fromUtf8(patch.readAll()) + diff));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), after);
}

QTEST_GUILESS_MAIN(tst_UnifiedDiff)
#include "tst_UnifiedDiff.moc"
