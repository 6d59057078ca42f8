#include "widgets/terminal/TerminalWidget.h"

#include "core/terminal/TerminalScreen.h"
#include "models/common/StateColorPalette.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace mc::widgets {

using terminal::TerminalCell;
using terminal::TerminalKey;
using terminal::TerminalModifiers;
using terminal::TerminalScreen;

namespace {
constexpr int kWheelLines = 3;
constexpr int kMargin = 4; // between the widget's edge and the cells

TerminalModifiers modifiersOf(Qt::KeyboardModifiers m)
{
    return { m.testFlag(Qt::ShiftModifier), m.testFlag(Qt::AltModifier), m.testFlag(Qt::ControlModifier) };
}

TerminalKey keyOf(int key)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return TerminalKey::Enter;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return TerminalKey::Tab;
    case Qt::Key_Backspace:
        return TerminalKey::Backspace;
    case Qt::Key_Escape:
        return TerminalKey::Escape;
    case Qt::Key_Up:
        return TerminalKey::Up;
    case Qt::Key_Down:
        return TerminalKey::Down;
    case Qt::Key_Left:
        return TerminalKey::Left;
    case Qt::Key_Right:
        return TerminalKey::Right;
    case Qt::Key_Insert:
        return TerminalKey::Insert;
    case Qt::Key_Delete:
        return TerminalKey::Delete;
    case Qt::Key_Home:
        return TerminalKey::Home;
    case Qt::Key_End:
        return TerminalKey::End;
    case Qt::Key_PageUp:
        return TerminalKey::PageUp;
    case Qt::Key_PageDown:
        return TerminalKey::PageDown;
    default:
        return key >= Qt::Key_F1 && key <= Qt::Key_F24 ? TerminalKey::Function : TerminalKey::None;
    }
}

bool isCopyOrPaste(const QKeyEvent *e)
{
    const auto mods = e->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier);
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && (e->key() == Qt::Key_C || e->key() == Qt::Key_V))
        return true;
    return mods == Qt::ShiftModifier
        && (e->key() == Qt::Key_Insert || e->key() == Qt::Key_PageUp || e->key() == Qt::Key_PageDown);
}
} // namespace

TerminalWidget::TerminalWidget(QWidget *parent)
    : QWidget(parent)
    , m_screen(new TerminalScreen(24, 80, this))
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("terminalWidget"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::IBeamCursor);
    m_scrollBar->setObjectName(QStringLiteral("terminalScrollBar"));
    m_scrollBar->setCursor(Qt::ArrowCursor);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setTerminalFont(font);
    applyAnsiColors();
    connect(m_screen, &TerminalScreen::output, this, &TerminalWidget::input);
    connect(m_screen, &TerminalScreen::changed, this, [this] {
        updateScrollBar();
        update();
    });
    connect(m_scrollBar, &QScrollBar::valueChanged, this,
            [this](int value) { scrollTo(m_scrollBar->maximum() - value); });
}

TerminalWidget::~TerminalWidget() = default;

QSize TerminalWidget::sizeHint() const
{
    return { 80 * m_cellWidth + m_scrollBar->sizeHint().width() + 2 * kMargin,
             24 * m_cellHeight + 2 * kMargin };
}

void TerminalWidget::setTerminalFont(const QFont &font)
{
    m_font = font;
    m_font.setStyleHint(QFont::TypeWriter);
    m_font.setFixedPitch(true);
    m_font.setKerning(false);
    m_boldFont = m_font;
    m_boldFont.setBold(true);
    const QFontMetrics metrics(m_font);
    m_cellWidth = std::max(1, metrics.horizontalAdvance(QLatin1Char('M')));
    m_cellHeight = std::max(1, metrics.height());
    m_ascent = metrics.ascent();
    updateGrid();
    update();
}

void TerminalWidget::applyAnsiColors()
{
    m_screen->setAnsiColors(models::StateColorPalette(palette()).terminalColors());
}

void TerminalWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyAnsiColors();
}

void TerminalWidget::feed(const QByteArray &bytes)
{
    m_screen->feed(bytes);
}

void TerminalWidget::updateGrid()
{
    const int textWidth = width() - m_scrollBar->sizeHint().width() - 2 * kMargin;
    const int rows = std::max(2, (height() - 2 * kMargin) / m_cellHeight);
    const int cols = std::max(2, textWidth / m_cellWidth);
    if (rows == m_screen->rows() && cols == m_screen->cols())
        return;
    m_screen->resize(rows, cols);
    Q_EMIT gridResized(rows, cols);
}

void TerminalWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int bar = m_scrollBar->sizeHint().width();
    m_scrollBar->setGeometry(width() - bar, 0, bar, height());
    updateGrid();
    updateScrollBar();
}

void TerminalWidget::updateScrollBar()
{
    const int lines = m_screen->altScreen() ? 0 : m_screen->scrollbackLines();
    m_scrollOffset = std::clamp(m_scrollOffset, 0, lines);
    const QSignalBlocker block(m_scrollBar);
    m_scrollBar->setRange(0, lines);
    m_scrollBar->setPageStep(m_screen->rows());
    m_scrollBar->setValue(lines - m_scrollOffset);
}

