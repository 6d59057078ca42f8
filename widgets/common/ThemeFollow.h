#pragma once

#include "models/common/StateColorPalette.h"

#include <QString>

#include <functional>

class QListWidget;
class QListWidgetItem;
class QObject;
class QPlainTextEdit;
class QTableWidget;
class QTableWidgetItem;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace mc::widgets {

// What a widget builds once from the StateColorPalette (a style sheet, rich
// text, an item's brush, a pixmap) is built again when the application's
// palette changes: a theme switch in the settings, or the desktop's own. Models
// need none of this: they ask the palette in data(), and views repaint.

// Calls `apply` now and after every change of the application's palette, for as
// long as `owner` lives. A later call for the same owner and key replaces this one.
void followTheme(QObject *owner, const QString &key, std::function<void()> apply);
void unfollowTheme(QObject *owner, const QString &key);

// The widget's style sheet, built from the palette of the moment (and again on a change).
void setThemedStyleSheet(QWidget *widget, std::function<QString(const models::StateColorPalette &)> build);
// Text in a state colour: "color: <role>;" followed by `extra` (e.g. "font-weight: bold;").
void setStateTextColor(QWidget *widget, models::StateColorPalette::Role role, const QString &extra = {});
// A coloured box: the surface's background, text and border, then `extra` (e.g. "padding: 6px;").
void setSurfaceStyle(QWidget *widget, models::StateColorPalette::Surface surface, const QString &extra = {});
// No themed style sheet any more, and an empty one.
void clearThemedStyleSheet(QWidget *widget);

// An item's text in a state colour; the role is kept on the item, and a tree or
// list given to followThemeInItems() colours its items again on a change.
void setStateForeground(QTreeWidgetItem *item, int column, models::StateColorPalette::Role role);
void setStateForeground(QListWidgetItem *item, models::StateColorPalette::Role role);
void setStateForeground(QTableWidgetItem *item, models::StateColorPalette::Role role);
void followThemeInItems(QTreeWidget *tree);
void followThemeInItems(QListWidget *list);
void followThemeInItems(QTableWidget *table);

// Appends `text` as a line in a state colour (e.g. a command's stderr); the
// edit's highlighter colours the line, in the theme of the moment.
void appendStateLine(QPlainTextEdit *edit, const QString &text, models::StateColorPalette::Role role);

} // namespace mc::widgets
