#pragma once

#include "Result.h"

#include <QString>

namespace hailong {

// Where a PostgreSQL database is, from a --db URL:
//   postgresql://user:password@host:port/dbname
//   postgresql://user@/dbname?host=/run/postgresql     (a Unix socket folder)
//   postgres://… is the same. Query parameters port, user, password, sslmode, sslrootcert,
//   connect_timeout and application_name are passed on to libpq; percent-encoding is decoded.
struct PostgresAddress
{
    QString host; // a host name, an address, or a socket folder (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString options; // libpq options, "key=value;key=value"

    static bool isPostgresUrl(const QString &url);
    // Errors: "invalid-db-url".
    static Result<PostgresAddress> parse(const QString &url);
    // The URL without its password, for messages.
    QString display() const;
};

} // namespace hailong
