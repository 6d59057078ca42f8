#pragma once

#include <QLabel>

#include <memory>

class QTextDocument;

namespace mc::widgets {

// A label whose text never sets the width of its window: one line elided at
// the right (maximumLines 1, the default), or wrapped, also inside a long word
// such as a URL, up to maximumLines lines (0: no limit) with the last one
// elided. While any of the text is hidden its tool tip is the full text; the
// accessible text and text() are always the full text, and "Copy" in its
// context menu copies it. Rich text keeps its formatting when wrapped (lines
// beyond the last are cut, not elided) and is shown as plain text on one line.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr);

    void setMaximumLines(int lines);
    [[nodiscard]] int maximumLines() const { return m_maximumLines; }
    // The text as shown (rich text as plain text), whole.
    [[nodiscard]] QString plainText() const;
    // Part of the text is hidden at the current size.
    [[nodiscard]] bool isElided() const;
    // What the tool tip says now: the full text while elided, then the tool tip set.
    [[nodiscard]] QString effectiveToolTip() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override;
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Lines
    {
        QStringList lines;
        bool elided = false;
    };
    // The lines shown in `width` pixels of text.
    [[nodiscard]] Lines linesFor(int width) const;
    [[nodiscard]] QMargins textMargins() const;
    [[nodiscard]] bool isRich() const;
    // Rich text wrapped in `width`: its document, the height shown, whether some is cut.
    struct Rich
    {
        std::unique_ptr<QTextDocument> document;
        int height = 0;
        bool cut = false;
    };
    [[nodiscard]] Rich richFor(int width) const;

    int m_maximumLines = 1;
};

} // namespace mc::widgets
