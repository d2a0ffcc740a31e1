#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

namespace lotsen {

// Why an operation failed: a message for the user, in the UI language, and, for forms, the field it concerns.
// Never carries SQL errors or personal data; those go (without personal data) to a logging category.
struct Error
{
    QString message;
    QString field; // empty when the failure concerns no single field
};

// The one way models/ reports success or failure: the value, or an Error. [[nodiscard]], so that a caller
// cannot ignore a failed write or a failed read (a failed read is an error, never an empty list).
//     Result<qint64> r = repository.save(x);
//     if (!r) { showError(r.message()); return; }
//     use(*r);
template<typename T> struct IsOptional : std::false_type
{
};
template<typename T> struct IsOptional<std::optional<T>> : std::true_type
{
};

template<typename T = void> class [[nodiscard]] Result
{
public:
    Result(const T& value) : m_value(value) { }
    Result(T&& value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    // Not for Result<bool> and Result<std::optional<…>>: there `if (!r)` would read as "false" or "not found"
    // while it means "the read failed". Those say r.ok() and look at the value.
    explicit operator bool() const requires(!std::is_same_v<T, bool> && !IsOptional<T>::value) { return ok(); }

    // Only on success (asserts otherwise).
    const T& value() const&
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T& value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    // By value, so that `for (x : read().value())` does not refer into a destroyed temporary.
    T value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    T valueOr(T fallback) const { return ok() ? *m_value : std::move(fallback); }

    // Only on failure: the user-facing message and the field it concerns.
    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }
    const QString& field() const { return m_error.field; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }
    const QString& field() const { return m_error.field; }

private:
    bool m_failed = false;
    Error m_error;
};

// Shorthands: `return fail(tr("…"));`, `return fail(tr("…"), QStringLiteral("email"));`, `return success();`.
inline Error fail(QString message, QString field = {})
{
    return Error { std::move(message), std::move(field) };
}
inline Result<void> success()
{
    return {};
}

// The item a write refers to: the value of a by-id read, or an Error, the read's own or `missing` when no row has
// that id.
//     const Result<Consent> stored = required(consent(id), tr("This consent no longer exists."));
//     if (!stored) { return stored.error(); }
template<typename T> Result<T> required(Result<std::optional<T>> read, const QString& missing)
{
    if (!read.ok()) {
        return read.error();
    }
    if (!read.value()) {
        return fail(missing);
    }
    return *std::move(read).value();
}

} // namespace lotsen
