#pragma once

#include "core/marathon/Pod.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <vector>

namespace mc::marathon {

// Parsers for Marathon 1.4+ pod answers (raml v2/pods.raml), plain functions on the body.
// Unknown fields are ignored; a missing `id` or a body of the wrong shape is an error.
namespace PodParser {

// GET /v2/pods: an array of pod definitions.
[[nodiscard]] Result<std::vector<Pod>> parsePods(const QByteArray &body);
// GET /v2/pods/{id}: one definition.
[[nodiscard]] Result<Pod> parsePod(const QByteArray &body);
// GET /v2/pods/::status: an array of PodStatus.
[[nodiscard]] Result<std::vector<PodStatus>> parseStatuses(const QByteArray &body);
// GET /v2/pods/{id}::status.
[[nodiscard]] Result<PodStatus> parseStatus(const QByteArray &body);

[[nodiscard]] Pod podFromJson(const QJsonObject &object);
[[nodiscard]] PodStatus statusFromJson(const QJsonObject &object);

} // namespace PodParser

} // namespace mc::marathon
