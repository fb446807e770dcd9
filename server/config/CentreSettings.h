#pragma once

#include "config/DataDirectory.h"
#include "config/SmtpSettings.h"

#include <QString>

namespace hailong {

// The deployment settings an operator may put in DIR/centre.json besides the commune's name:
//   "public_url": the address kiosks reach the server at (e.g. "https://hailong.xa.local:8443");
//   "comment_retention_months": how long citizens' comments are kept (default 24);
//   "link_days": how long a dossier's rating link works after the server first received the
//   dossier (default 30);
//   "case_answer_days": the working days a complaint case may wait for its answer before it is
//   overdue (default 5);
//   "smtp": the relay staff e-mail notifications go through (SmtpSettings); none: no mail.
class CentreSettings
{
public:
    static constexpr int defaultCommentRetentionMonths = 24;
    static constexpr int defaultLinkDays = 30;
    static constexpr int defaultCaseAnswerDays = 5;

    static CentreSettings read(const DataDirectory &data);

    // Empty when centre.json does not set it.
    QString publicUrl() const { return m_publicUrl; }
    // At least 1; the default when absent or not a positive whole number.
    int commentRetentionMonths() const { return m_commentRetentionMonths; }

    // At least 1; the default when absent or not a positive whole number.
    int linkDays() const { return m_linkDays; }

    // At least 1; the default when absent or not a positive whole number.
    int caseAnswerDays() const { return m_caseAnswerDays; }

    // Nothing when centre.json has no usable "smtp" block; smtpProblem() then says what is
    // wrong with the block, or is empty when there is none.
    const std::optional<SmtpSettings> &smtp() const { return m_smtp; }
    QString smtpProblem() const { return m_smtpProblem; }

private:
    QString m_publicUrl;
    int m_commentRetentionMonths = defaultCommentRetentionMonths;
    int m_linkDays = defaultLinkDays;
    int m_caseAnswerDays = defaultCaseAnswerDays;
    std::optional<SmtpSettings> m_smtp;
    QString m_smtpProblem;
};

} // namespace hailong
