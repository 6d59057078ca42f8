#include "widgets/ssh/GuiPrompts.h"

#include "widgets/ssh/HostKeyDialog.h"
#include "widgets/ssh/SecretDialog.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QWidget>

#include <memory>

namespace mc::widgets {

namespace {

template<typename R, typename F> R onGuiThread(QWidget *context, F &&f)
{
    if (QThread::currentThread() == qApp->thread())
        return f();
    R result {};
    QMetaObject::invokeMethod(
        context ? static_cast<QObject *>(context) : qApp, [&] { result = f(); },
        Qt::BlockingQueuedConnection);
    return result;
}

} // namespace

ssh::Prompts guiPrompts(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    auto remembered = std::make_shared<QHash<QString, QString>>();
    auto mutex = std::make_shared<QMutex>();
    ssh::Prompts prompts;
    prompts.unknownHostKey = [owner](const ssh::UnknownHostKey &key) {
        return onGuiThread<ssh::TrustDecision>(owner.data(),
                                               [&] { return HostKeyDialog::ask(key, owner.data()); });
    };
    const auto keyOf = [](const ssh::SecretRequest &request) -> QString {
        return request.host + u'\x1f' + QString::number(int(request.kind));
    };
    prompts.secret
        = [owner, remembered, mutex, keyOf](const ssh::SecretRequest &request) -> std::optional<QString> {
        const QString key = keyOf(request);
        {
            QMutexLocker lock(mutex.get());
            if (remembered->contains(key))
                return remembered->value(key);
        }
        auto answer = onGuiThread<std::optional<QString>>(
            owner.data(), [&] { return SecretDialog::ask(request, owner.data()); });
        if (answer) {
            QMutexLocker lock(mutex.get());
            remembered->insert(key, *answer);
        }
        return answer;
    };
    // A refused answer is not offered again: the next attempt asks.
    prompts.secretRejected = [remembered, mutex, keyOf](const ssh::SecretRequest &request) {
        QMutexLocker lock(mutex.get());
        remembered->remove(keyOf(request));
    };
    return prompts;
}

} // namespace mc::widgets
