#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace mc::inventory {

// Inventory variables are QVariants of a few kinds only: an invalid QVariant
// is null (Python None / YAML null); then bool, qlonglong, double, QString,
// QVariantList and QVariantMap. These helpers name the kinds and write them as
// Python's json.dumps(sort_keys=True, indent=4, ensure_ascii=False) does, the
// way `ansible-inventory --list` prints them.
class VariantUtil
{
public:
    enum class Kind { Null, Bool, Int, Float, String, List, Map };

    [[nodiscard]] static Kind kind(const QVariant &value);
    // Brings any QVariant (int, QStringList, QJsonValue, ...) to the kinds above.
    [[nodiscard]] static QVariant normalized(const QVariant &value);

    // Python's repr() of a float: shortest round-trip digits, "1.0", "1e+16".
    [[nodiscard]] static QString pythonFloat(double value);
    // A map key from a non-string value, as json.dumps writes it.
    [[nodiscard]] static QString keyText(const QVariant &key);

    // json.dumps(value, sort_keys=True, indent=4, ensure_ascii=False).
    [[nodiscard]] static QByteArray toPythonJson(const QVariant &value);
    static void appendPythonJson(QByteArray &out, const QVariant &value, int indent);
    static void appendJsonString(QByteArray &out, const QString &text);

    // Short human text of a value for tables: strings bare, others as JSON.
    [[nodiscard]] static QString displayText(const QVariant &value);
};

} // namespace mc::inventory
