#pragma once

#include "storage/Storage.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <functional>
#include <optional>

namespace hailong {

// Who may sign in, and how often anyone may try: the one set of rules for staff passwords,
// shared by the dashboard's login and the command line.
// - A password check (scrypt, about 0.4 s of CPU) runs on a small pool of worker threads, never
//   on the thread that serves every connection, with at most maxWaiting checks queued; beyond
//   that a login is refused at once ("busy") instead of queueing without end.
// - An address with maxFailuresPerAddress failed logins in the last throttleSeconds, whatever
//   the names, is refused without a check ("rate-limited") until they age out.
// - An account is locked for one address after maxFailuresPerAccount failures from that
//   address within lockoutMinutes ("locked"): a wrong password typed elsewhere never locks the
//   right one out.
// - Failures are kept only as long as they count: under the account's name for the lockout,
//   and for a name no account has, without the name, for the throttle's minute.
class StaffLogin : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxFailuresPerAccount = 5;
    static constexpr int lockoutMinutes = 15;
    static constexpr int maxFailuresPerAddress = 10;
    static constexpr int throttleSeconds = 60;
    static constexpr int maxWaiting = 8;
    static constexpr int minPasswordLength = 10;

    explicit StaffLogin(Storage &storage, QObject *parent = nullptr);
    ~StaffLogin() override;

    using Outcome = std::function<void(const Result<UserRecord> &)>;
    // Checks `user`'s password for a login from `address`. `done` runs on this object's thread:
    // at once for a refusal that needs no check, else once the check is done. A success is
    // recorded (last login, audit log); a failure counts towards the throttle and the lockout.
    // Errors: "invalid-credentials" (also for a disabled account), "locked", "rate-limited",
    // "busy", "storage-unavailable".
    void verify(const QString &user, const QString &password, const QString &address, Outcome done);

    // A password an account may be given. Errors: "weak-password".
    static std::optional<ValidationError> checkNewPassword(const QString &password);

private:
    void refuseOrCheck(const QString &user, const QString &password, const QString &address,
                       const Outcome &done);
    void record(const QString &user, const QString &address,
                const std::optional<UserRecord> &account, bool verified, const Outcome &done);

    Storage &m_storage;
    QString m_decoyHash; // checked for unknown names, so timing does not tell them apart
    int m_waiting = 0;   // checks queued or running
    QHash<QString, int> m_waitingByAddress;
    QThreadPool m_checks; // last: destroyed first, waiting for the checks it runs
};

} // namespace hailong
