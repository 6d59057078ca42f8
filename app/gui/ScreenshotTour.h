#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace mc::widgets {
class MainWindow;
}

namespace mc::app {

// `mesos-console --demo --screenshots DIR`: waits until the views have data,
// then shows every page in turn, saves the window as DIR/<page>.png, then the
// notifications panel as DIR/notifications.png, and quits.
// Used by scripts/screenshots.sh for docs/screenshots/.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(widgets::MainWindow *window, QString directory, int settleMs, QObject *parent = nullptr);
    void start();
    // Called with a page's id just before it is shown (to open something on it).
    void setBeforePage(std::function<void(const QString &)> hook) { m_beforePage = std::move(hook); }

private:
    std::function<void(const QString &)> m_beforePage;
    void shootNext();

    widgets::MainWindow *m_window;
    QString m_directory;
    int m_settleMs;
    QStringList m_pending;
    bool m_notificationsShot = false;
};

} // namespace mc::app
