#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Builds the real .deb and .tar.gz with CPack, unpacks them into a scratch
// root and runs what they installed.
class tst_Package : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void debInstallsRunnableCliAndDesktopFiles();
    void debDeclaresLibraryDependencies();
    void tgzContainsBothExecutables();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
    };
    static Run run(const QString &program, const QStringList &args, const QString &workDir = {});
    QString buildPackage(const QString &generator, const QString &suffix);

    QTemporaryDir m_packages;
};

tst_Package::Run tst_Package::run(const QString &program, const QStringList &args, const QString &workDir)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(program, args);
    if (!process.waitForFinished(180000)) {
        process.kill();
        return { -1, QStringLiteral("timed out") };
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAll()) };
}

void tst_Package::initTestCase()
{
#ifdef MC_SHARED_LIBS
    QSKIP("Packages are made from a static build; this build's programs need its shared libraries "
          "(MC_SHARED_LIBS, the sanitizer build), which no package carries.");
#endif
    QVERIFY(m_packages.isValid());
    for (const char *tool : { "dpkg-deb", "desktop-file-validate", "appstreamcli", "tar" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("%1 is missing: run scripts/install-deps.sh").arg(QLatin1String(tool))));
    }
}

QString tst_Package::buildPackage(const QString &generator, const QString &suffix)
{
    const Run r = run(mc::test::cpackCommand(),
                      { QStringLiteral("-G"), generator, QStringLiteral("--config"),
                        mc::test::binaryDir() + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"),
                        m_packages.path() + u'/' + generator });
    if (r.exitCode != 0) {
        qWarning().noquote() << r.out;
        return {};
    }
    const QFileInfoList found = QDir(m_packages.path() + u'/' + generator)
                                    .entryInfoList({ QStringLiteral("*") + suffix }, QDir::Files);
    return found.isEmpty() ? QString() : found.constFirst().absoluteFilePath();
}

void tst_Package::debInstallsRunnableCliAndDesktopFiles()
{
    const QString deb = buildPackage(QStringLiteral("DEB"), QStringLiteral(".deb"));
    QVERIFY2(!deb.isEmpty(), "cpack -G DEB produced no package");

    QTemporaryDir root;
    QCOMPARE(run(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), deb, root.path() }).exitCode, 0);

    const Run version
        = run(root.path() + QStringLiteral("/usr/bin/mesos-console-cli"), { QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(QStringLiteral("mesos-console-cli ")), qPrintable(version.out));
    QVERIFY(QFileInfo(root.path() + QStringLiteral("/usr/bin/mesos-console")).isExecutable());

    const QString desktop
        = root.path() + QStringLiteral("/usr/share/applications/org.mesosconsole.MesosConsole.desktop");
    const Run desktopCheck = run(QStringLiteral("desktop-file-validate"), { desktop });
    QVERIFY2(desktopCheck.exitCode == 0 && desktopCheck.out.trimmed().isEmpty(),
             qPrintable(desktopCheck.out));

    const QString metainfo
        = root.path() + QStringLiteral("/usr/share/metainfo/org.mesosconsole.MesosConsole.metainfo.xml");
    const Run metaCheck = run(QStringLiteral("appstreamcli"),
                              { QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo });
    QVERIFY2(metaCheck.exitCode == 0, qPrintable(metaCheck.out));

    for (const char *size : { "16x16", "32x32", "48x48", "128x128", "256x256" }) {
        const QString png = root.path()
            + QStringLiteral("/usr/share/icons/hicolor/%1/apps/org.mesosconsole.MesosConsole.png")
                  .arg(QLatin1String(size));
        QVERIFY2(QFileInfo(png).size() > 0, qPrintable(png));
    }
    QVERIFY(QFileInfo::exists(
        root.path()
        + QStringLiteral("/usr/share/icons/hicolor/scalable/apps/org.mesosconsole.MesosConsole.svg")));

    // Shell completion at the paths bash-completion and zsh look in; the bash one completes.
    const QString bash
        = root.path() + QStringLiteral("/usr/share/bash-completion/completions/mesos-console-cli");
    const QString zsh = root.path() + QStringLiteral("/usr/share/zsh/vendor-completions/_mesos-console-cli");
    QVERIFY2(QFileInfo(zsh).size() > 0, qPrintable(zsh));
    const Run completed
        = run(QStringLiteral("/bin/bash"),
              { QStringLiteral("--norc"), QStringLiteral("-c"),
                QStringLiteral("source '%1' && COMP_WORDS=(mesos-console-cli prov) && COMP_CWORD=1 "
                               "&& _mesos_console_cli && echo \"${COMPREPLY[*]}\"")
                    .arg(bash) });
    QCOMPARE(completed.exitCode, 0);
    QCOMPARE(completed.out.trimmed(), QStringLiteral("provision"));
}

void tst_Package::debDeclaresLibraryDependencies()
{
    const QString deb = buildPackage(QStringLiteral("DEB"), QStringLiteral(".deb"));
    QVERIFY(!deb.isEmpty());
    const Run depends
        = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-f"), deb, QStringLiteral("Depends") });
    QCOMPARE(depends.exitCode, 0);
    QVERIFY2(depends.out.contains(QStringLiteral("libqt6widgets6")), qPrintable(depends.out));
    QVERIFY2(depends.out.contains(QStringLiteral("libqt6core6")), qPrintable(depends.out));
    QVERIFY2(depends.out.contains(QStringLiteral("libvterm0")), qPrintable(depends.out));
}

void tst_Package::tgzContainsBothExecutables()
{
    const QString tgz = buildPackage(QStringLiteral("TGZ"), QStringLiteral(".tar.gz"));
    QVERIFY2(!tgz.isEmpty(), "cpack -G TGZ produced no archive");
    const Run list = run(QStringLiteral("tar"), { QStringLiteral("-tzf"), tgz });
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("bin/mesos-console-cli")), qPrintable(list.out));
    QVERIFY2(list.out.contains(QStringLiteral("bin/mesos-console\n")), qPrintable(list.out));
}

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_Package.moc"
