#include "models/inventory/VariablesModel.h"

#include "core/inventory/VariantUtil.h"
#include "core/inventory/YamlImporter.h"
#include "models/common/ColumnTitles.h"
#include "models/common/StateColorPalette.h"
#include "models/inventory/InventoryDocument.h"

#include <QColor>

namespace mc::models {

using inventory::Inventory;
using inventory::VariantUtil;

namespace {
StateColorPalette::Surface surfaceOf(inventory::ValidationIssue::Severity severity)
{
    return severity == inventory::ValidationIssue::Severity::Error ? StateColorPalette::Surface::Error
                                                                   : StateColorPalette::Surface::Warning;
}
} // namespace

VariablesModel::VariablesModel(InventoryDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &InventoryDocument::inventoryChanged, this, &VariablesModel::reload);
    connect(m_document, &InventoryDocument::documentReset, this, [this] { setSubject({}, false); });
}

void VariablesModel::setSubject(const QString &name, bool isGroup)
{
    m_name = name;
    m_isGroup = isGroup;
    reload();
}

void VariablesModel::reload()
{
    // A form's table of a handful of rows: when the rows stay the same keys
    // only their data changes (an open editor survives); otherwise rebuilt.
    QList<Row> rowsBefore;
    rowsBefore.swap(m_rows);
    const Inventory &inv = m_document->inventory();
    if (m_isGroup) {
        if (const inventory::Group *g = inv.group(m_name)) {
            for (auto it = g->vars.cbegin(); it != g->vars.cend(); ++it)
                m_rows << Row { it.key(), it.value(), tr("this group"), true };
            for (auto it = g->fileVars.cbegin(); it != g->fileVars.cend(); ++it)
                m_rows << Row { it.key(), it.value(), tr("group_vars file"), false };
        }
    } else if (const inventory::Host *h = inv.host(m_name)) {
        // Walk the precedence order, remembering who set each key last.
        QMap<QString, Row> rows;
        const inventory::Group *all = inv.group(inventory::allGroupName());
        auto layer = [&](const QVariantMap &vars, const QString &source, bool own) {
            for (auto it = vars.cbegin(); it != vars.cend(); ++it)
                rows.insert(it.key(), Row { it.key(), it.value(), source, own });
        };
        const QStringList groups = inv.precedenceGroups(m_name);
        layer(all->vars, tr("group all"), false);
        for (const QString &g : groups)
            layer(inv.group(g)->vars, tr("group %1").arg(g), false);
        layer(all->fileVars, tr("group_vars/all"), false);
        for (const QString &g : groups)
            layer(inv.group(g)->fileVars, tr("group_vars/%1").arg(g), false);
        layer(h->vars, tr("this host"), true);
        layer(h->fileVars, tr("host_vars file"), false);
        // Own variables first, then inherited ones.
        for (const Row &r : std::as_const(rows)) {
            if (r.own)
                m_rows << r;
        }
        for (const Row &r : std::as_const(rows)) {
            if (!r.own)
                m_rows << r;
        }
    }
    bool sameShape = rowsBefore.size() == m_rows.size();
    for (qsizetype i = 0; sameShape && i < m_rows.size(); ++i)
        sameShape = rowsBefore.at(i).key == m_rows.at(i).key && rowsBefore.at(i).own == m_rows.at(i).own;
    if (sameShape) {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    QList<Row> rowsAfter;
    rowsAfter.swap(m_rows);
    m_rows.swap(rowsBefore);
    beginResetModel();
    m_rows.swap(rowsAfter);
    endResetModel();
}

int VariablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VariablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariablesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    inventory::ValidationIssues issues;
    for (const inventory::ValidationIssue &i :
         m_document->issuesFor(m_isGroup ? QString() : m_name, m_isGroup ? m_name : QString())) {
        if (i.variable == r.key)
            issues << i;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.key;
        case ValueColumn:
            return VariantUtil::displayText(r.value);
        default:
            return r.source;
        }
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return r.key;
        if (index.column() == ValueColumn) {
            // Text that reads back as the same value.
            if (VariantUtil::kind(r.value) == VariantUtil::Kind::String) {
                const QString s = r.value.toString();
                auto parsed = inventory::YamlImporter::parseValue(s, QString());
                const bool same = parsed.ok()
                    && VariantUtil::kind(parsed.value()) == VariantUtil::Kind::String
                    && parsed.value().toString() == s;
                return same ? s : QString::fromUtf8(VariantUtil::toPythonJson(r.value));
            }
            return VariantUtil::displayText(r.value);
        }
        return {};
    case Qt::ForegroundRole:
        // Flagged rows sit on the severity's surface: its text, muted for inherited values.
        if (!issues.isEmpty() && r.own)
            return StateColorPalette().surface(surfaceOf(issues.first().severity)).text;
        return r.own ? QVariant() : QVariant(StateColorPalette().color(StateColorPalette::Role::Muted));
    case Qt::BackgroundRole:
        if (issues.isEmpty())
            return {};
        return StateColorPalette().surface(surfaceOf(issues.first().severity)).background;
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const auto &i : std::as_const(issues))
            lines << i.message;
        if (!r.own)
            lines << tr("Inherited from %1; set it on this host to override.").arg(r.source);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case OwnRole:
        return r.own;
    case SeverityRole:
        return issues.isEmpty() ? -1 : int(issues.first().severity);
    default:
        return {};
    }
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(section, orientation, role, [] { // in the order of Column
        return QStringList { tr("Variable"), tr("Value"), tr("From") };
    });
}

