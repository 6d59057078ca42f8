#pragma once

#include <QString>

#include <simdjson.h>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

// What the simdjson on-demand readers of the big bodies (MesosParser, MarathonParser)
// share: strings and keys straight from the body, and one QString per repeated value.
namespace mc::ondemand {

inline QString qstr(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

// The characters of a JSON string straight from the body when it has no escapes
// (nearly always). simdjson's get_string()/unescaped_key() copy every string
// into a buffer that grows for the whole document: about 100 MB more at the
// peak for a 150 MB state. Only strings with escapes still go that way.
inline std::string_view stringOf(simdjson::ondemand::value &value)
{
    const std::string_view token = value.raw_json_token(); // `"..."`, does not consume the value
    const char *begin = token.data() + 1;
    const char *end = token.data() + token.size();
    for (const char *p = begin; p < end; ++p) {
        if (*p == '"')
            return { begin, size_t(p - begin) };
        if (*p == '\\')
            break;
    }
    return value.get_string();
}

inline std::string_view keyOf(simdjson::ondemand::field &field)
{
    // Stage 1 validated the document, so the key's closing quote is there.
    const char *begin = field.key().raw();
    const char *p = begin;
    while (*p != '"' && *p != '\\')
        ++p;
    if (*p == '"')
        return { begin, size_t(p - begin) };
    return field.unescaped_key();
}

// Host names, agent, framework and app ids, versions and states repeat on every
// task: one shared QString each.
class Interner
{
public:
    const QString &get(std::string_view view)
    {
        auto it = m_map.find(view);
        if (it == m_map.end())
            it = m_map.emplace(std::string(view), qstr(view)).first;
        return it->second;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_map;
};

// QJsonValue::toVariant().toDouble(): a number, a numeric string, a boolean as 1 or 0.
inline double number(simdjson::ondemand::value value)
{
    switch (value.type()) {
    case simdjson::ondemand::json_type::number:
        return value.get_double();
    case simdjson::ondemand::json_type::string:
        return qstr(stringOf(value)).toDouble();
    case simdjson::ondemand::json_type::boolean:
        return bool(value.get_bool()) ? 1 : 0;
    default:
        return 0;
    }
}

inline bool isObject(simdjson::ondemand::value value)
{
    return value.type() == simdjson::ondemand::json_type::object;
}

inline bool isArray(simdjson::ondemand::value value)
{
    return value.type() == simdjson::ondemand::json_type::array;
}

} // namespace mc::ondemand
