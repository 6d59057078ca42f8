// Every page of the main window, as the console builds it: each control a
// keyboard can reach has a name a screen reader can say.

#include "app/gui/Composition.h"
#include "core/http/HttpClient.h"
#include "core/inventory/ClusterProfile.h"
#include "core/marathon/MarathonClient.h"
#include "core/settings/AppSettings.h"
#include "widgets/apps/AppEditDialog.h"
#include "widgets/cluster/ConnectDialog.h"
#include "widgets/inventory/BulkAddDialog.h"
#include "widgets/inventory/ClusterProfileDialog.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/settings/SettingsDialog.h"
#include "widgets/ssh/HostKeyDialog.h"
#include "widgets/ssh/SecretDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

namespace {

// What Qt's accessibility gives a control as its name: the accessible name,
// a button's text, the label whose buddy it is, or the tool tip.
QString spokenName(QWidget *w, const QList<QLabel *> &labels)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty())
        return button->text();
    for (QLabel *label : labels) {
        if (label->buddy() == w && !label->text().isEmpty())
            return label->text();
    }
    return w->toolTip();
}

bool reachable(QWidget *w)
{
    return w->focusPolicy() != Qt::NoFocus && w->isEnabledTo(w->window());
}

// Every control of `root` a keyboard can reach that has no name a screen reader can say.
QStringList unnamedControls(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    QStringList unnamed;
    const auto check = [&](QWidget *w) {
        if (!reachable(w) || w->inherits("QComboBoxListView") || w->objectName() == u"qt_spinbox_lineedit")
            return;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            return; // an editable combo box's own line edit: the combo box is named
        if (spokenName(w, labels).isEmpty()) {
            QString path = QString::fromLatin1(w->metaObject()->className());
            for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
                if (!p->objectName().isEmpty()) {
                    path += u" in " + p->objectName();
                    break;
                }
            }
            unnamed << path + (w->objectName().isEmpty() ? QString() : u" #" + w->objectName());
        }
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w))
            check(w);
    }
    unnamed.removeDuplicates();
    return unnamed;
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyReachableControlHasAName()
    {
        mc::widgets::MainWindow window;
        mc::app::StartOptions options;
        // Addresses nothing answers on: the cluster pages are built, the watcher reports errors.
        options.masters = { QStringLiteral("http://127.0.0.1:9") };
        options.marathons = { QStringLiteral("http://127.0.0.1:9") };
        mc::app::Composition composition(&window, options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList unnamed = unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n  " + unnamed.join(u"\n  ")));
    }

    // The dialogs, as each opens.
    void everyDialogControlHasAName_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const char *name :
             { "connect", "settings", "clusterProfile", "bulkAdd", "appEdit", "hostKey", "secret" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyDialogControlHasAName()
    {
        QFETCH(QString, dialog);
        mc::http::HttpClient http;
        mc::marathon::MarathonClient marathon(&http, QUrl(QStringLiteral("http://127.0.0.1:9")));
        std::unique_ptr<QWidget> shown;
        if (dialog == u"connect")
            shown = std::make_unique<mc::widgets::ConnectDialog>();
        else if (dialog == u"settings")
            shown = std::make_unique<mc::widgets::SettingsDialog>(mc::settings::AppSettings {});
        else if (dialog == u"clusterProfile")
            shown = std::make_unique<mc::widgets::ClusterProfileDialog>(mc::inventory::ClusterProfile {});
        else if (dialog == u"bulkAdd")
            shown = std::make_unique<mc::widgets::BulkAddDialog>(
                QStringList { QStringLiteral("masters"), QStringLiteral("agents") },
                QStringLiteral("agents"));
        else if (dialog == u"appEdit")
            shown = std::make_unique<mc::widgets::AppEditDialog>(&marathon, mc::marathon::AppDefinition {});
        else if (dialog == u"hostKey")
            shown = std::make_unique<mc::widgets::HostKeyDialog>(
                mc::ssh::UnknownHostKey { QStringLiteral("m1"), QStringLiteral("10.0.0.1"), 22,
                                          QStringLiteral("ssh-ed25519"), QStringLiteral("SHA256:abc") });
        else
            shown = std::make_unique<mc::widgets::SecretDialog>(mc::ssh::SecretRequest {
                QStringLiteral("m1"), mc::ssh::SecretKind::Password, QStringLiteral("Password") });
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
        const QStringList unnamed = unnamedControls(shown.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n  " + unnamed.join(u"\n  ")));
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_Accessibility.moc"
