#include "widgets/settings/SettingsDialog.h"

#include "tests/support/LayoutChecks.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using mc::settings::AppSettings;
using mc::settings::ProxyMode;
using mc::settings::Theme;
using mc::widgets::SettingsDialog;

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsCurrentValues();
    void typedValuesBecomeSettings();
    void proxyFieldsOnlyForManualProxy();
    void restoreDefaultsResetsNumbers();
    void mnemonicsAreUnderlinedAndWork();

private:
    template<typename T> static T *child(SettingsDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("missing child %s", name);
        return widget;
    }
    static void typeInto(QAbstractSpinBox *box, const QString &text)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, text);
        QTest::keyClick(box, Qt::Key_Tab);
    }
};

void tst_SettingsDialog::showsCurrentValues()
{
    AppSettings current;
    current.sshForks = 17;
    current.sshUser = QStringLiteral("admin");
    current.theme = Theme::Dark;
    SettingsDialog dialog(current);
    QCOMPARE(child<QSpinBox>(dialog, "forks")->value(), 17);
    QCOMPARE(child<QLineEdit>(dialog, "sshUser")->text(), QStringLiteral("admin"));
    QCOMPARE(child<QComboBox>(dialog, "theme")->currentText(), QStringLiteral("Dark"));
    QVERIFY(child<QCheckBox>(dialog, "trayNotifications")->isChecked());
    current.trayNotifications = false;
    SettingsDialog off(current);
    QVERIFY(!child<QCheckBox>(off, "trayNotifications")->isChecked());
}

void tst_SettingsDialog::typedValuesBecomeSettings()
{
    SettingsDialog dialog { AppSettings() };
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QSpinBox>(dialog, "forks"), QStringLiteral("32"));
    typeInto(child<QSpinBox>(dialog, "pollInterval"), QStringLiteral("3000"));
    QTest::keyClicks(child<QLineEdit>(dialog, "sshUser"), QStringLiteral("deploy"));
    child<QComboBox>(dialog, "theme")->setCurrentIndex(1);
    QTest::mouseClick(child<QCheckBox>(dialog, "trayNotifications"), Qt::LeftButton);
    const AppSettings s = dialog.settings();
    QVERIFY(!s.trayNotifications);
    QCOMPARE(s.sshForks, 32);
    QCOMPARE(s.pollIntervalMs, 3000);
    QCOMPARE(s.sshUser, QStringLiteral("deploy"));
    QCOMPARE(s.theme, Theme::Light);
}

void tst_SettingsDialog::proxyFieldsOnlyForManualProxy()
{
    SettingsDialog dialog { AppSettings() };
    auto *mode = child<QComboBox>(dialog, "proxyMode");
    auto *host = child<QLineEdit>(dialog, "proxyHost");
    QVERIFY(!host->isEnabled());
    mode->setCurrentIndex(mode->findData(int(ProxyMode::Manual)));
    QVERIFY(host->isEnabled());
    QTest::keyClicks(host, QStringLiteral("proxy.lan"));
    QCOMPARE(dialog.settings().proxyMode, ProxyMode::Manual);
    QCOMPARE(dialog.settings().proxyHost, QStringLiteral("proxy.lan"));
}

void tst_SettingsDialog::restoreDefaultsResetsNumbers()
{
    AppSettings current;
    current.sshForks = 99;
    current.logWindowMiB = 500;
    SettingsDialog dialog(current);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(dialog.settings().sshForks, AppSettings::kDefaultForks);
    QCOMPARE(dialog.settings().logWindowMiB, AppSettings::kDefaultLogWindowMiB);
}

// "Default &key:" and "Log &font:" showed their "&": rows whose field is a layout had no buddy.
void tst_SettingsDialog::mnemonicsAreUnderlinedAndWork()
{
    SettingsDialog dialog(AppSettings {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList missing = mc::test::mnemonicsWithoutBuddy(&dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text() == u"Default &key:") {
            QTest::keyClick(&dialog, Qt::Key_K, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), label->buddy());
            return;
        }
    }
    QFAIL("no \"Default &key:\" row");
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_SettingsDialog.moc"
