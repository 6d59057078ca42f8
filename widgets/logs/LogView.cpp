#include "widgets/logs/LogView.h"

#include "core/logs/LogSource.h"
#include "core/util/Numbers.h"
#include "widgets/common/ThemeFollow.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace mc::widgets {

using logs::LogState;

namespace {
constexpr int kFlushIntervalMs = 50; // batch appends: the event loop stays responsive at any rate
constexpr qint64 kPageBackBytes = qint64(1024) * 1024;
constexpr int kMaxHighlightsPerScreen = 500;
// The document holds at most this many lines (the last ones of the window): a
// QTextDocument block costs ~1 KB, so 20 MB of short lines would take 200 MB.
// The front is cut in one edit when the limit is passed by a fifth.
constexpr int kMaxDocumentLines = 50000;
// More new lines than this in one flush (the log grows faster than anyone reads):
// only the end of the batch goes on screen, the document starts again from it.
constexpr int kMaxLinesPerFlush = 10000;

QString stateLabel(LogState state)
{
    switch (state) {
    case LogState::Idle:
        return LogView::tr("Not started");
    case LogState::Connecting:
        return LogView::tr("Connecting");
    case LogState::Following:
        return LogView::tr("Following");
    case LogState::Paused:
        return LogView::tr("Paused");
    case LogState::Truncated:
        return LogView::tr("Truncated, following from the start");
    case LogState::Retrying:
        return LogView::tr("Unreachable, retrying");
    case LogState::Finished:
        return LogView::tr("Task finished");
    case LogState::Failed:
        return LogView::tr("Failed");
    case LogState::Stopped:
        return LogView::tr("Stopped");
    }
    return {};
}

QToolButton *toolButton(const QString &text, const QString &tip, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

LogView::LogView(logs::LogSource *source, qint64 windowBytes, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_window(windowBytes)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kFlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &LogView::flush);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(buildToolBar());
    layout->addWidget(buildText(), 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long status (an agent's sandbox URL in an error) must not widen the window.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_status);

    addShortcuts();
    if (m_source) {
        connect(m_source, &logs::LogSource::dataReceived, this, &LogView::onData);
        connect(m_source, &logs::LogSource::restarted, this, &LogView::onRestarted);
        connect(m_source, &logs::LogSource::stateChanged, this, &LogView::onState);
        m_state = m_source->state();
        m_lastMessage = m_source->stateMessage();
    }
    updateStatus();
}

template<typename Slot>
QToolButton *LogView::addButton(QHBoxLayout *bar, const QString &text, const QString &tip,
                                const QString &objectName, Slot slot)
{
    QToolButton *button = toolButton(text, tip, objectName, this);
    connect(button, &QToolButton::clicked, this, slot);
    bar->addWidget(button);
    return button;
}

QHBoxLayout *LogView::buildToolBar()
{
    auto *bar = new QHBoxLayout;
    m_follow = toolButton(tr("Follow"), tr("Follow new output (unchecked: paused; nothing is lost)"),
                          QStringLiteral("follow"), this);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    connect(m_follow, &QToolButton::toggled, this, &LogView::setFollowing);
    bar->addWidget(m_follow);
    addButton(bar, tr("Start"), tr("Jump to the start (Ctrl+Home)"), QStringLiteral("jumpStart"),
              &LogView::jumpToStart);
    addButton(bar, tr("End"), tr("Jump to the end and follow (Ctrl+End)"), QStringLiteral("jumpEnd"),
              &LogView::jumpToEnd);
    m_earlier = addButton(bar, tr("Earlier"), tr("Load the previous 1 MiB of the file"),
                          QStringLiteral("earlier"), &LogView::loadEarlier);
    m_wrap = toolButton(tr("Wrap"), tr("Wrap long lines"), QStringLiteral("wrap"), this);
    m_wrap->setCheckable(true);
    connect(m_wrap, &QToolButton::toggled, this, &LogView::setWrap);
    bar->addWidget(m_wrap);
    addButton(bar, tr("Copy"), tr("Copy the selection (or everything shown)"), QStringLiteral("copy"),
              &LogView::copySelectionOrAll);
    addButton(bar, tr("Save…"), tr("Save the whole file"), QStringLiteral("save"), [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Log"), m_source ? m_source->title().section(u' ', -1) : QString());
        if (!path.isEmpty())
            saveAs(path);
    });
    bar->addSpacing(12);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search (Enter: next)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_searchRe = text.isEmpty()
            ? QRegularExpression()
            : QRegularExpression(QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption);
        updateMatches();
        highlightVisible();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &LogView::findNext);
    bar->addWidget(m_search, 2);
    addButton(bar, QStringLiteral("▲"), tr("Previous match (Shift+F3)"), QStringLiteral("previous"),
              &LogView::findPrevious);
    addButton(bar, QStringLiteral("▼"), tr("Next match (F3)"), QStringLiteral("next"), &LogView::findNext);
    m_matches = new QLabel(this);
    m_matches->setObjectName(QStringLiteral("matches"));
    bar->addWidget(m_matches);
    bar->addSpacing(12);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Show only lines matching (regex)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &LogView::setFilter);
    bar->addWidget(m_filter, 2);
    return bar;
}

QPlainTextEdit *LogView::buildText()
{
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont font(QStringLiteral("Monospace"));
    font.setStyleHint(QFont::TypeWriter);
    m_text->setFont(font);
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogView::highlightVisible);
    followTheme(m_text, QStringLiteral("searchMatches"), [this] { highlightVisible(); });
    return m_text;
}