void TerminalWidget::scrollTo(int offset)
{
    const int lines = m_screen->altScreen() ? 0 : m_screen->scrollbackLines();
    offset = std::clamp(offset, 0, lines);
    if (offset == m_scrollOffset)
        return;
    m_scrollOffset = offset;
    updateScrollBar();
    update();
}

void TerminalWidget::colorsOf(const TerminalCell &cell, QColor &fg, QColor &bg) const
{
    fg = cell.defaultFg ? palette().color(QPalette::Text) : QColor::fromRgb(cell.fg);
    bg = cell.defaultBg ? palette().color(QPalette::Base) : QColor::fromRgb(cell.bg);
    if (cell.reverse)
        std::swap(fg, bg);
}

bool TerminalWidget::isSelected(int line, int col) const
{
    if (m_selStart.x() < 0 || m_selStart == m_selEnd)
        return false;
    QPoint a = m_selStart;
    QPoint b = m_selEnd;
    if (std::pair(b.y(), b.x()) < std::pair(a.y(), a.x()))
        std::swap(a, b);
    const auto here = std::pair(line, col);
    return here >= std::pair(a.y(), a.x()) && here < std::pair(b.y(), b.x());
}

void TerminalWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QColor base = palette().color(QPalette::Base);
    p.fillRect(rect(), base);
    p.translate(kMargin, kMargin);
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor highlightText = palette().color(QPalette::HighlightedText);
    const int rows = m_screen->rows();
    const int cols = m_screen->cols();
    for (int r = 0; r < rows; ++r) {
        const int line = r - m_scrollOffset;
        const int y = r * m_cellHeight;
        for (int c = 0; c < cols; ++c) {
            const TerminalCell cell = m_screen->cell(line, c);
            if (cell.width == 0)
                continue; // the right half of a wide character
            QColor fg;
            QColor bg;
            colorsOf(cell, fg, bg);
            if (isSelected(line, c)) {
                fg = highlightText;
                bg = highlight;
            }
            const int w = m_cellWidth * std::max(1, cell.width);
            const QRect box(c * m_cellWidth, y, w, m_cellHeight);
            if (bg != base)
                p.fillRect(box, bg);
            if (cell.text.isEmpty() || cell.text == QLatin1String(" "))
                continue;
            QFont font = cell.bold ? m_boldFont : m_font;
            font.setItalic(cell.italic);
            font.setUnderline(cell.underline);
            font.setStrikeOut(cell.strike);
            p.setFont(font);
            p.setPen(fg);
            p.drawText(box.x(), y + m_ascent, cell.text);
        }
    }
    // The cursor: a block while focused, an outline otherwise.
    if (m_scrollOffset == 0 && m_screen->cursorVisible()) {
        const QRect box(m_screen->cursorCol() * m_cellWidth, m_screen->cursorRow() * m_cellHeight,
                        m_cellWidth, m_cellHeight);
        const QColor cursor = palette().color(QPalette::Text);
        if (hasFocus()) {
            p.fillRect(box, cursor);
            const TerminalCell cell = m_screen->cell(m_screen->cursorRow(), m_screen->cursorCol());
            if (!cell.text.isEmpty()) {
                p.setFont(cell.bold ? m_boldFont : m_font);
                p.setPen(base);
                p.drawText(box.x(), box.y() + m_ascent, cell.text);
            }
        } else {
            p.setPen(cursor);
            p.drawRect(box.adjusted(0, 0, -1, -1));
        }
    }
}

