#include "core/template/TemplateRenderer.h"

#include <QFile>
#include <QRegularExpression>

#include <kainjow/mustache.hpp>

namespace mc::tmpl {

namespace {

using Data = kainjow::mustache::data;

Data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        Data object(Data::type::object);
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        Data list(Data::type::list);
        const QVariantList items = value.toList();
        for (const QVariant &item : items)
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::Bool:
        return Data(value.toBool());
    default:
        return Data(value.toString().toStdString());
    }
}

QString position(const QString &text, qsizetype offset)
{
    const QStringView before = QStringView(text).left(offset);
    const qsizetype line = before.count(u'\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf(u'\n') + 1) + 1;
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

// Looks a dotted name up in the stack of section contexts, innermost first.
bool resolves(const QList<QVariant> &contexts, const QString &name)
{
    if (name == u".")
        return true;
    const QStringList parts = name.split(u'.');
    for (auto it = contexts.crbegin(); it != contexts.crend(); ++it) {
        if (it->typeId() != QMetaType::QVariantMap)
            continue;
        QVariant current = *it;
        bool found = true;
        for (const QString &part : parts) {
            const QVariantMap map = current.toMap();
            if (current.typeId() != QMetaType::QVariantMap || !map.contains(part)) {
                found = false;
                break;
            }
            current = map.value(part);
        }
        if (found)
            return true;
        if (it->toMap().contains(parts.first()))
            return false; // the first part binds here; Mustache does not look further out
    }
    return false;
}

QVariant lookUp(const QList<QVariant> &contexts, const QString &name)
{
    const QStringList parts = name.split(u'.');
    for (auto it = contexts.crbegin(); it != contexts.crend(); ++it) {
        if (!it->toMap().contains(parts.first()))
            continue;
        QVariant current = *it;
        for (const QString &part : parts)
            current = current.toMap().value(part);
        return current;
    }
    return {};
}

// Walks the tags (default delimiters) and reports the first variable that the
// values do not define. A section whose name is not defined is false, as in
// Mustache. Sections over lists are checked against their first element; an
// empty list or a false switch skips its body.
std::optional<Error> checkVariables(const QString &name, const QString &text, const QVariantMap &values)
{
    static const QRegularExpression tag(QStringLiteral(R"(\{\{(\{?)\s*([#^/&!>]?)\s*([^}\s]*)\s*\}?\}\})"));
    QList<QVariant> contexts { values };
    QList<bool> skipping { false };
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString kind = m.captured(2);
        const QString var = m.captured(3);
        if (kind == u"!" || kind == u">")
            continue;
        if (kind == u"/") {
            if (contexts.size() > 1) {
                contexts.removeLast();
                skipping.removeLast();
            }
            continue;
        }
        const bool skip = skipping.last();
        const bool isSection = kind == u"#" || kind == u"^";
        if (!skip && !isSection && !resolves(contexts, var)) {
            return Error { QObject::tr("Template %1:%2 uses \"%3\", which has no value.")
                               .arg(name, position(text, m.capturedStart()), var),
                           {} };
        }
        if (kind == u"#" || kind == u"^") {
            const QVariant value = skip ? QVariant() : lookUp(contexts, var);
            QVariant inner = value;
            bool empty = !value.isValid();
            if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
                const QVariantList list = value.toList();
                empty = list.isEmpty();
                inner = empty ? QVariant() : list.first();
            } else if (value.typeId() == QMetaType::Bool) {
                empty = !value.toBool();
                inner = QVariant();
            }
            contexts.append(kind == u"#" ? inner : QVariant());
            skipping.append(skip || (kind == u"#" ? empty : !empty));
        }
    }
    return std::nullopt;
}

} // namespace

Result<QString> render(const QString &templateName, const QString &templateText, const QVariantMap &values)
{
    const std::string source = templateText.toStdString();
    kainjow::mustache::mustache compiled(source);
    if (!compiled.is_valid()) {
        // kainjow reports a byte offset ("... at 123"); turn it into line:column.
        const QString message = QString::fromStdString(compiled.error_message());
        static const QRegularExpression at(QStringLiteral(R"(at (\d+)$)"));
        const QRegularExpressionMatch m = at.match(message);
        const qsizetype byteOffset = m.hasMatch() ? m.captured(1).toLongLong() : 0;
        const qsizetype offset = QString::fromUtf8(source.data(), byteOffset).size();
        return Error { QObject::tr("Template %1:%2 is not valid: %3")
                           .arg(templateName, position(templateText, offset), message),
                       {} };
    }
    if (const auto missing = checkVariables(templateName, templateText, values))
        return *missing;
    compiled.set_custom_escape([](const std::string &s) { return s; });
    std::string output;
    compiled.render(toData(values), [&output](const std::string &chunk) { output += chunk; });
    if (!compiled.is_valid())
        return Error { QObject::tr("Template %1 failed to render: %2")
                           .arg(templateName, QString::fromStdString(compiled.error_message())),
                       {} };
    return QString::fromStdString(output);
}

Result<QString> renderFile(const QString &path, const QVariantMap &values)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QObject::tr("Cannot read the template %1: %2").arg(path, file.errorString()), {} };
    return render(path, QString::fromUtf8(file.readAll()), values);
}

} // namespace mc::tmpl
