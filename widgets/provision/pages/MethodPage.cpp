#include "widgets/provision/pages/MethodPage.h"

#include "core/provision/RecipeLoader.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/provision/CheckPanel.h"
#include "widgets/provision/ProvisionContext.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mc::widgets::wizard {

using namespace mc::provision;

namespace {
constexpr int kMaxForks = 500;
} // namespace

MethodPage::MethodPage(ProvisionContext *context, QWidget *parent)
    : WizardPage(context, QStringLiteral("methodPage"), tr("Install method"),
                 tr("A recipe says what every host gets. Values below override the recipe's defaults; "
                    "the inventory's host variables override both."),
                 parent)
{
    auto *form = new QFormLayout;
    m_recipeBox = new QComboBox;
    m_recipeBox->setObjectName(QStringLiteral("recipe"));
    m_recipeBox->setAccessibleName(tr("Recipe"));
    for (const QString &path : RecipeLoader::shippedRecipes()) {
        const auto r = RecipeLoader::loadFile(path);
        m_recipeBox->addItem(r ? r->name : QFileInfo(path).baseName(), path);
    }
    m_recipeBox->addItem(tr("Recipe file…"), QString());
    const int configureOnly = m_recipeBox->findData(QStringLiteral(":/recipes/configure-only.yaml"));
    if (configureOnly >= 0)
        m_recipeBox->setCurrentIndex(configureOnly);
    connect(m_recipeBox, &QComboBox::activated, this, [this](int index) {
        if (m_recipeBox->itemData(index).toString().isEmpty()) {
            const QString f
                = QFileDialog::getOpenFileName(this, tr("Recipe"), {}, tr("Recipes (*.yaml *.yml)"));
            if (f.isEmpty())
                return;
            m_recipeBox->insertItem(index, QFileInfo(f).fileName(), f);
            m_recipeBox->setCurrentIndex(index);
        }
        loadRecipe();
    });
    form->addRow(tr("Recipe:"), m_recipeBox);
    m_description = CheckPanel::statusLabel(QStringLiteral("recipeDescription"));
    form->addRow(QString(), m_description);
    m_limit = new QLineEdit;
    m_limit->setObjectName(QStringLiteral("limit"));
    m_limit->setPlaceholderText(tr("all masters and agents"));
    form->addRow(tr("Limit to:"), m_limit);
    m_forks = new QLineEdit(QStringLiteral("20"));
    m_forks->setObjectName(QStringLiteral("forks"));
    form->addRow(tr("Hosts at a time:"), m_forks);
    pageLayout()->addLayout(form);
    m_variables = CheckPanel::table(QStringLiteral("recipeVariables"), tr("Recipe variables"),
                                    { tr("Variable"), tr("Value") });
    m_variables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    pageLayout()->addWidget(m_variables, 1);
}

void MethodPage::setRecipePath(const QString &path)
{
    int index = m_recipeBox->findData(path);
    if (index < 0) {
        index = m_recipeBox->count() - 1; // before "Recipe file…"
        m_recipeBox->insertItem(index, QFileInfo(path).fileName(), path);
    }
    m_recipeBox->setCurrentIndex(index);
    loadRecipe();
}

void MethodPage::setRecipeVariable(const QString &name, const QString &value)
{
    for (int r = 0; r < m_variables->rowCount(); ++r) {
        if (m_variables->item(r, 0)->text() == name) {
            m_variables->item(r, 1)->setText(value);
            return;
        }
    }
    const int r = m_variables->rowCount();
    m_variables->insertRow(r);
    auto *key = new QTableWidgetItem(name);
    key->setFlags(key->flags() & ~Qt::ItemIsEditable);
    m_variables->setItem(r, 0, key);
    m_variables->setItem(r, 1, new QTableWidgetItem(value));
}

void MethodPage::loadRecipe()
{
    m_context->inputsChanged();
    const QString path = m_recipeBox->currentData().toString();
    const auto r = RecipeLoader::loadFile(path);
    m_variables->setRowCount(0);
    if (!r) {
        m_context->recipe.reset();
        m_description->setText(
            tr("<b>This recipe has errors:</b><br>%1")
                .arg(r.error().message.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
        m_context->updateNavigation();
        return;
    }
    m_context->recipe = std::make_unique<Recipe>(*r);
    m_description->setText(r->description);
    for (auto it = r->variables.begin(); it != r->variables.end(); ++it)
        setRecipeVariable(it.key(), it.value().toString());
    m_context->updateNavigation();
}

QVariantMap MethodPage::variableOverrides() const
{
    QVariantMap overrides;
    for (int r = 0; r < m_variables->rowCount(); ++r) {
        const QString name = m_variables->item(r, 0)->text();
        const QString value = m_variables->item(r, 1)->text();
        const QVariant def = m_context->recipe ? m_context->recipe->variables.value(name) : QVariant();
        if (def.isValid() && def.toString() == value)
            continue;
        if (value == u"true" || value == u"false")
            overrides.insert(name, value == u"true");
        else
            overrides.insert(name, value);
    }
    return overrides;
}

QString MethodPage::limitText() const
{
    return m_limit->text();
}

void MethodPage::setLimitText(const QString &limit)
{
    m_limit->setText(limit);
}

int MethodPage::forks() const
{
    return qBound(1, m_forks->text().toInt(), kMaxForks);
}

void MethodPage::setForks(int forks)
{
    m_forks->setText(QString::number(qBound(1, forks, kMaxForks)));
}

} // namespace mc::widgets::wizard
