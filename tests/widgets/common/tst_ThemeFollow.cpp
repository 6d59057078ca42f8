// A theme switch at run time reaches what was built once from the state palette: style
// sheets, diff and output highlighting, items' brushes, rich text of a view; models
// answer in the theme of the moment.
#include "models/cluster/ClustersModel.h"
#include "models/common/StateColorPalette.h"
#include "widgets/cluster/ConnectionBadge.h"
#include "widgets/common/DiffHighlighter.h"
#include "widgets/common/ThemeFollow.h"
#include "widgets/settings/Appearance.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeWidget>

using namespace mc;
using namespace Qt::StringLiterals;
using Palette = models::StateColorPalette;
using Role = Palette::Role;

namespace {

const Palette kLight(false);
const Palette kDark(true);

// The colour the highlighter gave the start of `block`; invalid when none.
QColor highlighted(const QTextBlock &block)
{
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.start == 0 && range.format.hasProperty(QTextFormat::ForegroundBrush))
            return range.format.foreground().color();
    }
    return {};
}

void switchTo(bool dark)
{
    widgets::applyTheme(dark ? settings::Theme::Dark : settings::Theme::Light);
}

} // namespace

class tst_ThemeFollow : public QObject
{
    Q_OBJECT

private slots:
    void init() { switchTo(false); }
    void cleanupTestCase() { switchTo(false); }

    void styleSheetFollows()
    {
        QLabel label(u"Problem: no leader"_s);
        widgets::setStateTextColor(&label, Role::Error, u"font-weight: bold;"_s);
        QCOMPARE(label.styleSheet(), u"color: %1; font-weight: bold;"_s.arg(kLight.name(Role::Error)));
        switchTo(true);
        QCOMPARE(label.styleSheet(), u"color: %1; font-weight: bold;"_s.arg(kDark.name(Role::Error)));
        // A later colour replaces the first: the switch back applies only the later one.
        widgets::setStateTextColor(&label, Role::Ok);
        switchTo(false);
        QCOMPARE(label.styleSheet(), u"color: %1;"_s.arg(kLight.name(Role::Ok)));
        // Cleared: a switch leaves it empty.
        widgets::clearThemedStyleSheet(&label);
        switchTo(true);
        QVERIFY(label.styleSheet().isEmpty());
    }

    void surfaceFollows()
    {
        QLabel banner(u"The deployment is locked"_s);
        widgets::setSurfaceStyle(&banner, Palette::Surface::Warning, u"padding: 6px;"_s);
        QVERIFY(banner.styleSheet().contains(kLight.surface(Palette::Surface::Warning).background.name()));
        switchTo(true);
        const Palette::SurfaceColors dark = kDark.surface(Palette::Surface::Warning);
        QVERIFY(banner.styleSheet().contains(dark.background.name()));
        QVERIFY(banner.styleSheet().contains(dark.text.name()));
        QVERIFY(banner.styleSheet().endsWith(u"padding: 6px;"_s));
    }

    void diffFollows()
    {
        QTextDocument document;
        document.setPlainText(u"@@ -1 +1 @@\n-old\n+new"_s);
        widgets::DiffHighlighter highlighter(&document);
        const QTextBlock removed = document.findBlockByNumber(1);
        const QTextBlock added = document.findBlockByNumber(2);
        QCOMPARE(highlighted(removed), kLight.color(Role::DiffRemoved));
        QCOMPARE(highlighted(added), kLight.color(Role::DiffAdded));
        switchTo(true);
        QCOMPARE(highlighted(removed), kDark.color(Role::DiffRemoved));
        QCOMPARE(highlighted(added), kDark.color(Role::DiffAdded));
    }

    void outputLinesFollow()
    {
        QPlainTextEdit output;
        output.appendPlainText(u"12:00:01 web1 | started"_s);
        widgets::appendStateLine(&output, u"12:00:02 web1 | stderr: no such unit"_s, Role::Error);
        output.appendPlainText(u"12:00:03 web2 | started"_s);
        QTextDocument *document = output.document();
        QCOMPARE(document->blockCount(), 3);
        QVERIFY(!highlighted(document->findBlockByNumber(0)).isValid());
        QCOMPARE(highlighted(document->findBlockByNumber(1)), kLight.color(Role::Error));
        QVERIFY(!highlighted(document->findBlockByNumber(2)).isValid());
        QCOMPARE(document->findBlockByNumber(1).text(), u"12:00:02 web1 | stderr: no such unit"_s);
        switchTo(true);
        QCOMPARE(highlighted(document->findBlockByNumber(1)), kDark.color(Role::Error));
        QVERIFY(!highlighted(document->findBlockByNumber(2)).isValid());
    }

    void itemsFollow()
    {
        QTreeWidget tree;
        tree.setColumnCount(3);
        widgets::followThemeInItems(&tree);
        auto *host = new QTreeWidgetItem(&tree, { u"agent1"_s, u"in sync"_s, QString() });
        auto *step = new QTreeWidgetItem(host, { u"mesos-agent"_s, u"failed"_s, QString() });
        widgets::setStateForeground(host, 1, Role::Ok);
        widgets::setStateForeground(step, 1, Role::Error);
        const QBrush untouched = host->foreground(0);
        QCOMPARE(host->foreground(1).color(), kLight.color(Role::Ok));
        switchTo(true);
        QCOMPARE(host->foreground(1).color(), kDark.color(Role::Ok));
        QCOMPARE(step->foreground(1).color(), kDark.color(Role::Error));
        QCOMPARE(host->foreground(0), untouched);
    }

    void modelsAnswerInTheThemeOfTheMoment()
    {
        using Health = models::ClusterSummary::Health;
        QCOMPARE(models::ClustersModel::healthColour(Health::Failing), kLight.color(Role::Error));
        switchTo(true);
        QCOMPARE(models::ClustersModel::healthColour(Health::Failing), kDark.color(Role::Error));
        QCOMPARE(models::ClustersModel::healthColour(Health::Live), kDark.color(Role::Ok));
    }

    void viewRichTextFollows()
    {
        widgets::ConnectionBadge badge(u"Mesos"_s);
        cluster::ConnectionState live;
        live.kind = cluster::ConnectionState::Kind::Live;
        badge.setState(live);
        const auto dotText = [&badge] {
            for (const QLabel *label : badge.findChildren<QLabel *>()) {
                if (label->text().contains(u"●"_s))
                    return label->text();
            }
            return QString();
        };
        QVERIFY(dotText().contains(kLight.name(Role::Ok)));
        switchTo(true);
        QVERIFY2(dotText().contains(kDark.name(Role::Ok)), qPrintable(dotText()));
    }
};

QTEST_MAIN(tst_ThemeFollow)
#include "tst_ThemeFollow.moc"
