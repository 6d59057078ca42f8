#include "core/provision/RecipeLoader.h"

#include "core/inventory/TextFile.h"
#include "core/inventory/YamlSyntax.h"
#include "core/inventory/YamlValue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace mc::provision {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mc::provision::RecipeLoader)
};

struct KindSchema
{
    StepKind kind;
    const char *key;
    QStringList required;
    QStringList optional;
    QStringList lists; // keys that may hold a list of strings
    const char *shorthand; // key a scalar/list value stands for, or nullptr
};

const QList<KindSchema> &schemas()
{
    static const QList<KindSchema> s = {
        { StepKind::Package,
          "package",
          { QStringLiteral("names") },
          { QStringLiteral("manager"), QStringLiteral("update_cache") },
          { QStringLiteral("names") },
          "names" },
        { StepKind::Repository,
          "repository",
          { QStringLiteral("name"), QStringLiteral("url") },
          { QStringLiteral("suite"), QStringLiteral("components"), QStringLiteral("key_url"),
            QStringLiteral("manager") },
          {},
          nullptr },
        { StepKind::Template,
          "template",
          { QStringLiteral("src"), QStringLiteral("dest") },
          { QStringLiteral("mode"), QStringLiteral("owner"), QStringLiteral("group") },
          {},
          nullptr },
        { StepKind::Copy,
          "copy",
          { QStringLiteral("content"), QStringLiteral("dest") },
          { QStringLiteral("mode"), QStringLiteral("owner"), QStringLiteral("group"),
            QStringLiteral("force") },
          {},
          nullptr },
        { StepKind::Directory,
          "directory",
          { QStringLiteral("path") },
          { QStringLiteral("mode"), QStringLiteral("owner"), QStringLiteral("group") },
          {},
          "path" },
        { StepKind::Command,
          "command",
          { QStringLiteral("run") },
          { QStringLiteral("creates"), QStringLiteral("unless"), QStringLiteral("timeout") },
          {},
          "run" },
        { StepKind::Service,
          "service",
          { QStringLiteral("name") },
          { QStringLiteral("state"), QStringLiteral("enabled") },
          {},
          nullptr },
        { StepKind::WaitFor,
          "wait_for",
          {},
          { QStringLiteral("port"), QStringLiteral("host"), QStringLiteral("url"),
            QStringLiteral("timeout") },
          {},
          nullptr },
    };
    return s;
}

class Parser
{
public:
    Parser(QString fileName)
        : m_file(std::move(fileName))
    { }

    QStringList errors;

    void error(const YAML::Node &node, const QString &text)
    {
        const YAML::Mark mark = node.Mark();
        if (mark.line >= 0)
            errors << QStringLiteral("%1:%2:%3: %4")
                          .arg(m_file, QString::number(mark.line + 1), QString::number(mark.column + 1),
                               text);
        else
            errors << QStringLiteral("%1: %2").arg(m_file, text);
    }

    int line(const YAML::Node &node) const { return node.Mark().line >= 0 ? node.Mark().line + 1 : 0; }

    std::optional<QString> scalar(const YAML::Node &node, const QString &what)
    {
        if (!node.IsScalar()) {
            error(node, Tr::tr("%1 must be a single value").arg(what));
            return std::nullopt;
        }
        return QString::fromStdString(node.Scalar());
    }

    std::optional<QStringList> stringList(const YAML::Node &node, const QString &what)
    {
        QStringList out;
        if (node.IsScalar()) {
            out << QString::fromStdString(node.Scalar());
            return out;
        }
        if (!node.IsSequence()) {
            error(node, Tr::tr("%1 must be a list of names").arg(what));
            return std::nullopt;
        }
        for (const auto &item : node) {
            if (!item.IsScalar()) {
                error(item, Tr::tr("%1 must be a list of names").arg(what));
                return std::nullopt;
            }
            out << QString::fromStdString(item.Scalar());
        }
        return out;
    }

