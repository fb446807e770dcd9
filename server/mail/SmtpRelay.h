#pragma once

#include "config/SmtpSettings.h"

#include <QByteArray>
#include <QString>
#include <atomic>

namespace hailong {

// Hands one message to the centre's relay with libcurl: STARTTLS is required (a relay that
// does not offer it gets nothing, not even the sender's address, in clear) and its certificate
// must verify against `ca_file` or the system's CAs. Blocking: runs on MailQueue's thread.
class SmtpRelay
{
public:
    explicit SmtpRelay(SmtpSettings settings);

    // Empty when the relay accepted the message, else what went wrong (curl's words).
    // `cancel` set aborts a transfer under way.
    QString send(const QString &to, const QByteArray &message,
                 const std::atomic_bool &cancel) const;

    const SmtpSettings &settings() const { return m_settings; }

private:
    SmtpSettings m_settings;
};

} // namespace hailong
