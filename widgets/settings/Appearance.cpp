#include "widgets/settings/Appearance.h"

#include "models/common/StateColorPalette.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace mc::widgets {

void applyTheme(settings::Theme theme)
{
    switch (theme) {
    case settings::Theme::System:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case settings::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case settings::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(models::StateColorPalette::darkTheme());
        break;
    }
    // Style sheets resolve palette(...) when they are applied: apply them again, so that every
    // widget shows the new theme now rather than after a restart.
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        const QString sheet = widget->styleSheet();
        if (sheet.contains(QLatin1String("palette("))) {
            widget->setStyleSheet(QString());
            widget->setStyleSheet(sheet);
        }
    }
}

} // namespace mc::widgets
