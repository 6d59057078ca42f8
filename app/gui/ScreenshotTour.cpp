#include "app/gui/ScreenshotTour.h"

#include "widgets/mainwindow/MainWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
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
        QCoreApplication::quit();
        return;
    }
    const QString id = m_pending.takeFirst();
    m_window->showPage(id);
    QTimer::singleShot(kPerPageMs, this, [this, id] {
        const QString path = QDir(m_directory).filePath(id + QStringLiteral(".png"));
        if (!m_window->grab().save(path))
            std::fprintf(stderr, "mesos-console: cannot write %s\n", qPrintable(path));
        shootNext();
    });
}

} // namespace mc::app
