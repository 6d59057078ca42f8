#pragma once

#include "core/provision/Recipe.h"
#include "core/util/Result.h"

namespace mc::provision {

// Reads a recipe (YAML) and validates it: every unknown key, missing key,
// wrong type, unknown handler or role and unreadable template is an error
// naming the file and line. Nothing here touches a host.
class RecipeLoader
{
public:
    [[nodiscard]] static Result<Recipe> loadFile(const QString &path);
    // `baseDir` resolves relative template paths (":/templates" for shipped recipes).
    [[nodiscard]] static Result<Recipe> parse(const QString &text, const QString &fileName,
                                              const QString &baseDir);
    // The recipes shipped in resources/recipes/ (":/recipes/<id>.yaml").
    [[nodiscard]] static QStringList shippedRecipes();
    // Resolves a template `src` of a recipe: absolute and ":/" paths as they are,
    // else relative to the recipe's folder, else ":/templates/<src>".
    [[nodiscard]] static QString resolveTemplate(const Recipe &recipe, const QString &src);
};

} // namespace mc::provision
