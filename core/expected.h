// Expected<T>: the value of an operation that can fail in an expected way (a bad PDF, a missing
// field), or the Error saying why. Expected failures travel as values; asserts are kept for
// programmer errors and exceptions are converted to Errors at the process boundaries only.
// (std::expected is C++23 and clang 14, used for the fuzzers, cannot compile libstdc++'s.)
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

#include "core/error_codes.h"

namespace cc {

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;  // human sentence with context, e.g. "page 3 of tor.pdf: exceeded 60 s"

  // Returns a copy whose message is prefixed with where it happened.
  Error within(const std::string& where) const { return {code, where + ": " + message}; }
};

inline Error make_error(ErrorCode code, std::string message) { return Error{code, std::move(message)}; }

template <class T>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : state_(std::move(value)) {}            // NOLINT: implicit by design
  Expected(Error error) : state_(std::move(error)) {}        // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<T>(state_); }
  const T& value() const& { assert(ok()); return std::get<T>(state_); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { assert(!ok()); return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

// Expected<void>: success carries nothing.
struct Ok {};
using Status = Expected<Ok>;
inline Status ok_status() { return Ok{}; }

}  // namespace cc
