#include "http/EnrolmentAnswer.h"

#include "http/EnrolmentQr.h"

#include <QJsonArray>

namespace hailong {

void EnrolmentAnswer::add(QJsonObject &answer, const EnrolmentCommand &enrolment,
                          const QString &token)
{
    if (enrolment.isEmpty())
        return;
    const QString command = enrolment.forToken(token);
    answer.insert(QStringLiteral("enrol_command"), command);
    answer.insert(QStringLiteral("server_url"), enrolment.serverUrl());
    answer.insert(QStringLiteral("certificate_addresses"),
                  QJsonArray::fromStringList(enrolment.certificateAddresses()));
    // Only an unusually long public_url overflows a QR code; the line to copy is still there.
    const Result<QByteArray> qr = EnrolmentQr::svg(command);
    if (qr)
        answer.insert(QStringLiteral("enrol_qr_svg"), QString::fromUtf8(qr.value()));
}

} // namespace hailong
