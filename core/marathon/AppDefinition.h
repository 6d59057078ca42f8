#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace mc::marathon {

// The JSON dialect a Marathon server speaks for app definitions.
enum class AppDialect {
    V06, // 0.6 and older: container {image:"docker:///img", options}, `ports`, `uris`
    V07, // 0.7-0.x: container.docker {image, network, portMappings}, `ports`, `uris`
    V10, // 1.0-1.4: as 0.7 but `portDefinitions` and `fetch`
    V15, // 1.5+: `networks`, container.portMappings
};

// From /v2/info `version` ("1.9.109", "0.7.6"); empty (no /v2/info, 404) means 0.6.
[[nodiscard]] AppDialect dialectForVersion(const QString &version);

enum class NetworkMode { Host, Bridge, User };

// One row of the form's port table. In host networking only `servicePort`
// (Marathon's portDefinitions[].port, 0 = pick one), `protocol` and `name` count.
struct PortMapping
{
    int containerPort = 0;
    int hostPort = 0; // 0 = dynamic
    int servicePort = 0; // 0 = assigned by Marathon
    QString protocol = QStringLiteral("tcp");
    QString name;

    bool operator==(const PortMapping &) const = default;
};

struct Constraint
{
    QString field;
    QString op; // UNIQUE CLUSTER GROUP_BY LIKE UNLIKE MAX_PER IS
    QString value; // optional for UNIQUE (and GROUP_BY)

    bool operator==(const Constraint &) const = default;
};

struct HealthCheck
{
    QString protocol = QStringLiteral("HTTP"); // HTTP HTTPS TCP COMMAND MESOS_HTTP MESOS_HTTPS MESOS_TCP
    QString path = QStringLiteral("/");
    int portIndex = 0;
    QString command; // COMMAND only
    int gracePeriodSeconds = 300;
    int intervalSeconds = 60;
    int timeoutSeconds = 20;
    int maxConsecutiveFailures = 3;
    QJsonObject extra; // fields the form does not edit (ignoreHttp1xx, delaySeconds, ...)

    bool operator==(const HealthCheck &) const = default;
};

struct Volume
{
    QString containerPath;
    QString hostPath;
    QString mode = QStringLiteral("RW"); // RW | RO

    bool operator==(const Volume &) const = default;
};

struct FetchUri
{
    QString uri;
    bool executable = false;
    bool extract = true;
    bool cache = false;

    bool operator==(const FetchUri &) const = default;
};

struct UpgradeStrategy
{
    double minimumHealthCapacity = 1;
    double maximumOverCapacity = 1;

    bool operator==(const UpgradeStrategy &) const = default;
};

// A validation error on one field. `path` is the field's place in the 1.5+
// JSON ("/id", "/container/portMappings(0)/hostPort", "/healthChecks(1)/path"),
// whatever dialect the server speaks (see AppDefinition::canonicalPath()).
struct FieldError
{
    QString path;
    QString message;

    bool operator==(const FieldError &) const = default;
};

// What an update sends (AppDefinition::previewUpdate()) and what it changes.
struct UpdatePreview
{
    QJsonObject body; // the PUT body: diff() of `before` and `after` in the server's dialect
    QStringList changedFields; // top-level fields whose value changes; empty: nothing to change
    QString diff; // unified diff of those fields, as Marathon has them now and as they will be

    [[nodiscard]] bool isEmpty() const { return changedFields.isEmpty(); }
};

// The launch form's model of a Marathon app: every field the form edits, and
// every other field of the imported JSON kept untouched (`extra`), so an
// import/export round trip loses nothing.
struct AppDefinition
{
    QString id;
    QString image; // empty: a command app (no container)
    NetworkMode network = NetworkMode::Host;
    QString networkName; // User networking: the CNI / Docker network name
    QList<PortMapping> ports;
    double cpus = 1;
    double mem = 128;
    double disk = 0;
    int instances = 1;
    QString cmd;
    QStringList args;
    QList<QPair<QString, QString>> env;
    QList<QPair<QString, QString>> labels;
    QList<Constraint> constraints;
    QList<HealthCheck> healthChecks;
    QList<Volume> volumes;
    QList<FetchUri> fetch;
    std::optional<UpgradeStrategy> upgradeStrategy;
    bool forcePullImage = false;

    QJsonObject extra; // unknown top-level fields
    QJsonObject containerExtra; // unknown fields of `container`
    QJsonObject dockerExtra; // unknown fields of `container.docker` (privileged, parameters...)

    bool operator==(const AppDefinition &) const = default;

    // Reads any dialect (0.6 Deimos container, 0.7-1.4 docker.network, 1.5+ networks).
    [[nodiscard]] static AppDefinition fromJson(const QJsonObject &object);
    [[nodiscard]] static Result<AppDefinition> fromJsonBytes(const QByteArray &json);
    // The request body in the server's dialect.
    [[nodiscard]] QJsonObject toJson(AppDialect dialect = AppDialect::V15) const;
    [[nodiscard]] QByteArray toJsonBytes(AppDialect dialect = AppDialect::V15) const;

    // Checks the fields as Marathon does before anything is sent. Empty: valid.
    [[nodiscard]] QList<FieldError> validate() const;
    // The id as Marathon stores it: "web" -> "/web".
    [[nodiscard]] QString absoluteId() const;

    [[nodiscard]] static bool isValidId(const QString &id);
    // A 422 body ({"message","details":[{"path","errors"}]}) -> field errors on canonical paths.
    [[nodiscard]] static QList<FieldError> fieldErrorsFrom422(const QByteArray &body);
    // Maps a path of any dialect onto the 1.5+ path the form uses:
    // "/container/docker/portMappings(0)/hostPort" -> "/container/portMappings(0)/hostPort",
    // "/ports(1)" -> "/portDefinitions(1)/port", "healthChecks[0].path" -> "/healthChecks(0)/path".
    [[nodiscard]] static QString canonicalPath(const QString &path);
    // Top-level fields of `after` that differ from `before` (a PUT body); fields
    // dropped in `after` are sent empty so Marathon clears them. Always has `id`.
    [[nodiscard]] static QJsonObject diff(const QJsonObject &before, const QJsonObject &after);
    // The update of the app `before` (as fetched, any dialect) to `after`, written in `dialect`:
    // what MarathonClient::updateApp() sends and what that changes, for a person to check first.
    [[nodiscard]] static UpdatePreview previewUpdate(const QJsonObject &before, const AppDefinition &after,
                                                     AppDialect dialect);
};

} // namespace mc::marathon
