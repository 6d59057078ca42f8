#include "widgets/common/FormNames.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace mc::widgets {

namespace {

bool isInput(QWidget *w)
{
    if (qobject_cast<QLineEdit *>(w))
        return !qobject_cast<QComboBox *>(w->parentWidget())
            && !qobject_cast<QAbstractSpinBox *>(w->parentWidget());
    return qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
        || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w);
}

// The inputs in `item` (a widget and its children, or a layout's widgets).
QList<QWidget *> inputsOf(QLayoutItem *item)
{
    QList<QWidget *> out;
    if (!item)
        return out;
    if (QWidget *w = item->widget()) {
        if (isInput(w))
            out << w;
        for (QWidget *child : w->findChildren<QWidget *>()) {
            if (isInput(child))
                out << child;
        }
    } else if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            out += inputsOf(layout->itemAt(i));
    }
    return out;
}

bool hasMnemonic(const QString &text)
{
    QString rest = text;
    rest.remove(QStringLiteral("&&"));
    return rest.contains(u'&');
}

} // namespace

void nameFormFields(QFormLayout *form)
{
    QWidget *scope = form->parentWidget();
    const QList<QLabel *> labels = scope ? scope->findChildren<QLabel *>() : QList<QLabel *>();
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                                 ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                 : nullptr);
        if (!label || label->text().isEmpty())
            continue;
        const QList<QWidget *> inputs = inputsOf(form->itemAt(row, QFormLayout::FieldRole));
        // A mnemonic needs a buddy to be underlined and to work: the row's first input.
        if (hasMnemonic(label->text()) && !inputs.isEmpty()
            && (!label->buddy() || label->buddy()->focusPolicy() == Qt::NoFocus))
            label->setBuddy(inputs.first());
        QString name = label->text();
        name.remove(u'&');
        if (name.endsWith(u':'))
            name.chop(1);
        for (QWidget *input : inputs) {
            if (!input->accessibleName().isEmpty())
                continue;
            const bool hasOwnLabel = std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) {
                return l != label && l->buddy() == input && !l->text().isEmpty();
            });
            if (!hasOwnLabel)
                input->setAccessibleName(name);
        }
    }
}

} // namespace mc::widgets
