#pragma once

#include <QtGlobal>

namespace hailong {

// The Wilson score interval for a proportion, in percent.
struct WilsonInterval
{
    double low = 0.0;
    double high = 0.0;

    // 95 % (z = 1.959964). Requires n > 0 and 0 <= satisfied <= n.
    static WilsonInterval at95(qint64 satisfied, qint64 n);
};

} // namespace hailong
