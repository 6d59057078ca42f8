// File > Open and the workspace's unsaved changes, as composed in the console:
// opening the workspace that is already open asks about its edits first,
// autosave + recovery bring back the inventory and the cluster settings as one
// undoable step, Discard and undo leave no sidecar behind (a crash does), a
// workspace never saved autosaves too, an Ansible inventory opens as a new
// workspace with the importer's warnings in the banner, and a binary file
// leaves the open workspace alone.
#include "app/gui/Composition.h"
#include "core/inventory/Workspace.h"
#include "models/inventory/InventoryDocument.h"
#include "widgets/inventory/ClusterProfileDialog.h"
#include "widgets/inventory/InventoryView.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace mc;
using inventory::Workspace;
using namespace std::chrono_literals;

namespace {

// While it lives, answers every message box with `button` (or, when the box has no such
// button, Cancel or No) and keeps the questions asked.
class Answer
{
public:
    explicit Answer(QMessageBox::StandardButton button)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            questions << box->text();
            QAbstractButton *b = box->button(button);
            for (auto other : { QMessageBox::Cancel, QMessageBox::No })
                b = b ? b : box->button(other);
            (b ? b : box->buttons().constFirst())->click();
        });
        m_timer.start();
    }

    QStringList questions;

private:
    QTimer m_timer;
};

// A workspace and an inventory on loopback addresses with a closed SSH port: the Services
// page's SSH probes and the cluster watcher fail at once instead of waiting for time-outs.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

QString writeWorkspace(const QTemporaryDir &dir)
{
    return writeFile(dir, QStringLiteral("lab.mcw.yaml"), R"(mesos_console_workspace: 1
profile:
  name: lab
  ssh:
    user: ubuntu
    port: 1
inventory:
  all:
    children:
      masters:
        hosts:
          m1: {zoo_id: 1, ansible_host: 127.0.0.1}
          m2: {zoo_id: 2, ansible_host: 127.0.0.2}
          m3: {zoo_id: 3, ansible_host: 127.0.0.3}
      agents:
        hosts:
          a1: {ansible_host: 127.0.0.4}
)");
}

// An Ansible INI inventory the importer warns about (a group name with a dash).
QString writeInventory(const QTemporaryDir &dir)
{
    return writeFile(dir, QStringLiteral("hosts.ini"), R"([all:vars]
ansible_port=1

[mesos_masters]
m1 zoo_id=1 ansible_host=127.0.0.1
m2 zoo_id=2 ansible_host=127.0.0.2
m3 zoo_id=3 ansible_host=127.0.0.3

[mesos_slaves]
a1 ansible_host=127.0.0.4

[mesos-ops]
a1
)");
}

app::StartOptions quickAutosave(const QString &workspace = {})
{
    app::StartOptions options;
    options.workspacePath = workspace;
    options.autosaveInterval = 20ms;
    return options;
}

// The cluster settings dialog, as a user changes the SSH user.
void changeSshUser(widgets::InventoryView *view, const QString &user)
{
    QTimer::singleShot(0, view, [user] {
        auto *dialog = qobject_cast<widgets::ClusterProfileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("sshUser"));
        edit->selectAll();
        QTest::keyClicks(edit, user);
        dialog->accept();
    });
    view->clusterSettingsAction()->trigger();
}

// The window and its composition as main() makes them. Going away it ends without a close
// event (nothing asked, the autosave left behind), as a crash would.
struct Console
{
    explicit Console(const app::StartOptions &options)
        : composition(new app::Composition(&window, options))
    { }
    ~Console() { window.hide(); }

    [[nodiscard]] widgets::InventoryView *view() const
    {
        return window.findChild<widgets::InventoryView *>();
    }
    [[nodiscard]] models::InventoryDocument *doc() const
    {
        return composition->findChild<models::InventoryDocument *>();
    }
    bool show()
    {
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    widgets::MainWindow window;
    app::Composition *composition;
};

const QString kUnsavedQuestion
    = QStringLiteral("The inventory has changes that are not saved. Save them before going on?");

} // namespace

