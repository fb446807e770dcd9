#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace hailong {

// The HTTP Date header (RFC 9110 IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"), as kiosks
// send their clock with each batch. None when absent or not in that form.
std::optional<QDateTime> parseHttpDate(const QByteArray &value);

} // namespace hailong
