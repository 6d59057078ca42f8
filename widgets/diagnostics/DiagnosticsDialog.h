#pragma once

#include "core/util/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace mc::logging {
class LogRing;
}

namespace mc::widgets {

// Help ▸ Diagnostics: the recent log (a LogRing, filled by the message handler the
// application installs) for a bug report. Filtered by category, refreshed while open,
// copied or saved (QSaveFile) with a header naming the version, Qt and the system.
// Secrets were redacted on the way into the ring; the report is redacted once more.
// "Record debug lines" turns the mc.* debug level on and off, as --verbose does.
class DiagnosticsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DiagnosticsDialog(const logging::LogRing &ring, QWidget *parent = nullptr);

    // What Copy and Save give: the header and the lines shown.
    [[nodiscard]] QString reportText() const;
    // Writes reportText() to `path` atomically.
    Status saveTo(const QString &path) const;

private:
    void refresh();
    void save();
    [[nodiscard]] QString shownCategory() const;

    const logging::LogRing &m_ring;
    QComboBox *m_category;
    QCheckBox *m_debug;
    QPlainTextEdit *m_text;
    QLabel *m_summary;
    QTimer *m_poll;
    quint64 m_shownCount = 0;
    bool m_shownOnce = false;
};

} // namespace mc::widgets
