#include "http/EnrolmentQr.h"

#include <QBuffer>
#include <QImage>
#include <memory>
#include <qrencode.h>

namespace hailong {

namespace {
struct QrFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrSymbol = std::unique_ptr<QRcode, QrFree>;

// Scanners need four light modules around the symbol.
constexpr int quietZone = 4;
constexpr int pngModulePixels = 8;

Result<QrSymbol> encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QrSymbol code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
    if (!code)
        return ValidationError{QStringLiteral("qr"),
                               QStringLiteral("the text does not fit in a QR code")};
    return Result<QrSymbol>(std::move(code));
}

bool isDark(const QRcode &code, int x, int y)
{
    return code.data[y * code.width + x] & 1;
}
} // namespace

Result<QByteArray> EnrolmentQr::svg(const QString &text)
{
    Result<QrSymbol> encoded = encode(text);
    if (!encoded)
        return encoded.error();
    const QRcode &code = *encoded.value();
    const int width = code.width;
    const int size = width + 2 * quietZone;
    // One path of unit squares: small, and crisp at any zoom.
    QByteArray path;
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            if (isDark(code, x, y))
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

Result<QByteArray> EnrolmentQr::png(const QString &text)
{
    Result<QrSymbol> encoded = encode(text);
    if (!encoded)
        return encoded.error();
    const QRcode &code = *encoded.value();
    const int size = (code.width + 2 * quietZone) * pngModulePixels;
    QImage image(size, size, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const int moduleX = x / pngModulePixels - quietZone;
            const int moduleY = y / pngModulePixels - quietZone;
            if (moduleX >= 0 && moduleY >= 0 && moduleX < code.width && moduleY < code.width &&
                isDark(code, moduleX, moduleY))
                image.setPixel(x, y, 1);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace hailong
