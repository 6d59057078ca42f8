// No colour is written down outside the one palette (models/common/StateColorPalette):
// the sources of the console's layers (widgets/, models/, app/) are read line by line
// for hex colours, QColor built from numbers or names, Qt's named colours, CSS colour
// functions and named colours in style sheets. A new one fails this test until it is a
// role of the palette (light and dark value, checked for contrast) or, when it is no
// colour choice at all, is listed below with the reason.
#include "tests/support/TestPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList kLayers = { u"widgets"_s, u"models"_s, u"app"_s };
const QStringList kPaletteFiles
    = { u"models/common/StateColorPalette.h"_s, u"models/common/StateColorPalette.cpp"_s };

struct Allowed
{
    QString file; // relative to the source tree
    QString text; // a piece of the line
    QString why;
};

const QList<Allowed> kAllowed = {
    { u"widgets/inventory/ClusterProfileDialog.cpp"_s, u"#rrggbb (e.g. #d93025)"_s,
      u"tells the user how to write a colour of their own (a message, not a colour used)"_s },
};

// Each pattern is one way of writing a colour down.
const QList<QRegularExpression> &patterns()
{
    static const QList<QRegularExpression> list = {
        // "#c62828", "color:#fff", "#80ff0000" (never "#include", "&#123;")
        QRegularExpression(
            uR"re((^|[^\w&])#([0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\b)re"_s),
        // QColor(0xc6, 0x28, 0x28), QColor kRed(198, ...), QColor{...}, QColor(Qt::black), QColor("red")
        QRegularExpression(
            uR"re(\bQColor(\s+\w+)?\s*[({]\s*(0x|\d|Qt::|"|u"|u8"|QStringLiteral|QLatin1String|QString))re"_s),
        // QColor::fromRgb(0xc62828), QColor::fromHsv(0, ...), qRgb(...)
        QRegularExpression(uR"re(\bQColor::from\w+\(\s*(0x|\d))re"_s),
        QRegularExpression(uR"re(\bqRgba?\()re"_s),
        QRegularExpression(uR"re(\bQColorConstants::)re"_s),
        // Qt's named colours (Qt::transparent is no colour choice)
        QRegularExpression(
            uR"re(\bQt::(white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|darkCyan|magenta|darkMagenta|yellow|darkYellow|gray|darkGray|lightGray)\b)re"_s),
        // 0xRRGGBB written as a number
        QRegularExpression(uR"re(\b0x[0-9a-fA-F]{6}([0-9a-fA-F]{2})?\b)re"_s),
        // rgb(...), rgba(...), hsl(...) in style sheets and rich text
        QRegularExpression(uR"re(\b(rgba?|hsla?)\s*\()re"_s),
        // named colours in style sheets and rich text: "color: white", "background: red"
        QRegularExpression(
            uR"re(\b(color|background(-color)?|border[\w-]*)\s*:\s*[^;"]*\b(white|black|red|green|blue|yellow|orange|gray|grey|pink|purple|brown)\b)re"_s,
            QRegularExpression::CaseInsensitiveOption),
    };
    return list;
}

bool namesAColour(const QString &line)
{
    for (const QRegularExpression &pattern : patterns()) {
        if (pattern.match(line).hasMatch())
            return true;
    }
    return false;
}

bool allowed(const QString &file, const QString &line)
{
    for (const Allowed &a : kAllowed) {
        if (a.file == file && line.contains(a.text))
            return true;
    }
    return false;
}

} // namespace

