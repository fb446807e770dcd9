#pragma once

#include "ReportLanguage.h"

#include <QJsonObject>
#include <QString>

namespace hailong {

// Who issues the report and signs it, as the heading and signature block of an administrative
// document (Nghị định 30/2020/NĐ-CP) print them. From centre.json's "report" object:
//   {"report": {"superior": "UBND xã Tân Hòa", "body": "Trung tâm Phục vụ hành chính công",
//               "body_code": "TTPVHCC", "place": "Tân Hòa", "signer_title": "Giám đốc",
//               "signer_name": "Nguyễn Văn A"}}
// Every key may be left out: the commune's name gives the rest.
struct ReportIssuer
{
    QString superior;    // cơ quan chủ quản, e.g. "UBND xã Tân Hòa"
    QString body;        // the issuing body, e.g. "Trung tâm Phục vụ hành chính công"
    QString bodyCode;    // its abbreviation in "Số: …/BC-TTPVHCC"
    QString place;       // the place of the date line, e.g. "Tân Hòa"
    QString signerTitle; // e.g. "Giám đốc"
    QString signerName;  // empty: written by hand under the signature

    // centre.json's whole object; `communeName` as the centre calls itself ("Xã Tân Hòa").
    // What centre.json leaves out is worded in `language` (an English report's defaults are
    // "Public Administrative Service Centre", "Director", …).
    static ReportIssuer fromCentre(const QJsonObject &centre, const QString &communeName,
                                   ReportLanguage language);
};

} // namespace hailong