bool TerminalWidget::event(QEvent *event)
{
    // Keys go to the program, not to the window's shortcuts; only the
    // terminal's own Ctrl+Shift and Shift combinations are left to keyPressEvent.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrlShift
            = key->modifiers().testFlag(Qt::ControlModifier) && key->modifiers().testFlag(Qt::ShiftModifier);
        // Ctrl+1…9 (the window's pages) mean nothing to a shell: they stay the window's.
        const bool pageKey
            = key->modifiers() == Qt::ControlModifier && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9;
        if ((!ctrlShift && !pageKey) || isCopyOrPaste(key)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void TerminalWidget::keyPressEvent(QKeyEvent *event)
{
    const auto mods = event->modifiers();
    if (isCopyOrPaste(event)) {
        switch (event->key()) {
        case Qt::Key_C:
            copySelection();
            break;
        case Qt::Key_V:
        case Qt::Key_Insert:
            pasteClipboard();
            break;
        case Qt::Key_PageUp:
            scrollTo(m_scrollOffset + m_screen->rows() / 2);
            break;
        case Qt::Key_PageDown:
            scrollTo(m_scrollOffset - m_screen->rows() / 2);
            break;
        default:
            break;
        }
        return;
    }
    TerminalModifiers tm = modifiersOf(mods);
    const TerminalKey key = keyOf(event->key());
    scrollTo(0);
    if (key != TerminalKey::None) {
        if (event->key() == Qt::Key_Backtab)
            tm.shift = true;
        m_screen->sendKey(key, tm, key == TerminalKey::Function ? event->key() - Qt::Key_F1 + 1 : 0);
        return;
    }
    if (tm.ctrl) {
        // Ctrl+letter and the punctuation that has a control code.
        const int k = event->key();
        if (k >= Qt::Key_A && k <= Qt::Key_Z) {
            m_screen->sendText(QString(QChar(char16_t('a' + (k - Qt::Key_A)))), tm);
            return;
        }
        static const QString punctuation = QStringLiteral("@[\\]^_ ");
        const QString text = event->text();
        if (k == Qt::Key_Space || k == Qt::Key_At || k == Qt::Key_BracketLeft || k == Qt::Key_Backslash
            || k == Qt::Key_BracketRight || k == Qt::Key_AsciiCircum || k == Qt::Key_Underscore) {
            const QChar ch = k == Qt::Key_Space ? QLatin1Char(' ') : QChar(char16_t(k));
            if (punctuation.contains(ch)) {
                m_screen->sendText(QString(ch), tm);
                return;
            }
        }
        if (!text.isEmpty() && text.at(0).unicode() < 0x20) {
            Q_EMIT input(text.toUtf8());
            return;
        }
    }
    const QString text = event->text();
    if (!text.isEmpty()) {
        tm.ctrl = false;
        tm.shift = false; // already in the text
        m_screen->sendText(text, tm);
        return;
    }
    QWidget::keyPressEvent(event);
}

QPoint TerminalWidget::cellAt(const QPoint &pos) const
{
    const int col = std::clamp((pos.x() - kMargin) / m_cellWidth, 0, m_screen->cols());
    const int row = std::clamp((pos.y() - kMargin) / m_cellHeight, 0, m_screen->rows() - 1);
    return { col, row - m_scrollOffset };
}

void TerminalWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton) {
        m_selStart = m_selEnd = cellAt(event->position().toPoint());
        m_selecting = true;
        update();
    } else if (event->button() == Qt::MiddleButton) {
        const QString text = QGuiApplication::clipboard()->text(QClipboard::Selection);
        if (!text.isEmpty())
            paste(text);
    }
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    m_selEnd = cellAt(event->position().toPoint());
    update();
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_selecting)
        return;
    m_selecting = false;
    m_selEnd = cellAt(event->position().toPoint());
    const QString text = selectedText();
    if (!text.isEmpty() && QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(text, QClipboard::Selection);
    update();
}

void TerminalWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A word: the run of non-blank cells under the pointer.
    const QPoint at = cellAt(event->position().toPoint());
    const auto blank = [&](int col) {
        const QString t = m_screen->cell(at.y(), col).text;
        return t.isEmpty() || t == QLatin1String(" ");
    };
    if (at.x() >= m_screen->cols() || blank(at.x()))
        return;
    int from = at.x();
    int to = at.x();
    while (from > 0 && !blank(from - 1))
        --from;
    while (to + 1 < m_screen->cols() && !blank(to + 1))
        ++to;
    m_selStart = { from, at.y() };
    m_selEnd = { to + 1, at.y() };
    m_selecting = false;
    if (QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
    update();
}

void TerminalWidget::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    if (m_screen->altScreen()) {
        // Full-screen programs (less, man, vi) scroll with the cursor keys.
        for (int i = 0; i < std::abs(steps) * kWheelLines; ++i)
            m_screen->sendKey(steps > 0 ? TerminalKey::Up : TerminalKey::Down);
        return;
    }
    scrollTo(m_scrollOffset + steps * kWheelLines);
}

void TerminalWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void TerminalWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void TerminalWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy"), this, &TerminalWidget::copySelection);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setEnabled(!selectedText().isEmpty());
    QAction *pasteAction = menu.addAction(tr("Paste"), this, &TerminalWidget::pasteClipboard);
    pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    menu.addSeparator();
    menu.addAction(tr("Clear scrollback"), m_screen, &TerminalScreen::clearScrollback);
    menu.exec(event->globalPos());
}

QString TerminalWidget::selectedText() const
{
    if (m_selStart.x() < 0 || m_selStart == m_selEnd)
        return {};
    QPoint a = m_selStart;
    QPoint b = m_selEnd;
    if (std::pair(b.y(), b.x()) < std::pair(a.y(), a.x()))
        std::swap(a, b);
    QStringList lines;
    for (int line = a.y(); line <= b.y(); ++line) {
        const int from = line == a.y() ? a.x() : 0;
        const int to = line == b.y() ? b.x() : m_screen->cols();
        QString text;
        for (int c = from; c < to; ++c) {
            const TerminalCell cell = m_screen->cell(line, c);
            if (cell.width == 0)
                continue;
            text += cell.text.isEmpty() ? QStringLiteral(" ") : cell.text;
        }
        if (line != b.y() || to >= m_screen->cols()) {
            while (text.endsWith(QLatin1Char(' ')))
                text.chop(1);
        }
        lines << text;
    }
    return lines.join(QLatin1Char('\n'));
}

void TerminalWidget::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void TerminalWidget::pasteClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (!text.isEmpty())
        paste(text);
}

void TerminalWidget::paste(const QString &text)
{
    scrollTo(0);
    m_screen->paste(text);
}

} // namespace mc::widgets
