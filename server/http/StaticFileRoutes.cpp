#include "http/StaticFileRoutes.h"

#include "http/EmbeddedFile.h"

namespace hailong {

namespace {
QHttpServerResponse serve(const QString &name)
{
    return EmbeddedFile::serve(QStringLiteral(":/dashboard/"), name);
}
} // namespace

void StaticFileRoutes::install(RouteTable &routes)
{
    routes.add(QStringLiteral("/"), HttpMethod::Get,
               [] { return serve(QStringLiteral("index.html")); });
    routes.add(QStringLiteral("/public"), HttpMethod::Get,
               [] { return serve(QStringLiteral("public.html")); });
    routes.add(QStringLiteral("/wall"), HttpMethod::Get,
               [] { return serve(QStringLiteral("wall.html")); });
    routes.add(QStringLiteral("/dashboard/<arg>"), HttpMethod::Get,
               [](const QString &name) { return serve(name); });
}

} // namespace hailong
