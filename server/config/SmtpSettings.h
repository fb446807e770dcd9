#pragma once

#include <QJsonValue>
#include <QString>
#include <QTime>
#include <optional>

namespace hailong {

// centre.json's "smtp" block, the relay staff notifications go through:
//   {"url": "smtp://relay.xa.gov.vn:587", "from": "hailong@xa.gov.vn", "user": "…",
//    "password": "…", "ca_file": "/etc/ssl/relay-ca.pem", "digest_at": "17:30"}
// `url` (smtp:// with STARTTLS, or smtps://) and `from` are required; `user`/`password` only
// when the relay asks for a login; `ca_file` replaces the system's trusted CAs; `digest_at` is
// when, in the centre's time (UTC+7), the day's digest goes out (default 17:30, after closing).
struct SmtpSettings
{
    QString url;
    QString from;
    QString user;
    QString password;
    QString caFile;
    QTime digestAt = QTime(17, 30);

    // Nothing with `problem` empty when there is no block (notifications are off); nothing
    // with `problem` saying what is wrong with a block that cannot be used.
    static std::optional<SmtpSettings> fromJson(const QJsonValue &block, QString *problem);
};

} // namespace hailong
