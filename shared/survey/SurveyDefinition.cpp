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
const QString kAskCriteria = QStringLiteral("ask_criteria");
const QString kReasons = QStringLiteral("reasons");
const QString kCode = QStringLiteral("code");
const QString kPositive = QStringLiteral("positive");
const QString kIcon = QStringLiteral("icon");
const QString kRetired = QStringLiteral("retired");
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

// Vietnamese is required (it is what citizens read); English may be missing. Faults name the
// JSON path of what is wrong, e.g. "$.reasons[2].label.vi: missing".
Result<LocalizedText> localizedFromJson(const QJsonValue &value, const QString &path)
{
    if (value.isUndefined())
        return invalidSurvey(QStringLiteral("%1: missing").arg(path));
    if (!value.isObject())
        return invalidSurvey(QStringLiteral("%1: must be an object {\"vi\", \"en\"}").arg(path));
    const QJsonObject object = value.toObject();
    const QJsonValue vi = object.value(kVi);
    const QJsonValue en = object.value(kEn);
    if (vi.isUndefined())
        return invalidSurvey(QStringLiteral("%1.vi: missing").arg(path));
    if (!vi.isString() || vi.toString().trimmed().isEmpty())
        return invalidSurvey(QStringLiteral("%1.vi: must be a non-empty text").arg(path));
    if (!en.isUndefined() && !en.isString())
        return invalidSurvey(QStringLiteral("%1.en: must be a text").arg(path));
    return LocalizedText{vi.toString(), en.toString()};
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == value.toInt();
}

