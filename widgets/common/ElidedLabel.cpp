#include "widgets/common/ElidedLabel.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QToolTip>
#include <QtMath>

namespace mc::widgets {

namespace {
// The widest a label asks to be (its size hint), in average characters: beyond
// this its layout gives it room or it wraps/elides.
constexpr int kPreferredChars = 80;
// The narrowest it may become: a few characters and the ellipsis.
constexpr int kMinimumChars = 4;
} // namespace

ElidedLabel::ElidedLabel(QWidget *parent)
    : ElidedLabel(QString(), parent)
{ }

ElidedLabel::ElidedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setTextInteractionFlags(Qt::NoTextInteraction);
    auto *copy = new QAction(tr("&Copy"), this);
    connect(copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(plainText()); });
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ElidedLabel::setMaximumLines(int lines)
{
    m_maximumLines = qMax(0, lines);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(m_maximumLines != 1);
    setSizePolicy(policy);
    updateGeometry();
    update();
}

bool ElidedLabel::isRich() const
{
    return textFormat() == Qt::RichText || (textFormat() == Qt::AutoText && Qt::mightBeRichText(text()));
}

QString ElidedLabel::plainText() const
{
    return isRich() ? QTextDocumentFragment::fromHtml(text()).toPlainText() : text();
}

ElidedLabel::Rich ElidedLabel::richFor(int width) const
{
    Rich out;
    out.document = std::make_unique<QTextDocument>();
    out.document->setDefaultFont(font());
    out.document->setDocumentMargin(0);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    out.document->setDefaultTextOption(option);
    out.document->setHtml(text());
    out.document->setTextWidth(qMax(1, width));
    out.height = qCeil(out.document->size().height());
    if (m_maximumLines > 0) {
        const int most = m_maximumLines * fontMetrics().lineSpacing();
        out.cut = out.height > most;
        out.height = qMin(out.height, most);
    }
    return out;
}

QMargins ElidedLabel::textMargins() const
{
    const QRect inner = contentsRect();
    const QMargins frame(inner.left(), inner.top(), width() - inner.right() - 1,
                         height() - inner.bottom() - 1);
    const int m = margin();
    return frame + QMargins(m, m, m, m);
}

ElidedLabel::Lines ElidedLabel::linesFor(int width) const
{
    Lines out;
    QString text = plainText();
    const QFontMetrics metrics = fontMetrics();
    width = qMax(1, width);
    if (m_maximumLines == 1) {
        text.replace(u'\n', u' ');
        const QString shown = metrics.elidedText(text, Qt::ElideRight, width);
        out.lines << shown;
        out.elided = shown != text;
        return out;
    }
    text.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(text, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (m_maximumLines > 0 && out.lines.size() == m_maximumLines - 1) {
            // The last line shown: whatever is left, on one line, elided.
            QString rest = text.mid(line.textStart());
            rest.replace(QChar::LineSeparator, u' ');
            const QString shown = metrics.elidedText(rest, Qt::ElideRight, width);
            out.elided = shown != rest.trimmed() && shown != rest;
            out.lines << shown;
            break;
        }
        QString piece = text.mid(line.textStart(), line.textLength());
        piece.remove(QChar::LineSeparator);
        out.lines << piece;
    }
    layout.endLayout();
    if (out.lines.isEmpty())
        out.lines << QString();
    return out;
}

bool ElidedLabel::isElided() const
{
    const QMargins m = textMargins();
    const int width = this->width() - m.left() - m.right();
    return isRich() && m_maximumLines != 1 ? richFor(width).cut : linesFor(width).elided;
}

QString ElidedLabel::effectiveToolTip() const
{
    if (!isElided())
        return toolTip();
    return toolTip().isEmpty() ? plainText() : plainText() + QStringLiteral("\n\n") + toolTip();
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = textMargins();
    const QFontMetrics metrics = fontMetrics();
    int widest = 0;
    for (const QString &line : plainText().split(u'\n'))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    const int w = qMin(widest, metrics.averageCharWidth() * kPreferredChars) + 1;
    return { w + m.left() + m.right(), heightForWidth(w + m.left() + m.right()) };
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QMargins m = textMargins();
    const QFontMetrics metrics = fontMetrics();
    const int w = metrics.averageCharWidth() * kMinimumChars + metrics.horizontalAdvance(QChar(0x2026));
    return { w + m.left() + m.right(), metrics.height() + m.top() + m.bottom() };
}

bool ElidedLabel::hasHeightForWidth() const
{
    return m_maximumLines != 1;
}

int ElidedLabel::heightForWidth(int width) const
{
    const QMargins m = textMargins();
    width -= m.left() + m.right();
    if (isRich() && m_maximumLines != 1)
        return richFor(width).height + m.top() + m.bottom();
    const int lines = int(linesFor(width).lines.size());
    return lines * fontMetrics().lineSpacing() + m.top() + m.bottom();
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    // QFrame's, not QLabel's: the frame and the style sheet background, without QLabel's unelided
    // text (drawn below, elided).
    // NOLINTNEXTLINE(bugprone-parent-virtual-call): QLabel's would draw the text a second time
    QFrame::paintEvent(event); // clazy:exclude=skipped-base-method QLabel's draws the text too
    QPainter painter(this);
    const QMargins m = textMargins();
    const QRect area = rect().marginsRemoved(m);
    const QColor color
        = palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole());
    if (isRich() && m_maximumLines != 1) {
        const Rich rich = richFor(area.width());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette();
        context.palette.setColor(QPalette::Text, color);
        context.clip = QRectF(0, 0, area.width(), qMin(area.height(), rich.height));
        painter.translate(area.topLeft());
        painter.setClipRect(context.clip);
        rich.document->documentLayout()->draw(&painter, context);
        if (rich.cut) {
            // Cut below its last line shown: an ellipsis at that line's end says there is more
            // (in the tool tip), where a line ending mid-sentence could look whole.
            const QFontMetrics metrics = fontMetrics();
            const QString more = QStringLiteral(" …");
            const int w = metrics.horizontalAdvance(more);
            const QRect mark(int(context.clip.width()) - w,
                             int(context.clip.height()) - metrics.lineSpacing(), w, metrics.lineSpacing());
            painter.fillRect(mark, palette().brush(QPalette::Window));
            painter.setPen(color);
            painter.drawText(mark, int(Qt::AlignRight | Qt::AlignVCenter) | Qt::TextSingleLine, more);
        }
        return;
    }
    const Lines shown = linesFor(area.width());
    const QFontMetrics metrics = fontMetrics();
    const int textHeight = int(shown.lines.size()) * metrics.lineSpacing();
    int y = area.top();
    if (alignment() & Qt::AlignVCenter)
        y += qMax(0, (area.height() - textHeight) / 2);
    else if (alignment() & Qt::AlignBottom)
        y += qMax(0, area.height() - textHeight);
    painter.setPen(color);
    painter.setClipRect(area);
    const Qt::Alignment horizontal
        = QStyle::visualAlignment(layoutDirection(), alignment() & Qt::AlignHorizontal_Mask);
    for (const QString &line : shown.lines) {
        painter.drawText(QRect(area.left(), y, area.width(), metrics.lineSpacing()),
                         int(horizontal | Qt::AlignVCenter) | Qt::TextSingleLine, line);
        y += metrics.lineSpacing();
    }
}

bool ElidedLabel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QString tip = effectiveToolTip();
        auto *help = static_cast<QHelpEvent *>(event);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QLabel::event(event);
}

} // namespace mc::widgets
