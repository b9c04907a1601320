// Errors as values: every fallible core function returns R<T> or Status, which the compiler makes callers check.
#pragma once
#include <type_traits>
#include <utility>

#include "objects/value.h"

namespace pyco {

// Returned (as `return Raised{};`) by a function that raised a Python exception; the exception object itself
// waits in Interpreter::exc until a handler takes it. No C++ exceptions, no longjmp: the error travels up as a
// return value, so destructors always run.
struct Raised {};

// R<T>: a T, or "raised". T is usually Value or an object pointer; R<bool> and R<int64_t> carry plain results.
// A successful R<Value> may hold the null Value where a function documents it (iter_next: "exhausted").
template <class T> class [[nodiscard]] R {
public:
    R(T v) : v_(v), ok_(true) {}
    R(Raised) : v_(), ok_(false) {}
    template <class U>
    R(U* p)
        requires(std::is_pointer_v<T> && std::is_convertible_v<U*, T>)
        : v_(p), ok_(true) {}
    bool failed() const { return !ok_; }
    T take() const { return v_; }

private:
    T v_;
    bool ok_;
};

// Status: success or "raised", for functions with nothing else to return.
class [[nodiscard]] Status {
public:
    Status() : ok_(true) {}
    Status(Raised) : ok_(false) {}
    static Status ok() { return Status(); }
    bool failed() const { return !ok_; }
    void take() const {}

private:
    bool ok_;
};

}  // namespace pyco

// TRY(expr): evaluate a fallible expression; on failure return Raised from the enclosing function, otherwise
// yield the value. (A GNU statement expression; both g++ and clang support it, and it keeps call sites short.)
#define TRY(expr)                                              \
    ({                                                         \
        auto&& pyco_try_result_ = (expr);                      \
        if (pyco_try_result_.failed()) return ::pyco::Raised{}; \
        pyco_try_result_.take();                               \
    })
