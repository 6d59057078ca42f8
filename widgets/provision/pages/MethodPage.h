#pragma once

#include "widgets/provision/pages/WizardPage.h"

#include <QVariantMap>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace mc::widgets {

class ElidedLabel;

namespace wizard {

// Page 2: the recipe (shipped or a file), its variables, which hosts and how many at a
// time. Choosing a recipe sets the context's recipe.
class MethodPage : public WizardPage
{
    // Repeated here (not only in WizardPage) for lupdate, which reads each class alone.
    Q_DECLARE_TR_FUNCTIONS(mc::widgets::ProvisionWizard)

public:
    explicit MethodPage(ProvisionContext *context, QWidget *parent = nullptr);

    // A recipe file of the user's (instead of a shipped one).
    void setRecipePath(const QString &path);
    void setRecipeVariable(const QString &name, const QString &value);
    // Loads the chosen recipe and shows its variables.
    void loadRecipe();

    // The variables whose values differ from the recipe's defaults ("true"/"false" as booleans).
    [[nodiscard]] QVariantMap variableOverrides() const;
    [[nodiscard]] QString limitText() const;
    void setLimitText(const QString &limit);
    [[nodiscard]] int forks() const; // 1..500
    void setForks(int forks);

private:
    QComboBox *m_recipeBox = nullptr;
    ElidedLabel *m_description = nullptr;
    QTableWidget *m_variables = nullptr;
    QLineEdit *m_limit = nullptr;
    QLineEdit *m_forks = nullptr;
};

} // namespace wizard
} // namespace mc::widgets