class tst_ColourLiterals : public QObject
{
    Q_OBJECT

private slots:
    void patternsSeeColours_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("colour");
        QTest::newRow("hex in a style sheet")
            << u"label->setStyleSheet(QStringLiteral(\"color: #c62828;\"));"_s << true;
        QTest::newRow("short hex") << u"\"background:#fff\""_s << true;
        QTest::newRow("hex in rich text") << u"<span style=\\\"color:#c01c28\\\">"_s << true;
        QTest::newRow("QColor from numbers") << u"return QBrush(QColor(0xc6, 0x28, 0x28));"_s << true;
        QTest::newRow("QColor decimal") << u"proto.format.setBackground(QColor(255, 225, 80));"_s << true;
        QTest::newRow("named QColor constant") << u"const QColor kCpuColor(0x1e, 0x88, 0xe5);"_s << true;
        QTest::newRow("QColor from a name") << u"QColor(\"red\")"_s << true;
        QTest::newRow("QColor of a Qt colour") << u"QColor(Qt::gray)"_s << true;
        QTest::newRow("fromRgb") << u"QColor::fromRgb(0xc62828)"_s << true;
        QTest::newRow("qRgb") << u"qRgb(1, 2, 3)"_s << true;
        QTest::newRow("Qt named colour") << u"p.setColor(QPalette::BrightText, Qt::red);"_s << true;
        QTest::newRow("Qt black") << u"proto.format.setForeground(Qt::black);"_s << true;
        QTest::newRow("hex number") << u"static const QList<quint32> normal { 0x2e3436, 0xcc0000 };"_s
                                    << true;
        QTest::newRow("css rgb") << u"\"QLabel { color: rgb(200, 40, 40); }\""_s << true;
        QTest::newRow("css named") << u"\"color: white; background: palette(base);\""_s << true;
        QTest::newRow("QColorConstants") << u"QColorConstants::Svg::red"_s << true;

        QTest::newRow("include") << u"#include \"widgets/common/ThemeFollow.h\""_s << false;
        QTest::newRow("define") << u"#define MC_FEATURE 1"_s << false;
        QTest::newRow("user's colour") << u"QColor(profile.colour)"_s << false;
        QTest::newRow("invalid colour")
            << u"profile.colour.isEmpty() ? QColor() : QColor(profile.colour)"_s << false;
        QTest::newRow("palette role") << u"palette.brush(StateColorPalette::Role::Error)"_s << false;
        QTest::newRow("palette in a style sheet") << u"\"border: 1px solid palette(mid);\""_s << false;
        QTest::newRow("transparent") << u"pm.fill(Qt::transparent);"_s << false;
        QTest::newRow("html entity") << u"\"&#123;\""_s << false;
        QTest::newRow("small hex number") << u"constexpr int kStateRole = Qt::UserRole + 0x5c0;"_s << false;
    }

    void patternsSeeColours()
    {
        QFETCH(QString, line);
        QFETCH(bool, colour);
        QCOMPARE(namesAColour(line), colour);
    }

    void noColourOutsideThePalette()
    {
        const QDir root(mc::test::sourceDir());
        QStringList found;
        int files = 0;
        for (const QString &layer : kLayers) {
            QDirIterator it(root.filePath(layer), { u"*.cpp"_s, u"*.h"_s }, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = root.relativeFilePath(path);
                if (kPaletteFiles.contains(relative))
                    continue;
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                ++files;
                const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    if (namesAColour(lines.at(i)) && !allowed(relative, lines.at(i)))
                        found << u"%1:%2: %3"_s.arg(relative).arg(i + 1).arg(lines.at(i).trimmed());
                }
            }
        }
        QVERIFY2(files > 100, "the sources were not found");
        QVERIFY2(found.isEmpty(),
                 qPrintable(u"Colours written outside models/common/StateColorPalette (use a role of the "
                            "palette):\n"_s
                            + found.join(u'\n')));
    }

    void allowedLinesStillExist()
    {
        // A reason that no longer matches a line would let a colour through later.
        for (const Allowed &a : kAllowed) {
            QFile file(QDir(mc::test::sourceDir()).filePath(a.file));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(a.file));
            QVERIFY2(QString::fromUtf8(file.readAll()).contains(a.text),
                     qPrintable(a.file + u": "_s + a.text));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ColourLiterals)
#include "tst_ColourLiterals.moc"
