#include "http/StaticFileRoutes.h"

#include "http/EmbeddedFile.h"
#include "http/JsonResponse.h"

namespace hailong {

namespace {
QHttpServerResponse serve(const QString &name)
{
    return EmbeddedFile::serve(QStringLiteral(":/dashboard/"), name);
}
} // namespace

void StaticFileRoutes::install(RouteTable &routes, Administration &administration)
{
    routes.add(QStringLiteral("/"), HttpMethod::Get,
               [] { return serve(QStringLiteral("index.html")); });
    routes.add(QStringLiteral("/public"), HttpMethod::Get,
               [] { return serve(QStringLiteral("public.html")); });
    // One centre's public page: the same page, which reads the centre from its path. An id no
    // centre has is a JSON 404 rather than a page that can only fail.
    routes.add(QStringLiteral("/public/<arg>"), HttpMethod::Get,
               [&administration](const QString &centre) {
                   return JsonResponse::guarded([&] {
                       if (!administration.centre(centre))
                           return JsonResponse::error(
                               HttpStatus::NotFound,
                               {QStringLiteral("unknown-centre"),
                                QStringLiteral("Không có trung tâm \"%1\" / no centre \"%1\"")
                                    .arg(centre)});
                       return serve(QStringLiteral("public.html"));
                   });
               });
    routes.add(QStringLiteral("/wall"), HttpMethod::Get,
               [] { return serve(QStringLiteral("wall.html")); });
    routes.add(QStringLiteral("/dashboard/<arg>"), HttpMethod::Get,
               [](const QString &name) { return serve(name); });
}

} // namespace hailong
