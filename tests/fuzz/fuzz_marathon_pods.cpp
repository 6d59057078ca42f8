// Marathon's pods: /v2/pods, /v2/pods/{id}, /v2/pods/::status and /v2/pods/{id}::status
// (PodParser). Every parse either fails with a message or yields pods with ids.

#include "FuzzInput.h"

#include "core/marathon/PodParser.h"

using namespace mc;

MC_FUZZ_TARGET(fuzz_marathon_pods)
{
    const QByteArray body = fuzz::bytes(data, size);
    if (const auto pods = marathon::PodParser::parsePods(body); pods.ok()) {
        for (const marathon::Pod &pod : pods.value())
            fuzz::check(!pod.id.isEmpty(), "a parsed pod has an id");
    } else {
        fuzz::check(!pods.error().message.isEmpty(), "a refusal says why");
    }
    (void)marathon::PodParser::parsePod(body);
    (void)marathon::PodParser::parseStatus(body);
    if (const auto statuses = marathon::PodParser::parseStatuses(body); statuses.ok()) {
        for (const marathon::PodStatus &status : statuses.value())
            fuzz::check(!status.id().isEmpty(), "a parsed pod status has an id");
    }
    return 0;
}
