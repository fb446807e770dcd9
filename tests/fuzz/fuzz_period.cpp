// libFuzzer target: a period name as it arrives in ?period= (Period::parse) under both rules.
// A period that parses runs forward in time and contains its own first and last day.
#include "period/Period.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name =
        QString::fromUtf8(QByteArray(reinterpret_cast<const char *>(data), int(size)));
    for (const hailong::PeriodRule rule :
         {hailong::PeriodRule::Calendar, hailong::PeriodRule::Nd09}) {
        const hailong::Result<hailong::Period> period = hailong::Period::parse(name, rule);
        if (!period)
            continue;
        const hailong::Period &parsed = period.value();
        if (!parsed.from().isValid() || !parsed.to().isValid() || parsed.to() < parsed.from() ||
            !parsed.contains(parsed.start()) || parsed.contains(parsed.endExclusive()))
            __builtin_trap();
    }
    return 0;
}
