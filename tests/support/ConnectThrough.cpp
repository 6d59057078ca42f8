#include "tests/support/ConnectThrough.h"

#include "widgets/cluster/ConnectDialog.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace mc::test {

bool connectThrough(widgets::MainWindow *window, const std::function<void(widgets::ConnectDialog *)> &fill,
                    QDialogButtonBox::StandardButton button)
{
    bool answered = false;
    QTimer answerer;
    answerer.setInterval(20);
    QObject::connect(&answerer, &QTimer::timeout, window, [&] {
        auto *dialog = qobject_cast<widgets::ConnectDialog *>(QApplication::activeModalWidget());
        if (!dialog || answered)
            return;
        answered = true;
        fill(dialog);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(button), Qt::LeftButton);
    });
    answerer.start();
    window->findChild<QAction *>(QStringLiteral("connectCluster"))->trigger();
    return answered;
}

void typeAddresses(widgets::ConnectDialog *dialog, const QString &masters, const QString &marathon)
{
    auto *mastersField = dialog->findChild<QLineEdit *>(QStringLiteral("masters"));
    auto *marathonField = dialog->findChild<QLineEdit *>(QStringLiteral("marathon"));
    mastersField->clear();
    QTest::keyClicks(mastersField, masters);
    marathonField->clear();
    QTest::keyClicks(marathonField, marathon);
}

} // namespace mc::test
