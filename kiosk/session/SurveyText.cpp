#include "session/SurveyText.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <cmath>

namespace hailong {

namespace {

constexpr int kFaceCount = 5;

// A survey may have three, four or five levels; the faces always span sad to happy, so a
// level is drawn with the face at the same relative place on the scale.
int faceForIndex(qsizetype index, qsizetype levelCount)
{
    if (levelCount <= 1)
        return kFaceCount;
    return 1 + int(std::lround(double(index) * (kFaceCount - 1) / double(levelCount - 1)));
}

} // namespace

SurveyText::SurveyText(const SurveyDefinition &survey, QString language)
    : m_survey(survey)
    , m_language(std::move(language))
{}

QString SurveyText::localized(const LocalizedText &text) const
{
    if (m_language == QStringLiteral("vi"))
        return text.vi;
    if (m_language == QStringLiteral("en"))
        return text.en.isEmpty() ? text.vi : text.en;
    return QCoreApplication::translate("Survey", text.vi.toUtf8().constData());
}

QString SurveyText::question() const
{
    return localized(m_survey.title);
}

QVariantList SurveyText::levels() const
{
    QVariantList levels;
    for (qsizetype i = m_survey.levels.size() - 1; i >= 0; --i) {
        const SurveyLevel &level = m_survey.levels[i];
        levels.append(QVariantMap{
            {QStringLiteral("value"), level.value},
            {QStringLiteral("label"), localized(level.label)},
            {QStringLiteral("face"), faceForIndex(i, m_survey.levels.size())},
        });
    }
    return levels;
}

int SurveyText::faceOf(int level) const
{
    for (qsizetype i = 0; i < m_survey.levels.size(); ++i) {
        if (m_survey.levels[i].value == level)
            return faceForIndex(i, m_survey.levels.size());
    }
    return 0;
}

QString SurveyText::levelLabel(int level) const
{
    for (const SurveyLevel &surveyLevel : m_survey.levels) {
        if (surveyLevel.value == level)
            return localized(surveyLevel.label);
    }
    return {};
}

QVariantList SurveyText::reasonOptions(const QList<SurveyReason> &reasons,
                                       const QStringList &selected) const
{
    QVariantList options;
    for (const SurveyReason &reason : reasons) {
        options.append(QVariantMap{
            {QStringLiteral("code"), reason.code},
            {QStringLiteral("label"), localized(reason.label)},
            {QStringLiteral("icon"), reason.icon},
            {QStringLiteral("selected"), selected.contains(reason.code)},
        });
    }
    return options;
}

QString SurveyText::fieldName(const QString &code) const
{
    const ServiceField *field = m_survey.field(code);
    return field ? localized(field->name) : code;
}

} // namespace hailong
