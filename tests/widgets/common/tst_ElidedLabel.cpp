// The label every status, banner and error uses: whatever its text, it never
// asks its window for more width; what does not fit is elided, and the whole
// text is its tool tip.
#include "widgets/common/ElidedLabel.h"

#include <QTest>
#include <QVBoxLayout>

using mc::widgets::ElidedLabel;

namespace {
const QString kUrl = QStringLiteral("http://http:5050//notaurl:99999/metrics/snapshot/") + QString(300, u'x');
}

class tst_ElidedLabel : public QObject
{
    Q_OBJECT

private slots:
    void longTextNeverWidensTheWindow_data()
    {
        QTest::addColumn<int>("lines");
        QTest::newRow("one line") << 1;
        QTest::newRow("three lines") << 3;
        QTest::newRow("all lines") << 0;
    }
    void longTextNeverWidensTheWindow()
    {
        QFETCH(int, lines);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *label = new ElidedLabel(QStringLiteral("Short"));
        label->setMaximumLines(lines);
        layout->addWidget(label);
        window.resize(400, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int minimum = window.minimumSizeHint().width();
        QVERIFY(!label->isElided());
        QVERIFY(label->effectiveToolTip().isEmpty());
        label->setText(QStringLiteral("Cannot watch the cluster: GET %1 failed.").arg(kUrl));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(window.minimumSizeHint().width(), minimum);
        QCOMPARE(window.width(), 400);
        QCOMPARE(label->isElided(), lines != 0);
        if (lines != 0)
            QVERIFY(label->effectiveToolTip().contains(kUrl));
        if (lines == 3)
            QCOMPARE(label->heightForWidth(label->width()),
                     3 * label->fontMetrics().lineSpacing() + label->contentsMargins().top()
                         + label->contentsMargins().bottom());
        if (lines == 0) // wrapped inside the URL: more lines as it gets narrower
            QVERIFY(label->heightForWidth(150) > label->heightForWidth(380));
        QCOMPARE(label->text(), QStringLiteral("Cannot watch the cluster: GET %1 failed.").arg(kUrl));
    }

    void ownToolTipFollowsTheFullText()
    {
        ElidedLabel label;
        label.setToolTip(QStringLiteral("Why: the master refused"));
        label.setText(kUrl);
        label.resize(120, 30);
        QVERIFY(label.isElided());
        QVERIFY(label.effectiveToolTip().startsWith(kUrl));
        QVERIFY(label.effectiveToolTip().endsWith(QStringLiteral("Why: the master refused")));
        label.setText(QStringLiteral("ok"));
        QCOMPARE(label.effectiveToolTip(), QStringLiteral("Why: the master refused"));
    }

    void cutRichTextEndsWithAnEllipsis()
    {
        // Cut after two lines, it must not look like the same label with those two lines only.
        const auto shown = [](const QString &text) {
            ElidedLabel label;
            label.setTextFormat(Qt::RichText);
            label.setMaximumLines(2);
            label.setText(text);
            label.resize(240, 200);
            return std::make_pair(label.isElided(), label.grab().toImage());
        };
        const auto [cut, cutImage] = shown(QStringLiteral("<b>one</b><br>two<br>three<br>four"));
        const auto [whole, wholeImage] = shown(QStringLiteral("<b>one</b><br>two"));
        QVERIFY(cut);
        QVERIFY(!whole);
        QVERIFY(cutImage != wholeImage);
    }

    void richTextShowsAsPlainText()
    {
        ElidedLabel label;
        label.setText(QStringLiteral("<b>Cannot use it:</b> no such file"));
        QCOMPARE(label.plainText(), QStringLiteral("Cannot use it: no such file"));
    }
};

QTEST_MAIN(tst_ElidedLabel)
#include "tst_ElidedLabel.moc"
