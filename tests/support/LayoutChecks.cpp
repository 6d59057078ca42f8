#include "tests/support/LayoutChecks.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>

namespace mc::test {

namespace {
QString describe(QWidget *w)
{
    QString name = w->objectName();
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        name += QStringLiteral(" \"%1\"").arg(button->text());
    else if (auto *edit = qobject_cast<QLineEdit *>(w))
        name += QStringLiteral(" [%1]").arg(edit->placeholderText());
    return QStringLiteral("%1%2 %3x%4")
        .arg(QString::fromLatin1(w->metaObject()->className()), name)
        .arg(w->width())
        .arg(w->height());
}

// Visible on screen: shown, and its whole chain of parents shown.
bool onScreen(QWidget *w, QWidget *root)
{
    return w->isVisibleTo(root->window()) && root->isVisible() && w->width() > 0;
}
} // namespace

QStringList clippedControls(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!onScreen(w, root))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            // Item views' internal buttons and tab bars' scrollers are drawn by their views.
            if (button->text().isEmpty() || !button->parentWidget()->layout())
                continue;
            if (button->width() < button->sizeHint().width())
                out << QStringLiteral("clipped: %1 < %2").arg(describe(w)).arg(button->sizeHint().width());
        } else if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)) {
            if (qobject_cast<QComboBox *>(w->parentWidget()) || !w->parentWidget()->layout())
                continue; // a combo's own editor, a spin box's, an item editor
            const int minimum = qMax(w->minimumWidth(), w->minimumSizeHint().width());
            if (w->width() < minimum)
                out << QStringLiteral("squeezed: %1 < %2").arg(describe(w)).arg(minimum);
        }
    }
    return out;
}

QStringList mnemonicsWithoutBuddy(QWidget *root)
{
    QStringList out;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        QString text = label->text();
        text.remove(QStringLiteral("&&"));
        if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(text) || !text.contains(u'&'))
            continue;
        if (!label->buddy() || label->buddy()->focusPolicy() == Qt::NoFocus)
            out << label->text();
    }
    return out;
}

void resizeAndSettle(QWidget *window, const QSize &size)
{
    window->resize(size);
    // Layout requests and resizes are posted: a few rounds until nothing moves.
    for (int round = 0; round < 5; ++round) {
        QApplication::sendPostedEvents();
        QApplication::processEvents();
    }
}

} // namespace mc::test
