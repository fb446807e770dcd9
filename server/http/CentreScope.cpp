#include "http/CentreScope.h"

#include "http/JsonResponse.h"

#include <QUrlQuery>

namespace hailong {

Result<QString> CentreScope::of(const QHttpServerRequest &request, const SessionRecord &session,
                                Administration &administration)
{
    const QString asked =
        request.query().queryItemValue(QStringLiteral("centre"), QUrl::FullyDecoded);
    if (!session.centreId.isEmpty()) {
        if (!asked.isEmpty() && asked != session.centreId)
            return ValidationError{QStringLiteral("forbidden-centre"),
                                   QStringLiteral("Tài khoản chỉ xem được trung tâm %1 / this "
                                                  "account sees centre %1 only")
                                       .arg(session.centreId)};
        return session.centreId;
    }
    if (asked.isEmpty())
        return QString();
    return administration.centreFor(asked);
}

Result<QString> CentreScope::ofOne(const QHttpServerRequest &request, const SessionRecord &session,
                                   Administration &administration)
{
    const Result<QString> centre = of(request, session, administration);
    if (!centre || !centre.value().isEmpty())
        return centre;
    return administration.centreFor({});
}

QHttpServerResponse CentreScope::refusal(const ValidationError &error)
{
    if (error.code == QLatin1String("centre-required"))
        return JsonResponse::error(HttpStatus::BadRequest, error);
    return JsonResponse::error(error.code == QLatin1String("unknown-centre")
                                   ? HttpStatus::NotFound
                                   : HttpStatus::Forbidden,
                               error);
}

} // namespace hailong