void LogView::addShortcuts()
{
    auto *f3 = new QShortcut(QKeySequence::FindNext, this);
    connect(f3, &QShortcut::activated, this, &LogView::findNext);
    auto *shiftF3 = new QShortcut(QKeySequence::FindPrevious, this);
    connect(shiftF3, &QShortcut::activated, this, &LogView::findPrevious);
    // Ctrl+Home / Ctrl+End anywhere in the view (the text's own keys would only move the
    // cursor: following would pull the view back to the end at the next batch).
    auto *startKey = new QShortcut(QKeySequence::MoveToStartOfDocument, this);
    startKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(startKey, &QShortcut::activated, this, &LogView::jumpToStart);
    auto *endKey = new QShortcut(QKeySequence::MoveToEndOfDocument, this);
    endKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(endKey, &QShortcut::activated, this, &LogView::jumpToEnd);
    auto *findKey = new QShortcut(QKeySequence::Find, this);
    connect(findKey, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
}

LogView::~LogView() = default;

void LogView::setLogFont(const QFont &font)
{
    m_text->setFont(font);
}

void LogView::onData(qint64 offset, const QByteArray &bytes)
{
    const QByteArray dropped = m_window.append(offset, bytes);
    const QString text = m_decoder(bytes);
    m_pending += text;
    m_windowChars += text.size();
    if (!dropped.isEmpty()) {
        const qsizetype droppedChars = QString::fromUtf8(dropped).size();
        m_dropChars += droppedChars;
        m_windowChars -= droppedChars;
    }
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void LogView::flush()
{
    m_flushTimer->stop();
    if (m_pending.isEmpty() && m_dropChars == 0)
        return;
    QScrollBar *vertical = m_text->verticalScrollBar();
    const bool atEnd = isFollowing() || vertical->value() == vertical->maximum();
    const int keep = vertical->value();
    if (!m_filterRe.pattern().isEmpty() && m_filterRe.isValid()) {
        if (m_dropChars > 0) {
            rerender();
        } else {
            appendText(filteredLines(std::exchange(m_pending, {}), true));
        }
    } else if (!m_pagedBack && m_pending.count(u'\n') > kMaxLinesPerFlush) {
        // Laying out every line of a flood would stall the window; the window (bytes) still has
        // them all, the screen gets the newest lines.
        qsizetype from = m_pending.size();
        for (int n = 0; n <= kMaxLinesPerFlush && from > 0; ++n)
            from = m_pending.lastIndexOf(u'\n', from - 1);
        m_text->clear();
        appendText(QStringView(m_pending).mid(from + 1).toString());
        m_pending.clear();
        m_skippedAhead = true;
    } else {
        appendText(std::exchange(m_pending, {}));
        trimFront();
    }
    m_dropChars = 0;
    if (atEnd)
        vertical->setValue(vertical->maximum());
    else
        vertical->setValue(std::min(keep, vertical->maximum()));
    highlightVisible();
    updateStatus();
}

void LogView::appendText(const QString &text)
{
    if (text.isEmpty())
        return;
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

void LogView::trimFront()
{
    // The text is always the end of the window: cut what the window dropped,
    // and lines beyond the line limit, in one edit.
    QTextDocument *doc = m_text->document();
    const qsizetype docChars = doc->characterCount() - 1;
    qsizetype cut = std::max<qsizetype>(0, docChars - m_windowChars);
    const int blocks = doc->blockCount();
    if (!m_pagedBack && blocks > kMaxDocumentLines + kMaxDocumentLines / 5)
        cut = std::max<qsizetype>(cut, doc->findBlockByNumber(blocks - kMaxDocumentLines).position());
    if (cut <= 0)
        return;
    QTextCursor cursor(doc);
    cursor.setPosition(0);
    cursor.setPosition(int(std::min(cut, docChars)), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

QString LogView::filteredLines(const QString &text, bool keepPartial)
{
    QString all = std::exchange(m_partialLine, {}) + text;
    QString out;
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = all.indexOf(u'\n', start);
        if (newline < 0)
            break;
        const QStringView line = QStringView(all).mid(start, newline - start);
        if (m_filterRe.match(line).hasMatch()) {
            out += line;
            out += u'\n';
        }
        start = newline + 1;
    }
    if (keepPartial)
        m_partialLine = all.mid(start);
    return out;
}

void LogView::rerender()
{
    m_pending.clear();
    m_dropChars = 0;
    m_partialLine.clear();
    const QString all = QString::fromUtf8(m_window.bytes());
    const bool filtered = !m_filterRe.pattern().isEmpty() && m_filterRe.isValid();
    m_windowChars = all.size();
    m_text->setPlainText(filtered ? filteredLines(all, true) : all);
    if (!filtered)
        trimFront();
    if (isFollowing())
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    updateMatches();
    highlightVisible();
}

void LogView::onRestarted(const QString &why)
{
    flush();
    m_window.clear();
    m_windowChars = 0;
    m_pagedBack = false;
    m_skippedAhead = false;
    m_decoder = QStringDecoder(QStringDecoder::Utf8);
    m_pending.clear();
    m_partialLine.clear();
    m_dropChars = 0;
    m_text->clear();
    m_lastMessage = why;
    updateStatus();
}

void LogView::onState(LogState state, const QString &message)
{
    m_state = state;
    if (!message.isEmpty() || state != LogState::Truncated)
        m_lastMessage = message;
    if (state == LogState::Finished || state == LogState::Failed)
        flush();
    updateStatus();
}

void LogView::updateStatus()
{
    QString text = stateLabel(m_state);
    if (!m_lastMessage.isEmpty() && m_lastMessage != text)
        text += QStringLiteral(" — ") + m_lastMessage;
    if (m_window.size() > 0) {
        text += tr("  ·  showing %1 (bytes %2–%3)")
                    .arg(util::bytes(double(m_window.size())), util::grouped(m_window.startOffset()),
                         util::grouped(m_window.endOffset()));
    }
    if (m_text->document()->blockCount() >= kMaxDocumentLines || m_skippedAhead)
        text += tr(", the last %1 lines on screen").arg(util::grouped(m_text->document()->blockCount()));
    m_status->setText(text);
    m_earlier->setEnabled(m_source && m_source->canReadRange() && m_window.startOffset() > 0);
}

void LogView::setFollowing(bool follow)
{
    if (m_follow->isChecked() != follow) {
        m_follow->setChecked(follow); // comes back here through toggled
        return;
    }
    if (m_source)
        m_source->setPaused(!follow);
    if (follow && m_pagedBack) {
        m_pagedBack = false; // bounded again
        rerender();
    }
    if (follow)
        jumpToEnd();
}

bool LogView::isFollowing() const
{
    return m_follow->isChecked();
}

void LogView::setWrap(bool wrap)
{
    if (m_wrap->isChecked() != wrap)
        m_wrap->setChecked(wrap);
    m_text->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

bool LogView::find(bool backward)
{
    if (m_searchRe.pattern().isEmpty())
        return false;
    flush();
    const QTextDocument::FindFlags flags
        = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_text->find(m_searchRe, flags)) {
        // Wrap around.
        QTextCursor cursor = m_text->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(cursor);
        if (!m_text->find(m_searchRe, flags))
            return false;
    }
    if (isFollowing())
        setFollowing(false); // stay on the match
    m_text->ensureCursorVisible();
    highlightVisible();
    return true;
}

bool LogView::findNext()
{
    return find(false);
}

bool LogView::findPrevious()
{
    return find(true);
}

void LogView::updateMatches()
{
    if (m_searchRe.pattern().isEmpty()) {
        m_matches->clear();
        return;
    }
    qsizetype count = 0;
    const QString all = m_text->document()->toPlainText();
    for (auto it = m_searchRe.globalMatch(all); it.hasNext(); it.next())
        ++count;
    m_matches->setText(count == 0 ? tr("no match") : tr("%n match(es)", nullptr, int(count)));
}

void LogView::highlightVisible()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_searchRe.pattern().isEmpty()) {
        const models::StateColorPalette::SurfaceColors match
            = models::StateColorPalette().surface(models::StateColorPalette::Surface::SearchMatch);
        QTextEdit::ExtraSelection proto;
        proto.format.setBackground(match.background);
        proto.format.setForeground(match.text);
        QTextBlock block = m_text->cursorForPosition(QPoint(0, 0)).block();
        const int bottom = m_text->cursorForPosition(QPoint(0, m_text->viewport()->height())).blockNumber();
        while (block.isValid() && block.blockNumber() <= bottom
               && selections.size() < kMaxHighlightsPerScreen) {
            for (auto it = m_searchRe.globalMatch(block.text()); it.hasNext();) {
                const auto match = it.next();
                QTextEdit::ExtraSelection selection = proto;
                selection.cursor = QTextCursor(block);
                selection.cursor.setPosition(block.position() + int(match.capturedStart()));
                selection.cursor.setPosition(block.position() + int(match.capturedEnd()),
                                             QTextCursor::KeepAnchor);
                selections << selection;
            }
            block = block.next();
        }
    }
    m_text->setExtraSelections(selections);
}

void LogView::setFilter(const QString &pattern)
{
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid()) {
        setStateTextColor(m_filter, models::StateColorPalette::Role::Error);
        m_filter->setToolTip(tr("Not a valid regular expression: %1").arg(re.errorString()));
        return;
    }
    if (m_filter->text() != pattern)
        m_filter->setText(pattern);
    clearThemedStyleSheet(m_filter);
    m_filter->setToolTip({});
    m_filterRe = re;
    flush();
    rerender();
}

void LogView::loadEarlier()
{
    if (!m_source || !m_source->canReadRange() || m_window.startOffset() <= 0 || m_loadingEarlier)
        return;
    setFollowing(false);
    flush();
    const qint64 end = m_window.startOffset();
    const qint64 begin = std::max<qint64>(0, end - kPageBackBytes);
    m_loadingEarlier = true;
    m_source->readRange(
        begin, end - begin, this, [this, end](qint64 offset, QByteArray bytes, QString error) {
            m_loadingEarlier = false;
            if (!error.isEmpty()) {
                m_lastMessage = tr("Cannot load the earlier part: %1").arg(error);
                updateStatus();
                return;
            }
            if (offset + bytes.size() != end || m_window.startOffset() != end)
                return; // the file changed meanwhile
            if (offset > 0) {
                const qsizetype newline = bytes.indexOf('\n');
                bytes.remove(0, newline < 0 ? bytes.size() : newline + 1);
            }
            if (bytes.isEmpty())
                return;
            m_window.prepend(bytes);
            m_windowChars += QString::fromUtf8(bytes).size();
            m_pagedBack = true; // room for the older lines until following again
            const int scrollFromEnd
                = m_text->verticalScrollBar()->maximum() - m_text->verticalScrollBar()->value();
            if (!m_filterRe.pattern().isEmpty()) {
                rerender();
            } else {
                QTextCursor cursor(m_text->document());
                cursor.setPosition(0);
                cursor.insertText(QString::fromUtf8(bytes));
            }
            m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum() - scrollFromEnd);
            updateStatus();
        });
}

void LogView::jumpToStart()
{
    setFollowing(false);
    m_text->moveCursor(QTextCursor::Start);
    m_text->ensureCursorVisible();
}

void LogView::jumpToEnd()
{
    if (!isFollowing()) {
        setFollowing(true); // the end of the log, not of what came before the pause; comes back here
        return;
    }
    flush();
    m_text->moveCursor(QTextCursor::End);
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
}

void LogView::copySelectionOrAll()
{
    if (m_text->textCursor().hasSelection())
        m_text->copy();
    else
        QApplication::clipboard()->setText(m_text->toPlainText());
}

void LogView::saveAs(const QString &path)
{
    if (m_source && m_source->downloadUrl().isValid()) {
        Q_EMIT downloadRequested(m_source->downloadUrl(), path);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_window.bytes()) != m_window.size()
        || !file.commit()) {
        Q_EMIT saveFinished(false, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    Q_EMIT saveFinished(true, tr("Saved %1 (%2 bytes shown)").arg(path, util::grouped(m_window.size())));
}

} // namespace mc::widgets
