#include "ClosingNote.h"

#include "VietnameseFormat.h"

namespace hailong {

QStringList closingNote(const ReportDocument &document)
{
    if (!document.closed)
        return {};
    const bool english = document.language == ReportLanguage::English;
    QStringList lines{
        (english ? QStringLiteral("Figures closed at %1 by %2.")
                 : QStringLiteral("Số liệu đã chốt lúc %1, người chốt: %2."))
            .arg(VietnameseFormat::dateTime(document.closed->at), document.closed->by)};
    if (document.late && document.late->n == 0)
        lines << (english ? QStringLiteral("No rating dated in the period has arrived since.")
                          : QStringLiteral("Chưa có phiếu nào thuộc kỳ đến sau khi chốt."));
    else if (document.late)
        lines << (english ? QStringLiteral("Late arrivals after closing (not counted above): %1 "
                                           "ratings, %2 satisfied, rate %3.")
                          : QStringLiteral("Phiếu đến sau khi chốt (không tính vào kết quả trên): "
                                           "%1 phiếu, %2 phiếu hài lòng, tỷ lệ %3."))
                     .arg(VietnameseFormat::count(document.late->n),
                          VietnameseFormat::count(document.late->satisfied),
                          VietnameseFormat::percentOrDash(document.late->rate()));
    return lines;
}

} // namespace hailong
