#pragma once

#include "Result.h"
#include "storage/StorageRecords.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace hailong {

using HttpStatus = QHttpServerResponder::StatusCode;

// Every answer of the API is JSON; every error is {"error": code, "message": text}.
class JsonResponse
{
public:
    static QHttpServerResponse ok(const QJsonObject &body, HttpStatus status = HttpStatus::Ok);
    static QHttpServerResponse error(HttpStatus status, const QString &code,
                                     const QString &message);
    static QHttpServerResponse error(HttpStatus status, const ValidationError &error);
    // Refusals of the access checks, by code: unauthorized 401, forbidden/csrf 403,
    // locked/rate-limited 429 (with Retry-After).
    static QHttpServerResponse refusal(const ValidationError &error);
    static QHttpServerResponse storageUnavailable();
    // A body JsonRequest::jsonObject refused: 415 or 400.
    static QHttpServerResponse badBody(const ValidationError &error);
    // The operator sees why (the message names SQL, never data); the client only sees 503.
    static void logStorageFault(const StorageError &fault);

    static QByteArray errorBody(const QString &code, const QString &message);
    static void write(QHttpServerResponder &responder, const QJsonObject &body,
                      HttpStatus status = HttpStatus::Ok);
    // A body already written as JSON text.
    static void write(QHttpServerResponder &responder, const QByteArray &json,
                      HttpStatus status = HttpStatus::Ok);

    // Runs a handler; a storage fault becomes 503 instead of escaping into the event loop.
    template <typename Handler> static QHttpServerResponse guarded(Handler &&handler)
    {
        try {
            return handler();
        } catch (const StorageError &fault) {
            logStorageFault(fault);
            return storageUnavailable();
        }
    }
};

} // namespace hailong
