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

std::optional<QHttpServerResponse> CentreScope::refusalOfWholeDatabaseRead(
    const QHttpServerRequest &request, const SessionRecord &session, Administration &administration)
{
    const Result<QString> centre = of(request, session, administration);
    if (!centre)
        return refusal(centre.error());
    const bool wholeDatabase = session.centreId.isEmpty() && centre.value().isEmpty();
    if (wholeDatabase || administration.centres().size() <= 1)
        return std::nullopt;
    return refusal({QStringLiteral("centre-not-separated"),
                    QStringLiteral("Số liệu này chưa tách theo trung tâm, chỉ tài khoản cấp tỉnh "
                                   "xem được cho cả tỉnh / these figures are not yet kept per "
                                   "centre; a province-wide account reads them for the province")});
}

QHttpServerResponse CentreScope::refusal(const ValidationError &error)
{
    return JsonResponse::error(error.code == QLatin1String("unknown-centre")
                                   ? HttpStatus::NotFound
                                   : HttpStatus::Forbidden,
                               error);
}

} // namespace hailong
