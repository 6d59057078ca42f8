#include "core/audit/AuditExport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace mc::audit {

namespace {
QString csvCell(QString value)
{
    // A spreadsheet runs a cell that starts like a formula: keep it text.
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        return u'"' + value.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return value;
}
} // namespace

QByteArray AuditExport::format(const QList<AuditEntry> &entries, Format format)
{
    if (format == Format::Json) {
        QJsonArray array;
        for (const AuditEntry &e : entries)
            array.append(e.toJson());
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    QString out = QStringLiteral("time,user,machine,front_end,workspace,cluster,action,targets,parameters,"
                                 "result,duration_ms,error\r\n");
    for (const AuditEntry &e : entries) {
        const QStringList cells {
            e.time.toUTC().toString(Qt::ISODateWithMs),
            e.user,
            e.machine,
            e.frontEnd,
            e.workspace,
            e.cluster,
            e.action,
            e.targets.join(QStringLiteral("; ")),
            e.parameters.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(e.parameters).toJson(QJsonDocument::Compact)),
            AuditEntry::outcomeName(e.outcome),
            QString::number(e.durationMs),
            e.error,
        };
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << csvCell(cell);
        out += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

Status AuditExport::write(const QList<AuditEntry> &entries, const QString &path, Format format)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return Error { tr("Cannot export the audit lines to %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       {} };
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    const QByteArray bytes = AuditExport::format(entries, format);
    if (file.write(bytes) != bytes.size())
        return failed();
    if (!file.commit())
        return failed();
    return {};
}

AuditExport::Format AuditExport::formatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

} // namespace mc::audit
