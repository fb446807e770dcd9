#pragma once

#include "survey/SurveyDefinition.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace hailong {

// A survey's words in one language, shaped as the screens show them. Vietnamese and English
// come from the survey itself; a language pack translates survey texts in its catalogue under
// the context "Survey", with the Vietnamese text as source (untranslated ones stay Vietnamese).
class SurveyText
{
public:
    SurveyText(const SurveyDefinition &survey, QString language);

    QString localized(const LocalizedText &text) const;
    QString question() const;
    // [{value, label, face}], happiest first: the answer most citizens give comes first.
    QVariantList levels() const;
    // The face (1 saddest … 5 happiest) that draws `level`, 0 for no level of the survey.
    int faceOf(int level) const;
    QString levelLabel(int level) const; // empty for no level of the survey
    // [{code, label, icon, selected}] of `reasons`, in their order.
    QVariantList reasonOptions(const QList<SurveyReason> &reasons,
                               const QStringList &selected) const;
    // The service field's name, or the code itself when the survey does not name it.
    QString fieldName(const QString &code) const;

private:
    const SurveyDefinition &m_survey;
    QString m_language;
};

} // namespace hailong
