#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace hailong {

// Turns the indicator document ({"period", "indicators"}, as GET /api/v1/indicators gives
// it) into a file's bytes. The one place that knows the export formats, so new ones
// (xlsx, pdf from the report library) are added here.
class IndicatorExport
{
public:
    static QStringList formats(); // "json", "csv"
    // Errors: "unsupported-format".
    static Result<QByteArray> render(const QJsonObject &report, const QString &format,
                                     const QString &centreName);
};

} // namespace hailong
