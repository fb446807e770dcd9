#pragma once

#include <QStringList>

namespace hailong {

// `serve --data DIR [--listen HOST:PORT] [--db URL] [--kiosk-rate-limit N] [--link-rate-limit N]
// [--mutual-tls]`. With --mutual-tls, ratings, survey and prompt requests need the client
// certificate issued with the kiosk (`kiosk add --client-cert`) as well as its token; staff and
// /healthz do not. The certificates are read at start: after `cert renew`, restart the server to
// serve the new one. Old comments are purged at start and daily (centre.json
// "comment_retention_months").
class ServeCommand
{
public:
    // `arguments` follow the command words; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace hailong
