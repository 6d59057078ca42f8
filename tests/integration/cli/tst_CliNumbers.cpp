// mesos-console-cli's tables read for people at scale-mode sizes: localcluster with 2,000
// agents and 19,990 tasks (1,999 CPUs and 1.2 TiB in use), in en_US and de_DE.
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

// The rows of a table the CLI printed, each split into its cells (columns are 2+ spaces apart).
QList<QStringList> tableOf(const QString &command, const QString &master, const QString &locale)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    process.setProcessEnvironment(env);
    process.start(mc::test::executablePath(QStringLiteral("mesos-console-cli")),
                  { command, QStringLiteral("--master"), master });
    if (!process.waitForFinished(90000) || process.exitCode() != 0) {
        qWarning().noquote() << process.readAllStandardError();
        return {};
    }
    static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
    QList<QStringList> rows;
    for (const QString &line :
         QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts))
        rows << line.split(gap);
    return rows;
}

bool scientific(const QList<QStringList> &rows)
{
    static const QRegularExpression notation(QStringLiteral("[0-9][eE][+][0-9]"));
    for (const QStringList &row : rows) {
        if (row.join(u' ').contains(notation))
            return true;
    }
    return false;
}

} // namespace

class tst_CliNumbers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void frameworksAtScale();
    void agentsAtScale();

private:
    std::unique_ptr<mc::test::LocalClusterProcess> m_cluster;
};

void tst_CliNumbers::initTestCase()
{
    // One real agent and 1,999 synthetic ones (32 CPUs, 128 GiB, 1 TiB disk) with ten 0.1-CPU, 64 MiB
    // tasks each.
    m_cluster = std::make_unique<mc::test::LocalClusterProcess>(
        QStringList { QStringLiteral("--agents"), QStringLiteral("1"), QStringLiteral("--scale"),
                      QStringLiteral("agents=2000,apps=20,tasks=19990") });
    QVERIFY2(m_cluster->start(60000), qPrintable(m_cluster->error()));
}

void tst_CliNumbers::frameworksAtScale()
{
    for (const auto &[locale, tasks, cpus, mem] :
         { std::tuple { QStringLiteral("en_US.UTF-8"), QStringLiteral("19,990"), QStringLiteral("1,999"),
                        QStringLiteral("1.2 TiB") },
           std::tuple { QStringLiteral("de_DE.UTF-8"), QStringLiteral("19.990"), QStringLiteral("1.999"),
                        QStringLiteral("1,2 TiB") } }) {
        const QList<QStringList> rows = tableOf(QStringLiteral("frameworks"), m_cluster->leaderUrl(), locale);
        QVERIFY(rows.size() >= 2);
        QCOMPARE(rows.first().mid(0, 5).join(u'|'), QStringLiteral("NAME|STATUS|TASKS|CPUS|MEM"));
        QCOMPARE(rows.at(1).mid(0, 5).join(u'|'),
                 QStringList({ QStringLiteral("marathon"), QStringLiteral("active"), tasks, cpus, mem })
                     .join(u'|'));
        QVERIFY(!scientific(rows));
    }
}

void tst_CliNumbers::agentsAtScale()
{
    const QList<QStringList> rows
        = tableOf(QStringLiteral("agents"), m_cluster->leaderUrl(), QStringLiteral("en_US.UTF-8"));
    QCOMPARE(rows.size(), 2001); // the header and 2,000 agents
    QCOMPARE(rows.first().mid(0, 5).join(u'|'), QStringLiteral("HOST|CPUS|MEM|DISK|TASKS"));
    int synthetic = 0;
    for (const QStringList &row : rows.mid(1)) {
        if (!row.first().endsWith(QStringLiteral(".scale.test")))
            continue;
        ++synthetic;
        QCOMPARE(row.mid(1, 4).join(u'|'), QStringLiteral("1/32|640 MiB/128 GiB|0 MiB/1 TiB|10"));
    }
    QCOMPARE(synthetic, 1999);
    QVERIFY(!scientific(rows));
}

QTEST_GUILESS_MAIN(tst_CliNumbers)
#include "tst_CliNumbers.moc"
