#include "indicators/WilsonInterval.h"

#include <algorithm>
#include <cmath>

namespace hailong {

WilsonInterval WilsonInterval::at95(qint64 satisfied, qint64 n)
{
    if (n <= 0)
        return {};
    constexpr double z = 1.959964;
    const double nn = static_cast<double>(n);
    const double p = static_cast<double>(std::clamp<qint64>(satisfied, 0, n)) / nn;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / nn;
    const double centre = (p + z2 / (2.0 * nn)) / denominator;
    const double halfWidth = z * std::sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn)) / denominator;
    // Clamp: at p = 0 or 1 rounding can push a bound a hair past [0, 1].
    return {std::clamp(centre - halfWidth, 0.0, 1.0) * 100.0,
            std::clamp(centre + halfWidth, 0.0, 1.0) * 100.0};
}

} // namespace hailong
