#include "core/terminal/TerminalScreen.h"

#include <vterm.h>

#include <algorithm>

namespace mc::terminal {

namespace {

quint32 rgbOf(const VTermColor &c)
{
    return (quint32(c.rgb.red) << 16) | (quint32(c.rgb.green) << 8) | quint32(c.rgb.blue);
}

VTermModifier modifiers(TerminalModifiers mods)
{
    int m = VTERM_MOD_NONE;
    if (mods.shift)
        m |= VTERM_MOD_SHIFT;
    if (mods.alt)
        m |= VTERM_MOD_ALT;
    if (mods.ctrl)
        m |= VTERM_MOD_CTRL;
    return VTermModifier(m);
}

} // namespace

// libvterm's C callbacks, forwarding to the screen object in `user`.
struct TerminalScreen::Callbacks
{
    static TerminalScreen *self(void *user) { return static_cast<TerminalScreen *>(user); }

    static int damage(VTermRect, void *user)
    {
        Q_EMIT self(user)->changed();
        return 1;
    }
    static int moverect(VTermRect, VTermRect, void *user)
    {
        Q_EMIT self(user)->changed();
        return 1;
    }
    static int movecursor(VTermPos, VTermPos, int visible, void *user)
    {
        self(user)->m_cursorVisible = visible != 0;
        Q_EMIT self(user)->changed();
        return 1;
    }
    static int settermprop(VTermProp prop, VTermValue *val, void *user)
    {
        TerminalScreen *s = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            s->m_cursorVisible = val->boolean != 0;
            break;
        case VTERM_PROP_ALTSCREEN:
            s->m_altScreen = val->boolean != 0;
            Q_EMIT s->altScreenChanged(s->m_altScreen);
            break;
        case VTERM_PROP_TITLE:
            s->m_title = QString::fromUtf8(val->string ? val->string : "");
            Q_EMIT s->titleChanged(s->m_title);
            break;
        case VTERM_PROP_MOUSE:
            s->m_mouse = val->number;
            break;
        default:
            break;
        }
        Q_EMIT s->changed();
        return 1;
    }
    static int bell(void *user)
    {
        Q_EMIT self(user)->bell();
        return 1;
    }
    static int pushline(int cols, const VTermScreenCell *cells, void *user)
    {
        TerminalScreen *s = self(user);
        if (s->m_scrollbackLimit <= 0)
            return 1;
        QList<TerminalCell> line;
        line.reserve(cols);
        for (int c = 0; c < cols; ++c)
            line.append(s->convert(&cells[c]));
        while (!line.isEmpty() && line.last().text.isEmpty() && line.last().defaultBg && !line.last().reverse)
            line.removeLast(); // blanks at the end cost nothing to redraw
        s->m_scrollback.push_back(std::move(line));
        while (int(s->m_scrollback.size()) > s->m_scrollbackLimit)
            s->m_scrollback.pop_front();
        return 1;
    }
    static void output(const char *bytes, size_t len, void *user)
    {
        Q_EMIT self(user)->output(QByteArray(bytes, qsizetype(len)));
    }
    static const VTermScreenCallbacks *table()
    {
        // No sb_popline: a screen that grows taller starts with blank rows.
        static const VTermScreenCallbacks callbacks = {
            &damage, &moverect, &movecursor, &settermprop, &bell, nullptr, &pushline, nullptr,
        };
        return &callbacks;
    }
};

TerminalScreen::TerminalScreen(int rows, int cols, QObject *parent)
    : QObject(parent)
    , m_rows(std::max(rows, 1))
    , m_cols(std::max(cols, 1))
{
    m_vt = vterm_new(m_rows, m_cols);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, &Callbacks::output, this);
    m_screen = vterm_obtain_screen(m_vt);
    m_state = vterm_obtain_state(m_vt);
    vterm_screen_set_callbacks(m_screen, Callbacks::table(), this);
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_screen_reset(m_screen, 1);
}

TerminalScreen::~TerminalScreen()
{
    vterm_free(m_vt);
}

void TerminalScreen::feed(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    vterm_input_write(m_vt, bytes.constData(), size_t(bytes.size()));
    vterm_screen_flush_damage(m_screen);
}

void TerminalScreen::resize(int rows, int cols)
{
    rows = std::clamp(rows, 1, 1000);
    cols = std::clamp(cols, 1, 1000);
    if (rows == m_rows && cols == m_cols)
        return;
    m_rows = rows;
    m_cols = cols;
    vterm_set_size(m_vt, rows, cols);
    vterm_screen_flush_damage(m_screen);
    Q_EMIT changed();
}