    std::optional<Step> step(const YAML::Node &node, const QString &role, bool handler)
    {
        // Whole sentences for a step and a handler: the article and the word differ in a translation.
        const QString what = handler ? Tr::tr("handler") : Tr::tr("step");
        if (!node.IsMap()) {
            error(node,
                  (handler ? Tr::tr("a handler of role '%1' must be a mapping (name: ..., <kind>: ...)")
                           : Tr::tr("a step of role '%1' must be a mapping (name: ..., <kind>: ...)"))
                      .arg(role));
            return std::nullopt;
        }
        Step s;
        s.role = role;
        s.file = m_file;
        s.line = line(node);
        const KindSchema *schema = nullptr;
        YAML::Node body;
        bool ok = true;
        for (const auto &kv : node) {
            const QString key = QString::fromStdString(kv.first.Scalar());
            if (key == u"name") {
                if (auto v = scalar(kv.second, QStringLiteral("name")))
                    s.name = *v;
                else
                    ok = false;
                continue;
            }
            if (key == u"notify") {
                if (handler) {
                    error(kv.first, Tr::tr("a handler cannot notify other handlers"));
                    ok = false;
                } else if (auto v = stringList(kv.second, QStringLiteral("notify"))) {
                    s.notify = *v;
                } else {
                    ok = false;
                }
                continue;
            }
            if (key == u"when") {
                if (auto v = scalar(kv.second, QStringLiteral("when")))
                    s.when = v->trimmed();
                else
                    ok = false;
                continue;
            }
            const KindSchema *found = nullptr;
            for (const KindSchema &k : schemas()) {
                if (key == QLatin1String(k.key))
                    found = &k;
            }
            if (!found) {
                QStringList kinds;
                for (const KindSchema &k : schemas())
                    kinds << QLatin1String(k.key);
                error(
                    kv.first,
                    (handler
                         ? Tr::tr("unknown key '%1' in a handler (expected name, notify, when and one of: "
                                  "%2)")
                         : Tr::tr("unknown key '%1' in a step (expected name, notify, when and one of: %2)"))
                        .arg(key, kinds.join(QStringLiteral(", "))));
                ok = false;
                continue;
            }
            if (schema) {
                error(kv.first,
                      (handler ? Tr::tr("a handler has one kind; '%1' and '%2' both given")
                               : Tr::tr("a step has one kind; '%1' and '%2' both given"))
                          .arg(QLatin1String(schema->key), key));
                ok = false;
                continue;
            }
            schema = found;
            body = kv.second;
        }
        if (!ok)
            return std::nullopt;
        if (!schema) {
            error(node,
                  Tr::tr("%1 '%2' has no kind (one of package, repository, template, copy, "
                         "directory, command, service, wait_for)")
                      .arg(what, s.name));
            return std::nullopt;
        }
        s.kind = schema->kind;
        if (s.name.isEmpty())
            s.name = QStringLiteral("%1 (line %2)").arg(QLatin1String(schema->key)).arg(s.line);
        const QString label = QStringLiteral("%1 '%2'").arg(QLatin1String(schema->key), s.name);
        if (!body.IsMap()) {
            if (schema->shorthand && (body.IsScalar() || body.IsSequence())) {
                const QString key = QLatin1String(schema->shorthand);
                if (schema->lists.contains(key)) {
                    if (auto v = stringList(body, label))
                        s.args.insert(key, *v);
                    else
                        return std::nullopt;
                } else if (auto v = scalar(body, label)) {
                    s.args.insert(key, *v);
                } else {
                    return std::nullopt;
                }
            } else {
                error(body, Tr::tr("%1 needs a mapping of its options").arg(label));
                return std::nullopt;
            }
        } else {
            for (const auto &kv : body) {
                const QString key = QString::fromStdString(kv.first.Scalar());
                if (!schema->required.contains(key) && !schema->optional.contains(key)) {
                    error(kv.first,
                          Tr::tr("%1: unknown option '%2' (allowed: %3)")
                              .arg(label, key, (schema->required + schema->optional).join(u", ")));
                    ok = false;
                    continue;
                }
                if (schema->lists.contains(key)) {
                    if (auto v = stringList(kv.second, key))
                        s.args.insert(key, *v);
                    else
                        ok = false;
                } else if (auto v = scalar(kv.second, Tr::tr("%1 option '%2'").arg(label, key))) {
                    s.args.insert(key, *v);
                } else {
                    ok = false;
                }
            }
        }
        for (const QString &req : schema->required) {
            if (!s.args.contains(req)) {
                error(body, Tr::tr("%1: missing option '%2'").arg(label, req));
                ok = false;
            }
        }
        if (!ok)
            return std::nullopt;
        // Kind-specific values.
        auto oneOf = [&](const QString &key, const QStringList &allowed) {
            const QString v = s.args.value(key).toString();
            if (s.args.contains(key) && !allowed.contains(v)) {
                error(body,
                      Tr::tr("%1: %2 must be one of %3, not '%4'").arg(label, key, allowed.join(u", "), v));
                ok = false;
            }
        };
        auto number = [&](const QString &key) {
            if (!s.args.contains(key))
                return;
            const QString v = s.args.value(key).toString();
            if (v.contains(QStringLiteral("{{")))
                return; // checked after rendering
            bool isInt = false;
            const int n = v.toInt(&isInt);
            if (!isInt || n < 0) {
                error(body, Tr::tr("%1: %2 must be a whole number, not '%3'").arg(label, key, v));
                ok = false;
            }
        };
        auto mode = [&]() {
            const QString v = s.args.value(QStringLiteral("mode")).toString();
            if (!s.args.contains(QStringLiteral("mode")))
                return;
            bool isOctal = false;
            const int m = v.toInt(&isOctal, 8);
            if (!isOctal || m < 0 || m > 07777 || v.size() < 3) {
                error(body,
                      Tr::tr("%1: mode must be octal digits in quotes, such as \"0644\", not '%2'")
                          .arg(label, v));
                ok = false;
            }
        };
        switch (s.kind) {
        case StepKind::Package:
            oneOf(QStringLiteral("manager"),
                  { QStringLiteral("auto"), QStringLiteral("apt"), QStringLiteral("yum"),
                    QStringLiteral("dnf") });
            if (s.args.value(QStringLiteral("names")).toStringList().isEmpty()) {
                error(body, Tr::tr("%1: names is empty").arg(label));
                ok = false;
            }
            break;
        case StepKind::Repository:
            oneOf(QStringLiteral("manager"),
                  { QStringLiteral("auto"), QStringLiteral("apt"), QStringLiteral("yum"),
                    QStringLiteral("dnf") });
            break;
        case StepKind::Template:
        case StepKind::Copy:
            mode();
            oneOf(QStringLiteral("force"), { QStringLiteral("true"), QStringLiteral("false") });
            break;
        case StepKind::Directory:
            mode();
            break;
        case StepKind::Command:
            number(QStringLiteral("timeout"));
            break;
        case StepKind::Service:
            oneOf(QStringLiteral("state"),
                  { QStringLiteral("started"), QStringLiteral("stopped"), QStringLiteral("restarted"),
                    QStringLiteral("reloaded") });
            oneOf(QStringLiteral("enabled"), { QStringLiteral("true"), QStringLiteral("false") });
            if (!s.args.contains(QStringLiteral("state")) && !s.args.contains(QStringLiteral("enabled"))) {
                error(body, Tr::tr("%1: give state and/or enabled").arg(label));
                ok = false;
            }
            break;
        case StepKind::WaitFor:
            number(QStringLiteral("port"));
            number(QStringLiteral("timeout"));
            if (s.args.contains(QStringLiteral("port")) == s.args.contains(QStringLiteral("url"))) {
                error(body, Tr::tr("%1: give either port or url").arg(label));
                ok = false;
            }
            break;
        }
        if (!ok)
            return std::nullopt;
        return s;
    }

