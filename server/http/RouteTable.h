#pragma once

#include <QHttpServer>
#include <QList>
#include <QRegularExpression>
#include <utility>

namespace hailong {

using HttpMethod = QHttpServerRequest::Method;

// Registers routes on the QHttpServer and remembers their paths, so a request that matches a
// path with another method gets 405 (with Allow) and anything else a JSON 404.
class RouteTable
{
public:
    explicit RouteTable(QHttpServer &server);

    template <typename Handler> void add(const QString &path, HttpMethod method, Handler &&handler)
    {
        remember(path, method);
        m_server.route(path, method, std::forward<Handler>(handler));
    }

    // Installs the 404/405 answer; call once all routes are added.
    void answerUnknownRoutes();

private:
    struct KnownPath
    {
        QRegularExpression pattern;
        HttpMethod method;
    };

    void remember(const QString &path, HttpMethod method);

    QHttpServer &m_server;
    QList<KnownPath> m_known;
};

} // namespace hailong
