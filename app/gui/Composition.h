#pragma once

#include <QObject>

class QStackedWidget;

namespace mc::models {
class InventoryDocument;
}

namespace mc::widgets {
class InventoryView;
class MainWindow;
} // namespace mc::widgets

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addEmptyPages();
    void addInventoryFileActions();
    void openWorkspace(const QString &path);

    widgets::MainWindow *m_window;
    models::InventoryDocument *m_inventoryDocument = nullptr;
    widgets::InventoryView *m_inventoryView = nullptr;
    QStackedWidget *m_inventoryStack = nullptr;
};

} // namespace mc::app
