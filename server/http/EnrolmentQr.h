#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace hailong {

// A QR code as a standalone SVG, so the dashboard can show the kiosk enrolment line to a phone
// or a scanner beside the kiosk. Made with libqrencode (error correction M).
class EnrolmentQr
{
public:
    // Errors: "qr" when the text does not fit in a QR code.
    static Result<QByteArray> svg(const QString &text);
};

} // namespace hailong
