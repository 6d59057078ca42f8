#include "app/cli/CliCommand.h"

#include "core/inventory/AnsibleJson.h"
#include "core/inventory/InventoryExporter.h"
#include "core/inventory/InventoryValidator.h"
#include "core/inventory/VariantUtil.h"
#include "core/inventory/Workspace.h"

#include <QDir>

namespace {

using namespace mc::cli;
using namespace mc::inventory;

const QString kFileHelp
    = QStringLiteral("FILE is a workspace (*.mcw.yaml) or an Ansible inventory (INI or YAML; group_vars/ and "
                     "host_vars/ beside it are read).");

void printWarnings(const QStringList &warnings)
{
    for (const QString &w : warnings)
        err() << "warning: " << w << '\n';
}

std::optional<Workspace::Opened> open(const QString &path)
{
    auto opened = Workspace::openAny(path);
    if (!opened) {
        err() << "mesos-console-cli inventory: " << opened.error().message << '\n';
        return std::nullopt;
    }
    printWarnings(opened->warnings);
    return opened.value();
}

// A verb on one FILE: declares it, parses the arguments and opens the file. nullopt with `exit`
// set when the arguments are wrong or the file cannot be opened (said).
std::optional<Workspace::Opened> parseAndOpen(CommandParser &parser, const QStringList &args, int *exit)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Workspace or inventory."));
    if (auto code = parseArguments(parser, args)) {
        *exit = *code;
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1) {
        *exit = usageError(QStringLiteral("give one FILE"));
        return std::nullopt;
    }
    auto opened = open(parser.positionalArguments().constFirst());
    if (!opened)
        *exit = ExitFailure;
    return opened;
}

QString hostSummary(const HostEntry &h)
{
    QString line = QStringLiteral("%1  %2@%3:%4")
                       .arg(h.name, h.user.isEmpty() ? QStringLiteral("-") : h.user, h.address)
                       .arg(h.port);
    if (h.zooId > 0)
        line += QStringLiteral("  zoo_id=%1").arg(h.zooId);
    return line;
}

int show(const QStringList &args)
{
    CommandParser parser(QStringLiteral("inventory show"));
    parser.setApplicationDescription(
        QStringLiteral("Print hosts, groups and merged variables. --json prints what `ansible-inventory -i "
                       "FILE --list` prints (--export: like --list --export).\n")
        + kFileHelp);
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print ansible-inventory --list JSON."));
    const QCommandLineOption exportOption(
        QStringLiteral("export"), QStringLiteral("With --json: group variables stay on their group."));
    parser.addOptions({ json, exportOption });
    int exit = ExitOk;
    const auto opened = parseAndOpen(parser, args, &exit);
    if (!opened)
        return exit;
    const Workspace &ws = opened->workspace;
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(AnsibleJson::toJson(ws.inventory(),
                                                       parser.isSet(exportOption) ? AnsibleJson::Mode::Export
                                                                                  : AnsibleJson::Mode::List));
        return ExitOk;
    }
    const Inventory &inv = ws.inventory();
    const QList<HostEntry> masters = ws.masters();
    const QList<HostEntry> agents = ws.agents();
    out() << "Masters (" << masters.size() << "):\n";
    for (const HostEntry &h : masters)
        out() << "  " << hostSummary(h) << '\n';
    out() << "Agents (" << agents.size() << "):\n";
    for (const HostEntry &h : agents)
        out() << "  " << hostSummary(h) << '\n';
    out() << "Groups:\n";
    std::function<void(const QString &, int)> tree = [&](const QString &name, int depth) {
        const Group *g = inv.group(name);
        out() << QString(depth * 2 + 2, u' ') << name;
        if (!g->hosts.isEmpty())
            out() << ": " << g->hosts.join(QLatin1String(", "));
        out() << '\n';
        for (const QString &c : g->children)
            tree(c, depth + 1);
    };
    tree(allGroupName(), 0);
    out() << "Hosts and merged variables:\n";
    for (const Host &h : inv.hosts()) {
        out() << "  " << h.name << '\n';
        const QVariantMap vars = inv.effectiveVars(h.name);
        for (auto it = vars.cbegin(); it != vars.cend(); ++it)
            out() << "    " << it.key() << " = " << VariantUtil::displayText(it.value()) << '\n';
    }
    return ExitOk;
}

