// The README's two commands (scripts/demo.sh, scripts/test.sh) build their configurations in
// directories of their own and give every cached CMake option each time, so that running one
// after the other, in any order, never builds with a value the other one left in the cache.
//
// The scripts run for real, in a copy of the scripts folder, with `cmake`, `ctest` and
// install-deps.sh replaced by recorders: every cmake invocation is written to a log.

#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeExecutable(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return false;
    file.close();
    return file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
}

// One configure step: its build directory and its -D options.
struct Configure
{
    QString dir;
    QMap<QString, QString> defines; // the last value of each -DNAME=VALUE wins, as in cmake
};

} // namespace

class tst_BuildScripts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachConfigurationHasItsOwnDirectory();
    void everyCachedOptionIsGivenEachTime();
    void demoTakesWarningsAsErrorsFromTheEnvironment();
    void sanitizerPassSkipsWithoutDiskRoom();

private:
    // Runs scripts/NAME with the recorders; the configure steps it ran, in order (and what it
    // printed, into `output` when given).
    QList<Configure> run(const QString &name, const QStringList &arguments = {},
                         const QMap<QString, QString> &environment = {}, QString *output = nullptr);

    QTemporaryDir m_tree;
    QStringList m_options; // option() names of CMakeLists.txt, plus CMAKE_BUILD_TYPE
};

void tst_BuildScripts::initTestCase()
{
    QVERIFY(m_tree.isValid());
    const QString root = m_tree.path();
    QVERIFY(QDir(root).mkpath(QStringLiteral("scripts")));
    QVERIFY(QDir(root).mkpath(QStringLiteral("tools")));
    for (const QString &name : { QStringLiteral("demo.sh"), QStringLiteral("test.sh") }) {
        QVERIFY(QFile::copy(mc::test::sourceDir() + QStringLiteral("/scripts/") + name,
                            root + QStringLiteral("/scripts/") + name));
    }
    QVERIFY(writeExecutable(root + QStringLiteral("/scripts/install-deps.sh"), "#!/bin/sh\nexit 0\n"));
    // cmake: records its arguments; a configure step leaves a mesos-console that says it ran.
    QVERIFY(writeExecutable(root + QStringLiteral("/tools/cmake"),
                            "#!/usr/bin/env bash\n"
                            "printf '%s\\n' \"$*\" >> \"$MC_TEST_CMAKE_LOG\"\n"
                            "dir=\n"
                            "while [ $# -gt 0 ]; do [ \"$1\" = -B ] && dir=$2; shift; done\n"
                            "if [ -n \"$dir\" ]; then mkdir -p \"$dir/bin\";"
                            " printf '#!/bin/sh\\necho ran \"$@\"\\n' > \"$dir/bin/mesos-console\";"
                            " chmod +x \"$dir/bin/mesos-console\"; fi\n"));
    QVERIFY(writeExecutable(root + QStringLiteral("/tools/ctest"), "#!/bin/sh\nexit 0\n"));

    QFile lists(mc::test::sourceDir() + QStringLiteral("/CMakeLists.txt"));
    QVERIFY(lists.open(QIODevice::ReadOnly));
    static const QRegularExpression option(QStringLiteral(R"(^\s*option\((\w+))"),
                                           QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(QString::fromUtf8(lists.readAll())); it.hasNext();)
        m_options << it.next().captured(1);
    QVERIFY2(m_options.contains(QStringLiteral("MC_WERROR")), qPrintable(m_options.join(u' ')));
    m_options << QStringLiteral("CMAKE_BUILD_TYPE");
}

QList<Configure> tst_BuildScripts::run(const QString &name, const QStringList &arguments,
                                       const QMap<QString, QString> &environment, QString *output)
{
    const QString log = m_tree.filePath(QStringLiteral("cmake-%1.log").arg(name));
    QFile::remove(log);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"),
               m_tree.filePath(QStringLiteral("tools")) + u':' + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("MC_TEST_CMAKE_LOG"), log);
    env.remove(QStringLiteral("MC_WERROR"));
    env.remove(QStringLiteral("MC_SANITIZE"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"),
                  QStringList { m_tree.filePath(QStringLiteral("scripts/") + name) } + arguments);
    const bool finished = process.waitForFinished(60000);
    const QString printed = QString::fromUtf8(process.readAll());
    if (output)
        *output = printed;
    if (!finished || process.exitCode() != 0) {
        qWarning().noquote() << name << "failed:" << printed;
        return {};
    }
    QList<Configure> steps;
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QStringList words = QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
        if (!words.contains(QStringLiteral("-S")))
            continue; // a build step, not a configure step
        Configure step;
        step.dir = words.value(words.indexOf(QStringLiteral("-B")) + 1);
        for (const QString &word : words) {
            if (word.startsWith(QStringLiteral("-D"))) {
                const qsizetype eq = word.indexOf(u'=');
                step.defines.insert(word.mid(2, eq - 2).section(u':', 0, 0), word.mid(eq + 1));
            }
        }
        steps << step;
    }
    return steps;
}

