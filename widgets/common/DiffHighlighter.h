#pragma once

#include <QSyntaxHighlighter>

namespace mc::widgets {

// Colours a unified diff: removed lines red, added lines green, hunk headers blue, in the
// theme's shades, again after a theme switch. The editor's change preview and an app's
// version diff show diffs alike.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    explicit DiffHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace mc::widgets
