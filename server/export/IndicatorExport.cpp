#include "export/IndicatorExport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hailong {

namespace {
QByteArray csvCell(const QString &text)
{
    QString cell = text;
    // A cell starting with a formula character would run as a formula in a spreadsheet.
    if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return cell.toUtf8();
}

QByteArray csvNumber(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    return QByteArray::number(value.toDouble(), 'f', 2);
}

QByteArray renderCsv(const QJsonObject &report, const QString &centreName)
{
    const QJsonObject period = report.value(QLatin1String("period")).toObject();
    QByteArray csv = QByteArrayLiteral("\xEF\xBB\xBF"); // BOM: spreadsheets then read UTF-8
    csv += QByteArrayLiteral("Đơn vị / Centre,Kỳ / Period,Quy tắc / Rule,Từ / From,Đến / To,"
                             "Mã chỉ tiêu / Indicator id,Chỉ tiêu / Indicator,Mục tiêu % / Target,"
                             "Số phiếu / n,Hài lòng / Satisfied,Tỷ lệ % / Rate,CI thấp / CI low,"
                             "CI cao / CI high,Đánh giá / Status,Độ tin cậy / Confidence\r\n");
    for (const QJsonValue &entry : report.value(QLatin1String("indicators")).toArray()) {
        const QJsonObject indicator = entry.toObject();
        const QJsonValue name = indicator.value(QLatin1String("name"));
        const QString nameText = name.isObject()
                                     ? name.toObject().value(QLatin1String("vi")).toString()
                                     : name.toString();
        const QList<QByteArray> cells = {
            csvCell(centreName),
            csvCell(period.value(QLatin1String("name")).toString()),
            csvCell(period.value(QLatin1String("rule")).toString()),
            csvCell(period.value(QLatin1String("from")).toString()),
            csvCell(period.value(QLatin1String("to")).toString()),
            csvCell(indicator.value(QLatin1String("id")).toString()),
            csvCell(nameText),
            csvNumber(indicator.value(QLatin1String("target"))),
            QByteArray::number(indicator.value(QLatin1String("n")).toInteger()),
            QByteArray::number(indicator.value(QLatin1String("satisfied")).toInteger()),
            csvNumber(indicator.value(QLatin1String("rate"))),
            csvNumber(indicator.value(QLatin1String("ci_low"))),
            csvNumber(indicator.value(QLatin1String("ci_high"))),
            csvCell(indicator.value(QLatin1String("status")).toString()),
            csvCell(indicator.value(QLatin1String("confidence")).toString()),
        };
        csv += cells.join(',') + QByteArrayLiteral("\r\n");
    }
    return csv;
}
} // namespace

QStringList IndicatorExport::formats()
{
    return {QStringLiteral("json"), QStringLiteral("csv")};
}

Result<QByteArray> IndicatorExport::render(const QJsonObject &report, const QString &format,
                                           const QString &centreName)
{
    if (format == QLatin1String("json"))
        return QJsonDocument(report).toJson(QJsonDocument::Indented);
    if (format == QLatin1String("csv"))
        return renderCsv(report, centreName);
    return ValidationError{
        QStringLiteral("unsupported-format"),
        QStringLiteral("format must be one of: %1").arg(formats().join(QStringLiteral(", ")))};
}

} // namespace hailong