TerminalCell TerminalScreen::convert(const void *vtermCell) const
{
    const auto &c = *static_cast<const VTermScreenCell *>(vtermCell);
    TerminalCell out;
    for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && c.chars[i] != 0; ++i) {
        const char32_t ch = c.chars[i];
        out.text += QString::fromUcs4(&ch, 1);
    }
    out.width = static_cast<unsigned char>(c.width); // libvterm's char: 1, or 2 for a wide character
    out.bold = c.attrs.bold;
    out.italic = c.attrs.italic;
    out.underline = c.attrs.underline != VTERM_UNDERLINE_OFF;
    out.reverse = c.attrs.reverse;
    out.strike = c.attrs.strike;
    out.defaultFg = VTERM_COLOR_IS_DEFAULT_FG(&c.fg);
    out.defaultBg = VTERM_COLOR_IS_DEFAULT_BG(&c.bg);
    VTermColor fg = c.fg;
    VTermColor bg = c.bg;
    if (VTERM_COLOR_IS_INDEXED(&fg))
        out.fgIndex = fg.indexed.idx;
    if (VTERM_COLOR_IS_INDEXED(&bg))
        out.bgIndex = bg.indexed.idx;
    vterm_screen_convert_color_to_rgb(m_screen, &fg);
    vterm_screen_convert_color_to_rgb(m_screen, &bg);
    out.fg = rgbOf(fg);
    out.bg = rgbOf(bg);
    return out;
}

TerminalCell TerminalScreen::cell(int row, int col) const
{
    if (col < 0 || col >= m_cols || row >= m_rows)
        return {};
    if (row < 0) {
        const int index = int(m_scrollback.size()) + row;
        if (index < 0)
            return {};
        const QList<TerminalCell> &line = m_scrollback.at(size_t(index));
        return col < line.size() ? line.at(col) : TerminalCell {};
    }
    VTermScreenCell c;
    if (!vterm_screen_get_cell(m_screen, VTermPos { row, col }, &c))
        return {};
    return convert(&c);
}

QString TerminalScreen::lineText(int row) const
{
    QString text;
    for (int c = 0; c < m_cols; ++c) {
        const TerminalCell cl = cell(row, c);
        if (cl.width == 0)
            continue;
        text += cl.text.isEmpty() ? QStringLiteral(" ") : cl.text;
    }
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

void TerminalScreen::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = std::max(0, lines);
    while (int(m_scrollback.size()) > m_scrollbackLimit)
        m_scrollback.pop_front();
}

void TerminalScreen::setAnsiColors(const QList<quint32> &colors)
{
    for (int i = 0; i < std::min<int>(16, int(colors.size())); ++i) {
        VTermColor c;
        vterm_color_rgb(&c, uint8_t(colors.at(i) >> 16), uint8_t(colors.at(i) >> 8), uint8_t(colors.at(i)));
        vterm_state_set_palette_color(m_state, i, &c);
    }
    Q_EMIT changed();
}

void TerminalScreen::clearScrollback()
{
    m_scrollback.clear();
    Q_EMIT changed();
}

int TerminalScreen::cursorRow() const
{
    VTermPos pos;
    vterm_state_get_cursorpos(m_state, &pos);
    return pos.row;
}

int TerminalScreen::cursorCol() const
{
    VTermPos pos;
    vterm_state_get_cursorpos(m_state, &pos);
    return pos.col;
}

void TerminalScreen::sendText(const QString &text, TerminalModifiers mods)
{
    for (const char32_t ch : text.toUcs4())
        vterm_keyboard_unichar(m_vt, uint32_t(ch), modifiers(mods));
}

void TerminalScreen::sendKey(TerminalKey key, TerminalModifiers mods, int function)
{
    VTermKey k = VTERM_KEY_NONE;
    switch (key) {
    case TerminalKey::None:
        return;
    case TerminalKey::Enter:
        k = VTERM_KEY_ENTER;
        break;
    case TerminalKey::Tab:
        k = VTERM_KEY_TAB;
        break;
    case TerminalKey::Backspace:
        k = VTERM_KEY_BACKSPACE;
        break;
    case TerminalKey::Escape:
        k = VTERM_KEY_ESCAPE;
        break;
    case TerminalKey::Up:
        k = VTERM_KEY_UP;
        break;
    case TerminalKey::Down:
        k = VTERM_KEY_DOWN;
        break;
    case TerminalKey::Left:
        k = VTERM_KEY_LEFT;
        break;
    case TerminalKey::Right:
        k = VTERM_KEY_RIGHT;
        break;
    case TerminalKey::Insert:
        k = VTERM_KEY_INS;
        break;
    case TerminalKey::Delete:
        k = VTERM_KEY_DEL;
        break;
    case TerminalKey::Home:
        k = VTERM_KEY_HOME;
        break;
    case TerminalKey::End:
        k = VTERM_KEY_END;
        break;
    case TerminalKey::PageUp:
        k = VTERM_KEY_PAGEUP;
        break;
    case TerminalKey::PageDown:
        k = VTERM_KEY_PAGEDOWN;
        break;
    case TerminalKey::Function:
        if (function < 1 || function > 24)
            return;
        k = VTermKey(VTERM_KEY_FUNCTION(function));
        break;
    }
    vterm_keyboard_key(m_vt, k, modifiers(mods));
}

void TerminalScreen::paste(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\r\n", "\r");
    bytes.replace('\n', '\r');
    vterm_keyboard_start_paste(m_vt); // ESC[200~ only when the program asked for it
    Q_EMIT output(bytes);
    vterm_keyboard_end_paste(m_vt);
}

} // namespace mc::terminal
