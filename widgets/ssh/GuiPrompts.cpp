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
        // "Trust once" and "Refuse" hold for the session, for this key of this host, in every
        // window: a view that polls the host (Services, every few seconds) does not ask again.
        // Looked up on the GUI thread, so two workers asking at once get one dialog.
        return onGuiThread<ssh::TrustDecision>(owner.data(), [&] {
            static QHash<QString, ssh::TrustDecision> decided;
            const QString id = QStringLiteral("%1:%2 %3").arg(key.address).arg(key.port).arg(key.fingerprint);
            if (const auto it = decided.constFind(id); it != decided.constEnd())
                return *it;
            const ssh::TrustDecision decision = HostKeyDialog::ask(key, owner.data());
            if (decision != ssh::TrustDecision::TrustAlways) // Always: known_hosts has it now
                decided.insert(id, decision);
            return decision;
        });
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
