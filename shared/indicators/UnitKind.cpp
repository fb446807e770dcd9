#include "indicators/UnitKind.h"

namespace hailong {

QString unitKindCode(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Admin:
        return QStringLiteral("admin");
    case UnitKind::Health:
        return QStringLiteral("health");
    case UnitKind::Education:
        return QStringLiteral("education");
    }
    return {};
}

std::optional<UnitKind> unitKindFromCode(const QString &code)
{
    for (const UnitKind kind : {UnitKind::Admin, UnitKind::Health, UnitKind::Education}) {
        if (unitKindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

} // namespace hailong
