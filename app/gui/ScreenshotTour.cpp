#include "app/gui/ScreenshotTour.h"

#include "widgets/mainwindow/MainWindow.h"
#include "widgets/notify/NotificationCenter.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

#include <cstdio>

namespace mc::app {

namespace {
constexpr int kPerPageMs = 1500;
}

ScreenshotTour::ScreenshotTour(widgets::MainWindow *window, QString directory, int settleMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
    , m_settleMs(settleMs)
{ }

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    m_pending = m_window->pageIds();
    QTimer::singleShot(m_settleMs, this, &ScreenshotTour::shootNext);
}

void ScreenshotTour::shootNext()
{
    if (m_pending.isEmpty()) {
        // Last: the notifications panel over the window. It is a window of its own, so the
        // screen is grabbed, cut to the main window's frame.
        auto *notifications = m_window->findChild<widgets::NotificationCenter *>();
        if (!notifications || m_notificationsShot) {
            // exit(), not quit(): quit() closes the windows first, and closing the demo asks
            // whether to stop its cluster, a dialog nobody answers here.
            QCoreApplication::exit(0);
            return;
        }
        m_notificationsShot = true;
        notifications->showPanel();
        notifications->panel()->move(m_window->geometry().center() - notifications->panel()->rect().center());
        QTimer::singleShot(kPerPageMs, this, [this] {
            const QString path = QDir(m_directory).filePath(QStringLiteral("notifications.png"));
            const QRect frame = m_window->frameGeometry();
            const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0, frame.x(), frame.y(),
                                                                              frame.width(), frame.height());
            if (!shot.save(path))
                std::fprintf(stderr, "mesos-console: cannot write %s\n", qPrintable(path));
            shootNext();
        });
        return;
    }
    const QString id = m_pending.takeFirst();
    if (m_beforePage)
        m_beforePage(id);
    m_window->showPage(id);
    QTimer::singleShot(kPerPageMs, this, [this, id] {
        const QString path = QDir(m_directory).filePath(id + QStringLiteral(".png"));
        if (!m_window->grab().save(path))
            std::fprintf(stderr, "mesos-console: cannot write %s\n", qPrintable(path));
        shootNext();
    });
}

} // namespace mc::app