// Reads an array of objects that each carry a unique "code" and a localized text under
// `textKey`; `fill` reads the rest of each entry (given the entry's JSON path).
template <typename Entry, typename Fill>
std::optional<ValidationError> readCodedList(const QJsonObject &json, const QString &key,
                                             const QString &textKey, QList<Entry> &out, Fill fill)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return std::nullopt;
    const QString listPath = QStringLiteral("$.") + key;
    if (!value.isArray())
        return invalidSurvey(QStringLiteral("%1: must be an array").arg(listPath));
    QSet<QString> seen;
    const QJsonArray items = value.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(listPath).arg(i);
        if (!items.at(i).isObject())
            return invalidSurvey(QStringLiteral("%1: must be an object").arg(path));
        const QJsonObject object = items.at(i).toObject();
        Entry entry;
        const QJsonValue code = object.value(kCode);
        if (code.isUndefined())
            return invalidSurvey(QStringLiteral("%1.code: missing").arg(path));
        entry.code = code.toString();
        if (!isCode(entry.code))
            return invalidSurvey(
                QStringLiteral("%1.code: must match [a-z0-9][a-z0-9-]{0,63}").arg(path));
        if (seen.contains(entry.code))
            return invalidSurvey(
                QStringLiteral("%1.code: \"%2\" is listed twice").arg(path, entry.code));
        seen.insert(entry.code);
        const Result<LocalizedText> text =
            localizedFromJson(object.value(textKey), path + QLatin1Char('.') + textKey);
        if (!text)
            return text.error();
        if (const auto error = fill(object, text.value(), path, entry))
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
    survey.title = {QStringLiteral("Ông/Bà đánh giá thế nào về sự phục vụ hôm nay?"),
                    QStringLiteral("How would you rate our service today?")};
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
         {QStringLiteral("Thái độ cán bộ chưa tốt"), QStringLiteral("Unfriendly staff")},
         false,
         QStringLiteral("frown")},
        {QStringLiteral("huong-dan-kho-hieu"),
         {QStringLiteral("Hướng dẫn khó hiểu"), QStringLiteral("Confusing guidance")},
         false,
         QStringLiteral("question")},
        {QStringLiteral("giay-to-nhieu"),
         {QStringLiteral("Yêu cầu nhiều giấy tờ"), QStringLiteral("Too many documents asked for")},
         false,
         QStringLiteral("documents")},
        {QStringLiteral("hen-lai-nhieu-lan"),
         {QStringLiteral("Phải đi lại nhiều lần"), QStringLiteral("Had to come back many times")},
         false,
         QStringLiteral("repeat")},
        {QStringLiteral("tre-hen"),
         {QStringLiteral("Trễ hẹn"), QStringLiteral("Later than promised")},
         false,
         QStringLiteral("calendar-late")},
        {QStringLiteral("phien-ha"),
         {QStringLiteral("Gây phiền hà, nhũng nhiễu"),
          QStringLiteral("Harassment or bribes asked")},
         false,
         QStringLiteral("hand-stop")},
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
        // Since 1 March 2025 (Nghị quyết 176/2025/QH15) the Ministry of Labour, Invalids and
        // Social Affairs is gone: labour, employment and people with meritorious service went to
        // the Ministry of Home Affairs (Nghị định 25/2025/NĐ-CP), social protection and children
        // to the Ministry of Health (Nghị định 42/2025/NĐ-CP). Its field stays, retired, so the
        // ratings and kiosks' outboxes that name it keep their field and its name.
        {QStringLiteral("nguoi-co-cong"),
         {QStringLiteral("Người có công"), QStringLiteral("People with meritorious service")}},
        {QStringLiteral("lao-dong-viec-lam"),
         {QStringLiteral("Lao động, việc làm"), QStringLiteral("Labour and employment")}},
        {QStringLiteral("bao-tro-xa-hoi"),
         {QStringLiteral("Bảo trợ xã hội, trẻ em"),
          QStringLiteral("Social protection and children")}},
        {QStringLiteral("lao-dong-xa-hoi"),
         {QStringLiteral("Lao động – Thương binh và Xã hội"),
          QStringLiteral("Labour, invalids and social affairs")},
         true},
        {QStringLiteral("nong-nghiep"),
         {QStringLiteral("Nông nghiệp và môi trường"),
          QStringLiteral("Agriculture and environment")}},
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
    for (const ServiceField &f : fields) {
        QJsonObject field{{kCode, f.code}, {kName, localizedToJson(f.name)}};
        if (f.retired)
            field.insert(kRetired, true);
        fieldArray.append(field);
    }

    return {{kId, id},
            {kTitle, localizedToJson(title)},
            {kLevels, levelArray},
            {kSatisfied, satisfiedArray},
            {kAskCriteria, askCriteria},
            {kCriteria, criterionArray},
            {kReasons, reasonArray},
            {kFields, fieldArray}};
}

