#include "survey/SurveyDefinition.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace hailong {

namespace {

const QString kId = QStringLiteral("id");
const QString kTitle = QStringLiteral("title");
const QString kLevels = QStringLiteral("levels");
const QString kValue = QStringLiteral("value");
const QString kLabel = QStringLiteral("label");
const QString kSatisfied = QStringLiteral("satisfied");
const QString kCriteria = QStringLiteral("criteria");
const QString kReasons = QStringLiteral("reasons");
const QString kCode = QStringLiteral("code");
const QString kPositive = QStringLiteral("positive");
const QString kIcon = QStringLiteral("icon");
const QString kFields = QStringLiteral("fields");
const QString kName = QStringLiteral("name");
const QString kVi = QStringLiteral("vi");
const QString kEn = QStringLiteral("en");

bool isCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern.match(text).hasMatch();
}

ValidationError invalidSurvey(const QString &message)
{
    return {QStringLiteral("invalid-survey"), message};
}

QJsonObject localizedToJson(const LocalizedText &text)
{
    return {{kVi, text.vi}, {kEn, text.en}};
}

// Vietnamese is required (it is what citizens read); English may be missing.
std::optional<LocalizedText> localizedFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const QJsonValue vi = object.value(kVi);
    const QJsonValue en = object.value(kEn);
    if (!vi.isString() || vi.toString().trimmed().isEmpty())
        return std::nullopt;
    if (!en.isUndefined() && !en.isString())
        return std::nullopt;
    return LocalizedText{vi.toString(), en.toString()};
}

// Reads an array of objects that each carry a unique "code" and a localized text under
// `textKey`; `fill` stores the text and reads the rest of each entry.
template <typename Entry, typename Fill>
std::optional<ValidationError> readCodedList(const QJsonObject &json, const QString &key,
                                             const QString &textKey, QList<Entry> &out, Fill fill)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray())
        return invalidSurvey(QStringLiteral("\"%1\" must be an array").arg(key));
    QSet<QString> seen;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isObject())
            return invalidSurvey(
                QStringLiteral("every entry of \"%1\" must be an object").arg(key));
        const QJsonObject object = item.toObject();
        Entry entry;
        entry.code = object.value(kCode).toString();
        if (!isCode(entry.code))
            return invalidSurvey(
                QStringLiteral("invalid code in \"%1\": \"%2\"").arg(key, entry.code));
        if (seen.contains(entry.code))
            return invalidSurvey(
                QStringLiteral("duplicate code in \"%1\": %2").arg(key, entry.code));
        seen.insert(entry.code);
        const auto text = localizedFromJson(object.value(textKey));
        if (!text)
            return invalidSurvey(
                QStringLiteral("\"%1\" of %2 needs a Vietnamese text").arg(textKey, entry.code));
        if (const auto error = fill(object, *text, entry))
            return error;
        out.append(entry);
    }
    return std::nullopt;
}

} // namespace

