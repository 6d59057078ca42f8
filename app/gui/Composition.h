#pragma once

#include <QObject>

namespace mc::widgets {
class MainWindow;
}

namespace mc::app {

struct StartOptions
{
    bool demo = false;
    QString workspacePath;
};

// Builds the main window's pages and wires them to the core. The one place
// where the views, the models and the core clients meet.
class Composition : public QObject
{
    Q_OBJECT

public:
    explicit Composition(widgets::MainWindow *window, const StartOptions &options);

private:
    void addEmptyPages();
    void openWorkspace(const QString &path);
    void editSettings();

    widgets::MainWindow *m_window;
};

} // namespace mc::app
