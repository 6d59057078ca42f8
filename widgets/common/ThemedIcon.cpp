#include "widgets/common/ThemedIcon.h"

#include "models/common/StateColorPalette.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace mc::widgets {

namespace {

using Palette = models::StateColorPalette;

// The icons are drawn in the light theme's icon colour; that colour is swapped for the
// one of the moment.
class ThemedSvgEngine : public QIconEngine
{
public:
    explicit ThemedSvgEngine(const QString &path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(coloured(mode));
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new ThemedSvgEngine(*this); }
    QString key() const override { return QStringLiteral("mcThemedSvg"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    [[nodiscard]] QByteArray coloured(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        const Palette now(palette);
        const QColor colour = mode == QIcon::Selected ? palette.color(QPalette::HighlightedText)
            : mode == QIcon::Disabled                 ? now.color(Palette::Role::Muted)
                                                      : now.color(Palette::Role::Icon);
        QByteArray svg = m_svg;
        return svg.replace(Palette(false).name(Palette::Role::Icon).toLatin1(), colour.name().toLatin1());
    }

    QByteArray m_svg;
};

} // namespace

QIcon themedIcon(const QString &name)
{
    return QIcon(new ThemedSvgEngine(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace mc::widgets
