#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <deque>

struct VTerm;
struct VTermScreen;
struct VTermState;

namespace mc::terminal {

// One character cell as a terminal shows it. Colours are resolved to RGB
// (0xRRGGBB) from the 256-colour palette or a true-colour SGR; the default
// foreground/background are flagged so that a painter uses its theme's.
struct TerminalCell
{
    QString text; // the cell's characters (a base and its combining marks); empty: blank
    int width = 1; // 2: the left half of a wide character; 0: its right half
    quint32 fg = 0;
    quint32 bg = 0;
    int fgIndex = -1; // palette index the colour came from, -1: RGB or default
    int bgIndex = -1;
    bool defaultFg = true;
    bool defaultBg = true;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool reverse = false;
    bool strike = false;
};

enum class TerminalKey {
    None,
    Enter,
    Tab,
    Backspace,
    Escape,
    Up,
    Down,
    Left,
    Right,
    Insert,
    Delete,
    Home,
    End,
    PageUp,
    PageDown,
    Function, // with the number in sendKey's `function`
};

struct TerminalModifiers
{
    bool shift = false;
    bool alt = false;
    bool ctrl = false;
};

// The state of a terminal (libvterm's emulator, the same core Neovim uses):
// bytes from the program go in through feed(), the screen's cells, cursor and
// modes come out, and what the keyboard or a paste makes for the program comes
// out through output(). Lines scrolled off the top are kept (at most
// scrollbackLimit). No painting: a widget draws cells (TerminalWidget).
class TerminalScreen : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultScrollback = 5000;

    explicit TerminalScreen(int rows = 24, int cols = 80, QObject *parent = nullptr);
    ~TerminalScreen() override;
    TerminalScreen(const TerminalScreen &) = delete;
    TerminalScreen &operator=(const TerminalScreen &) = delete;

    void feed(const QByteArray &bytes);
    void resize(int rows, int cols);
    [[nodiscard]] int rows() const { return m_rows; }
    [[nodiscard]] int cols() const { return m_cols; }

    // Row 0..rows()-1: the screen; negative rows reach into the scrollback
    // (-1 is the line just above the screen, down to -scrollbackLines()).
    [[nodiscard]] TerminalCell cell(int row, int col) const;
    [[nodiscard]] QString lineText(int row) const; // trailing blanks trimmed
    [[nodiscard]] int scrollbackLines() const { return int(m_scrollback.size()); }
    void setScrollbackLimit(int lines);
    // The 16 ANSI colours (0xRRGGBB; 0-7 normal, 8-15 bright) that indexed
    // colours 0-15 resolve to; the 240 others are the xterm cube and greys.
    void setAnsiColors(const QList<quint32> &colors);
    void clearScrollback();

    [[nodiscard]] int cursorRow() const;
    [[nodiscard]] int cursorCol() const;
    [[nodiscard]] bool cursorVisible() const { return m_cursorVisible; }
    [[nodiscard]] bool altScreen() const { return m_altScreen; }
    [[nodiscard]] QString title() const { return m_title; }
    // The program asked for mouse reports (DECSET 1000 and friends).
    [[nodiscard]] bool mouseReporting() const { return m_mouse != 0; }

    // Keyboard and paste: the bytes for the program come out of output().
    void sendText(const QString &text, TerminalModifiers mods = {});
    void sendKey(TerminalKey key, TerminalModifiers mods = {}, int function = 0);
    // Multi-line text as one paste: wrapped in ESC[200~ … ESC[201~ when the
    // program asked for bracketed paste, newlines sent as CR.
    void paste(const QString &text);

Q_SIGNALS:
    void output(const QByteArray &bytes);
    void changed(); // cells, cursor or modes changed: repaint
    void titleChanged(const QString &title);
    void bell();
    void altScreenChanged(bool on);

private:
    struct Callbacks;
    TerminalCell convert(const void *vtermCell) const;

    VTerm *m_vt = nullptr;
    VTermScreen *m_screen = nullptr;
    VTermState *m_state = nullptr;
    int m_rows;
    int m_cols;
    std::deque<QList<TerminalCell>> m_scrollback; // front: oldest
    int m_scrollbackLimit = kDefaultScrollback;
    bool m_cursorVisible = true;
    bool m_altScreen = false;
    int m_mouse = 0;
    QString m_title;
    QByteArray m_titleBytes;
};

} // namespace mc::terminal
