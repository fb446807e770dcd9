// screen-regions: where given colours sit in a screenshot, for the package test, which reads
// the kiosk's screen as a citizen would see it (faces, keys) from pictures taken under cage.
//
//   screen-regions FILE.png [--min-area N] COLOR...
//
// Prints one line per connected patch (8-neighbourhood) of pixels within 3 of a COLOR (#RRGGBB)
// in every channel, largest first: "#RRGGBB x y width height pixels". Patches smaller than
// --min-area (default 16) pixels are left out: anti-aliasing leaves slivers of every colour.
#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRect>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

struct Patch
{
    QRect box;
    long pixels = 0;
};

bool near(QRgb pixel, QRgb colour)
{
    return std::abs(qRed(pixel) - qRed(colour)) <= 3 &&
           std::abs(qGreen(pixel) - qGreen(colour)) <= 3 &&
           std::abs(qBlue(pixel) - qBlue(colour)) <= 3;
}

QList<Patch> patchesOf(const QImage &image, QRgb colour, long minArea)
{
    const int width = image.width();
    const int height = image.height();
    std::vector<bool> seen(static_cast<size_t>(width) * height, false);
    std::vector<QPoint> pending;
    QList<Patch> patches;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const size_t at = static_cast<size_t>(y) * width + x;
            if (seen[at] || !near(image.pixel(x, y), colour))
                continue;
            Patch patch;
            int left = x, right = x, top = y, bottom = y;
            seen[at] = true;
            pending.push_back({x, y});
            while (!pending.empty()) {
                const QPoint p = pending.back();
                pending.pop_back();
                ++patch.pixels;
                left = std::min(left, p.x());
                right = std::max(right, p.x());
                top = std::min(top, p.y());
                bottom = std::max(bottom, p.y());
                for (int dy = -1; dy <= 1; ++dy) {
                    for (int dx = -1; dx <= 1; ++dx) {
                        const int nx = p.x() + dx;
                        const int ny = p.y() + dy;
                        if (nx < 0 || ny < 0 || nx >= width || ny >= height)
                            continue;
                        const size_t next = static_cast<size_t>(ny) * width + nx;
                        if (!seen[next] && near(image.pixel(nx, ny), colour)) {
                            seen[next] = true;
                            pending.push_back({nx, ny});
                        }
                    }
                }
            }
            patch.box = QRect(QPoint(left, top), QPoint(right, bottom));
            if (patch.pixels >= minArea)
                patches.append(patch);
        }
    }
    std::sort(patches.begin(), patches.end(),
              [](const Patch &a, const Patch &b) { return a.pixels > b.pixels; });
    return patches;
}

int usage()
{
    std::fprintf(stderr, "usage: screen-regions FILE.png [--min-area N] #RRGGBB...\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty())
        return usage();
    const QImage image = QImage(arguments.takeFirst()).convertToFormat(QImage::Format_RGB32);
    if (image.isNull()) {
        std::fprintf(stderr, "screen-regions: not a readable image\n");
        return 1;
    }
    long minArea = 16;
    if (arguments.size() >= 2 && arguments.first() == QStringLiteral("--min-area")) {
        bool ok = false;
        minArea = arguments.at(1).toLong(&ok);
        if (!ok || minArea < 1)
            return usage();
        arguments = arguments.mid(2);
    }
    if (arguments.isEmpty())
        return usage();
    for (const QString &name : arguments) {
        const QColor colour = QColor::fromString(name);
        if (!colour.isValid() || !name.startsWith(QLatin1Char('#')) || name.size() != 7)
            return usage();
        for (const Patch &patch : patchesOf(image, colour.rgb(), minArea)) {
            std::printf("%s %d %d %d %d %ld\n", qPrintable(name.toUpper()), patch.box.x(),
                        patch.box.y(), patch.box.width(), patch.box.height(), patch.pixels);
        }
    }
    return 0;
}
