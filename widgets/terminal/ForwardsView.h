#pragma once

#include <QWidget>

class QTableWidget;
class QTimer;

namespace mc::ssh {
class SshSocksProxy;
}

namespace mc::widgets {

// The open port forwards: target, local address, open connections, bytes each
// way, and per row Stop and (for HTTP targets) Open in browser. Takes the
// forwards (started SshSocksProxy in forward mode); Stop ends and deletes one.
class ForwardsView : public QWidget
{
    Q_OBJECT

public:
    explicit ForwardsView(QWidget *parent = nullptr);
    ~ForwardsView() override;

    // `target` as the user knows it ("web.1a2b port 31002 on agent3"); `http`: offer the browser.
    void add(ssh::SshSocksProxy *forward, const QString &target, bool http);
    void stop(int row);
    [[nodiscard]] int count() const;
    [[nodiscard]] QTableWidget *table() const { return m_table; }

signals:
    void countChanged(int count);

private:
    void refresh();

    QTableWidget *m_table;
    QTimer *m_refresh;
    QList<ssh::SshSocksProxy *> m_forwards;
};

} // namespace mc::widgets
