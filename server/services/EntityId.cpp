#include "services/EntityId.h"

namespace hailong {

namespace {
constexpr int maxLength = 64;

bool isPlainId(const QString &id, bool upperCaseAllowed)
{
    if (id.isEmpty() || id.size() > maxLength)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool letterOrDigit = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
                                   (upperCaseAllowed && c >= u'A' && c <= u'Z');
        if (!letterOrDigit && (i == 0 || (c != u'.' && c != u'_' && c != u'-')))
            return false;
    }
    return true;
}

ValidationError invalidId(const QString &what, const QString &id, bool upperCase)
{
    return {QStringLiteral("invalid-id"),
            QStringLiteral("Mã \"%1\" không hợp lệ: chỉ gồm %2, chữ số và . _ -, bắt đầu bằng chữ "
                           "hoặc số, tối đa 64 ký tự / the %3 id \"%1\" is not valid: use %4, "
                           "digits and . _ -, starting with a letter or digit, at most 64 "
                           "characters")
                .arg(id.left(maxLength + 1),
                     upperCase ? QStringLiteral("chữ cái không dấu")
                               : QStringLiteral("chữ thường không dấu"),
                     what,
                     upperCase ? QStringLiteral("letters a–z and A–Z")
                               : QStringLiteral("lower-case letters a–z"))};
}
} // namespace

std::optional<ValidationError> EntityId::checkUnitOrKiosk(const QString &id, const QString &what)
{
    if (isPlainId(id, false))
        return std::nullopt;
    return invalidId(what, id, false);
}

std::optional<ValidationError> EntityId::checkUserName(const QString &name)
{
    if (isPlainId(name, true))
        return std::nullopt;
    return invalidId(QStringLiteral("user"), name, true);
}

std::optional<ValidationError> EntityId::checkStaffCode(const QString &code)
{
    if (isPlainId(code, true))
        return std::nullopt;
    return invalidId(QStringLiteral("staff"), code, true);
}

} // namespace hailong
