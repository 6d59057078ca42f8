#include "core/logs/SandboxFetch.h"

#include "core/http/HttpClient.h"
#include "core/util/Logging.h"

#include <QCoreApplication>

namespace mc::logs {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mc::logs", text); // the context lupdate files these under
}
} // namespace

void fetchSandbox(http::HttpClient *http, const QUrl &agentUrl, const TaskRef &task, bool legacy,
                  QObject *context, SandboxFound done)
{
    QUrl url = agentUrl;
    url.setPath(legacy ? QStringLiteral("/slave(1)/state.json") : QStringLiteral("/slave(1)/state"));
    http->get(url, context,
              [http, agentUrl, task, legacy, context, done](Result<http::HttpResponse> response) {
                  if (!response.ok()) {
                      done(response.error(), false, legacy);
                      return;
                  }
                  if (response->status == 404 && !legacy) {
                      qCInfo(lcLogs)
                          << "The agent has no /slave(1)/state (HTTP 404): reading /slave(1)/state.json";
                      fetchSandbox(http, agentUrl, task, true, context, done);
                      return;
                  }
                  if (response->status >= 500) {
                      done(Error { tr("the agent answered %1").arg(response->status),
                                   QString::fromUtf8(response->body.left(200)) },
                           false, legacy);
                      return;
                  }
                  if (!response->isSuccess()) {
                      done(Error { tr("The agent answered %1 for its state.").arg(response->status),
                                   QString::fromUtf8(response->body.left(200)) },
                           true, legacy);
                      return;
                  }
                  done(SandboxLocator::locate(response->body, task), true, legacy);
              });
}

} // namespace mc::logs
