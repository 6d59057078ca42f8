#include "localcluster/Fault.h"

namespace mc::localcluster {

namespace {
const QList<QPair<Fault::Mode, QLatin1String>> kStreamModes = {
    { Fault::Mode::StreamCut, QLatin1String("stream-cut") },
    { Fault::Mode::StreamLyingLength, QLatin1String("stream-lying-length") },
    { Fault::Mode::StreamTruncated, QLatin1String("stream-truncated") },
    { Fault::Mode::StreamNotJson, QLatin1String("stream-not-json") },
    { Fault::Mode::StreamHugeLength, QLatin1String("stream-huge-length") },
    { Fault::Mode::StreamNoHeartbeat, QLatin1String("stream-no-heartbeat") },
    { Fault::Mode::StreamStall, QLatin1String("stream-stall") },
};

std::optional<Fault::Mode> modeFromName(const QString &name)
{
    for (const auto &[mode, text] : kStreamModes) {
        if (name == text)
            return mode;
    }
    if (name == QLatin1String("slow"))
        return Fault::Mode::Slow;
    if (name == QLatin1String("error") || name == QLatin1String("500"))
        return Fault::Mode::Error;
    if (name == QLatin1String("malformed"))
        return Fault::Mode::Malformed;
    if (name == QLatin1String("drop"))
        return Fault::Mode::Drop;
    return std::nullopt;
}

QString modeName(Fault::Mode mode)
{
    switch (mode) {
    case Fault::Mode::Slow:
        return QStringLiteral("slow");
    case Fault::Mode::Error:
        return QStringLiteral("error");
    case Fault::Mode::Malformed:
        return QStringLiteral("malformed");
    case Fault::Mode::Drop:
        return QStringLiteral("drop");
    default:
        break;
    }
    for (const auto &[m, name] : kStreamModes) {
        if (m == mode)
            return name;
    }
    return {};
}

bool validTarget(const QString &t)
{
    return t == QLatin1String("master") || t == QLatin1String("agent") || t == QLatin1String("marathon")
        || t == QLatin1String("*");
}
} // namespace

std::optional<Fault> Fault::parse(const QString &spec, QString *error)
{
    const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
    const qsizetype slash = spec.indexOf(QLatin1Char('/'));
    if (eq < 0 || slash < 1 || eq < slash) {
        *error = QStringLiteral("fault '%1' is not of the form target[:index]:/path=mode[:ms]").arg(spec);
        return std::nullopt;
    }
    Fault f;
    const QStringList who = spec.left(slash - 1).split(QLatin1Char(':'));
    if (spec.at(slash - 1) != QLatin1Char(':')) {
        *error = QStringLiteral("fault '%1': expected ':' before the path").arg(spec);
        return std::nullopt;
    }
    f.target = who.value(0);
    if (who.size() > 1) {
        bool ok = false;
        f.index = who.value(1).toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("fault '%1': index '%2' is not a number").arg(spec, who.value(1));
            return std::nullopt;
        }
    }
    if (!validTarget(f.target)) {
        *error = QStringLiteral("fault '%1': target must be master, agent, marathon or *").arg(spec);
        return std::nullopt;
    }
    f.pathPrefix = spec.mid(slash, eq - slash);
    const QStringList how = spec.mid(eq + 1).split(QLatin1Char(':'));
    const auto mode = modeFromName(how.value(0));
    if (!mode) {
        *error
            = QStringLiteral("fault '%1': mode must be slow, error, malformed, drop or stream-*").arg(spec);
        return std::nullopt;
    }
    f.mode = *mode;
    if (how.size() > 1)
        f.delayMs = how.value(1).toInt();
    return f;
}

std::optional<Fault> Fault::fromJson(const QJsonObject &o, QString *error)
{
    Fault f;
    f.target = o.value(QLatin1String("target")).toString(QStringLiteral("*"));
    f.index = o.value(QLatin1String("index")).toInt(-1);
    f.pathPrefix = o.value(QLatin1String("path")).toString(QStringLiteral("/"));
    f.delayMs = o.value(QLatin1String("delayMs")).toInt(2000);
    f.remaining = o.value(QLatin1String("count")).toInt(-1);
    const auto mode = modeFromName(o.value(QLatin1String("mode")).toString());
    if (!validTarget(f.target) || !mode || !f.pathPrefix.startsWith(QLatin1Char('/'))) {
        *error = QStringLiteral("a fault needs target (master|agent|marathon|*), path (/...) and mode "
                                "(slow|error|malformed|drop|stream-cut|stream-lying-length|stream-truncated|"
                                "stream-not-json|stream-huge-length|stream-no-heartbeat|stream-stall)");
        return std::nullopt;
    }
    f.mode = *mode;
    return f;
}

QJsonObject Fault::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("target"), target },
             { QStringLiteral("index"), index },
             { QStringLiteral("path"), pathPrefix },
             { QStringLiteral("mode"), modeName(mode) },
             { QStringLiteral("delayMs"), delayMs },
             { QStringLiteral("count"), remaining } };
}

int FaultTable::add(Fault fault)
{
    fault.id = m_nextId++;
    m_faults.append(fault);
    return fault.id;
}

std::optional<Fault> FaultTable::take(const QString &target, int index, const QString &path, bool stream)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.isStreamFault() != stream)
            continue;
        if (f.target != QLatin1String("*") && f.target != target)
            continue;
        if (f.index >= 0 && f.index != index)
            continue;
        if (!path.startsWith(f.pathPrefix))
            continue;
        const Fault hit = f;
        if (f.remaining > 0 && --f.remaining == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

} // namespace mc::localcluster