SurveyDefinition SurveyDefinition::builtInDefault()
{
    SurveyDefinition survey;
    survey.id = QStringLiteral("default");
    survey.title = {QStringLiteral("Ông/Bà có hài lòng với sự phục vụ hôm nay không?"),
                    QStringLiteral("How satisfied are you with our service today?")};
    survey.levels = {
        {1, {QStringLiteral("Rất không hài lòng"), QStringLiteral("Very dissatisfied")}},
        {2, {QStringLiteral("Không hài lòng"), QStringLiteral("Dissatisfied")}},
        {3, {QStringLiteral("Bình thường"), QStringLiteral("Neutral")}},
        {4, {QStringLiteral("Hài lòng"), QStringLiteral("Satisfied")}},
        {5, {QStringLiteral("Rất hài lòng"), QStringLiteral("Very satisfied")}},
    };
    survey.satisfiedLevels = {4, 5};
    survey.criteria = {
        {QStringLiteral("thoi-gian"),
         {QStringLiteral("Thời gian giải quyết"), QStringLiteral("Processing time")}},
        {QStringLiteral("thai-do"),
         {QStringLiteral("Thái độ cán bộ"), QStringLiteral("Staff attitude")}},
        {QStringLiteral("huong-dan"),
         {QStringLiteral("Hướng dẫn rõ ràng"), QStringLiteral("Clear guidance")}},
        {QStringLiteral("co-so-vat-chat"),
         {QStringLiteral("Cơ sở vật chất"), QStringLiteral("Facilities")}},
        {QStringLiteral("chi-phi"),
         {QStringLiteral("Chi phí đúng quy định"), QStringLiteral("Fees as regulated")}},
    };
    survey.reasons = {
        {QStringLiteral("cho-lau"),
         {QStringLiteral("Chờ lâu"), QStringLiteral("Long wait")},
         false,
         QStringLiteral("hourglass")},
        {QStringLiteral("thai-do-chua-tot"),
         {QStringLiteral("Thái độ chưa tốt"), QStringLiteral("Unfriendly staff")},
         false,
         QStringLiteral("frown")},
        {QStringLiteral("huong-dan-kho-hieu"),
         {QStringLiteral("Hướng dẫn khó hiểu"), QStringLiteral("Confusing guidance")},
         false,
         QStringLiteral("question")},
        {QStringLiteral("giay-to-nhieu"),
         {QStringLiteral("Giấy tờ phức tạp"), QStringLiteral("Too much paperwork")},
         false,
         QStringLiteral("documents")},
        {QStringLiteral("hen-lai-nhieu-lan"),
         {QStringLiteral("Phải đi lại nhiều lần"), QStringLiteral("Had to come back many times")},
         false,
         QStringLiteral("repeat")},
        {QStringLiteral("khac"),
         {QStringLiteral("Lý do khác"), QStringLiteral("Other reason")},
         false,
         QStringLiteral("more")},
        {QStringLiteral("nhanh-chong"),
         {QStringLiteral("Nhanh chóng"), QStringLiteral("Quick")},
         true,
         QStringLiteral("lightning")},
        {QStringLiteral("than-thien"),
         {QStringLiteral("Cán bộ thân thiện"), QStringLiteral("Friendly staff")},
         true,
         QStringLiteral("smile")},
        {QStringLiteral("huong-dan-ro"),
         {QStringLiteral("Hướng dẫn rõ ràng"), QStringLiteral("Clear guidance")},
         true,
         QStringLiteral("info")},
        {QStringLiteral("dung-hen"),
         {QStringLiteral("Đúng hẹn"), QStringLiteral("On time as promised")},
         true,
         QStringLiteral("calendar-check")},
        {QStringLiteral("thuan-tien"),
         {QStringLiteral("Thuận tiện"), QStringLiteral("Convenient")},
         true,
         QStringLiteral("thumbs-up")},
    };
    survey.fields = {
        {QStringLiteral("ho-tich"), {QStringLiteral("Hộ tịch"), QStringLiteral("Civil status")}},
        {QStringLiteral("chung-thuc"),
         {QStringLiteral("Chứng thực"), QStringLiteral("Certification")}},
        {QStringLiteral("dat-dai"), {QStringLiteral("Đất đai"), QStringLiteral("Land")}},
        {QStringLiteral("xay-dung"), {QStringLiteral("Xây dựng"), QStringLiteral("Construction")}},
        {QStringLiteral("dau-tu"), {QStringLiteral("Đầu tư"), QStringLiteral("Investment")}},
        {QStringLiteral("lao-dong-xa-hoi"),
         {QStringLiteral("Lao động – Thương binh và Xã hội"),
          QStringLiteral("Labour, invalids and social affairs")}},
        {QStringLiteral("nong-nghiep"),
         {QStringLiteral("Nông nghiệp"), QStringLiteral("Agriculture")}},
        {QStringLiteral("van-hoa"), {QStringLiteral("Văn hoá"), QStringLiteral("Culture")}},
        {QStringLiteral("khac"), {QStringLiteral("Khác"), QStringLiteral("Other")}},
    };
    return survey;
}

bool SurveyDefinition::hasLevel(int value) const
{
    return std::any_of(levels.cbegin(), levels.cend(),
                       [value](const SurveyLevel &level) { return level.value == value; });
}

bool SurveyDefinition::hasCriterion(const QString &code) const
{
    return std::any_of(
        criteria.cbegin(), criteria.cend(),
        [&code](const SurveyCriterion &criterion) { return criterion.code == code; });
}

bool SurveyDefinition::hasReason(const QString &code) const
{
    return std::any_of(reasons.cbegin(), reasons.cend(),
                       [&code](const SurveyReason &reason) { return reason.code == code; });
}

bool SurveyDefinition::hasField(const QString &code) const
{
    return field(code) != nullptr;
}

const ServiceField *SurveyDefinition::field(const QString &code) const
{
    const auto found = std::find_if(fields.cbegin(), fields.cend(),
                                    [&code](const ServiceField &f) { return f.code == code; });
    return found == fields.cend() ? nullptr : &*found;
}