void tst_BuildScripts::eachConfigurationHasItsOwnDirectory()
{
    const QList<Configure> tests
        = run(QStringLiteral("test.sh"), {},
              { { QStringLiteral("MC_SANITIZE"), QStringLiteral("1") },
                { QStringLiteral("MC_SANITIZE_IF_UNDER"), QStringLiteral("100000") },
                { QStringLiteral("MC_SANITIZE_MIN_FREE_GB"), QStringLiteral("0") } });
    QCOMPARE(tests.size(), 2); // the normal pass and the sanitizer pass
    const QList<Configure> demo = run(QStringLiteral("demo.sh"));
    QCOMPARE(demo.size(), 1);

    QSet<QString> dirs;
    for (const Configure &step : tests + demo) {
        QVERIFY2(!dirs.contains(QDir::cleanPath(step.dir)),
                 qPrintable(QStringLiteral("%1 is configured twice").arg(step.dir)));
        dirs.insert(QDir::cleanPath(step.dir));
    }
    QCOMPARE(demo.first().dir, QStringLiteral("build-demo"));
    QCOMPARE(demo.first().defines.value(QStringLiteral("CMAKE_BUILD_TYPE")),
             QStringLiteral("RelWithDebInfo"));
    QCOMPARE(tests.at(0).dir, QStringLiteral("build"));
    QCOMPARE(tests.at(1).dir, QStringLiteral("build-asan"));
    QCOMPARE(tests.at(1).defines.value(QStringLiteral("MC_SANITIZE")), QStringLiteral("ON"));
    QCOMPARE(tests.at(1).defines.value(QStringLiteral("MC_SHARED_LIBS")), QStringLiteral("ON"));
    QCOMPARE(tests.at(0).defines.value(QStringLiteral("MC_SHARED_LIBS")), QStringLiteral("OFF"));
}

void tst_BuildScripts::sanitizerPassSkipsWithoutDiskRoom()
{
    // Not enough room on the disk: the pass is skipped, saying so, rather than failing halfway.
    QString output;
    const QList<Configure> tests
        = run(QStringLiteral("test.sh"), {},
              { { QStringLiteral("MC_SANITIZE"), QStringLiteral("1") },
                { QStringLiteral("MC_SANITIZE_IF_UNDER"), QStringLiteral("100000") },
                { QStringLiteral("MC_SANITIZE_MIN_FREE_GB"), QStringLiteral("1000000000") } },
              &output);
    QCOMPARE(tests.size(), 1);
    QVERIFY2(output.contains(QStringLiteral("ASan + UBSan pass skipped")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("MC_SANITIZE_MIN_FREE_GB")), qPrintable(output));
}

void tst_BuildScripts::everyCachedOptionIsGivenEachTime()
{
    const QList<Configure> steps = run(QStringLiteral("test.sh"), {},
                                       { { QStringLiteral("MC_SANITIZE"), QStringLiteral("1") },
                                         { QStringLiteral("MC_SANITIZE_IF_UNDER"), QStringLiteral("100000") },
                                         { QStringLiteral("MC_SANITIZE_MIN_FREE_GB"), QStringLiteral("0") } })
        + run(QStringLiteral("demo.sh"), { QStringLiteral("--smoke") });
    QCOMPARE(steps.size(), 3);
    for (const Configure &step : steps) {
        for (const QString &option : std::as_const(m_options)) {
            QVERIFY2(
                step.defines.contains(option),
                qPrintable(
                    QStringLiteral("the configure step of %1 does not give -D%2").arg(step.dir, option)));
        }
    }
}

void tst_BuildScripts::demoTakesWarningsAsErrorsFromTheEnvironment()
{
    QList<Configure> steps = run(QStringLiteral("demo.sh"));
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().defines.value(QStringLiteral("MC_WERROR")), QStringLiteral("OFF"));
    steps = run(QStringLiteral("demo.sh"), {}, { { QStringLiteral("MC_WERROR"), QStringLiteral("1") } });
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().defines.value(QStringLiteral("MC_WERROR")), QStringLiteral("ON"));
}

QTEST_GUILESS_MAIN(tst_BuildScripts)
#include "tst_BuildScripts.moc"
