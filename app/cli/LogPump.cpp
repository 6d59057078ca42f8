#include "app/cli/LogPump.h"

#include "app/cli/CliCommand.h"
#include "core/logs/LogSource.h"

#include <QEventLoop>

#include <cstdio>

namespace mc::cli {

using logs::LogState;

int pump(logs::LogSource &source, bool retry, const char *prefix)
{
    QEventLoop loop;
    int code = ExitOk;
    QObject::connect(&source, &logs::LogSource::dataReceived, [](qint64, const QByteArray &bytes) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    });
    QObject::connect(&source, &logs::LogSource::restarted, [prefix](const QString &why) {
        err() << prefix << ": " << why << '\n';
        err().flush();
    });
    QObject::connect(&source, &logs::LogSource::stateChanged, &loop,
                     [&](LogState state, const QString &message) {
        if (state == LogState::Retrying && !retry) {
            err() << prefix << ": " << message.section(QStringLiteral("; retrying"), 0, 0) << '\n';
            err().flush();
            code = ExitFailure;
            loop.quit();
        } else if (state == LogState::Retrying || state == LogState::Truncated) {
            err() << prefix << ": " << message << '\n';
            err().flush();
        } else if (state == LogState::Finished) {
            loop.quit();
        } else if (state == LogState::Failed) {
            err() << prefix << ": " << message << '\n';
            err().flush();
            code = ExitFailure;
            loop.quit();
        }
    });
    source.start(); // Ctrl+C ends the process (exit 130), as tail -f does
    loop.exec();
    source.stop();
    return code;
}

} // namespace mc::cli
