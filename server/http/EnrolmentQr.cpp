#include "http/EnrolmentQr.h"

#include <memory>
#include <qrencode.h>

namespace hailong {

namespace {
struct QrFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

// Scanners need four light modules around the symbol.
constexpr int quietZone = 4;
} // namespace

Result<QByteArray> EnrolmentQr::svg(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, QrFree> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
    if (!code)
        return ValidationError{QStringLiteral("qr"),
                               QStringLiteral("the text does not fit in a QR code")};
    const int width = code->width;
    const int size = width + 2 * quietZone;
    // One path of unit squares: small, and crisp at any zoom.
    QByteArray path;
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            if (code->data[y * width + x] & 1)
                path += "M" + QByteArray::number(x + quietZone) + ' ' +
                        QByteArray::number(y + quietZone) + "h1v1h-1z";
        }
    }
    const QByteArray side = QByteArray::number(size);
    return QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ") + side + ' ' +
           side + "\" width=\"" + QByteArray::number(size * 4) + "\" height=\"" +
           QByteArray::number(size * 4) +
           "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
           "fill=\"#fff\"/><path fill=\"#000\" d=\"" +
           path + "\"/></svg>\n";
}

} // namespace hailong