Qt::ItemFlags VariablesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_rows.at(index.row()).own && index.column() != SourceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool VariablesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_rows.at(index.row()).own)
        return false;
    const Row r = m_rows.at(index.row());
    Status s;
    if (index.column() == ValueColumn) {
        s = setVariable(r.key, value.toString());
    } else if (index.column() == NameColumn) {
        const QString newKey = value.toString().trimmed();
        if (newKey == r.key)
            return false;
        if (newKey.isEmpty()) {
            s = Error { tr("A variable needs a name."), {} };
        } else {
            const QString name = m_name;
            const bool group = m_isGroup;
            s = m_document->edit(tr("Rename variable %1").arg(r.key), [&](Inventory &inv) -> Status {
                QVariantMap vars = group ? inv.group(name)->vars : inv.host(name)->vars;
                vars.remove(r.key);
                vars.insert(newKey, r.value);
                group ? inv.setGroupVars(name, vars) : inv.setHostVars(name, vars);
                return {};
            });
        }
    }
    m_lastError = s ? QString() : s.error().message;
    if (!s)
        Q_EMIT editFailed(m_lastError);
    return s.ok();
}

Status VariablesModel::setVariable(const QString &key, const QString &valueText)
{
    if (m_name.isEmpty())
        return Error { tr("Select a host or group first."), {} };
    if (key.trimmed().isEmpty())
        return Error { tr("A variable needs a name."), {} };
    QVariant value;
    if (!valueText.trimmed().isEmpty()) {
        auto parsed = inventory::YamlImporter::parseValue(valueText, tr("value"));
        if (!parsed)
            return Error {
                tr("The value is not valid YAML (quote text with \"...\"): %1").arg(parsed.error().message),
                {}
            };
        value = parsed.value();
    } else {
        value = QString();
    }
    const QString name = m_name;
    const bool group = m_isGroup;
    return m_document->edit(tr("Set %1 of %2").arg(key, name), [&](Inventory &inv) -> Status {
        if (group ? !inv.hasGroup(name) : !inv.hasHost(name))
            return Error { tr("\"%1\" no longer exists.").arg(name), {} };
        inv.setVariable(name, key.trimmed(), value);
        return {};
    });
}

Status VariablesModel::removeVariable(const QString &key)
{
    const QString name = m_name;
    const bool group = m_isGroup;
    return m_document->edit(tr("Remove %1 from %2").arg(key, name), [&](Inventory &inv) -> Status {
        QVariantMap vars = group ? inv.group(name)->vars : inv.host(name)->vars;
        vars.remove(key);
        group ? inv.setGroupVars(name, vars) : inv.setHostVars(name, vars);
        return {};
    });
}

int VariablesModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return int(i);
    }
    return -1;
}

} // namespace mc::models
