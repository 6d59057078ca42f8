#pragma once

#include <QWidget>

class QTableWidget;
class QTimer;

namespace mc::terminal {
class TaskForward;
}

namespace mc::widgets {

// The open port forwards: target, local address, open connections, bytes each
// way, and per row Stop and (for HTTP targets) Open in browser. Takes the
// forwards (started TaskForwards); Stop ends and deletes one. A forward that
// follows its app says so when it moves to the replacement task; one whose
// task ended without following stays listed with the reason until removed.
class ForwardsView : public QWidget
{
    Q_OBJECT

public:
    explicit ForwardsView(QWidget *parent = nullptr);
    ~ForwardsView() override;

    // `http`: offer the browser.
    void add(terminal::TaskForward *forward, bool http);
    void stop(int row);
    [[nodiscard]] int count() const;
    [[nodiscard]] QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void countChanged(int count);

private:
    void refresh();

    QTableWidget *m_table;
    QTimer *m_refresh;
    void setTarget(terminal::TaskForward *forward, const QString &text, const QString &toolTip);

    QList<terminal::TaskForward *> m_forwards;
};

} // namespace mc::widgets
