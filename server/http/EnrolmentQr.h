#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace hailong {

// A QR code as a standalone SVG or a PNG: the kiosk enrolment line the dashboard shows to a
// phone or a scanner beside the kiosk, and a dossier's rating link for the one-stop system's
// receipts. Made with libqrencode (error correction M).
class EnrolmentQr
{
public:
    // Errors: "qr" when the text does not fit in a QR code.
    static Result<QByteArray> svg(const QString &text);
    // 8 pixels a module, black on white. Errors: "qr".
    static Result<QByteArray> png(const QString &text);
};

} // namespace hailong
