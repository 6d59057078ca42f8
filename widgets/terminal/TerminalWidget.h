#pragma once

#include <QFont>
#include <QPoint>
#include <QWidget>

class QScrollBar;

namespace mc::terminal {
class TerminalScreen;
struct TerminalCell;
} // namespace mc::terminal

namespace mc::widgets {

// Paints a terminal (TerminalScreen: libvterm's cells) and turns keys, the
// mouse and the clipboard into what the program gets (input()). 256 colours
// and true colour, bold/italic/underline/reverse/strike, the alternate screen,
// scrollback (wheel, Shift+PgUp/PgDn, the scroll bar), selection (drag; copied
// to the selection clipboard, Ctrl+Shift+C to the clipboard), paste
// (Ctrl+Shift+V, Shift+Insert, middle click; bracketed when the program asked).
// The default colours follow the widget's palette (light or dark theme).
class TerminalWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    [[nodiscard]] terminal::TerminalScreen *screen() const { return m_screen; }
    void setTerminalFont(const QFont &font);
    [[nodiscard]] QFont terminalFont() const { return m_font; }
    // Bytes from the program.
    void feed(const QByteArray &bytes);

    [[nodiscard]] QString selectedText() const;
    void copySelection();
    void pasteClipboard();
    void paste(const QString &text);
    // Lines scrolled back from the bottom (0: following the output).
    [[nodiscard]] int scrollOffset() const { return m_scrollOffset; }
    void scrollTo(int offset);

    QSize sizeHint() const override;

Q_SIGNALS:
    // Bytes for the program: keys, pastes, answers to its queries.
    void input(const QByteArray &bytes);
    // The grid changed size (widget resized, font changed): tell the PTY.
    void gridResized(int rows, int cols);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool focusNextPrevChild(bool) override { return false; } // Tab is the shell's

private:
    void updateGrid();
    void applyAnsiColors(); // readable on the palette's Base (light or dark)
    void updateScrollBar();
    QPoint cellAt(const QPoint &pos) const; // (col, line); line < 0 in the scrollback
    bool isSelected(int line, int col) const;
    void colorsOf(const terminal::TerminalCell &cell, QColor &fg, QColor &bg) const;

    terminal::TerminalScreen *m_screen;
    QScrollBar *m_scrollBar;
    QFont m_font;
    QFont m_boldFont;
    int m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
    int m_scrollOffset = 0;
    bool m_selecting = false;
    QPoint m_selStart { -1, 0 }; // (col, line); col -1: no selection
    QPoint m_selEnd { -1, 0 };
};

} // namespace mc::widgets
