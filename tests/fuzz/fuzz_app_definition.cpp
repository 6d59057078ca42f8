// An app definition as the Launch / Edit form's JSON tab takes it or a server
// sends it (AppDefinition::fromJsonBytes), written back in every dialect and
// checked; and Marathon's 422 answers (fieldErrorsFrom422).

#include "FuzzInput.h"

#include "core/marathon/AppDefinition.h"

using namespace mc::marathon;

MC_FUZZ_TARGET(fuzz_app_definition)
{
    const QByteArray body = mc::fuzz::bytes(data, size);
    (void)AppDefinition::fieldErrorsFrom422(body);
    const auto app = AppDefinition::fromJsonBytes(body);
    if (!app.ok())
        return 0;
    (void)app->validate();
    (void)app->absoluteId();
    for (const AppDialect dialect : { AppDialect::V06, AppDialect::V07, AppDialect::V10, AppDialect::V15 })
        (void)app->toJsonBytes(dialect);
    const QJsonObject written = app->toJson();
    (void)AppDefinition::previewUpdate(written, app.value(), AppDialect::V15);
    return 0;
}
