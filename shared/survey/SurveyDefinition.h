#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace hailong {

// A text shown to citizens or staff: Vietnamese first, English second.
struct LocalizedText
{
    QString vi;
    QString en;
};

struct SurveyLevel
{
    int value = 0;       // 1..5 on the five-level scale
    LocalizedText label; // "Rất hài lòng" / "Very satisfied"
};

// A sub-question (e.g. "thái độ cán bộ"); answered with a level, or 0 for "no opinion".
struct SurveyCriterion
{
    QString code;
    LocalizedText label;
};

// A follow-up reason. Negative reasons answer "what went wrong" (levels below satisfied),
// positive ones "what went well".
struct SurveyReason
{
    QString code;
    LocalizedText label;
    bool positive = false;
    QString icon; // icon name under assets/icons/, without extension
};

// A service field (lĩnh vực), e.g. "dat-dai".
struct ServiceField
{
    QString code;
    LocalizedText name;
    // Kept for the ratings that name it, no longer offered to staff (a field whose ministry
    // was reorganised away).
    bool retired = false;
};

// What a kiosk asks and how answers count. Pure data; the server and kiosk share it.
//
// JSON form (GET /api/v1/survey, and the survey files a centre adds):
//   {"id": "default",
//    "title": {"vi": "…", "en": "…"},
//    "levels": [{"value": 1, "label": {"vi": "…", "en": "…"}}, …],   // 1..n, n >= 2
//    "satisfied": [4, 5],                                             // levels that count
//    "ask_criteria": false,          // true: the kiosk asks each criterion after the overall
//    "criteria": [{"code": "thai-do", "label": {"vi", "en"}}, …],
//    "reasons": [{"code": "cho-lau", "label": {"vi", "en"}, "positive": false,
//                 "icon": "hourglass"}, …],
//    "fields": [{"code": "dat-dai", "name": {"vi", "en"}, "retired": true?}, …]}
// Ids, codes and icon names match ^[a-z0-9][a-z0-9-]{0,63}$; every text needs "vi" ("en"
// may be missing); levels may be listed in any order but must be exactly 1..n; codes are
// unique within their list; "criteria", "reasons" and "fields" may be left out (empty);
// "ask_criteria" may be left out (false) and, when true, needs at least one criterion;
// "retired" may be left out (false).
class SurveyDefinition
{
public:
    QString id;
    LocalizedText title;       // the question, e.g. "Ông/Bà đánh giá thế nào …?"
    QList<SurveyLevel> levels; // ascending by value
    QSet<int> satisfiedLevels;
    bool askCriteria = false; // the kiosk offers one optional screen of criteria
    QList<SurveyCriterion> criteria;
    QList<SurveyReason> reasons;
    QList<ServiceField> fields;

    // The built-in survey "default": five levels, satisfied = {4, 5}, the six fields of
    // DESIGN.md and more, a handful of criteria and reasons.
    static SurveyDefinition builtInDefault();

    bool hasLevel(int value) const;
    bool isSatisfied(int level) const { return satisfiedLevels.contains(level); }
    bool hasCriterion(const QString &code) const;
    bool hasReason(const QString &code) const;
    bool hasField(const QString &code) const;
    const ServiceField *field(const QString &code) const;

    QJsonObject toJson() const;
    // Errors: "invalid-survey" with a message that starts with the JSON path of the fault,
    // e.g. "$.reasons[2].label.vi: missing".
    static Result<SurveyDefinition> fromJson(const QJsonObject &json);
};

} // namespace hailong
