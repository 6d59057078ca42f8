#include "core/http/HttpClient.h"
#include "core/marathon/MarathonClient.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"
#include "widgets/apps/AppEditDialog.h"
#include "widgets/apps/RowTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mc::marathon;
using mc::widgets::AppEditDialog;
using mc::widgets::RowTable;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile f(mc::test::fixturePath(QStringLiteral("apps/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

void typeInto(QWidget *w, const QString &text)
{
    w->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(w))
        line->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
        spin->selectAll();
    QTest::keyClicks(w, text);
}

void setCell(RowTable *table, int row, int column, const QString &text)
{
    table->table()->item(row, column)->setText(text);
}

// The dialog's Launch (new app) or Save (an edit) button.
QPushButton *submitButton(QWidget *dialog)
{
    return dialog->findChild<QPushButton *>(QStringLiteral("submit"));
}

// The app as localcluster's Marathon has it now.
QJsonObject storedApp(const mc::test::LocalClusterProcess &cluster, const QString &id)
{
    return mc::test::httpGet(cluster.marathonUrl() + QStringLiteral("/v2/apps") + id)
        .json()
        .object()
        .value(QStringLiteral("app"))
        .toObject();
}

bool noDeployments(const mc::test::LocalClusterProcess &cluster)
{
    const mc::test::HttpResult r
        = mc::test::httpGet(cluster.marathonUrl() + QStringLiteral("/v2/deployments"));
    return r.status == 200 && r.json().array().isEmpty();
}

// A command app that deploys at once (no health checks).
AppDefinition sleeper(const QString &id)
{
    AppDefinition app;
    app.id = id;
    app.cmd = QStringLiteral("exec sleep 600");
    app.cpus = 0.1;
    app.mem = 32;
    return app;
}

} // namespace

class TestAppEditDialog : public QObject
{
    Q_OBJECT

private slots:
    void typingTheSeedProducesTheExpectedJson()
    {
        AppEditDialog dialog(nullptr, AppDefinition {});
        dialog.show();
        typeInto(dialog.idEdit(), QStringLiteral("/seed/web"));
        typeInto(dialog.imageEdit(), QStringLiteral("nginx:1.25"));
        typeInto(dialog.cpusEdit(), QStringLiteral("0.25"));
        typeInto(dialog.memEdit(), QStringLiteral("512"));
        typeInto(dialog.instancesEdit(), QStringLiteral("4"));
        QTest::mouseClick(dialog.portsTable()->addButton(), Qt::LeftButton);
        QCOMPARE(dialog.portsTable()->table()->rowCount(), 1);
        QCOMPARE(dialog.definition().toJson(), fixture(QStringLiteral("seed-web.v15.json")));
        QVERIFY(dialog.definition().validate().isEmpty());
    }

    void jsonTabFollowsTheFormAndTheFormFollowsTheJson()
    {
        AppEditDialog dialog(nullptr, AppDefinition::fromJson(fixture(QStringLiteral("seed-web.v15.json"))));
        dialog.show();
        QTest::mouseClick(dialog.envTable()->addButton(), Qt::LeftButton);
        setCell(dialog.envTable(), 0, 0, QStringLiteral("GREETING"));
        setCell(dialog.envTable(), 0, 1, QStringLiteral("hello"));
        dialog.tabs()->setCurrentIndex(AppEditDialog::JsonTab);
        QJsonObject json = QJsonDocument::fromJson(dialog.jsonEdit()->toPlainText().toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("env")).toObject().value(QStringLiteral("GREETING")).toString(),
                 QStringLiteral("hello"));

        json.insert(QStringLiteral("instances"), 7);
        json.insert(QStringLiteral("killSelection"), QStringLiteral("OLDEST_FIRST")); // not on the form
        dialog.jsonEdit()->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
        dialog.tabs()->setCurrentIndex(AppEditDialog::FormTab);
        QCOMPARE(dialog.tabs()->currentIndex(), int(AppEditDialog::FormTab));
        QCOMPARE(dialog.instancesEdit()->value(), 7);
        QCOMPARE(dialog.definition().toJson().value(QStringLiteral("killSelection")).toString(),
                 QStringLiteral("OLDEST_FIRST"));
    }

    void brokenJsonStaysWithItsReason()
    {
        AppEditDialog dialog(nullptr, AppDefinition::fromJson(fixture(QStringLiteral("seed-web.v15.json"))));
        dialog.show();
        dialog.tabs()->setCurrentIndex(AppEditDialog::JsonTab);
        const QString broken = QStringLiteral("{\"id\": \"/seed/web\", ");
        dialog.jsonEdit()->setPlainText(broken);
        dialog.tabs()->setCurrentIndex(AppEditDialog::FormTab);
        QCOMPARE(dialog.tabs()->currentIndex(), int(AppEditDialog::JsonTab));
        QCOMPARE(dialog.jsonEdit()->toPlainText(), broken);
    }

    void invalidFieldsAreMarkedAndNothingIsSent()
    {
        AppEditDialog dialog(nullptr, AppDefinition {});
        dialog.show();
        typeInto(dialog.idEdit(), QStringLiteral("/My_App"));
        QTest::mouseClick(dialog.healthTable()->addButton(), Qt::LeftButton);
        setCell(dialog.healthTable(), 0, 1, QStringLiteral("health"));
        dialog.submit();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.lastResult().has_value());
        QVERIFY(dialog.fieldError(QStringLiteral("/id")).contains(QStringLiteral("lowercase")));
        QVERIFY(dialog.fieldError(QStringLiteral("/cmd")).contains(QStringLiteral("Docker image")));
        QVERIFY2(dialog.fieldError(QStringLiteral("/healthChecks(0)/path")).contains(QStringLiteral("row 1")),
                 qPrintable(dialog.fieldError(QStringLiteral("/healthChecks(0)/path"))));
        QCOMPARE(dialog.idEdit()->text(), QStringLiteral("/My_App"));
    }

    void notANumberInATableIsMarked()
    {
        AppEditDialog dialog(nullptr, AppDefinition::fromJson(fixture(QStringLiteral("seed-web.v15.json"))));
        dialog.networkEdit()->setCurrentIndex(1); // bridge
        setCell(dialog.portsTable(), 0, 0, QStringLiteral("eighty"));
        dialog.submit();
        QVERIFY(dialog.fieldError(QStringLiteral("/container/portMappings(0)/containerPort"))
                    .contains(QStringLiteral("eighty")));
    }

    void switchingToJsonWithTextInANumberCellStaysOnTheForm()
    {
        AppEditDialog dialog(nullptr, AppDefinition::fromJson(fixture(QStringLiteral("seed-web.v15.json"))));
        dialog.show();
        dialog.networkEdit()->setCurrentIndex(1); // bridge
        setCell(dialog.portsTable(), 0, 0, QStringLiteral("eighty"));
        dialog.tabs()->setCurrentIndex(AppEditDialog::JsonTab);
        QCOMPARE(dialog.tabs()->currentIndex(), int(AppEditDialog::FormTab));
        QVERIFY2(dialog.fieldError(QStringLiteral("/container/portMappings(0)/containerPort"))
                     .contains(QStringLiteral("eighty")),
                 qPrintable(dialog.fieldError(QStringLiteral("/container/portMappings(0)/containerPort"))));
        QVERIFY(!dialog.bannerText().isEmpty());
        QCOMPARE(dialog.portsTable()->table()->item(0, 0)->text(), QStringLiteral("eighty"));

        // Corrected: the JSON tab opens with the number.
        setCell(dialog.portsTable(), 0, 0, QStringLiteral("8080"));
        dialog.tabs()->setCurrentIndex(AppEditDialog::JsonTab);
        QCOMPARE(dialog.tabs()->currentIndex(), int(AppEditDialog::JsonTab));
        const QJsonObject json = QJsonDocument::fromJson(dialog.jsonEdit()->toPlainText().toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("container"))
                     .toObject()
                     .value(QStringLiteral("portMappings"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("containerPort"))
                     .toInt(),
                 8080);
    }

    void importThenExportKeepsEveryField()
    {
        QTemporaryDir dir;
        AppEditDialog dialog(nullptr, AppDefinition {});
        QVERIFY(dialog.importFile(mc::test::fixturePath(QStringLiteral("apps/full-app.v15.json"))).ok());
        QCOMPARE(dialog.healthTable()->table()->rowCount(), 2);
        QCOMPARE(dialog.constraintsTable()->table()->rowCount(), 3);
        const QString out = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(dialog.exportFile(out).ok());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object(), fixture(QStringLiteral("full-app.v15.json")));
        QVERIFY(!dialog.importFile(dir.filePath(QStringLiteral("missing.json"))).ok());
    }

    void marathonAnswersLandOnTheFieldsAndTheLockOffersForce()
    {
        mc::test::LocalClusterProcess cluster({ QStringLiteral("--kill-grace"), QStringLiteral("300") });
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        mc::http::HttpClient http;
        MarathonClient client(&http, QUrl(cluster.marathonUrl()));

        // 422: the upgrade strategy passes our spin box limits only through the JSON tab.
        AppDefinition app;
        app.id = QStringLiteral("/dialog/app");
        app.cmd = QStringLiteral("exec sleep 600");
        app.cpus = 0.1;
        app.mem = 32;
        HealthCheck never;
        never.protocol = QStringLiteral("COMMAND");
        never.command = QStringLiteral("false");
        never.gracePeriodSeconds = 600;
        never.intervalSeconds = 2;
        never.timeoutSeconds = 1;
        app.healthChecks = { never };
        {
            AppEditDialog dialog(&client, app);
            dialog.show();
            dialog.tabs()->setCurrentIndex(AppEditDialog::JsonTab);
            QJsonObject json = QJsonDocument::fromJson(dialog.jsonEdit()->toPlainText().toUtf8()).object();
            json.insert(QStringLiteral("backoffFactor"), -1); // not on the form: Marathon says no
            dialog.jsonEdit()->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
            dialog.submit();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.lastResult().has_value(), 10000);
            QCOMPARE(dialog.lastResult()->status, 422);
            QVERIFY(dialog.isVisible());
            QVERIFY2(dialog.bannerText().contains(QStringLiteral("backoffFactor")),
                     qPrintable(dialog.bannerText()));
            QVERIFY(dialog.jsonEdit()->toPlainText().contains(QStringLiteral("\"backoffFactor\": -1")));

            // Fixed: launched, the dialog closes.
            json.remove(QStringLiteral("backoffFactor"));
            dialog.jsonEdit()->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
            dialog.submit();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 10000);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }

        // 409: the never-healthy app keeps its deployment; an edit shows the lock and can force.
        std::optional<mc::Result<QJsonObject>> stored;
        client.fetchApp(app.id, this, [&](mc::Result<QJsonObject> r) { stored = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QVERIFY(stored->ok());
        AppEditDialog edit(&client, AppDefinition::fromJson(stored->value()), stored->value());
        edit.show();
        QVERIFY(edit.idEdit()->isReadOnly());
        typeInto(edit.instancesEdit(), QStringLiteral("2"));
        edit.submit();
        QVERIFY(edit.previewDialog()->isVisible());
        QTest::mouseClick(edit.applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(edit.lastResult().has_value(), 10000);
        QVERIFY(edit.lastResult()->isLocked());
        QVERIFY(edit.forceButton()->isVisible());
        QVERIFY(edit.waitButton()->isVisible());
        QVERIFY(edit.bannerText().contains(edit.lastResult()->blockingDeployments.first()));
        QCOMPARE(edit.instancesEdit()->value(), 2);
        QTest::mouseClick(edit.forceButton(), Qt::LeftButton);
        QVERIFY(!edit.previewDialog()->isVisible()); // the change applied already
        QTRY_VERIFY_WITH_TIMEOUT(!edit.isVisible(), 10000);
        QCOMPARE(edit.result(), int(QDialog::Accepted));
    }

    void marathon422LandsNextToItsField()
    {
        mc::test::LocalClusterProcess cluster;
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        mc::http::HttpClient http;
        MarathonClient client(&http, QUrl(cluster.marathonUrl()));

        // A command app with a volume passes the form's checks; Marathon wants a Docker image then
        // (a container without a type is a Docker container).
        AppEditDialog dialog(&client, sleeper(QStringLiteral("/dialog/volume")));
        dialog.show();
        QTest::mouseClick(dialog.volumesTable()->addButton(), Qt::LeftButton);
        setCell(dialog.volumesTable(), 0, 0, QStringLiteral("data"));
        setCell(dialog.volumesTable(), 0, 1, QStringLiteral("/tmp"));
        QVERIFY(dialog.definition().validate().isEmpty());
        QTest::mouseClick(submitButton(&dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.lastResult().has_value(), 10000);
        QCOMPARE(dialog.lastResult()->status, 422);
        QVERIFY(dialog.isVisible());
        const QString error = dialog.fieldError(QStringLiteral("/container/docker/image"));
        QVERIFY2(error.contains(QStringLiteral("must not be empty")), qPrintable(error));
        // Shown right under the image field, not in a banner only.
        bool underTheField = false;
        for (const QLabel *label : dialog.imageEdit()->parentWidget()->findChildren<QLabel *>())
            underTheField |= label->isVisible() && label->text() == error;
        QVERIFY(underTheField);
        QVERIFY(dialog.fieldError(QStringLiteral("/id")).isEmpty());
        QCOMPARE(dialog.volumesTable()->table()->item(0, 0)->text(), QStringLiteral("data"));
    }

    void editShowsTheChangeAndSendsOnlyIt()
    {
        mc::test::LocalClusterProcess cluster({ QStringLiteral("--kill-grace"), QStringLiteral("300") });
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        mc::http::HttpClient http;
        MarathonClient client(&http, QUrl(cluster.marathonUrl()));
        const QString id = QStringLiteral("/dialog/diff");
        AppDefinition app = sleeper(id);
        app.env = { { QStringLiteral("GREETING"), QStringLiteral("hello") } };
        std::optional<ActionResult> created;
        client.createApp(app, this, [&](ActionResult r) { created = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
        QVERIFY(created->ok());
        QTRY_VERIFY_WITH_TIMEOUT(noDeployments(cluster), 10000);

        const QJsonObject fetched = storedApp(cluster, id);
        AppEditDialog edit(&client, AppDefinition::fromJson(fetched), fetched);
        edit.show();
        QPushButton *save = submitButton(&edit);
        QVERIFY(save);
        QCOMPARE(save->text(), QStringLiteral("Save"));

        // Nothing changed: says so, sends nothing.
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(edit.bannerText().contains(QStringLiteral("Nothing to change")),
                 qPrintable(edit.bannerText()));
        QVERIFY(!edit.previewDialog()->isVisible());
        QVERIFY(!edit.lastResult().has_value());

        // Meanwhile someone else gives the app more memory.
        const mc::test::HttpResult other
            = mc::test::httpRequest("PUT", cluster.marathonUrl() + QStringLiteral("/v2/apps") + id,
                                    R"({"mem":48})", { { "Content-Type", "application/json" } });
        QCOMPARE(other.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(noDeployments(cluster), 10000);

        // Two instances: Save shows that change, and only that.
        typeInto(edit.instancesEdit(), QStringLiteral("2"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(edit.previewDialog()->isVisible());
        const QString preview = edit.previewText();
        QVERIFY2(preview.contains(QStringLiteral("\n-    \"instances\": 1\n")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("\n+    \"instances\": 2\n")), qPrintable(preview));
        for (const QString &untouched :
             { QStringLiteral("mem"), QStringLiteral("cmd"), QStringLiteral("env") })
            QVERIFY2(!preview.contains(untouched), qPrintable(preview));

        // Cancel: nothing goes out, the form keeps the change.
        QTest::mouseClick(
            edit.previewDialog()->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
        QVERIFY(!edit.previewDialog()->isVisible());
        QTest::qWait(200);
        QVERIFY(!edit.lastResult().has_value());
        QCOMPARE(storedApp(cluster, id).value(QStringLiteral("instances")).toInt(), 1);
        QCOMPARE(edit.instancesEdit()->value(), 2);

        // Apply: sent. Marathon has the new count and still the other person's memory (a whole
        // definition would have put 32 MiB back).
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(edit.previewDialog()->isVisible());
        QTest::mouseClick(edit.applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!edit.isVisible(), 10000);
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        const QJsonObject after = storedApp(cluster, id);
        QCOMPARE(after.value(QStringLiteral("instances")).toInt(), 2);
        QCOMPARE(after.value(QStringLiteral("mem")).toDouble(), 48.0);
        QCOMPARE(after.value(QStringLiteral("env")).toObject().value(QStringLiteral("GREETING")).toString(),
                 QStringLiteral("hello"));
    }
};

QTEST_MAIN(TestAppEditDialog)
#include "tst_AppEditDialog.moc"
