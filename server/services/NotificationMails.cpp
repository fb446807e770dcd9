#include "services/NotificationMails.h"

#include "VietnameseFormat.h"

namespace hailong {

namespace NotificationMails {

namespace {
QString levelWords(int level, const SurveyDefinition *survey)
{
    if (survey) {
        for (const SurveyLevel &candidate : survey->levels) {
            if (candidate.value == level)
                return QStringLiteral("%1 – %2").arg(level).arg(candidate.label.vi);
        }
    }
    return QString::number(level);
}

QString reasonWords(const QStringList &codes, const SurveyDefinition *survey)
{
    QStringList words;
    for (const QString &code : codes) {
        QString label = code;
        if (survey) {
            for (const SurveyReason &reason : survey->reasons) {
                if (reason.code == code)
                    label = reason.label.vi;
            }
        }
        words.append(label);
    }
    return words.isEmpty() ? QStringLiteral("(không chọn)") : words.join(QStringLiteral("; "));
}

QString where(const Place &place)
{
    QStringList parts;
    if (!place.unitName.isEmpty())
        parts.append(place.unitName);
    if (!place.counter.isEmpty())
        parts.append(place.counter);
    return parts.join(QStringLiteral(", "));
}

QString footer(const QString &kindWords, const QString &dashboardUrl)
{
    return QStringLiteral("\nXem trên bảng điều khiển: %1/\n\n"
                          "Ông/Bà nhận thư này vì đã chọn \"%2\" trong mục \"Thông báo qua thư "
                          "điện tử\" của bảng điều khiển Hài Lòng; bỏ chọn ở đó để không nhận "
                          "nữa.\n")
        .arg(dashboardUrl, kindWords);
}
} // namespace

MailMessage lowWithComment(const StoredRating &stored, const SurveyDefinition *survey,
                           const Place &place, const QString &dashboardUrl)
{
    const Rating &rating = stored.rating;
    MailMessage mail;
    mail.subject = QStringLiteral("[Hài Lòng] Đánh giá mức %1 có góp ý – %2")
                       .arg(levelWords(rating.overall, survey), where(place));
    mail.body = QStringLiteral("Một người dân vừa đánh giá không hài lòng và để lại góp ý.\n\n"
                               "Nơi đánh giá: %1\n"
                               "Thời gian: %2\n"
                               "Mức đánh giá: %3\n"
                               "Lý do: %4\n"
                               "Góp ý của người dân (số điện thoại, số định danh đã được che):\n"
                               "\"%5\"\n")
                    .arg(where(place), VietnameseFormat::dateTime(stored.effectiveAt),
                         levelWords(rating.overall, survey), reasonWords(rating.reasons, survey),
                         rating.comment) +
                footer(QStringLiteral("Đánh giá thấp có góp ý"), dashboardUrl);
    return mail;
}

MailMessage lowRun(const Place &place, int lows, int recent, const QList<StoredRating> &ratings,
                   const SurveyDefinition *survey, const QString &dashboardUrl)
{
    MailMessage mail;
    mail.subject = QStringLiteral("[Hài Lòng] %1/%2 đánh giá gần nhất không hài lòng – %3")
                       .arg(lows)
                       .arg(recent)
                       .arg(where(place));
    QString list;
    for (const StoredRating &stored : ratings)
        list += QStringLiteral("  • %1: mức %2\n")
                    .arg(VietnameseFormat::dateTime(stored.effectiveAt),
                         levelWords(stored.rating.overall, survey));
    mail.body = QStringLiteral("Tại %1, %2 trong %3 đánh giá gần nhất (trong vòng một giờ) ở "
                               "mức 1–2:\n\n%4")
                    .arg(where(place))
                    .arg(lows)
                    .arg(recent)
                    .arg(list) +
                footer(QStringLiteral("Nhiều đánh giá thấp liên tiếp tại một quầy"), dashboardUrl);
    return mail;
}

MailMessage kioskOffline(const KioskRecord &kiosk, const QString &unitName, qint64 minutes,
                         const QString &dashboardUrl)
{
    MailMessage mail;
    const QString place = where({unitName, kiosk.counter});
    mail.subject = QStringLiteral("[Hài Lòng] Kiosk %1 mất kết nối – %2").arg(kiosk.id, place);
    mail.body =
        QStringLiteral("Kiosk %1 (%2) không liên lạc với máy chủ đã %3 phút, từ %4.\n\n"
                       "Đánh giá của người dân vẫn được lưu trên kiosk và sẽ được gửi khi kết "
                       "nối lại. Xin kiểm tra nguồn điện và mạng của kiosk.\n")
            .arg(kiosk.id, place)
            .arg(minutes)
            .arg(kiosk.lastSeen ? VietnameseFormat::dateTime(*kiosk.lastSeen) : QString()) +
        footer(QStringLiteral("Kiosk mất kết nối"), dashboardUrl);
    return mail;
}

MailMessage dailyDigest(const DailyFigures &figures, const QString &dashboardUrl)
{
    MailMessage mail;
    const QString day = VietnameseFormat::date(figures.date);
    mail.subject = QStringLiteral("[Hài Lòng] Tổng hợp ngày %1: %2 phiếu, hài lòng %3")
                       .arg(day, VietnameseFormat::count(figures.n),
                            VietnameseFormat::percentOrDash(figures.rate));
    QString indicators;
    for (const IndicatorResult &result : figures.indicators) {
        QString verdict;
        if (result.n == 0 || !result.status)
            verdict = QStringLiteral("Chưa có phiếu");
        else if (result.n < figures.minRatings)
            verdict = QStringLiteral("Chưa đủ phiếu để đánh giá (%1/%2)")
                          .arg(result.n)
                          .arg(figures.minRatings);
        else if (*result.status == IndicatorStatus::Met)
            verdict = QStringLiteral("Đạt");
        else
            verdict = QStringLiteral("Không đạt");
        indicators +=
            QStringLiteral("  • %1: %2 (%3 phiếu, mục tiêu %4) – %5\n")
                .arg(result.definition.name.vi, VietnameseFormat::percentOrDash(result.rate),
                     VietnameseFormat::count(result.n),
                     VietnameseFormat::percent(result.definition.target, 0), verdict);
    }
    QString body =
        QStringLiteral("Số liệu ngày %1 (đến lúc gửi thư):\n\n"
                       "Số phiếu đánh giá: %2\n"
                       "Hài lòng: %3 (%4 phiếu)\n"
                       "Đánh giá mức 1–2: %5\n")
            .arg(day, VietnameseFormat::count(figures.n),
                 VietnameseFormat::percentOrDash(figures.rate),
                 VietnameseFormat::count(figures.satisfied), VietnameseFormat::count(figures.low));
    if (figures.casesWaiting)
        body += QStringLiteral("Phản ánh đang chờ trả lời: %1\n")
                    .arg(VietnameseFormat::count(*figures.casesWaiting));
    body += QStringLiteral("\nCác chỉ số:\n") + indicators;
    mail.body = body + footer(QStringLiteral("Tổng hợp cuối ngày"), dashboardUrl);
    return mail;
}

} // namespace NotificationMails

} // namespace hailong
