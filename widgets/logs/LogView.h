#pragma once

#include "core/logs/LogSource.h"
#include "core/logs/LogWindow.h"

#include <QPointer>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace mc::widgets {

// One log, followed live: a read-only monospace text of the last
// `windowBytes` of the log (older parts loaded on demand with "Earlier"),
// follow / pause, search with highlight and next / previous, a regex line
// filter, wrap, copy, jump to start / end, save, and a status line. Data is
// decoded as one UTF-8 stream (a character cut between chunks comes out whole,
// invalid bytes become U+FFFD) and appended in batches.
class LogView : public QWidget
{
    Q_OBJECT

public:
    explicit LogView(logs::LogSource *source, qint64 windowBytes, QWidget *parent = nullptr);
    ~LogView() override;

    [[nodiscard]] logs::LogSource *source() const { return m_source; }
    [[nodiscard]] QPlainTextEdit *text() const { return m_text; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QLineEdit *filterField() const { return m_filter; }
    [[nodiscard]] QToolButton *followButton() const { return m_follow; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QLabel *matchLabel() const { return m_matches; }
    [[nodiscard]] const logs::LogWindow &window() const { return m_window; }

    void setLogFont(const QFont &font);
    void setFollowing(bool follow);
    [[nodiscard]] bool isFollowing() const;
    void setWrap(bool wrap);
    // Moves the text cursor to the next / previous match of the search text; false when there is none.
    bool findNext();
    bool findPrevious();
    void setFilter(const QString &pattern);
    void loadEarlier();
    // Start: the first line of the window, and stop following so it stays in view.
    void jumpToStart();
    // End: the last line, following again (a paused source resumes).
    void jumpToEnd();
    void copySelectionOrAll();
    void saveAs(const QString &path);
    // Appends what is waiting now (normally done by a timer).
    void flush();

Q_SIGNALS:
    // The user asked to save the whole file; the page downloads it.
    void downloadRequested(const QUrl &url, const QString &localPath);
    void saveFinished(bool ok, const QString &message);

private:
    // The row of buttons, search and filter above the text.
    [[nodiscard]] QHBoxLayout *buildToolBar();
    // A text-only tool button at the end of `bar` that runs `slot` when clicked.
    template<typename Slot>
    QToolButton *addButton(QHBoxLayout *bar, const QString &text, const QString &tip,
                           const QString &objectName, Slot slot);
    [[nodiscard]] QPlainTextEdit *buildText();
    void addShortcuts();
    void onData(qint64 offset, const QByteArray &bytes);
    void onRestarted(const QString &why);
    void onState(logs::LogState state, const QString &message);
    void appendText(const QString &text);
    void rerender();
    void trimFront();
    void updateStatus();
    void updateMatches();
    void highlightVisible();
    bool find(bool backward);
    [[nodiscard]] QString filteredLines(const QString &text, bool keepPartial);

    QPointer<logs::LogSource> m_source;
    logs::LogWindow m_window;
    QStringDecoder m_decoder { QStringDecoder::Utf8 };
    QString m_pending; // decoded, not yet in the document
    qsizetype m_dropChars = 0; // characters to remove from the front at the next flush
    QString m_partialLine; // filter mode: the line still being written
    QRegularExpression m_filterRe;
    QRegularExpression m_searchRe;
    QTimer *m_flushTimer;
    QPlainTextEdit *m_text = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_wrap = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_matches = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_earlier = nullptr;
    QString m_lastMessage;
    logs::LogState m_state = logs::LogState::Idle;
    bool m_loadingEarlier = false;
    bool m_pagedBack = false; // older parts loaded: no line limit until following again
    bool m_skippedAhead = false; // a flood was shown by its end only
    qsizetype m_windowChars = 0; // characters of the window's text
};

} // namespace mc::widgets
