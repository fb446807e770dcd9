#pragma once

#include "Result.h"

#include <QHttpServerRequest>
#include <QJsonObject>

namespace hailong {

// Reading a JSON request body.
class JsonRequest
{
public:
    // Content-Type is application/json (any parameters, such as charset, allowed).
    static bool isJson(const QHttpServerRequest &request);
    // Errors: "malformed-json", "not-an-object".
    static Result<QJsonObject> object(const QHttpServerRequest &request);
    // Both checks: errors "unsupported-media-type" (answer 415), "malformed-json",
    // "not-an-object" (400).
    static Result<QJsonObject> jsonObject(const QHttpServerRequest &request);
};

} // namespace hailong
