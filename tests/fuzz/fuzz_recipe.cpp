// A provisioning recipe (YAML, RecipeLoader): roles, steps, handlers,
// variables; template paths resolve against the shipped templates.

#include "FuzzInput.h"

#include "core/provision/RecipeLoader.h"

using namespace mc::provision;

MC_FUZZ_TARGET(fuzz_recipe)
{
    QString text;
    if (!mc::fuzz::utf8Text(data, size, &text))
        return 0;
    const auto recipe = RecipeLoader::parse(text, QStringLiteral("fuzz.yaml"), QStringLiteral(":/templates"));
    if (recipe.ok()) {
        for (const Role &role : recipe->roles)
            for (const Step &step : role.steps)
                if (step.kind == StepKind::Template)
                    (void)RecipeLoader::resolveTemplate(recipe.value(),
                                                        step.args.value(QStringLiteral("src")).toString());
    }
    return 0;
}
