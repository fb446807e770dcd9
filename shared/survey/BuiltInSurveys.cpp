#include "survey/BuiltInSurveys.h"

namespace hailong {

namespace {

LocalizedText text(const char *vi, const char *en)
{
    return {QString::fromUtf8(vi), QString::fromUtf8(en)};
}

SurveyReason reason(const char *code, LocalizedText label, bool positive, const char *icon)
{
    return {QString::fromLatin1(code), std::move(label), positive, QString::fromLatin1(icon)};
}

// The five-level scale the health and education surveys use (see DESIGN.md, "Scale").
SurveyDefinition fiveLevelSurvey(const char *id, LocalizedText title)
{
    SurveyDefinition survey = SurveyDefinition::builtInDefault();
    survey.id = QString::fromLatin1(id);
    survey.title = std::move(title);
    survey.criteria.clear();
    survey.reasons.clear();
    survey.fields.clear(); // a health station or a school handles no TTHC dossiers
    survey.askCriteria = true;
    return survey;
}

} // namespace

namespace BuiltInSurveys {

// A reason code means one thing in every survey (the report counts reasons by code): the
// health and education surveys share "cho-lau" and "khac" with "default" and give the rest
// codes of their own.

// Criteria: the five parts of the Ministry of Health's outpatient form, Bộ Y tế, Quyết định
// 3869/QĐ-BYT ngày 28/8/2019, Mẫu số 2 "Phiếu khảo sát ý kiến người bệnh ngoại trú":
// A. Khả năng tiếp cận; B. Sự minh bạch thông tin và thủ tục khám bệnh, điều trị; C. Cơ sở
// vật chất và phương tiện phục vụ người bệnh; D. Thái độ ứng xử, năng lực chuyên môn của
// nhân viên y tế; E. Kết quả cung cấp dịch vụ. The reasons are items of those parts.
SurveyDefinition health()
{
    SurveyDefinition survey =
        fiveLevelSurvey("y-te", text("Ông/Bà đánh giá thế nào về lần khám, chữa bệnh hôm nay?",
                                     "How would you rate your visit today?"));
    survey.criteria = {
        {QStringLiteral("tiep-can"), text("Khả năng tiếp cận", "Access to care")},
        {QStringLiteral("minh-bach"), text("Minh bạch thông tin và thủ tục khám, chữa bệnh",
                                           "Clear information and procedures")},
        {QStringLiteral("co-so-vat-chat"),
         text("Cơ sở vật chất và phương tiện phục vụ", "Facilities and amenities")},
        {QStringLiteral("thai-do-chuyen-mon"),
         text("Thái độ ứng xử, năng lực chuyên môn của nhân viên y tế",
              "Attitude and skill of the health staff")},
        {QStringLiteral("ket-qua"), text("Kết quả cung cấp dịch vụ", "Result of the care")},
    };
    survey.reasons = {
        reason("cho-lau", text("Chờ lâu", "Long wait"), false, "hourglass"),
        reason("kho-tim-duong", text("Khó tìm nơi khám, thiếu chỉ dẫn", "Hard to find the way"),
               false, "question"),
        reason("thu-tuc-phien-ha", text("Thủ tục phiền hà", "Cumbersome procedures"), false,
               "documents"),
        reason("thai-do-nhan-vien-y-te",
               text("Thái độ nhân viên y tế chưa tốt", "Unfriendly staff"), false, "frown"),
        reason("giai-thich-chua-ro",
               text("Chưa được giải thích rõ về bệnh và cách điều trị",
                    "Illness and treatment not explained"),
               false, "info"),
        reason("ve-sinh-chua-tot",
               text("Phòng chờ, nhà vệ sinh chưa sạch", "Waiting room or toilets not clean"), false,
               "more"),
        reason(
            "thuoc-chi-phi",
            text("Thiếu thuốc hoặc chi phí chưa rõ ràng", "Medicines missing or unclear charges"),
            false, "more"),
        reason("khac", text("Lý do khác", "Other reason"), false, "more"),
        reason("kham-nhanh", text("Khám nhanh, không phải chờ lâu", "Seen quickly"), true,
               "lightning"),
        reason("nhan-vien-tan-tinh", text("Nhân viên y tế tận tình, chu đáo", "Caring staff"), true,
               "heart"),
        reason("giai-thich-ro", text("Được giải thích, tư vấn rõ ràng", "Clear advice"), true,
               "info"),
        reason("sach-se", text("Sạch sẽ, thoáng mát", "Clean and comfortable"), true, "check"),
        reason("yen-tam", text("Yên tâm với kết quả khám, chữa bệnh", "Reassured by the care"),
               true, "thumbs-up"),
    };
    return survey;
}

// Criteria: the parts of the Ministry of Education and Training's survey of parents, Bộ
// Giáo dục và Đào tạo, Quyết định 3476/QĐ-BGDĐT ngày 04/10/2019 "Bộ công cụ khảo sát … đo
// lường sự hài lòng của người dân đối với dịch vụ giáo dục công" — tiếp cận dịch vụ giáo dục
// (thông tin, thủ tục, học phí và các khoản thu), cơ sở vật chất, môi trường giáo dục, hoạt
// động giáo dục — as a parent can judge them at the school's door.
SurveyDefinition education()
{
    SurveyDefinition survey =
        fiveLevelSurvey("giao-duc", text("Ông/Bà đánh giá thế nào về sự phục vụ của nhà trường?",
                                         "How would you rate the school's service?"));
    survey.criteria = {
        {QStringLiteral("co-so-vat-chat"),
         text("Cơ sở vật chất, trang thiết bị", "Facilities and equipment")},
        {QStringLiteral("day-hoc-cham-soc"),
         text("Giảng dạy, chăm sóc và giáo dục học sinh", "Teaching and care of the pupils")},
        {QStringLiteral("moi-truong"),
         text("Môi trường giáo dục an toàn, thân thiện", "A safe, friendly school")},
        {QStringLiteral("cong-khai"), text("Công khai thông tin, thủ tục của nhà trường",
                                           "Openness of the school's information")},
        {QStringLiteral("hoc-phi-khoan-thu"),
         text("Học phí và các khoản đóng góp", "Fees and contributions")},
    };
    survey.reasons = {
        reason("cho-lau", text("Chờ lâu", "Long wait"), false, "hourglass"),
        reason("thai-do-thay-co", text("Thái độ thầy cô, nhân viên chưa tốt", "Unfriendly staff"),
               false, "frown"),
        reason("thong-tin-chua-ro",
               text("Thông tin, thủ tục chưa rõ ràng", "Unclear information or procedures"), false,
               "question"),
        reason("khoan-thu-chua-ro",
               text("Các khoản thu chưa công khai, rõ ràng", "Unclear fees or contributions"),
               false, "documents"),
        reason("co-so-vat-chat-thieu",
               text("Phòng học, trang thiết bị còn thiếu", "Classrooms or equipment lacking"),
               false, "more"),
        reason("khac", text("Lý do khác", "Other reason"), false, "more"),
        reason("thay-co-tan-tinh", text("Thầy cô tận tình, chu đáo", "Caring teachers"), true,
               "heart"),
        reason("thong-tin-ro", text("Thông tin, thủ tục rõ ràng", "Clear information"), true,
               "info"),
        reason("khoan-thu-cong-khai",
               text("Các khoản thu công khai, minh bạch", "Fees made public"), true, "check"),
        reason("an-toan", text("Trường lớp an toàn, sạch đẹp", "Safe and clean school"), true,
               "smile"),
        reason("tien-bo", text("Con tiến bộ", "My child is making progress"), true, "thumbs-up"),
    };
    return survey;
}

QList<SurveyDefinition> all()
{
    return {SurveyDefinition::builtInDefault(), health(), education()};
}

bool isBuiltIn(const QString &id)
{
    return id == QLatin1String("default") || id == QLatin1String("y-te") ||
           id == QLatin1String("giao-duc");
}

QString idForKind(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Health:
        return QStringLiteral("y-te");
    case UnitKind::Education:
        return QStringLiteral("giao-duc");
    case UnitKind::Admin:
        break;
    }
    return QStringLiteral("default");
}

} // namespace BuiltInSurveys

} // namespace hailong
