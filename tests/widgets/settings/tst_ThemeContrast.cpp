// Every colour of the state palette reads in both themes, measured as WCAG 2 contrast
// ratios against the backgrounds the themes really paint (applyTheme, Fusion): text
// roles at least 4.5:1 (AA) on the window, a view's base and its alternate rows;
// chart and accent graphics at least 3:1; a surface's text on its background, and
// muted text on the flagged rows' surfaces, at 4.5:1; the theme's Text over the
// usage bars' fills at 4.5:1.
#include "models/common/StateColorPalette.h"
#include "widgets/settings/Appearance.h"

#include <QApplication>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;
using Palette = models::StateColorPalette;
using Role = Palette::Role;
using Surface = Palette::Surface;

namespace {

constexpr double kText = 4.5; // WCAG 2 AA, normal text
constexpr double kGraphic = 3.0; // WCAG 2.1 non-text contrast

QString describe(const QString &what, const QColor &fg, const QColor &bg, double ratio)
{
    return u"%1: %2 on %3 is %4:1"_s.arg(what, fg.name(), bg.name()).arg(ratio, 0, 'f', 2);
}

} // namespace

class tst_ThemeContrast : public QObject
{
    Q_OBJECT

private slots:
    void contrastRatioIsWcags()
    {
        QCOMPARE(
            qRound(Palette::contrastRatio(QColor(Qt::GlobalColor::black), QColor(Qt::GlobalColor::white))),
            21);
        QCOMPARE(Palette::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // #767676 on white is the well-known 4.54:1.
        QCOMPARE(qRound(Palette::contrastRatio(QColor(0x76, 0x76, 0x76), QColor(0xff, 0xff, 0xff)) * 100),
                 454);
        QCOMPARE(Palette::readableTextOn(QColor(0xff, 0xe1, 0x50)), QColor(0, 0, 0));
        QCOMPARE(Palette::readableTextOn(QColor(0x1f, 0x21, 0x24)), QColor(0xff, 0xff, 0xff));
    }

    void rolesReadInBothThemes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void rolesReadInBothThemes()
    {
        QFETCH(bool, dark);
        widgets::applyTheme(dark ? settings::Theme::Dark : settings::Theme::Light);
        const QPalette window = QApplication::palette();
        const Palette state(window);
        QCOMPARE(state.isDark(), dark);
        QCOMPARE(Palette().isDark(), dark); // the application's, at the call

        QStringList poor;
        const auto check = [&poor](const QString &what, const QColor &fg, const QColor &bg, double least) {
            const double ratio = Palette::contrastRatio(fg, bg);
            if (ratio < least)
                poor << describe(what, fg, bg, ratio);
        };
        const QList<QPalette::ColorRole> backgrounds { QPalette::Window, QPalette::Base,
                                                       QPalette::AlternateBase };
        for (const Role role : Palette::textRoles()) {
            for (const QPalette::ColorRole background : backgrounds)
                check(u"text role %1 on %2"_s.arg(int(role)).arg(int(background)), state.color(role),
                      window.color(background), kText);
        }
        QVERIFY(!Palette::graphicRoles().isEmpty());
        for (const Role role : Palette::graphicRoles()) {
            for (const QPalette::ColorRole background : backgrounds)
                check(u"graphic role %1 on %2"_s.arg(int(role)).arg(int(background)), state.color(role),
                      window.color(background), kGraphic);
        }
        for (const Surface surface :
             { Surface::Error, Surface::Warning, Surface::Info, Surface::SearchMatch }) {
            const Palette::SurfaceColors c = state.surface(surface);
            check(u"surface %1"_s.arg(int(surface)), c.text, c.background, kText);
        }
        // An inherited variable on a flagged row (VariablesModel).
        for (const Surface surface : { Surface::Error, Surface::Warning })
            check(u"muted on surface %1"_s.arg(int(surface)), state.color(Role::Muted),
                  state.surface(surface).background, kText);
        // The usage bars draw the theme's Text over their fill (ResourceBarDelegate).
        for (const Role fill : { Role::UsageLow, Role::UsageHigh, Role::UsageFull })
            check(u"text over usage %1"_s.arg(int(fill)), window.color(QPalette::Text), state.color(fill),
                  kText);
        QVERIFY2(poor.isEmpty(), qPrintable(poor.join(u'\n')));
    }

    void lightAndDarkDiffer()
    {
        // A role that is the same in both themes was not chosen for either.
        const Palette light(false), dark(true);
        for (const Role role : Palette::textRoles() + Palette::graphicRoles())
            QVERIFY2(light.color(role) != dark.color(role), qPrintable(u"role %1"_s.arg(int(role))));
        QCOMPARE(light.terminalColors().size(), 16);
        QVERIFY(light.terminalColors() != dark.terminalColors());
    }
};

QTEST_MAIN(tst_ThemeContrast)
#include "tst_ThemeContrast.moc"
