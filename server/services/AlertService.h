#pragma once

#include "services/CaseService.h"
#include "services/CertificateExpiry.h"
#include "services/IndicatorService.h"
#include "storage/Storage.h"

#include <QJsonArray>

namespace hailong {

// What needs a staff member's attention now (GET /api/v1/alerts), newest first:
//   indicator-below-target  today's rate under target once `minRatings` ratings are in;
//   kiosk-offline           a kiosk not seen for more than 15 minutes (revoked ones never);
//   suspect-burst           a kiosk's ratings flagged suspect today;
//   kiosk-clock-skew        a kiosk whose clock was last measured more than 5 minutes off;
//   certificate-expiry      the server's or the CA's certificate expires within 30 days;
//   case-overdue            a complaint case waiting longer than case_answer_days working days.
class AlertService
{
public:
    static constexpr qint64 offlineMinutes = 15;
    static constexpr qint64 clockSkewToleranceSeconds = 300;
    static constexpr int defaultMinRatings = 30; // serve --alert-min-ratings

    AlertService(Storage &storage, IndicatorService &indicators, CaseService &cases, int minRatings,
                 CertificateExpiry certificates = {});

    // `centre`: that centre's indicators, kiosks and cases; empty, every centre's. The
    // server's certificates concern every centre.
    QJsonArray alerts(const QDateTime &now, const QString &centre = {});
    // Today's ratings an indicator needs before its day's verdict means anything.
    int minRatings() const { return m_minRatings; }

private:
    Storage &m_storage;
    IndicatorService &m_indicators;
    CaseService &m_cases;
    int m_minRatings;
    CertificateExpiry m_certificates;
};

} // namespace hailong