int convert(const QStringList &args)
{
    CommandParser parser(QStringLiteral("inventory convert"));
    parser.setApplicationDescription(
        QStringLiteral("Write IN as OUT; the format follows OUT's name: *.mcw.yaml workspace, *.yml/*.yaml "
                       "Ansible YAML, anything else Ansible INI.\n")
        + kFileHelp);
    parser.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("Workspace or inventory to read."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("File to write."));
    if (auto code = parseArguments(parser, args))
        return *code;
    if (parser.positionalArguments().size() != 2)
        return usageError(QStringLiteral("give IN and OUT"));
    const QString in = parser.positionalArguments().at(0);
    const QString outPath = parser.positionalArguments().at(1);
    if (QFileInfo(in).absoluteFilePath() == QFileInfo(outPath).absoluteFilePath())
        return usageError(QStringLiteral("IN and OUT are the same file; choose another OUT"));
    const auto opened = open(in);
    if (!opened)
        return ExitFailure;
    const QString lower = outPath.toLower();
    if (lower.endsWith(QLatin1String(".mcw.yaml")) || lower.endsWith(QLatin1String(".mcw.yml"))) {
        if (auto s = opened->workspace.save(outPath); !s) {
            err() << "mesos-console-cli inventory convert: " << s.error().message << '\n';
            return ExitFailure;
        }
        out() << "wrote " << QDir::toNativeSeparators(outPath) << '\n';
        return ExitOk;
    }
    const auto written = InventoryExporter::writeFile(opened->workspace.inventory(), outPath,
                                                      InventoryExporter::formatForPath(outPath));
    if (!written) {
        err() << "mesos-console-cli inventory convert: " << written.error().message << '\n';
        return ExitFailure;
    }
    for (const QString &f : written.value())
        out() << "wrote " << QDir::toNativeSeparators(f) << '\n';
    return ExitOk;
}

int check(const QStringList &args)
{
    CommandParser parser(QStringLiteral("inventory check"));
    parser.setApplicationDescription(
        QStringLiteral("Validate for a Mesos cluster (masters, zoo_id, names, ports); exit 1 on errors.\n")
        + kFileHelp);
    int exit = ExitOk;
    const auto opened = parseAndOpen(parser, args, &exit);
    if (!opened)
        return exit;
    const ValidationIssues issues = opened->workspace.validate();
    int errors = 0;
    int warnings = 0;
    for (const ValidationIssue &i : issues) {
        const char *label = "note";
        if (i.severity == ValidationIssue::Severity::Error) {
            label = "error";
            ++errors;
        } else if (i.severity == ValidationIssue::Severity::Warning) {
            label = "warning";
            ++warnings;
        }
        QTextStream &stream = i.severity == ValidationIssue::Severity::Info ? out() : err();
        stream << label << ": " << i.message << '\n';
    }
    const int masters = int(opened->workspace.masters().size());
    const int agents = int(opened->workspace.agents().size());
    out() << QStringLiteral("%1 masters, %2 agents: %3 errors, %4 warnings\n")
                 .arg(masters)
                 .arg(agents)
                 .arg(errors)
                 .arg(warnings);
    return errors > 0 ? ExitFailure : ExitOk;
}

const Registration
    inventoryCommand({ QStringLiteral("inventory"),
                       QStringLiteral("Show, convert (INI/YAML/workspace) and check inventories."),
                       {} });
const Registration showVerb({ QStringLiteral("inventory show"),
                              QStringLiteral("Print hosts, groups and merged variables (--json as "
                                             "ansible-inventory)."),
                              show });
const Registration convertVerb({ QStringLiteral("inventory convert"),
                                 QStringLiteral("Write IN as OUT (workspace, Ansible YAML or INI)."),
                                 convert });
const Registration checkVerb({ QStringLiteral("inventory check"),
                               QStringLiteral("Validate for a Mesos cluster; exit 1 on errors."), check });

} // namespace