    std::optional<Role> role(const QString &name, const YAML::Node &node)
    {
        Role r;
        r.name = name;
        if (!node.IsMap()) {
            error(node, Tr::tr("role '%1' must be a mapping with 'steps' (and 'handlers')").arg(name));
            return std::nullopt;
        }
        bool ok = true;
        for (const auto &kv : node) {
            const QString key = QString::fromStdString(kv.first.Scalar());
            const bool isHandlers = key == u"handlers";
            if (key != u"steps" && !isHandlers) {
                error(kv.first,
                      Tr::tr("role '%1': unknown key '%2' (expected steps, handlers)").arg(name, key));
                ok = false;
                continue;
            }
            if (kv.second.IsNull())
                continue;
            if (!kv.second.IsSequence()) {
                error(kv.second, Tr::tr("role '%1': %2 must be a list").arg(name, key));
                ok = false;
                continue;
            }
            for (const auto &item : kv.second) {
                if (auto s = step(item, name, isHandlers))
                    (isHandlers ? r.handlers : r.steps) << *s;
                else
                    ok = false;
            }
        }
        QSet<QString> handlerNames;
        for (const Step &h : r.handlers) {
            if (handlerNames.contains(h.name)) {
                errors << Tr::tr("%1: role '%2' has two handlers named '%3'").arg(h.where(), name, h.name);
                ok = false;
            }
            handlerNames.insert(h.name);
        }
        for (const Step &s : r.steps) {
            for (const QString &n : s.notify) {
                if (!handlerNames.contains(n)) {
                    errors << Tr::tr("%1: step '%2' notifies '%3', which is not a handler of role '%4'%5")
                                  .arg(s.where(), s.name, n, name,
                                       handlerNames.isEmpty()
                                           ? QString()
                                           : Tr::tr(" (handlers: %1)")
                                                 .arg(QStringList(handlerNames.begin(), handlerNames.end())
                                                          .join(u", ")));
                    ok = false;
                }
            }
        }
        if (!ok)
            return std::nullopt;
        return r;
    }

private:
    QString m_file;
};

} // namespace

