// Every page of the main window, as the console builds it: each control a
// keyboard can reach has a name a screen reader can say.

#include "app/gui/Composition.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

namespace {

// What Qt's accessibility gives a control as its name: the accessible name,
// a button's text, the label whose buddy it is, or the tool tip.
QString spokenName(QWidget *w, const QList<QLabel *> &labels)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty())
        return button->text();
    for (QLabel *label : labels) {
        if (label->buddy() == w && !label->text().isEmpty())
            return label->text();
    }
    return w->toolTip();
}

bool reachable(QWidget *w)
{
    return w->focusPolicy() != Qt::NoFocus && w->isEnabledTo(w->window());
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyReachableControlHasAName()
    {
        mc::widgets::MainWindow window;
        mc::app::StartOptions options;
        // Addresses nothing answers on: the cluster pages are built, the watcher reports errors.
        options.masters = { QStringLiteral("http://127.0.0.1:9") };
        options.marathons = { QStringLiteral("http://127.0.0.1:9") };
        mc::app::Composition composition(&window, options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        QStringList unnamed;
        const auto check = [&](QWidget *w) {
            if (!reachable(w) || w->inherits("QComboBoxListView")
                || w->objectName() == u"qt_spinbox_lineedit")
                return;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                return; // an editable combo box's own line edit: the combo box is named
            if (spokenName(w, labels).isEmpty()) {
                QString path = QString::fromLatin1(w->metaObject()->className());
                for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
                    if (!p->objectName().isEmpty()) {
                        path += u" in " + p->objectName();
                        break;
                    }
                }
                unnamed << path + (w->objectName().isEmpty() ? QString() : u" #" + w->objectName());
            }
        };
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
                || qobject_cast<QTextEdit *>(w))
                check(w);
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n  " + unnamed.join(u"\n  ")));
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_Accessibility.moc"
