#pragma once

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace mc::marathon {
class MarathonClient;
}

namespace mc::widgets {

class AppActions;
class AppsPage;
class ChangeGuard;

// The Versions tab of the Apps page's details: the selected app's versions with their times,
// newest first. One picked: its difference to the running version (the diff the editor shows),
// and "Apply this version" ({"version": …} through AppActions: the gate, a 409 as for any
// change); two picked: their difference.
class VersionsPane : public QWidget
{
    Q_OBJECT

public:
    VersionsPane(marathon::MarathonClient *client, AppActions *actions, AppsPage *page, ChangeGuard *guard,
                 QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QPlainTextEdit *diff() const { return m_diff; }
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }
    // Reads the selected app's versions again.
    void reload();

private:
    void showApp(const QString &appId);
    void compare();
    // Calls `then` with the version's definition (read once, then kept).
    void withVersion(const QString &version, const std::function<void(const QJsonObject &)> &then);
    [[nodiscard]] QStringList picked() const; // oldest first

    marathon::MarathonClient *m_client;
    QPointer<AppActions> m_actions;
    QPointer<AppsPage> m_page;
    QString m_appId;
    QStringList m_versions; // oldest first; the last one runs
    QHash<QString, QJsonObject> m_definitions;
    QLabel *m_summary;
    QListWidget *m_list;
    QPlainTextEdit *m_diff;
    QPushButton *m_apply;
    int m_generation = 0; // answers for an app no longer shown are dropped
};

} // namespace mc::widgets
