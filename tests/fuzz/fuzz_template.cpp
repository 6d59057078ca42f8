// A Mustache template (recipes' templates, TemplateRenderer) rendered with
// values of every kind the renderer takes.

#include "FuzzInput.h"

#include "core/template/TemplateRenderer.h"

#include <QVariantList>

MC_FUZZ_TARGET(fuzz_template)
{
    QString text;
    if (!mc::fuzz::utf8Text(data, size, &text))
        return 0;
    static const QVariantMap values = [] {
        QVariantMap host { { QStringLiteral("name"), QStringLiteral("m1") },
                           { QStringLiteral("address"), QStringLiteral("10.0.0.1") },
                           { QStringLiteral("zoo_id"), 1 } };
        QVariantMap values;
        values.insert(QStringLiteral("cluster_name"), QStringLiteral("prod"));
        values.insert(QStringLiteral("zk"), QStringLiteral("zk://m1:2181/mesos"));
        values.insert(QStringLiteral("quorum"), 2);
        values.insert(QStringLiteral("ratio"), 0.5);
        values.insert(QStringLiteral("enabled"), true);
        values.insert(QStringLiteral("disabled"), false);
        values.insert(QStringLiteral("host"), host);
        values.insert(QStringLiteral("masters"), QVariantList { host, host });
        values.insert(QStringLiteral("names"), QStringList { QStringLiteral("a"), QStringLiteral("b") });
        values.insert(QStringLiteral("empty"), QVariantList {});
        return values;
    }();
    (void)mc::tmpl::render(QStringLiteral("fuzz.mustache"), text, values);
    return 0;
}
