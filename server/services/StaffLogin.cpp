#include "services/StaffLogin.h"

#include "crypto/PasswordHash.h"
#include "crypto/SecretDigest.h"

#include <QThread>

namespace hailong {

namespace {
ValidationError invalidCredentials()
{
    return {QStringLiteral("invalid-credentials"),
            QStringLiteral("Sai tên đăng nhập hoặc mật khẩu / wrong user name or password")};
}

// Half the cores check passwords, at least one: the other half serves connections.
int checkThreads()
{
    return qMax(1, QThread::idealThreadCount() / 2);
}
} // namespace

StaffLogin::StaffLogin(Storage &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_decoyHash(PasswordHash::hash(RandomToken::generate()))
{
    m_checks.setMaxThreadCount(checkThreads());
}

StaffLogin::~StaffLogin()
{
    // Checks not yet started are dropped; their logins are not answered, the server is going.
    m_checks.clear();
    m_checks.waitForDone();
}

std::optional<ValidationError> StaffLogin::checkNewPassword(const QString &password)
{
    if (password.size() >= minPasswordLength)
        return std::nullopt;
    return ValidationError{QStringLiteral("weak-password"),
                           QStringLiteral("Mật khẩu cần ít nhất %1 ký tự / the password needs at "
                                          "least %1 characters")
                               .arg(minPasswordLength)};
}

void StaffLogin::verify(const QString &user, const QString &password, const QString &address,
                        Outcome done)
{
    try {
        refuseOrCheck(user, password, address, done);
    } catch (const StorageError &fault) {
        qWarning("storage unavailable: %s", fault.what());
        done(ValidationError{QStringLiteral("storage-unavailable"),
                             QStringLiteral("storage is unavailable, try again later")});
    }
}

void StaffLogin::refuseOrCheck(const QString &user, const QString &password, const QString &address,
                               const Outcome &done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Checks still running count as failures to come: an address cannot queue past its share.
    if (m_storage.addressLoginFailuresSince(address, now.addSecs(-throttleSeconds)) +
            m_waitingByAddress.value(address) >=
        maxFailuresPerAddress) {
        done(ValidationError{QStringLiteral("rate-limited"),
                             QStringLiteral("Đăng nhập sai quá nhiều lần từ máy này, thử lại sau "
                                            "một phút / too many failed logins from this "
                                            "address, try again in a minute")});
        return;
    }
    if (m_storage.loginFailuresSince(user, address, now.addSecs(-lockoutMinutes * 60)) >=
        maxFailuresPerAccount) {
        done(
            ValidationError{QStringLiteral("locked"),
                            QStringLiteral("Tài khoản tạm khoá trên máy này do đăng nhập sai nhiều "
                                           "lần / account locked from this address after "
                                           "repeated failures")});
        return;
    }
    if (m_waiting >= maxWaiting) {
        done(ValidationError{QStringLiteral("busy"),
                             QStringLiteral("Máy chủ đang bận, thử lại sau / the server is busy, "
                                            "try again shortly")});
        return;
    }
    const std::optional<UserRecord> account = m_storage.user(user);
    const QString hash = account ? account->passwordHash : m_decoyHash;
    ++m_waiting;
    ++m_waitingByAddress[address];
    m_checks.start([this, user, password, hash, address, account, done] {
        const bool verified = PasswordHash::verify(password, hash);
        QMetaObject::invokeMethod(
            this,
            [this, user, address, account, verified, done] {
                --m_waiting;
                if (--m_waitingByAddress[address] <= 0)
                    m_waitingByAddress.remove(address);
                try {
                    record(user, address, account, verified, done);
                } catch (const StorageError &fault) {
                    qWarning("storage unavailable: %s", fault.what());
                    done(
                        ValidationError{QStringLiteral("storage-unavailable"),
                                        QStringLiteral("storage is unavailable, try again later")});
                }
            },
            Qt::QueuedConnection);
    });
}

void StaffLogin::record(const QString &user, const QString &address,
                        const std::optional<UserRecord> &account, bool verified,
                        const Outcome &done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (account && verified && !account->disabled) {
        m_storage.clearLoginFailures(account->name, address);
        m_storage.recordLogin(account->name, now);
        m_storage.audit(QStringLiteral("login"), account->name, QString(), address);
        done(*account);
        return;
    }
    // A name no account has is not kept: it counts for the address only.
    m_storage.recordLoginFailure(account ? account->name : QString(), address, now);
    m_storage.pruneLoginFailures(now.addSecs(-lockoutMinutes * 60), now.addSecs(-throttleSeconds));
    m_storage.audit(QStringLiteral("login-failed"), user, QString(), address);
    done(invalidCredentials());
}

} // namespace hailong
