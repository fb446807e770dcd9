#include "http/RouteTable.h"

#include <QMetaEnum>
#include <QStringList>

namespace hailong {

RouteTable::RouteTable(QHttpServer &server, StaffSessions &staff)
    : m_server(server)
    , m_staff(staff)
{}

void RouteTable::remember(const QString &path, HttpMethod method)
{
    QString pattern = QRegularExpression::escape(path);
    pattern.replace(QRegularExpression::escape(QStringLiteral("<arg>")), QStringLiteral("[^/]+"));
    m_known.append({QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$')), method});
}

void RouteTable::answerUnknownRoutes()
{
    const QList<KnownPath> known = m_known;
    m_server.setMissingHandler(
        [known](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QString path = request.url().path();
            QStringList allowed;
            const QMetaEnum methods = QMetaEnum::fromType<HttpMethod>();
            for (const KnownPath &entry : known) {
                if (entry.pattern.match(path).hasMatch())
                    allowed.append(
                        QString::fromLatin1(methods.valueToKey(int(entry.method))).toUpper());
            }
            if (allowed.isEmpty()) {
                responder.write(
                    JsonResponse::errorBody(QStringLiteral("not-found"),
                                            QStringLiteral("no such resource: ") + path),
                    {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
                    HttpStatus::NotFound);
                return;
            }
            allowed.removeDuplicates();
            responder.write(
                JsonResponse::errorBody(QStringLiteral("method-not-allowed"),
                                        QStringLiteral("allowed: ") +
                                            allowed.join(QStringLiteral(", "))),
                {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                 {QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()}},
                HttpStatus::MethodNotAllowed);
        });
}

} // namespace hailong
