#include "core/settings/NetworkProxy.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>

namespace mc::settings {

void applyProxy(const AppSettings &settings)
{
    switch (settings.proxyMode) {
    case ProxyMode::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy::DefaultProxy);
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case ProxyMode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        break;
    case ProxyMode::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost, quint16(settings.proxyPort)));
        break;
    }
}

} // namespace mc::settings
