#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace mc::localcluster {

// Marathon 1.4+ pod definitions (raml v2/types/pod.raml, PodsValidation): validation with
// Marathon's 422 details and the defaults Marathon fills in before echoing a pod.
class PodDefinition
{
public:
    // Marathon's error details [{path, errors:[...]}]; empty when valid.
    [[nodiscard]] static QJsonArray validate(const QJsonObject &definition);
    // Absolute id, scaling, networks, container resources and scheduling defaults.
    [[nodiscard]] static QJsonObject normalize(QJsonObject definition);
    [[nodiscard]] static int instances(const QJsonObject &normalized);
    // The same pod apart from scaling.instances (a scale, not a new configuration).
    [[nodiscard]] static bool sameButScaling(const QJsonObject &a, const QJsonObject &b);
};

} // namespace mc::localcluster
