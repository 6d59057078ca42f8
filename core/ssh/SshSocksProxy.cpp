#include "core/ssh/SshSocksProxy.h"

#include "core/ssh/SocksWorker.h"

#include <QThread>

namespace mc::ssh {

SshSocksProxy::SshSocksProxy(HostSpec jumpHost, SessionOptions options, QObject *parent)
    : QObject(parent)
    , m_host(std::move(jumpHost))
    , m_options(std::move(options))
{ }

SshSocksProxy::~SshSocksProxy()
{
    stop();
}

QString SshSocksProxy::describe() const
{
    QString who = m_host.effectiveAddress();
    if (!m_host.user.isEmpty())
        who = m_host.user + u'@' + who;
    if (m_host.port != 0)
        who += u':' + QString::number(m_host.port);
    return QStringLiteral("via SSH %1").arg(who);
}

QString SshSocksProxy::problem() const
{
    const QMutexLocker lock(&m_problemMutex);
    return m_problem;
}

Status SshSocksProxy::start(bool connectNow)
{
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("mc-ssh-tunnel"));
        m_worker = new SocksWorker(m_host, m_options);
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        // Recorded on the worker thread, before the SOCKS client hears the refusal.
        connect(
            m_worker, &SocksWorker::connected, this,
            [this] {
                const QMutexLocker lock(&m_problemMutex);
                m_problem.clear();
            },
            Qt::DirectConnection);
        connect(
            m_worker, &SocksWorker::error, this,
            [this](const QString &reason) {
                const QMutexLocker lock(&m_problemMutex);
                m_problem = reason;
            },
            Qt::DirectConnection);
        connect(m_worker, &SocksWorker::connected, this, &SshSocksProxy::connected);
        connect(m_worker, &SocksWorker::error, this, &SshSocksProxy::error);
        m_thread->start();
    }
    Result<quint16> port = Error {};
    QMetaObject::invokeMethod(
        m_worker, [&] { port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    if (!port)
        return port.error();
    m_port = *port;
    if (connectNow) {
        Status status;
        QMetaObject::invokeMethod(
            m_worker, [&] { status = m_worker->connectSession(); }, Qt::BlockingQueuedConnection);
        return status;
    }
    return {};
}

void SshSocksProxy::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_port = 0;
}

} // namespace mc::ssh
