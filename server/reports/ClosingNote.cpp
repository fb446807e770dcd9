#include "ClosingNote.h"

#include "VietnameseFormat.h"

namespace hailong {

QStringList closingNoteVi(const ReportDocument &document)
{
    if (!document.closed)
        return {};
    QStringList lines{
        QStringLiteral("Số liệu đã chốt lúc %1, người chốt: %2.")
            .arg(VietnameseFormat::dateTime(document.closed->at), document.closed->by)};
    if (document.late && document.late->n == 0)
        lines << QStringLiteral("Chưa có phiếu nào thuộc kỳ đến sau khi chốt.");
    else if (document.late)
        lines << QStringLiteral("Phiếu đến sau khi chốt (không tính vào kết quả trên): %1 phiếu, "
                                "%2 phiếu hài lòng, tỷ lệ %3.")
                     .arg(VietnameseFormat::count(document.late->n),
                          VietnameseFormat::count(document.late->satisfied),
                          VietnameseFormat::percentOrDash(document.late->rate()));
    return lines;
}

} // namespace hailong
