#include "widgets/common/ThemeFollow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <algorithm>

namespace mc::widgets {

namespace {

using Role = models::StateColorPalette::Role;

// Where an item keeps its state role (an int), beside its brush.
constexpr int kStateRole = Qt::UserRole + 0x5c0;
const QString kFollowerPrefix = QStringLiteral("mcThemeFollower:");
const QString kStyleSheetKey = QStringLiteral("styleSheet");

class Follower : public QObject
{
public:
    Follower(QObject *owner, const QString &key, std::function<void()> apply)
        : QObject(owner)
        , m_apply(std::move(apply))
    {
        setObjectName(kFollowerPrefix + key);
    }
    void apply() const
    {
        if (!m_retired)
            m_apply();
    }
    void retire()
    {
        m_retired = true;
        setObjectName({});
        deleteLater(); // it may be the one applying now
    }

private:
    std::function<void()> m_apply;
    bool m_retired = false;
};

// Sees the application's palette change (QEvent::ApplicationPaletteChange, sent to the
// application object once the new palette is in place) and tells every follower.
class PaletteWatcher : public QObject
{
public:
    static PaletteWatcher *instance()
    {
        static QPointer<PaletteWatcher> watcher;
        if (!watcher && QCoreApplication::instance()) {
            watcher = new PaletteWatcher(QCoreApplication::instance());
            QCoreApplication::instance()->installEventFilter(watcher);
        }
        return watcher;
    }
    void add(Follower *follower)
    {
        // Followers die with their owners and when replaced: drop the dead ones now and then.
        if (m_followers.size() >= m_pruneAt) {
            m_followers.removeAll(nullptr);
            m_pruneAt = std::max(kFirstPrune, 2 * m_followers.size());
        }
        m_followers.append(follower);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange) {
            m_followers.removeAll(nullptr);
            const QList<QPointer<Follower>> followers = m_followers;
            for (const QPointer<Follower> &follower : followers) {
                if (follower)
                    follower->apply();
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    using QObject::QObject;
    static constexpr qsizetype kFirstPrune = 64;
    QList<QPointer<Follower>> m_followers;
    qsizetype m_pruneAt = kFirstPrune;
};

Follower *findFollower(QObject *owner, const QString &key)
{
    return owner->findChild<Follower *>(kFollowerPrefix + key, Qt::FindDirectChildrenOnly);
}

// Colours each line that carries a StateLine by its role.
class StateLine : public QTextBlockUserData
{
public:
    explicit StateLine(Role lineRole)
        : role(lineRole)
    { }
    const Role role;
};

class StateLineHighlighter : public QSyntaxHighlighter
{
public:
    explicit StateLineHighlighter(QTextDocument *document)
        : QSyntaxHighlighter(document)
    {
        setObjectName(QStringLiteral("stateLineHighlighter"));
        followTheme(this, QStringLiteral("rehighlight"), [this] { rehighlight(); });
    }

protected:
    void highlightBlock(const QString &text) override
    {
        if (const auto *line = dynamic_cast<const StateLine *>(currentBlockUserData()))
            setFormat(0, int(text.size()), models::StateColorPalette().color(line->role));
    }
};

} // namespace

void followTheme(QObject *owner, const QString &key, std::function<void()> apply)
{
    unfollowTheme(owner, key);
    auto *follower = new Follower(owner, key, std::move(apply));
    if (PaletteWatcher *watcher = PaletteWatcher::instance())
        watcher->add(follower);
    follower->apply();
}

void unfollowTheme(QObject *owner, const QString &key)
{
    if (Follower *old = findFollower(owner, key))
        old->retire();
}

void setThemedStyleSheet(QWidget *widget, std::function<QString(const models::StateColorPalette &)> build)
{
    followTheme(widget, kStyleSheetKey, [widget, build = std::move(build)] {
        const QString sheet = build(models::StateColorPalette());
        if (widget->styleSheet() != sheet)
            widget->setStyleSheet(sheet);
    });
}

void setStateTextColor(QWidget *widget, Role role, const QString &extra)
{
    setThemedStyleSheet(widget, [role, extra](const models::StateColorPalette &palette) {
        return extra.isEmpty() ? palette.textStyle(role) : palette.textStyle(role) + u' ' + extra;
    });
}

void setSurfaceStyle(QWidget *widget, models::StateColorPalette::Surface surface, const QString &extra)
{
    setThemedStyleSheet(widget, [surface, extra](const models::StateColorPalette &palette) {
        return extra.isEmpty() ? palette.surfaceStyle(surface) : palette.surfaceStyle(surface) + u' ' + extra;
    });
}

void clearThemedStyleSheet(QWidget *widget)
{
    unfollowTheme(widget, kStyleSheetKey);
    widget->setStyleSheet({});
}

void setStateForeground(QTreeWidgetItem *item, int column, Role role)
{
    item->setData(column, kStateRole, int(role));
    item->setForeground(column, models::StateColorPalette().brush(role));
}

void setStateForeground(QListWidgetItem *item, Role role)
{
    item->setData(kStateRole, int(role));
    item->setForeground(models::StateColorPalette().brush(role));
}

void setStateForeground(QTableWidgetItem *item, Role role)
{
    item->setData(kStateRole, int(role));
    item->setForeground(models::StateColorPalette().brush(role));
}

void followThemeInItems(QTreeWidget *tree)
{
    followTheme(tree, QStringLiteral("items"), [tree] {
        const models::StateColorPalette palette;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            for (int column = 0; column < (*it)->columnCount(); ++column) {
                const QVariant role = (*it)->data(column, kStateRole);
                if (role.isValid())
                    (*it)->setForeground(column, palette.brush(Role(role.toInt())));
            }
        }
    });
}

void followThemeInItems(QListWidget *list)
{
    followTheme(list, QStringLiteral("items"), [list] {
        const models::StateColorPalette palette;
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            const QVariant role = item->data(kStateRole);
            if (role.isValid())
                item->setForeground(palette.brush(Role(role.toInt())));
        }
    });
}

void followThemeInItems(QTableWidget *table)
{
    followTheme(table, QStringLiteral("items"), [table] {
        const models::StateColorPalette palette;
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                QTableWidgetItem *item = table->item(row, column);
                const QVariant role = item ? item->data(kStateRole) : QVariant();
                if (role.isValid())
                    item->setForeground(palette.brush(Role(role.toInt())));
            }
        }
    });
}

void appendStateLine(QPlainTextEdit *edit, const QString &text, Role role)
{
    QTextDocument *document = edit->document();
    auto *highlighter = document->findChild<StateLineHighlighter *>(QString(), Qt::FindDirectChildrenOnly);
    if (!highlighter)
        highlighter = new StateLineHighlighter(document);
    edit->appendPlainText(text);
    QTextBlock block = document->lastBlock();
    block.setUserData(new StateLine(role));
    highlighter->rehighlightBlock(block);
}

} // namespace mc::widgets