Result<Recipe> RecipeLoader::loadFile(const QString &path)
{
    const auto text = path.startsWith(QStringLiteral(":/")) ? [&]() -> Result<QString> {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error { Tr::tr("Recipe %1 does not exist.").arg(path), {} };
        return QString::fromUtf8(f.readAll());
    }()
        : inventory::TextFile::read(path);
    if (!text)
        return text.error();
    const QFileInfo info(path);
    return parse(*text, path, info.absolutePath());
}

namespace {
Error yamlError(const QString &fileName, const YAML::Exception &e)
{
    return Error { QStringLiteral("%1:%2:%3: %4")
                       .arg(fileName, QString::number(e.mark.line + 1), QString::number(e.mark.column + 1),
                            QString::fromStdString(e.msg)),
                   {} };
}

// `roles:`, a mapping of role name to its steps.
void readRoles(const YAML::Node &roles, const QString &fileName, Parser &p, Recipe &recipe)
{
    if (!roles || !roles.IsMap() || roles.size() == 0) {
        p.errors << Tr::tr("%1: missing 'roles' (a mapping of role name to steps)").arg(fileName);
    } else {
        for (const auto &kv : roles) {
            const QString name = QString::fromStdString(kv.first.Scalar());
            if (recipe.role(name)) {
                p.error(kv.first, Tr::tr("role '%1' is defined twice").arg(name));
                continue;
            }
            if (auto r = p.role(name, kv.second))
                recipe.roles << *r;
        }
    }
}

// `apply:`, the roles masters and agents get; each must be one of `roles`.
void readApply(const YAML::Node &apply, const YAML::Node &roles, const QString &fileName, Parser &p,
               Recipe &recipe)
{
    if (!apply || !apply.IsMap()) {
        p.errors << Tr::tr("%1: missing 'apply' (which roles masters and agents get)").arg(fileName);
    } else {
        for (const auto &kv : apply) {
            const QString key = QString::fromStdString(kv.first.Scalar());
            if (key != u"masters" && key != u"agents") {
                p.error(kv.first, Tr::tr("apply: unknown key '%1' (expected masters, agents)").arg(key));
                continue;
            }
            QStringList names;
            if (!kv.second.IsNull()) {
                if (auto v = p.stringList(kv.second, QStringLiteral("apply.") + key))
                    names = *v;
            }
            for (const QString &n : names) {
                if (!roles || !roles.IsMap() || !roles[n.toStdString()])
                    p.error(kv.second,
                            Tr::tr("apply.%1 names role '%2', which the recipe does not define").arg(key, n));
            }
            (key == u"masters" ? recipe.masterRoles : recipe.agentRoles) = names;
        }
    }
}

// Template sources must exist.
void checkTemplates(const Recipe &recipe, Parser &p)
{
    for (const Role &r : recipe.roles) {
        for (const QList<Step> *list : { &r.steps, &r.handlers }) {
            for (const Step &s : *list) {
                if (s.kind != StepKind::Template)
                    continue;
                const QString src = s.args.value(QStringLiteral("src")).toString();
                const QString resolved = RecipeLoader::resolveTemplate(recipe, src);
                if (!QFileInfo::exists(resolved))
                    p.errors << Tr::tr("%1: template '%2' of step '%3' not found (looked for %4)")
                                    .arg(s.where(), src, s.name, resolved);
            }
        }
    }
}
} // namespace

