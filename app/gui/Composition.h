#pragma once

#include <QObject>

namespace mc::widgets {
class MainWindow;
}

namespace mc::app {

class DemoCluster;

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

    // The embedded demo cluster of --demo, or nullptr.
    [[nodiscard]] DemoCluster *demoCluster() const { return m_demo; }

private:
    void addEmptyPages();
    void openWorkspace(const QString &path);
    void editSettings();
    // --demo: runs localcluster as a child; its endpoints: demoCluster()->endpoints().
    void startDemo();

    widgets::MainWindow *m_window;
    DemoCluster *m_demo = nullptr;
};

} // namespace mc::app
