#include "widgets/common/DiffHighlighter.h"

#include "models/common/StateColorPalette.h"
#include "widgets/common/ThemeFollow.h"

#include <QFont>
#include <QTextCharFormat>

namespace mc::widgets {

DiffHighlighter::DiffHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    followTheme(this, QStringLiteral("rehighlight"), [this] { rehighlight(); });
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    using Role = models::StateColorPalette::Role;
    const models::StateColorPalette palette;
    QTextCharFormat format;
    if (text.startsWith(QLatin1String("@@")))
        format.setForeground(palette.color(Role::DiffHunk));
    else if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")))
        format.setFontWeight(QFont::Bold);
    else if (text.startsWith(u'+'))
        format.setForeground(palette.color(Role::DiffAdded));
    else if (text.startsWith(u'-'))
        format.setForeground(palette.color(Role::DiffRemoved));
    else
        return;
    setFormat(0, int(text.size()), format);
}

} // namespace mc::widgets
