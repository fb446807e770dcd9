#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace hailong {

// A fault in input, with a stable machine code (the wire's "error") and a human message.
struct ValidationError
{
    QString code;
    QString message;
};

// A value or the reason there is none: errors travel as values inside the domain.
template <typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(ValidationError error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const ValidationError &error() const { return std::get<ValidationError>(m_data); }

private:
    std::variant<T, ValidationError> m_data;
};

} // namespace hailong
