#pragma once

#include "services/EnrolmentCommand.h"

#include <QJsonObject>

namespace hailong {

// What the dashboard shows once after enrolling a kiosk, besides its token:
//   "enrol_command": the line to run on the kiosk (as `kiosk add` prints it),
//   "enrol_qr_svg":  that line as an SVG QR code,
//   "server_url", "certificate_addresses": the URL in the line and what server.pem names, so
//   the page can warn about a host name and offer the addresses instead.
// Both are left out when the server has no CA to pin.
class EnrolmentAnswer
{
public:
    static void add(QJsonObject &answer, const EnrolmentCommand &enrolment, const QString &token);
};

} // namespace hailong
