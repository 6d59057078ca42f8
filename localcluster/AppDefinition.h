#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace mc::localcluster {

// Marathon app definitions: validation with Marathon's 422 details and the
// defaults and 1.5+ normalisation Marathon applies before echoing an app.
class AppDefinition
{
public:
    // "web" -> "/web"; "/a//b/" -> "/a/b"
    [[nodiscard]] static QString absoluteId(const QString &id);
    [[nodiscard]] static bool isValidId(const QString &absoluteId);
    // Marathon's error details [{path, errors:[...]}]; empty when valid.
    [[nodiscard]] static QJsonArray validate(const QJsonObject &definition);
    // Adds `error` to the details of `path` (one entry per path, as Marathon answers).
    static void addError(QJsonArray &details, const QString &path, const QString &error);
    // "must fully match regular expression '…'": Marathon's message for a bad id segment.
    [[nodiscard]] static QString idPatternMessage();
    // Defaults, absolute id, legacy Docker networking moved to the 1.5 shape.
    [[nodiscard]] static QJsonObject normalize(QJsonObject definition);
    // Number of host ports a task of this app needs.
    [[nodiscard]] static int hostPortCount(const QJsonObject &normalized);
    [[nodiscard]] static bool isDocker(const QJsonObject &normalized);
    [[nodiscard]] static QString dockerImage(const QJsonObject &normalized);
};

} // namespace mc::localcluster