Result<Recipe> RecipeLoader::parse(const QString &text, const QString &fileName, const QString &baseDir)
{
    if (Status st = inventory::YamlSyntax::check(text, fileName); !st)
        return Error { Tr::tr("Recipe %1 is not valid YAML: %2").arg(fileName, st.error().message),
                       st.error().detail };
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return yamlError(fileName, e);
    }
    Recipe recipe;
    recipe.path = fileName;
    recipe.baseDir = baseDir;
    Parser p(fileName);
    try {
        if (!root.IsMap())
            return Error {
                Tr::tr("%1: a recipe is a mapping with name, variables, apply and roles").arg(fileName), {}
            };
        YAML::Node apply;
        YAML::Node roles;
        bool versionSeen = false;
        for (const auto &kv : root) {
            const QString key = QString::fromStdString(kv.first.Scalar());
            if (key == u"recipe") {
                versionSeen = true;
                if (!kv.second.IsScalar() || kv.second.Scalar() != "1")
                    p.error(kv.second, Tr::tr("this console reads recipe format 1"));
            } else if (key == u"name") {
                if (auto v = p.scalar(kv.second, QStringLiteral("name")))
                    recipe.name = *v;
            } else if (key == u"description") {
                if (auto v = p.scalar(kv.second, QStringLiteral("description")))
                    recipe.description = *v;
            } else if (key == u"variables") {
                if (kv.second.IsNull())
                    continue;
                if (!kv.second.IsMap()) {
                    p.error(kv.second, Tr::tr("variables must be a mapping"));
                    continue;
                }
                for (const auto &v : kv.second) {
                    const auto conv = inventory::YamlValue::convert(v.second);
                    if (!conv.error.isEmpty())
                        p.error(v.second, conv.error);
                    else
                        recipe.variables.insert(QString::fromStdString(v.first.Scalar()), conv.value);
                }
            } else if (key == u"apply") {
                apply = kv.second;
            } else if (key == u"roles") {
                roles = kv.second;
            } else {
                p.error(kv.first,
                        Tr::tr("unknown key '%1' (expected recipe, name, description, variables, "
                               "apply, roles)")
                            .arg(key));
            }
        }
        if (!versionSeen)
            p.errors << Tr::tr("%1: missing 'recipe: 1' (the format version)").arg(fileName);
        readRoles(roles, fileName, p, recipe);
        readApply(apply, roles, fileName, p, recipe);
    } catch (const YAML::Exception &e) {
        return yamlError(fileName, e);
    }
    checkTemplates(recipe, p);
    if (!p.errors.isEmpty()) {
        return Error { p.errors.size() == 1 ? p.errors.first()
                                            : Tr::tr("%1 errors in recipe %2:\n%3")
                                                  .arg(p.errors.size())
                                                  .arg(fileName, p.errors.join(u'\n')),
                       p.errors.join(u'\n') };
    }
    return recipe;
}

QStringList RecipeLoader::shippedRecipes()
{
    QStringList out;
    const QDir dir(QStringLiteral(":/recipes"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

QString RecipeLoader::resolveTemplate(const Recipe &recipe, const QString &src)
{
    if (src.startsWith(QStringLiteral(":/")) || QFileInfo(src).isAbsolute())
        return src;
    QString local = QDir(recipe.baseDir).filePath(src);
    if (!recipe.baseDir.isEmpty() && QFileInfo::exists(local))
        return local;
    return QStringLiteral(":/templates/") + src;
}

} // namespace mc::provision
