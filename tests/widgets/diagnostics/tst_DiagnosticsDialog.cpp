// Help ▸ Diagnostics as a person uses it for a bug report: the main window's Help menu opens
// the recent log (filled by the application's message handler, from any thread), the
// category filter narrows it, Copy and Save… give it with a header, and no secret gets
// through. With MC_SCREENSHOT_DIR set it saves the dialog in the light and the dark theme.

#include "core/settings/AppSettings.h"
#include "core/util/LogRing.h"
#include "core/util/Logging.h"
#include "widgets/diagnostics/DiagnosticsDialog.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/settings/Appearance.h"

#include "tests/support/LayoutChecks.h"
#include "tests/support/SaveDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using mc::widgets::DiagnosticsDialog;
using mc::widgets::MainWindow;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A few lines as the console writes them, one from a worker thread, two with secrets.
void logSomeDecisions()
{
    qCInfo(mc::lcCluster) << "Leading master m1:5050 found via masters m1:5050, m2:5050";
    qCWarning(mc::lcSsh).noquote() << "h2 host key CHANGED: offered ssh-ed25519 SHA256:abc - refused";
    std::unique_ptr<QThread> worker(
        QThread::create([] {
            qCInfo(mc::lcProvision) << "h1 zookeeper ok";
            qCInfo(mc::lcHttp).noquote()
                << "GET http://ops:s3cret@m1:5050/master/state with Authorization: Basic b3BzOnMzY3JldA==";
        }));
    worker->start();
    worker->wait();
    qWarning("a Qt warning password=hunter2");
}

} // namespace

class tst_DiagnosticsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        mc::logging::installMessageHandler(&mc::logging::recentLog());
        mc::logging::applyRules(false, false);
        logSomeDecisions();
    }

    void helpMenuOpensTheRecentLogAndSavesIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *diagnostics = window.findChild<QAction *>(QStringLiteral("diagnostics"));
        QVERIFY(diagnostics);
        QVERIFY(window.helpMenu()->actions().contains(diagnostics));
        diagnostics->trigger();
        auto *dialog = window.findChild<DiagnosticsDialog *>(QStringLiteral("diagnosticsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        diagnostics->trigger(); // again: the same dialog, not a second one
        QCOMPARE(window.findChildren<DiagnosticsDialog *>().size(), 1);

        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(mc::test::clippedControls(dialog), QStringList {});
        QCOMPARE(mc::test::mnemonicsWithoutBuddy(dialog), QStringList {});

        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("diagnosticsText"));
        QVERIFY(text);
        const QString all = text->toPlainText();
        QVERIFY2(all.contains(QStringLiteral("mc.cluster info: Leading master m1:5050 found")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("mc.ssh warning: h2 host key CHANGED")));
        QVERIFY(all.contains(QStringLiteral("mc.provision info: h1 zookeeper ok")));
        QVERIFY(all.contains(QStringLiteral("http://ops:***@m1:5050/master/state with Authorization: ***")));
        QVERIFY(all.contains(QStringLiteral("default warning: a Qt warning password=***")));
        for (const char *secret : { "s3cret", "hunter2", "b3BzOnMzY3JldA" })
            QVERIFY2(!all.contains(QLatin1String(secret)), secret);

        // A line logged while the dialog is open shows up.
        qCInfo(mc::lcHaproxy) << "m1 /etc/haproxy/haproxy.cfg replaced, reload done";
        QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("mc.haproxy info: m1")));

        // Only mc.ssh, chosen with the keyboard as a person would.
        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("diagnosticsCategory"));
        QVERIFY(category);
        category->setFocus();
        while (category->currentData().toString() != u"mc.ssh") {
            const int before = category->currentIndex();
            QTest::keyClick(category, Qt::Key_Down);
            QVERIFY(category->currentIndex() != before);
        }
        QTRY_VERIFY(!text->toPlainText().contains(QStringLiteral("mc.cluster")));
        QVERIFY(text->toPlainText().contains(QStringLiteral("host key CHANGED")));

        // Copy: the header and the lines shown.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("diagnosticsCopy")),
                          Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("diagnostic log")) && copied.contains(QStringLiteral("Qt "))
                     && copied.contains(QStringLiteral("mc.ssh warning: h2 host key CHANGED"))
                     && !copied.contains(QStringLiteral("mc.cluster")),
                 qPrintable(copied));

        // Save…: the file dialog answered as a person would; then everything, atomically written.
        category->setCurrentIndex(0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.log"));
        mc::test::answerSaveDialog(path);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("diagnosticsSave")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        const QString saved = readFile(path);
        QVERIFY(saved.startsWith(QStringLiteral("Mesos Console ")));
        QVERIFY(saved.contains(QStringLiteral("mc.cluster info: Leading master m1:5050 found")));
        QVERIFY(saved.contains(QStringLiteral("mc.haproxy info:")));
        for (const char *secret : { "s3cret", "hunter2", "b3BzOnMzY3JldA" })
            QVERIFY2(!saved.contains(QLatin1String(secret)), secret);

        // Record debug lines: as --verbose, and back.
        auto *debug = dialog->findChild<QCheckBox *>(QStringLiteral("diagnosticsDebug"));
        QVERIFY(!debug->isChecked());
        QTest::mouseClick(debug, Qt::LeftButton);
        QVERIFY(mc::lcSsh().isDebugEnabled());
        qCDebug(mc::lcSsh) << "a debug line";
        QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("mc.ssh debug: a debug line")));
        QTest::mouseClick(debug, Qt::LeftButton);
        QVERIFY(!mc::lcSsh().isDebugEnabled());

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("diagnosticsClose")),
                          Qt::LeftButton);
        QTRY_VERIFY(window.findChildren<DiagnosticsDialog *>().isEmpty()); // deleted on close
    }

    void aFileThatCannotBeWrittenSaysWhy()
    {
        mc::logging::LogRing ring(10);
        DiagnosticsDialog dialog(ring);
        const mc::Status saved = dialog.saveTo(QStringLiteral("/proc/no-such-dir/report.log"));
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(QStringLiteral("/proc/no-such-dir/report.log")),
                 qPrintable(saved.error().message));
    }

    void screenshotsLightAndDark()
    {
        const QString dirName = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (dirName.isEmpty())
            QSKIP("MC_SCREENSHOT_DIR not set");
        for (const auto theme : { mc::settings::Theme::Light, mc::settings::Theme::Dark }) {
            mc::widgets::applyTheme(theme);
            DiagnosticsDialog dialog(mc::logging::recentLog());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(100);
            const QString suffix
                = theme == mc::settings::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
            QVERIFY(dialog.grab().save(dirName + QStringLiteral("/diagnostics-%1.png").arg(suffix)));
        }
        mc::widgets::applyTheme(mc::settings::Theme::Light);
    }
};

QTEST_MAIN(tst_DiagnosticsDialog)
#include "tst_DiagnosticsDialog.moc"
