#include "indicators/IndicatorDefinition.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <optional>
#include <utility>

namespace hailong {

namespace {

const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kLead = QStringLiteral("lead");
const QString kPartner = QStringLiteral("partner");
const QString kParent = QStringLiteral("parent");
const QString kOldLeadAgency = QStringLiteral("lead_agency");
const QString kTarget = QStringLiteral("target");
const QString kScope = QStringLiteral("scope");
const QString kUnitKind = QStringLiteral("unit_kind");
const QString kTiedOnly = QStringLiteral("tied_only");
const QString kFields = QStringLiteral("fields");
const QString kVi = QStringLiteral("vi");
const QString kEn = QStringLiteral("en");

ValidationError invalidIndicators(const QString &message)
{
    return {QStringLiteral("invalid-indicators"), message};
}

bool isCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern.match(text).hasMatch();
}

QJsonObject localizedToJson(const LocalizedText &text)
{
    return {{kVi, text.vi}, {kEn, text.en}};
}

std::optional<LocalizedText> localizedFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonValue vi = object.value(kVi);
    const QJsonValue en = object.value(kEn);
    if (!value.isObject() || !vi.isString() || vi.toString().trimmed().isEmpty())
        return std::nullopt;
    if (!en.isUndefined() && !en.isString())
        return std::nullopt;
    return LocalizedText{vi.toString(), en.toString()};
}

IndicatorDefinition makeDefinition(const QString &id, const LocalizedText &name, double target,
                                   const IndicatorScope &scope)
{
    IndicatorDefinition definition;
    definition.id = id;
    definition.name = name;
    definition.lead = IndicatorDefinition::defaultLead(id);
    definition.partner = IndicatorDefinition::defaultPartner();
    definition.parent = IndicatorDefinition::defaultParent(id);
    definition.target = target;
    definition.scope = scope;
    return definition;
}

} // namespace

bool IndicatorScope::contains(UnitKind kind, bool tied, const QString &field) const
{
    if (kind != unitKind)
        return false;
    if (tiedOnly && !tied)
        return false;
    return fields.isEmpty() || fields.contains(field);
}

QList<IndicatorDefinition> IndicatorDefinition::defaults()
{
    return {
        makeDefinition(
            QStringLiteral("admin-service"),
            {QStringLiteral("Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan "
                            "hành chính nhà nước"),
             QStringLiteral("Satisfaction of citizens and organisations with the service of state "
                            "administrative agencies")},
            95.0, {UnitKind::Admin, false, {}}),
        makeDefinition(
            QStringLiteral("tthc"),
            {QStringLiteral("Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC"),
             QStringLiteral("Satisfaction of citizens and businesses with the handling of "
                            "administrative procedures")},
            95.0, {UnitKind::Admin, true, {}}),
        makeDefinition(
            QStringLiteral("tthc-land"),
            {QStringLiteral("Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC trong "
                            "lĩnh vực đất đai, xây dựng, đầu tư"),
             QStringLiteral("Satisfaction of citizens and businesses with the handling of "
                            "administrative procedures in land, construction and investment")},
            90.0,
            {UnitKind::Admin,
             true,
             {QStringLiteral("dat-dai"), QStringLiteral("xay-dung"), QStringLiteral("dau-tu")}}),
        makeDefinition(QStringLiteral("health"),
                       {QStringLiteral("Mức độ hài lòng về cung cấp dịch vụ y tế công lập"),
                        QStringLiteral("Satisfaction with public health services")},
                       90.0, {UnitKind::Health, false, {}}),
        makeDefinition(QStringLiteral("education"),
                       {QStringLiteral("Mức độ hài lòng về cung cấp dịch vụ giáo dục công lập"),
                        QStringLiteral("Satisfaction with public education services")},
                       90.0, {UnitKind::Education, false, {}}),
    };
}

LocalizedText IndicatorDefinition::defaultLead(const QString &id)
{
    if (id == QLatin1String("admin-service") || id == QLatin1String("health") ||
        id == QLatin1String("education"))
        return {QStringLiteral("Phòng Văn hóa – Xã hội"),
                QStringLiteral("Culture and Social Affairs Office")};
    if (id == QLatin1String("tthc") || id == QLatin1String("tthc-land"))
        return {QStringLiteral("Trung tâm Phục vụ hành chính công"),
                QStringLiteral("Public Administrative Service Centre")};
    return {};
}

LocalizedText IndicatorDefinition::defaultPartner()
{
    return {QStringLiteral("Các cơ quan, đơn vị có liên quan"),
            QStringLiteral("The agencies and units concerned")};
}

QString IndicatorDefinition::defaultParent(const QString &id)
{
    return id == QLatin1String("tthc-land") ? QStringLiteral("tthc") : QString();
}

QJsonObject IndicatorDefinition::toJson() const
{
    QJsonObject json{{kId, id},
                     {kName, localizedToJson(name)},
                     {kLead, localizedToJson(lead)},
                     {kPartner, localizedToJson(partner)},
                     {kTarget, target},
                     {kScope, QJsonObject{{kUnitKind, unitKindCode(scope.unitKind)},
                                          {kTiedOnly, scope.tiedOnly},
                                          {kFields, QJsonArray::fromStringList(scope.fields)}}}};
    if (!parent.isEmpty())
        json.insert(kParent, parent);
    return json;
}

