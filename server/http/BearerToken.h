#pragma once

#include <QHttpServerRequest>
#include <QString>

namespace hailong {

// The token of an "Authorization: Bearer <token>" header; empty when there is none.
QString bearerToken(const QHttpServerRequest &request);

} // namespace hailong
