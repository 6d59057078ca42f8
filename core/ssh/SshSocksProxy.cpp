#include "core/ssh/SshSocksProxy.h"

#include "core/ssh/SocksWorker.h"

#include "core/http/HttpClient.h"

#include <QRandomGenerator>
#include <QThread>

namespace mc::ssh {

SshSocksProxy::SshSocksProxy(HostSpec jumpHost, SessionOptions options, QObject *parent)
    : QObject(parent)
    , m_host(std::move(jumpHost))
    , m_options(std::move(options))
{
    // Printable (RFC 1929 allows any bytes, but some clients take text only);
    // 32 characters of a 62-letter alphabet: about 190 bits.
    const auto randomText = [](int length) {
        static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        QByteArray text(length, Qt::Uninitialized);
        for (char &c : text)
            c = kAlphabet[QRandomGenerator::system()->bounded(int(sizeof kAlphabet) - 1)];
        return text;
    };
    m_socksUser = "mc-" + randomText(12);
    m_socksPassword = randomText(32);
}

QNetworkProxy SshSocksProxy::proxy() const
{
    QNetworkProxy proxy = http::HttpClient::socks5Proxy(m_port);
    proxy.setUser(QString::fromLatin1(m_socksUser));
    proxy.setPassword(QString::fromLatin1(m_socksPassword));
    return proxy;
}

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
    return tr("via SSH %1").arg(who);
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
        m_worker = new SocksWorker(m_host, m_options, m_socksUser, m_socksPassword);
        if (!m_forwardHost.isEmpty())
            m_worker->setFixedTarget(m_forwardHost, m_forwardPort, m_forwardLocalPort);
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
        connect(m_worker, &SocksWorker::refused, this, &SshSocksProxy::refused);
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

void SshSocksProxy::setForward(const QString &host, quint16 port, quint16 localPort)
{
    m_forwardHost = host;
    m_forwardPort = port;
    m_forwardLocalPort = localPort;
}

SshSocksProxy::Traffic SshSocksProxy::traffic() const
{
    if (!m_worker)
        return {};
    return { m_worker->openConnections.load(), m_worker->bytesToTarget.load(), m_worker->bytesFromTarget.load() };
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
