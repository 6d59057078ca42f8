#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace mc::test {

// A real HAProxy in the foreground (-db) on a config the test gives it.
// Stopped in the destructor.
class HaproxyProcess
{
public:
    HaproxyProcess();
    ~HaproxyProcess();

    // Writes the config and (re)starts HAProxy on it; waits until
    // `readyPort` accepts connections. Returns false with HAProxy's output
    // in errorText() when it does not come up.
    bool start(const QString &config, quint16 readyPort);
    void stop();
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] QString configPath() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_error;
};

} // namespace mc::test
