#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace mc {

// An error a person can act on: `message` says what went wrong and what to do,
// `detail` carries the technical cause (server body, errno text) for a details pane.
struct Error
{
    QString message;
    QString detail;

    bool operator==(const Error &) const = default;
};

// A value or an Error. Errors are values in this code base: nothing throws
// across the event loop.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<T>(m_data); }
    [[nodiscard]] T &value() & { return std::get<T>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<Error>(m_data); }

    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that yields nothing but success or an error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { }

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace mc

Q_DECLARE_METATYPE(mc::Error)