class tst_OpenWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        QFile::remove(Workspace::untitledAutosavePath());
    }

    void cleanup() { QFile::remove(Workspace::untitledAutosavePath()); }

    void reopeningTheModifiedWorkspaceAsksFirst()
    {
        QTemporaryDir dir;
        const QString path = writeWorkspace(dir);
        const QString sidecar = Workspace::autosavePath(path);
        Console console(quickAutosave(path));
        QVERIFY(console.show());
        auto *view = console.view();
        auto *doc = console.doc();
        QCOMPARE(doc->path(), QFileInfo(path).absoluteFilePath());

        QVERIFY(view->addGroup(QStringLiteral("edge")).ok());
        QTRY_VERIFY(QFile::exists(sidecar));

        // Open Recent on the open workspace: asked first; Cancel keeps the edits and their undo.
        {
            Answer cancel(QMessageBox::Cancel);
            Q_EMIT console.window.openWorkspaceRequested(path);
            QCOMPARE(cancel.questions, QStringList { kUnsavedQuestion });
        }
        QVERIFY(doc->inventory().hasGroup(QStringLiteral("edge")));
        QVERIFY(doc->isModified());
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(QFile::exists(sidecar));

        // Discard: the file as saved, and nothing to offer for recovery afterwards.
        {
            Answer discard(QMessageBox::Discard);
            Q_EMIT console.window.openWorkspaceRequested(path);
            QCOMPARE(discard.questions, QStringList { kUnsavedQuestion });
        }
        QVERIFY(!doc->inventory().hasGroup(QStringLiteral("edge")));
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->undoStack()->count(), 0);
        QTest::qWait(100); // a few autosave rounds
        QVERIFY(!QFile::exists(sidecar));
        QVERIFY(!Workspace::hasRecoverableAutosave(path));
    }

    void recoversProfileAndInventoryAsOneStep()
    {
        QTemporaryDir dir;
        const QString path = writeWorkspace(dir);
        const QString sidecar = Workspace::autosavePath(path);
        {
            Console console(quickAutosave(path));
            QVERIFY(console.show());
            auto *view = console.view();
            QVERIFY(view->addGroup(QStringLiteral("edge")).ok());
            changeSshUser(view, QStringLiteral("admin"));
            QTRY_VERIFY(Workspace::hasRecoverableAutosave(path)
                        && Workspace::loadAutosave(path)->profile().ssh.user == u"admin");
            // The console ends here without a close, as in a crash.
        }
        QVERIFY(QFile::exists(sidecar));

        auto yes = std::make_unique<Answer>(QMessageBox::Yes);
        Console console(quickAutosave(path));
        QCOMPARE(yes->questions.size(), 1);
        QVERIFY2(yes->questions.at(0).contains(u"Recover them?"), qPrintable(yes->questions.at(0)));
        yes.reset();
        QVERIFY(console.show());
        auto *view = console.view();
        auto *doc = console.doc();
        QVERIFY(doc->inventory().hasGroup(QStringLiteral("edge")));
        QCOMPARE(doc->workspace().profile().ssh.user, QStringLiteral("admin"));
        QVERIFY(doc->isModified());
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Recovered changes"));
        // The workspace file itself is as it was saved.
        QCOMPARE(Workspace::load(path)->profile().ssh.user, QStringLiteral("ubuntu"));

        // One undo goes back to the saved file, both changes at once; nothing left to recover.
        view->undoAction()->trigger();
        QVERIFY(!doc->inventory().hasGroup(QStringLiteral("edge")));
        QCOMPARE(doc->workspace().profile().ssh.user, QStringLiteral("ubuntu"));
        QVERIFY(!doc->isModified());
        QVERIFY(!QFile::exists(sidecar));

        // Redone, autosaved again, then Discard when the window closes: no sidecar either.
        view->redoAction()->trigger();
        QTRY_VERIFY(QFile::exists(sidecar));
        {
            Answer discard(QMessageBox::Discard);
            QVERIFY(console.window.close());
            QCOMPARE(discard.questions, QStringList { kUnsavedQuestion });
        }
        QVERIFY(!QFile::exists(sidecar));
        QTest::qWait(100);
        QVERIFY(!QFile::exists(sidecar));
    }

    void neverSavedWorkspaceIsAutosavedAndOfferedAtStart()
    {
        QTemporaryDir dir;
        const QString inventory = writeInventory(dir);
        const QString untitled = Workspace::untitledAutosavePath();
        QVERIFY(untitled.endsWith(u"/untitled.mcw.yaml.autosave"));
        {
            Answer none(QMessageBox::Cancel);
            Console console(quickAutosave());
            QVERIFY(console.show());
            auto *view = console.view();
            auto *doc = console.doc();
            QVERIFY(!doc->hasWorkspace());
            Q_EMIT console.window.openWorkspaceRequested(inventory);
            QVERIFY(doc->hasWorkspace());
            QCOMPARE(doc->path(), QString());
            QVERIFY(view->addGroup(QStringLiteral("edge")).ok());
            QTRY_VERIFY(QFile::exists(untitled));
            QCOMPARE(none.questions, QStringList());
            // Ends without a close, as in a crash.
        }
        QVERIFY(QFile::exists(untitled));

        auto yes = std::make_unique<Answer>(QMessageBox::Yes);
        Console console(quickAutosave());
        QCOMPARE(yes->questions.size(), 1);
        QVERIFY2(yes->questions.at(0).contains(u"never saved"), qPrintable(yes->questions.at(0)));
        yes.reset();
        QVERIFY(console.show());
        auto *doc = console.doc();
        QCOMPARE(doc->path(), QString());
        QVERIFY(doc->inventory().hasGroup(QStringLiteral("edge")));
        QVERIFY(doc->inventory().hasHost(QStringLiteral("m3")));
        QVERIFY(doc->isModified());
        QCOMPARE(doc->undoStack()->count(), 1);
        {
            Answer discard(QMessageBox::Discard);
            QVERIFY(console.window.close());
            QCOMPARE(discard.questions, QStringList { kUnsavedQuestion });
        }
        QVERIFY(!QFile::exists(untitled));
    }

    void opensAnAnsibleInventoryWithItsWarnings()
    {
        QTemporaryDir dir;
        const QString path = writeWorkspace(dir);
        const QString inventory = writeInventory(dir);
        QFile in(inventory);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray before = in.readAll();
        in.close();

        Console console(quickAutosave(path));
        QVERIFY(console.show());
        auto *doc = console.doc();
        QCOMPARE(console.window.workspacePath(), QFileInfo(path).absoluteFilePath());

        Q_EMIT console.window.openWorkspaceRequested(inventory);
        // A new workspace without a file: Save asks where, the inventory is not overwritten.
        QCOMPARE(doc->path(), QString());
        QCOMPARE(console.window.workspacePath(), QString());
        QVERIFY(doc->inventory().hasGroup(QStringLiteral("mesos-ops")));
        QCOMPARE(doc->workspace().masters().size(), 3);
        QVERIFY(!doc->isModified());
        // The importer's warning, where the user sees it.
        QCOMPARE(console.window.bannerKind(), widgets::MainWindow::BannerKind::Warning);
        QVERIFY2(console.window.bannerText().contains(u"\"mesos-ops\" has characters Ansible warns about"),
                 qPrintable(console.window.bannerText()));
        QVERIFY2(console.window.bannerText().contains(u"hosts.ini"), qPrintable(console.window.bannerText()));
        QTest::qWait(100);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), before);
        QCOMPARE(QSettings().value(QStringLiteral("workspace/last")).toString(),
                 QFileInfo(path).absoluteFilePath());
    }

    void binaryFileLeavesTheOpenWorkspaceAlone()
    {
        QTemporaryDir dir;
        const QString path = writeWorkspace(dir);
        const QString garbage = dir.filePath(QStringLiteral("garbage.ini"));
        {
            QFile out(garbage);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QByteArray bytes("\x7f"
                             "ELF\x02\x01\x01\x00",
                             8); // as an executable starts
            for (int i = 0; i < 4096; ++i)
                bytes.append(char((i * 37 + 11) % 256));
            out.write(bytes);
        }
        Console console(quickAutosave(path));
        QVERIFY(console.show());
        auto *view = console.view();
        auto *doc = console.doc();
        QVERIFY(view->addGroup(QStringLiteral("edge")).ok());

        Answer any(QMessageBox::Cancel);
        Q_EMIT console.window.openWorkspaceRequested(garbage);
        // Nothing to ask about: the file cannot be opened anyway.
        QCOMPARE(any.questions, QStringList());
        QCOMPARE(doc->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(doc->inventory().hasGroup(QStringLiteral("edge")));
        QVERIFY(doc->isModified());
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(console.window.workspacePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(console.window.bannerKind(), widgets::MainWindow::BannerKind::Error);
        QVERIFY2(console.window.bannerText().contains(u"garbage.ini")
                     && console.window.bannerText().contains(u"not a text file"),
                 qPrintable(console.window.bannerText()));
    }
};

QTEST_MAIN(tst_OpenWorkspace)
#include "tst_OpenWorkspace.moc"