Result<IndicatorDefinition> IndicatorDefinition::fromJson(const QJsonObject &json)
{
    IndicatorDefinition definition;

    definition.id = json.value(kId).toString();
    if (!isCode(definition.id))
        return invalidIndicators(QStringLiteral("\"id\" must match [a-z0-9][a-z0-9-]{0,63}"));

    const auto name = localizedFromJson(json.value(kName));
    if (!name)
        return invalidIndicators(
            QStringLiteral("\"name\" of %1 needs a Vietnamese text").arg(definition.id));
    definition.name = *name;

    definition.lead = defaultLead(definition.id);
    if (definition.lead.vi.isEmpty() && json.contains(kOldLeadAgency))
        definition.lead = localizedFromJson(json.value(kOldLeadAgency)).value_or(LocalizedText{});
    definition.partner = defaultPartner();
    for (const auto &[key, text] :
         {std::pair{kLead, &definition.lead}, std::pair{kPartner, &definition.partner}}) {
        if (!json.contains(key))
            continue;
        const auto given = localizedFromJson(json.value(key));
        if (!given)
            return invalidIndicators(
                QStringLiteral("\"%1\" of %2 needs a Vietnamese text").arg(key, definition.id));
        *text = *given;
    }
    definition.parent = defaultParent(definition.id);
    if (json.contains(kParent)) {
        const QJsonValue parent = json.value(kParent);
        if (!parent.isNull() && !isCode(parent.toString()))
            return invalidIndicators(
                QStringLiteral("\"parent\" of %1 must be an indicator id or null")
                    .arg(definition.id));
        definition.parent = parent.toString();
    }

    const QJsonValue target = json.value(kTarget);
    if (!target.isDouble() || target.toDouble() < 0.0 || target.toDouble() > 100.0)
        return invalidIndicators(
            QStringLiteral("\"target\" of %1 must be a percent in 0..100").arg(definition.id));
    definition.target = target.toDouble();

    const QJsonValue scopeValue = json.value(kScope);
    if (!scopeValue.isObject())
        return invalidIndicators(
            QStringLiteral("\"scope\" of %1 must be an object").arg(definition.id));
    const QJsonObject scope = scopeValue.toObject();

    const auto kind = unitKindFromCode(scope.value(kUnitKind).toString());
    if (!kind)
        return invalidIndicators(
            QStringLiteral("\"unit_kind\" of %1 must be admin, health or education")
                .arg(definition.id));
    definition.scope.unitKind = *kind;

    const QJsonValue tiedOnly = scope.value(kTiedOnly);
    if (!tiedOnly.isUndefined() && !tiedOnly.isBool())
        return invalidIndicators(
            QStringLiteral("\"tied_only\" of %1 must be a boolean").arg(definition.id));
    definition.scope.tiedOnly = tiedOnly.toBool();

    const QJsonValue fields = scope.value(kFields);
    if (!fields.isUndefined() && !fields.isArray())
        return invalidIndicators(
            QStringLiteral("\"fields\" of %1 must be an array").arg(definition.id));
    for (const QJsonValue &field : fields.toArray()) {
        if (!isCode(field.toString()))
            return invalidIndicators(
                QStringLiteral("\"fields\" of %1 holds an invalid field code").arg(definition.id));
        definition.scope.fields.append(field.toString());
    }
    return definition;
}

Result<QList<IndicatorDefinition>> IndicatorDefinition::listFromJson(const QJsonArray &json)
{
    QList<IndicatorDefinition> definitions;
    QSet<QString> ids;
    QSet<QString> namedParents; // ids whose file names a parent rather than taking the default
    for (const QJsonValue &item : json) {
        if (!item.isObject())
            return invalidIndicators(QStringLiteral("every indicator must be an object"));
        auto definition = fromJson(item.toObject());
        if (!definition)
            return definition.error();
        if (ids.contains(definition.value().id))
            return invalidIndicators(
                QStringLiteral("duplicate indicator id: %1").arg(definition.value().id));
        ids.insert(definition.value().id);
        if (item.toObject().contains(kParent))
            namedParents.insert(definition.value().id);
        definitions.append(std::move(definition).value());
    }
    // A "Trong đó" row needs its parent row, which is not itself a part of another. A default
    // parent the file does not hold is dropped: the row then stands on its own.
    for (IndicatorDefinition &definition : definitions) {
        if (definition.parent.isEmpty())
            continue;
        const auto parent =
            std::find_if(definitions.cbegin(), definitions.cend(),
                         [&](const IndicatorDefinition &d) { return d.id == definition.parent; });
        const bool fits =
            parent != definitions.cend() && parent->parent.isEmpty() && parent->id != definition.id;
        if (!fits && !namedParents.contains(definition.id))
            definition.parent.clear();
        else if (!fits)
            return invalidIndicators(
                QStringLiteral("\"parent\" of %1 must name another top-level indicator")
                    .arg(definition.id));
    }
    return definitions;
}

} // namespace hailong
