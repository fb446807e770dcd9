#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace hailong {

// The HTTP Date header (RFC 9110 IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"), as kiosks
// send their clock with each batch; also the RFC 2822 form with a numeric zone. None when
// absent or in neither form.
std::optional<QDateTime> parseHttpDate(const QByteArray &value);

} // namespace hailong