Result<SurveyDefinition> SurveyDefinition::fromJson(const QJsonObject &json)
{
    SurveyDefinition survey;

    const QJsonValue id = json.value(kId);
    if (id.isUndefined())
        return invalidSurvey(QStringLiteral("$.id: missing"));
    survey.id = id.toString();
    if (!isCode(survey.id))
        return invalidSurvey(QStringLiteral("$.id: must match [a-z0-9][a-z0-9-]{0,63}"));

    const Result<LocalizedText> title =
        localizedFromJson(json.value(kTitle), QStringLiteral("$.title"));
    if (!title)
        return title.error();
    survey.title = title.value();

    const QJsonValue levelsValue = json.value(kLevels);
    if (levelsValue.isUndefined())
        return invalidSurvey(QStringLiteral("$.levels: missing"));
    if (!levelsValue.isArray())
        return invalidSurvey(QStringLiteral("$.levels: must be an array"));
    const QJsonArray levelItems = levelsValue.toArray();
    for (int i = 0; i < levelItems.size(); ++i) {
        const QString path = QStringLiteral("$.levels[%1]").arg(i);
        if (!levelItems.at(i).isObject())
            return invalidSurvey(QStringLiteral("%1: must be an object").arg(path));
        const QJsonObject object = levelItems.at(i).toObject();
        const QJsonValue value = object.value(kValue);
        if (!isWholeNumber(value))
            return invalidSurvey(QStringLiteral("%1.value: must be a whole number").arg(path));
        const Result<LocalizedText> label =
            localizedFromJson(object.value(kLabel), path + QStringLiteral(".label"));
        if (!label)
            return label.error();
        survey.levels.append({value.toInt(), label.value()});
    }
    if (survey.levels.size() < 2)
        return invalidSurvey(QStringLiteral("$.levels: a survey needs at least two levels"));
    std::sort(survey.levels.begin(), survey.levels.end(),
              [](const SurveyLevel &a, const SurveyLevel &b) { return a.value < b.value; });
    for (int i = 0; i < survey.levels.size(); ++i) {
        if (survey.levels.at(i).value != i + 1)
            return invalidSurvey(QStringLiteral("$.levels: must be 1..%1 without gaps or repeats")
                                     .arg(survey.levels.size()));
    }

    const QJsonValue satisfiedValue = json.value(kSatisfied);
    if (satisfiedValue.isUndefined())
        return invalidSurvey(QStringLiteral("$.satisfied: missing"));
    if (!satisfiedValue.isArray() || satisfiedValue.toArray().isEmpty())
        return invalidSurvey(QStringLiteral("$.satisfied: must be a non-empty array of levels"));
    const QJsonArray satisfiedItems = satisfiedValue.toArray();
    for (int i = 0; i < satisfiedItems.size(); ++i) {
        const QJsonValue item = satisfiedItems.at(i);
        if (!isWholeNumber(item) || !survey.hasLevel(item.toInt()))
            return invalidSurvey(QStringLiteral("$.satisfied[%1]: not a level").arg(i));
        survey.satisfiedLevels.insert(item.toInt());
    }

    const QJsonValue askCriteria = json.value(kAskCriteria);
    if (!askCriteria.isUndefined() && !askCriteria.isBool())
        return invalidSurvey(QStringLiteral("$.ask_criteria: must be true or false"));
    survey.askCriteria = askCriteria.toBool();

    const auto fillCriterion = [](const QJsonObject &, const LocalizedText &text, const QString &,
                                  SurveyCriterion &criterion) -> std::optional<ValidationError> {
        criterion.label = text;
        return std::nullopt;
    };
    if (auto error = readCodedList(json, kCriteria, kLabel, survey.criteria, fillCriterion))
        return *error;
    if (survey.askCriteria && survey.criteria.isEmpty())
        return invalidSurvey(QStringLiteral("$.criteria: ask_criteria needs at least one"));

    const auto fillReason = [](const QJsonObject &object, const LocalizedText &text,
                               const QString &path,
                               SurveyReason &reason) -> std::optional<ValidationError> {
        reason.label = text;
        const QJsonValue positive = object.value(kPositive);
        if (!positive.isUndefined() && !positive.isBool())
            return invalidSurvey(QStringLiteral("%1.positive: must be true or false").arg(path));
        reason.positive = positive.toBool();
        // The icon names a file: a plain code keeps paths out of it.
        const QJsonValue icon = object.value(kIcon);
        const bool iconOk =
            icon.isUndefined() ||
            (icon.isString() && (icon.toString().isEmpty() || isCode(icon.toString())));
        if (!iconOk)
            return invalidSurvey(QStringLiteral("%1.icon: must be a plain icon name").arg(path));
        reason.icon = icon.toString();
        return std::nullopt;
    };
    if (auto error = readCodedList(json, kReasons, kLabel, survey.reasons, fillReason))
        return *error;

    const auto fillField = [](const QJsonObject &object, const LocalizedText &text,
                              const QString &path,
                              ServiceField &field) -> std::optional<ValidationError> {
        field.name = text;
        const QJsonValue retired = object.value(kRetired);
        if (!retired.isUndefined() && !retired.isBool())
            return invalidSurvey(QStringLiteral("%1.retired: must be true or false").arg(path));
        field.retired = retired.toBool();
        return std::nullopt;
    };
    if (auto error = readCodedList(json, kFields, kName, survey.fields, fillField))
        return *error;

    return survey;
}

} // namespace hailong
