#include "CsvReportWriter.h"

#include "VietnameseFormat.h"

#include <QStringList>

namespace hailong {

namespace {

QString field(const QString &value, bool forceQuotes = false)
{
    const bool needsQuotes = forceQuotes || value.contains(QLatin1Char(',')) ||
                             value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString rateField(const std::optional<double> &rate)
{
    return rate ? field(VietnameseFormat::decimal(*rate), true) : QString();
}

} // namespace

QByteArray CsvReportWriter::write(const ReportDocument &document)
{
    QStringList lines;
    const auto row = [&lines](const QStringList &cells) { lines << cells.join(QLatin1Char(',')); };

    row({field(QStringLiteral("BÁO CÁO KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG")),
         field(QStringLiteral("UBND ") + document.communeName)});
    row({field(QStringLiteral("Kỳ báo cáo")),
         field(periodTitleVi(document.period) + QLatin1Char(' ') + periodDatesVi(document.period)),
         field(document.period.name()), field(periodRuleCode(document.period.rule())),
         field(periodRuleVi(document.period.rule()))});
    row({field(QStringLiteral("Thời điểm lập")),
         field(VietnameseFormat::dateTime(document.generatedAt))});
    lines << QString();

    row({field(QStringLiteral("STT")), field(QStringLiteral("Chỉ tiêu")),
         field(QStringLiteral("Cơ quan chủ trì")), field(QStringLiteral("Chỉ tiêu kế hoạch (%)")),
         field(QStringLiteral("Kết quả thực hiện (%)")), field(QStringLiteral("Số phiếu")),
         field(QStringLiteral("Số phiếu hài lòng")), field(QStringLiteral("Khoảng tin cậy 95 %")),
         field(QStringLiteral("Đánh giá (Đạt / Không đạt)")),
         field(QStringLiteral("Mức chắc chắn"))});
    for (int i = 0; i < document.indicators.size(); ++i) {
        const IndicatorResult &result = document.indicators.at(i);
        row({QString::number(i + 1), field(result.definition.name.vi),
             field(result.definition.leadAgency.vi),
             field(VietnameseFormat::decimal(result.definition.target), true),
             rateField(result.rate), QString::number(result.n), QString::number(result.satisfied),
             field(VietnameseFormat::interval(result.ciLow, result.ciHigh)),
             field(statusWordVi(result)),
             field(result.n > 0 ? confidenceWordVi(result) : QStringLiteral("chưa có phiếu"))});
    }

    QByteArray bytes("\xEF\xBB\xBF");
    bytes += lines.join(QStringLiteral("\r\n")).toUtf8();
    bytes += "\r\n";
    return bytes;
}

} // namespace hailong
