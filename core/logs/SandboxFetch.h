#pragma once

#include "core/logs/SandboxLocator.h"

#include <QUrl>

#include <functional>

class QObject;

namespace mc::http {
class HttpClient;
}

namespace mc::logs {

// Called with the sandbox (or why not), whether the agent answered at all (false:
// a transport error or a 5xx, worth retrying) and whether it answered state.json.
using SandboxFound = std::function<void(Result<Sandbox> sandbox, bool reachable, bool legacy)>;

// Asks an agent for its state (/slave(1)/state, or state.json when `legacy` or when
// the agent answers 404 there: 0.19-1.7) and finds the task's sandbox in it
// (SandboxLocator). `done` is not called once `context` is gone.
void fetchSandbox(http::HttpClient *http, const QUrl &agentUrl, const TaskRef &task, bool legacy,
                  QObject *context, SandboxFound done);

} // namespace mc::logs
