#pragma once

#include "Result.h"

#include <QStringList>

namespace hailong {

// The names a server certificate is issued for: DNS names and IP addresses. Kiosks reach the
// server by whatever the enrolment line said, so `init --host` and `cert renew --host` add the
// centre's LAN address or local name to the defaults (localhost, the machine's name, loopback).
struct ServerNames
{
    QStringList dnsNames;
    QStringList ipAddresses;

    // Adds each `--host` value: an IPv4 or IPv6 address, or a DNS name (letters, digits and
    // hyphens in dot-separated labels of at most 63, 253 in all). Error: "bad-host".
    Result<bool> add(const QStringList &hosts);
};

} // namespace hailong
