#pragma once
// Errors as values at module boundaries: a small stand-in for C++23 std::expected.

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace parcours {

// What went wrong, in the categories the command-line tool maps to exit codes.
enum class ErrorKind {
    Usage,     // the caller asked for something meaningless (bad option, bad value)
    BadInput,  // a file or text given to us is malformed
    Storage,   // the database or the file system failed
    NotFound,  // a named thing does not exist
};

struct Error {
    ErrorKind kind = ErrorKind::BadInput;
    std::string message;  // says what and where, for a person
};

inline Error usageError(std::string message) {
    return {ErrorKind::Usage, std::move(message)};
}
inline Error badInput(std::string message) {
    return {ErrorKind::BadInput, std::move(message)};
}
inline Error storageError(std::string message) {
    return {ErrorKind::Storage, std::move(message)};
}
inline Error notFound(std::string message) {
    return {ErrorKind::NotFound, std::move(message)};
}

template <class T>
class [[nodiscard]] Result {
  public:
    Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
    Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & {
        assert(ok());
        return std::get<0>(state_);
    }
    const T& value() const& {
        assert(ok());
        return std::get<0>(state_);
    }
    T&& value() && {
        assert(ok());
        return std::get<0>(std::move(state_));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const {
        assert(!ok());
        return std::get<1>(state_);
    }

  private:
    std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
  public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT

    [[nodiscard]] bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const {
        assert(failed_);
        return error_;
    }

  private:
    Error error_;
    bool failed_ = false;
};

}  // namespace parcours