QJsonObject SurveyDefinition::toJson() const
{
    QJsonArray levelArray;
    for (const SurveyLevel &level : levels)
        levelArray.append(
            QJsonObject{{kValue, level.value}, {kLabel, localizedToJson(level.label)}});

    QList<int> satisfied = satisfiedLevels.values();
    std::sort(satisfied.begin(), satisfied.end());
    QJsonArray satisfiedArray;
    for (const int level : satisfied)
        satisfiedArray.append(level);

    QJsonArray criterionArray;
    for (const SurveyCriterion &criterion : criteria)
        criterionArray.append(
            QJsonObject{{kCode, criterion.code}, {kLabel, localizedToJson(criterion.label)}});

    QJsonArray reasonArray;
    for (const SurveyReason &reason : reasons)
        reasonArray.append(QJsonObject{{kCode, reason.code},
                                       {kLabel, localizedToJson(reason.label)},
                                       {kPositive, reason.positive},
                                       {kIcon, reason.icon}});

    QJsonArray fieldArray;
    for (const ServiceField &f : fields)
        fieldArray.append(QJsonObject{{kCode, f.code}, {kName, localizedToJson(f.name)}});

    return {{kId, id},
            {kTitle, localizedToJson(title)},
            {kLevels, levelArray},
            {kSatisfied, satisfiedArray},
            {kCriteria, criterionArray},
            {kReasons, reasonArray},
            {kFields, fieldArray}};
}

Result<SurveyDefinition> SurveyDefinition::fromJson(const QJsonObject &json)
{
    SurveyDefinition survey;

    survey.id = json.value(kId).toString();
    if (!isCode(survey.id))
        return invalidSurvey(QStringLiteral("\"id\" must match [a-z0-9][a-z0-9-]{0,63}"));

    const auto title = localizedFromJson(json.value(kTitle));
    if (!title)
        return invalidSurvey(QStringLiteral("\"title\" needs a Vietnamese text"));
    survey.title = *title;

    const QJsonValue levelsValue = json.value(kLevels);
    if (!levelsValue.isArray())
        return invalidSurvey(QStringLiteral("\"levels\" must be an array"));
    for (const QJsonValue &item : levelsValue.toArray()) {
        const QJsonObject object = item.toObject();
        const QJsonValue value = object.value(kValue);
        const auto label = localizedFromJson(object.value(kLabel));
        if (!item.isObject() || !value.isDouble() || value.toDouble() != value.toInt() || !label)
            return invalidSurvey(
                QStringLiteral("every level needs an integer \"value\" and a \"label\""));
        survey.levels.append({value.toInt(), *label});
    }
    if (survey.levels.size() < 2)
        return invalidSurvey(QStringLiteral("a survey needs at least two levels"));
    std::sort(survey.levels.begin(), survey.levels.end(),
              [](const SurveyLevel &a, const SurveyLevel &b) { return a.value < b.value; });
    for (int i = 0; i < survey.levels.size(); ++i) {
        if (survey.levels.at(i).value != i + 1)
            return invalidSurvey(QStringLiteral("levels must be 1..%1 without gaps or repeats")
                                     .arg(survey.levels.size()));
    }

    const QJsonValue satisfiedValue = json.value(kSatisfied);
    if (!satisfiedValue.isArray() || satisfiedValue.toArray().isEmpty())
        return invalidSurvey(QStringLiteral("\"satisfied\" must be a non-empty array of levels"));
    for (const QJsonValue &item : satisfiedValue.toArray()) {
        if (!item.isDouble() || item.toDouble() != item.toInt() || !survey.hasLevel(item.toInt()))
            return invalidSurvey(QStringLiteral("\"satisfied\" holds a value that is not a level"));
        survey.satisfiedLevels.insert(item.toInt());
    }

    const auto fillCriterion = [](const QJsonObject &, const LocalizedText &text,
                                  SurveyCriterion &criterion) -> std::optional<ValidationError> {
        criterion.label = text;
        return std::nullopt;
    };
    if (auto error = readCodedList(json, kCriteria, kLabel, survey.criteria, fillCriterion))
        return *error;

    const auto fillReason = [](const QJsonObject &object, const LocalizedText &text,
                               SurveyReason &reason) -> std::optional<ValidationError> {
        reason.label = text;
        const QJsonValue positive = object.value(kPositive);
        if (!positive.isUndefined() && !positive.isBool())
            return invalidSurvey(
                QStringLiteral("\"positive\" of %1 must be a boolean").arg(reason.code));
        reason.positive = positive.toBool();
        // The icon names a file: a plain code keeps paths out of it.
        const QJsonValue icon = object.value(kIcon);
        const bool iconOk =
            icon.isUndefined() ||
            (icon.isString() && (icon.toString().isEmpty() || isCode(icon.toString())));
        if (!iconOk)
            return invalidSurvey(
                QStringLiteral("\"icon\" of %1 must be a plain icon name").arg(reason.code));
        reason.icon = icon.toString();
        return std::nullopt;
    };
    if (auto error = readCodedList(json, kReasons, kLabel, survey.reasons, fillReason))
        return *error;

    const auto fillField = [](const QJsonObject &, const LocalizedText &text,
                              ServiceField &field) -> std::optional<ValidationError> {
        field.name = text;
        return std::nullopt;
    };
    if (auto error = readCodedList(json, kFields, kName, survey.fields, fillField))
        return *error;

    return survey;
}

} // namespace hailong
