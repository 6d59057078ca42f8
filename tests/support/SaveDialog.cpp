#include "tests/support/SaveDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace mc::test {

void answerSaveDialog(const QString &path)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QFileDialog *>(widget);
            if (dialog && dialog->isVisible()) {
                // The dialog may still put its proposed name back while it reads the folder:
                // accept once it holds ours.
                // Type the name as a person would (selectFile() leaves a focused name field alone).
                if (dialog->selectedFiles() != QStringList { path }) {
                    dialog->setDirectory(QFileInfo(path).absolutePath());
                    if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                        name->setText(QFileInfo(path).fileName());
                    return;
                }
                timer->stop();
                timer->deleteLater();
                auto *confirm = new QTimer(qApp);
                confirm->setInterval(20);
                QObject::connect(confirm, &QTimer::timeout, confirm, [confirm] {
                    for (QWidget *top : QApplication::topLevelWidgets()) {
                        auto *box = qobject_cast<QMessageBox *>(top);
                        if (box && box->isVisible() && box->button(QMessageBox::Yes)) {
                            confirm->stop();
                            confirm->deleteLater();
                            box->button(QMessageBox::Yes)->click();
                            return;
                        }
                    }
                });
                confirm->start();
                QTimer::singleShot(5000, confirm, &QObject::deleteLater);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button would
                return;
            }
        }
    });
    timer->start();
}

} // namespace mc::test
