// The builtins module: the built-in functions, and the names of the built-in types and exceptions.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "compile/compile.h"
#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/port.h"
#include "vm/vm.h"

namespace pyco {

namespace {

// ---- argument checking in CPython's several styles ---------------------------------------------------------------

uint32_t kw_count(Args args) { return args.kwnames ? args.nkw() : 0; }

Status no_keywords(Interpreter& vm, Args args, const char* fname) {
    if (kw_count(args)) return raise(vm, vm.e_TypeError, "%s() takes no keyword arguments", fname);
    return Status::ok();
}

// METH_O functions: "len() takes exactly one argument (2 given)".
Status one_argument(Interpreter& vm, Args args, const char* fname) {
    TRY(no_keywords(vm, args, fname));
    if (args.n != 1) return raise(vm, vm.e_TypeError, "%s() takes exactly one argument (%u given)", fname, args.n);
    return Status::ok();
}

Status no_arguments(Interpreter& vm, Args args, const char* fname) {
    TRY(no_keywords(vm, args, fname));
    if (args.n != 0) return raise(vm, vm.e_TypeError, "%s() takes no arguments (%u given)", fname, args.n);
    return Status::ok();
}

// Functions that unpack a positional tuple: "divmod expected 2 arguments, got 1".
Status positional_count(Interpreter& vm, Args args, const char* fname, uint32_t min, uint32_t max) {
    TRY(no_keywords(vm, args, fname));
    if (args.n >= min && args.n <= max) return Status::ok();
    uint32_t bound = args.n < min ? min : max;
    const char* qualifier = min == max ? "" : args.n < min ? "at least " : "at most ";
    return raise(vm, vm.e_TypeError, "%s expected %s%u argument%s, got %u", fname, qualifier, bound,
                 bound == 1 ? "" : "s", args.n);
}

// Keyword-only parameters of a function that also takes *args; out[i] receives names[i] (null if absent).
Status keyword_only(Interpreter& vm, Args args, const char* fname, std::initializer_list<const char*> names,
                    Value* out) {
    uint32_t nkw = kw_count(args);
    for (uint32_t k = 0; k < nkw; k++) {
        Str* given = as_str(args.kwnames->items[k]);
        uint32_t i = 0;
        bool found = false;
        for (const char* name : names) {
            if (given->view() == name) {
                out[i] = args.v[args.n + k];
                found = true;
                break;
            }
            i++;
        }
        if (!found) return raise(vm, vm.e_TypeError, "'%s' is an invalid keyword argument for %s()", given->data, fname);
    }
    return Status::ok();
}

inline bool given(Value v) { return !v.is_null() && !v.is_none(); }

bool is_exact_int(Interpreter& vm, Value v) { return v.is_int() || v.is_bool() || (v.is_obj() && v.as_obj()->type == vm.t_int_); }
bool is_exact_float(Interpreter& vm, Value v) { return v.is_obj() && v.as_obj()->type == vm.t_float_; }

R<Str*> attribute_name(Interpreter& vm, Value v) {
    if (!isinstance(vm, v, vm.t_str)) {
        return raise(vm, vm.e_TypeError, "attribute name must be string, not '%s'", type_name(vm, v));
    }
    Str* s = as_str(v);
    if (s->interned) return s;
    return intern(vm, s->view());
}

// Source text of exec/eval/compile: str, bytes or bytearray.
bool source_text(Value v, std::string_view* out) {
    if (is_kind(v, Kind::Str)) {
        *out = as_str(v)->view();
    } else if (is_kind(v, Kind::Bytes)) {
        *out = as_bytes(v)->view();
    } else if (is_kind(v, Kind::ByteArray)) {
        auto* b = static_cast<ByteArray*>(v.as_obj());
        *out = std::string_view(reinterpret_cast<const char*>(b->data), b->size);
    } else {
        return false;
    }
    return true;
}

// ---- output --------------------------------------------------------------------------------------------------------

Value sys_attribute(Interpreter& vm, Str* name) {
    if (!vm.sys_module || !vm.sys_module->dict) return Value();
    return dict_get_str(vm.sys_module->dict, name);
}

// The original console streams write straight to the port; anything else gets its write method called.
bool console_output_fd(Interpreter& vm, Value file, int* fd) {
    if (!is_kind(file, Kind::File) || file.as_obj()->type != vm.t_text_file) return false;
    auto* f = static_cast<File*>(file.as_obj());
    if (f->owns_fd || (f->fd != 1 && f->fd != 2)) return false;
    *fd = f->fd;
    return true;
}

Status write_text(Interpreter& vm, Value file, std::string_view text) {
    int fd;
    if (console_output_fd(vm, file, &fd)) {
        vm.port.write_console(fd, text);
        return Status::ok();
    }
    Value write = TRY(getattr(vm, file, vm.n_write));
    Str* s = TRY(new_str(vm, text));
    TRY(call1(vm, write, val(s)));
    return Status::ok();
}

Status flush_file(Interpreter& vm, Value file) {
    int fd;
    if (console_output_fd(vm, file, &fd)) {
        vm.port.flush_console();
        return Status::ok();
    }
    Value flush = TRY(getattr(vm, file, vm.n_flush));
    TRY(call0(vm, flush));
    return Status::ok();
}

R<Value> builtin_print(Interpreter& vm, Args args) {
    Value kw[4] = {};  // sep, end, file, flush
    TRY(keyword_only(vm, args, "print", {"sep", "end", "file", "flush"}, kw));
    Value file = kw[2];
    if (!given(file)) {
        file = sys_attribute(vm, vm.n_stdout_);
        if (file.is_null()) return raise(vm, vm.e_RuntimeError, "lost sys.stdout");
        if (file.is_none()) return Value::none();
    }
    std::string_view sep = " ", end = "\n";
    if (given(kw[0])) {
        if (!isinstance(vm, kw[0], vm.t_str)) {
            return raise(vm, vm.e_TypeError, "sep must be None or a string, not %s", type_name(vm, kw[0]));
        }
        sep = as_str(kw[0])->view();
    }
    if (given(kw[1])) {
        if (!isinstance(vm, kw[1], vm.t_str)) {
            return raise(vm, vm.e_TypeError, "end must be None or a string, not %s", type_name(vm, kw[1]));
        }
        end = as_str(kw[1])->view();
    }
    if (!is_kind(file, Kind::File)) {
        // Any other file object (io.StringIO, a user class) sees CPython's calls: one write per argument,
        // separator and end.
        for (uint32_t i = 0; i < args.n; i++) {
            if (i) TRY(write_text(vm, file, sep));
            Str* s = TRY(to_str(vm, args.v[i]));
            TRY(write_text(vm, file, s->view()));
        }
        TRY(write_text(vm, file, end));
        if (!kw[3].is_null() && TRY(truthy(vm, kw[3]))) TRY(flush_file(vm, file));
        return Value::none();
    }
    // One write per call to a built-in file: the line is assembled first (sep/end views stay valid: their strings
    // are arguments).
    std::string line;
    for (uint32_t i = 0; i < args.n; i++) {
        if (i) line.append(sep);
        Value v = args.v[i];
        if (is_kind(v, Kind::Str) && v.as_obj()->type == vm.t_str) {
            line.append(as_str(v)->view());
        } else {
            Str* s = TRY(to_str(vm, v));
            line.append(s->view());
        }
    }
    line.append(end);
    TRY(write_text(vm, file, line));
    if (!kw[3].is_null() && TRY(truthy(vm, kw[3]))) TRY(flush_file(vm, file));
    return Value::none();
}

R<Value> builtin_input(Interpreter& vm, Args args) {
    TRY(positional_count(vm, args, "input", 0, 1));
    Value out = sys_attribute(vm, vm.n_stdout_);
    if (args.n == 1) {
        Str* prompt = TRY(to_str(vm, args.v[0]));
        TRY(write_stdout(vm, prompt->view()));
    }
    if (given(out)) TRY(flush_file(vm, out));
    Value in = sys_attribute(vm, vm.n_stdin_);
    std::string_view line;
    Str* read = nullptr;
    if (in.is_null()) {
        std::string text;
        if (!vm.port.read_line(&text)) return raise(vm, vm.e_EOFError, "EOF when reading a line");
        read = TRY(new_str(vm, text));
    } else {
        if (in.is_none()) return raise(vm, vm.e_RuntimeError, "input(): lost sys.stdin");
        Value readline = TRY(getattr(vm, in, vm.n_readline));
        Value r = TRY(call0(vm, readline));
        if (!isinstance(vm, r, vm.t_str)) return raise(vm, vm.e_TypeError, "object.readline() returned non-string");
        read = as_str(r);
    }
    line = read->view();
    if (line.empty()) return raise(vm, vm.e_EOFError, "EOF when reading a line");
    if (line.back() != '\n') return val(read);
    line.remove_suffix(1);
    return val(TRY(new_str(vm, line)));
}

// ---- simple queries ------------------------------------------------------------------------------------------------

R<Value> builtin_len(Interpreter& vm, Args args) {
    TRY(one_argument(vm, args, "len"));
    return make_int(vm, TRY(length(vm, args.v[0])));
}

R<Value> builtin_repr(Interpreter& vm, Args args) {
    TRY(one_argument(vm, args, "repr"));
    return val(TRY(repr(vm, args.v[0])));
}

R<Value> builtin_ascii(Interpreter& vm, Args args) {
    TRY(one_argument(vm, args, "ascii"));
    return builtin_ascii_value(vm, args.v[0]);
}

R<Value> builtin_hash(Interpreter& vm, Args args) {
    TRY(one_argument(vm, args, "hash"));
    return make_int(vm, TRY(hash_value(vm, args.v[0])));
}

// Every Value's bits are unique among live values (objects are 8-aligned, small ints odd, constants distinct),
// so they serve as the id.
R<Value> builtin_id(Interpreter& vm, Args args) {
    TRY(one_argument(vm, args, "id"));
    uint64_t bits = args.v[0].bits();
    if (bits <= static_cast<uint64_t>(INT64_MAX)) return make_int(vm, static_cast<int64_t>(bits));
    return int_parse(vm, std::to_string(bits), 10);
}

bool is_callable(Interpreter& vm, Value v) {
    switch (type_of(vm, v)->kind) {
        case Kind::Function:
        case Kind::NativeFunction:
        case Kind::BoundMethod:
        case Kind::Type:
            return true;
        default:
            return !type_lookup(type_of(vm, v), vm.n___call__).is_null();
    }
}

R<Value> builtin_callable(Interpreter& vm, Args args) {
    TRY(one_argument(vm, args, "callable"));
    return Value::boolean(is_callable(vm, args.v[0]));
}

R<Value> builtin_all(Interpreter& vm, Args args) {
    TRY(one_argument(vm, args, "all"));
    Value it = TRY(get_iter(vm, args.v[0]));
    for (;;) {
        Value item = TRY(iter_next(vm, it));
        if (item.is_null()) return Value::boolean(true);
        if (!TRY(truthy(vm, item))) return Value::boolean(false);
    }
}

R<Value> builtin_any(Interpreter& vm, Args args) {
    TRY(one_argument(vm, args, "any"));
    Value it = TRY(get_iter(vm, args.v[0]));
    for (;;) {
        Value item = TRY(iter_next(vm, it));
        if (item.is_null()) return Value::boolean(false);
        if (TRY(truthy(vm, item))) return Value::boolean(true);
    }
}

// ---- numbers -------------------------------------------------------------------------------------------------------

R<Value> builtin_abs(Interpreter& vm, Args args) {
    TRY(one_argument(vm, args, "abs"));
    Value v = args.v[0];
    if (is_exact_int(vm, v)) return int_abs(vm, int_plain(v));
    if (is_exact_float(vm, v)) return new_float(vm, std::fabs(float_value(v)));
    Value method = TRY(lookup_special(vm, v, vm.n___abs__));
    if (method.is_null()) return raise(vm, vm.e_TypeError, "bad operand type for abs(): '%s'", type_name(vm, v));
    return call0(vm, method);
}

R<Value> builtin_round(Interpreter& vm, Args args) {
    Value a[2] = {};
    TRY(parse_args(vm, args, "round", {"number", "ndigits"}, 1, 0, a));
    if (!given(a[1])) {
        if (is_exact_int(vm, a[0])) return int_plain(a[0]);
        if (is_exact_float(vm, a[0])) return int_from_double(vm, std::nearbyint(float_value(a[0])));  // half to even
    }
    Value method = TRY(lookup_special(vm, a[0], vm.n___round__));
    if (method.is_null()) {
        return raise(vm, vm.e_TypeError, "type %s doesn't define __round__ method", type_name(vm, a[0]));
    }
    if (!given(a[1])) return call0(vm, method);
    return call1(vm, method, a[1]);
}

// Binary dunder dispatch for operations without an operator (divmod): the reflected method of a subclass first.
R<Value> call_binary_dunder(Interpreter& vm, Value a, Value b, Str* name, Str* rname) {
    Type* ta = type_of(vm, a);
    Type* tb = type_of(vm, b);
    bool try_reflected = ta != tb && !type_lookup(tb, rname).is_null();
    bool found = false;
    if (try_reflected && is_subtype(tb, ta) && type_lookup(tb, rname) != type_lookup(ta, rname)) {
        Value r = TRY(call_method(vm, b, rname, &a, 1, &found));
        if (found && r != vm.not_implemented) return r;
        try_reflected = false;
    }
    Value r = TRY(call_method(vm, a, name, &b, 1, &found));
    if (found && r != vm.not_implemented) return r;
    if (try_reflected) {
        r = TRY(call_method(vm, b, rname, &a, 1, &found));
        if (found && r != vm.not_implemented) return r;
    }
    return Value();
}

R<Value> builtin_divmod(Interpreter& vm, Args args) {
    TRY(positional_count(vm, args, "divmod", 2, 2));
    Value a = args.v[0], b = args.v[1];
    Str* name = TRY(intern(vm, "__divmod__"));
    Str* rname = TRY(intern(vm, "__rdivmod__"));
    Value r = TRY(call_binary_dunder(vm, a, b, name, rname));
    if (r.is_null()) {
        return raise(vm, vm.e_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(vm, a),
                     type_name(vm, b));
    }
    return r;
}

R<Value> builtin_pow(Interpreter& vm, Args args) {
    Value a[3] = {};
    TRY(parse_args(vm, args, "pow", {"base", "exp", "mod"}, 2, 0, a));
    if (!given(a[2])) return binary_op(vm, BinOp::Pow, a[0], a[1]);
    Value rest[2] = {a[1], a[2]};
    bool found = false;
    Value r = TRY(call_method(vm, a[0], vm.binop_dunder[static_cast<int>(BinOp::Pow)], rest, 2, &found));
    if (found && r != vm.not_implemented) return r;
    return raise(vm, vm.e_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                 type_name(vm, a[0]), type_name(vm, a[1]), type_name(vm, a[2]));
}

// hex/oct/bin: the sign goes before the prefix (-0x1f).
R<Value> int_with_prefix(Interpreter& vm, Args args, const char* fname, int base, std::string_view prefix) {
    TRY(one_argument(vm, args, fname));
    Value v = args.v[0];
    if (!is_int_value(v)) {
        Value method = TRY(lookup_special(vm, v, vm.n___index__));
        if (method.is_null()) {
            return raise(vm, vm.e_TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, v));
        }
        Value r = TRY(call0(vm, method));
        if (!is_int_value(r)) {
            return raise(vm, vm.e_TypeError, "__index__ returned non-int (type %s)", type_name(vm, r));
        }
        v = r;
    }
    Str* digits = TRY(int_to_str(vm, int_plain(v), base));
    std::string_view d = digits->view();
    bool negative = !d.empty() && d[0] == '-';
    if (negative) d.remove_prefix(1);
    std::string text = negative ? "-" : "";
    if (d.substr(0, prefix.size()) != prefix) text.append(prefix);
    text.append(d);
    return val(TRY(new_str(vm, text)));
}

R<Value> builtin_hex(Interpreter& vm, Args args) { return int_with_prefix(vm, args, "hex", 16, "0x"); }
R<Value> builtin_oct(Interpreter& vm, Args args) { return int_with_prefix(vm, args, "oct", 8, "0o"); }
R<Value> builtin_bin(Interpreter& vm, Args args) { return int_with_prefix(vm, args, "bin", 2, "0b"); }

R<Value> builtin_chr(Interpreter& vm, Args args) {
    TRY(one_argument(vm, args, "chr"));
    int64_t cp = TRY(index_value(vm, args.v[0]));
    if (cp < 0 || cp > 0x10ffff) return raise(vm, vm.e_ValueError, "chr() arg not in range(0x110000)");
    return val(TRY(str_from_codepoint(vm, static_cast<uint32_t>(cp))));
}

R<Value> builtin_ord(Interpreter& vm, Args args) {
    TRY(one_argument(vm, args, "ord"));
    Value v = args.v[0];
    size_t size;
    if (is_kind(v, Kind::Str)) {
        Str* s = as_str(v);
        if (s->length == 1) {
            size_t advance = 0;
            return Value::small_int(utf8_decode(s->data, &advance));
        }
        size = s->length;
    } else if (is_kind(v, Kind::Bytes)) {
        if (as_bytes(v)->size == 1) return Value::small_int(as_bytes(v)->data[0]);
        size = as_bytes(v)->size;
    } else if (is_kind(v, Kind::ByteArray)) {
        auto* b = static_cast<ByteArray*>(v.as_obj());
        if (b->size == 1) return Value::small_int(b->data[0]);
        size = b->size;
    } else {
        return raise(vm, vm.e_TypeError, "ord() expected string of length 1, but %s found", type_name(vm, v));
    }
    return raise(vm, vm.e_TypeError, "ord() expected a character, but string of length %zu found", size);
}

// sum(): exact ints are added in a C integer and exact floats in a double until something else turns up
// (CPython 3.11's plain float summation, so results match bit for bit).
R<Value> builtin_sum(Interpreter& vm, Args args) {
    Value a[2] = {};
    TRY(parse_args(vm, args, "sum", {"iterable", "start"}, 1, 1, a));
    Value result = a[1].is_null() ? Value::small_int(0) : a[1];
    if (isinstance(vm, result, vm.t_str)) {
        return raise(vm, vm.e_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (isinstance(vm, result, vm.t_bytes)) {
        return raise(vm, vm.e_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (vm.t_bytearray && isinstance(vm, result, vm.t_bytearray)) {
        return raise(vm, vm.e_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    Value it = TRY(get_iter(vm, a[0]));
    if (result.is_int()) {
        int64_t acc = result.as_int();
        for (;;) {
            Value item = TRY(iter_next(vm, it));
            if (item.is_null()) return make_int(vm, acc);
            if (item.is_int() || item.is_bool()) {
                int64_t x = item.is_int() ? item.as_int() : item.is_true();
                int64_t sum;
                if (!__builtin_add_overflow(acc, x, &sum)) {
                    acc = sum;
                    continue;
                }
            }
            Value partial = TRY(make_int(vm, acc));
            result = TRY(binary_op(vm, BinOp::Add, partial, item));
            break;
        }
    }
    if (is_exact_float(vm, result)) {
        double acc = float_value(result);
        for (;;) {
            Value item = TRY(iter_next(vm, it));
            if (item.is_null()) return new_float(vm, acc);
            if (is_exact_float(vm, item)) {
                acc += float_value(item);
                continue;
            }
            if (item.is_int() || item.is_bool()) {
                acc += static_cast<double>(item.is_int() ? item.as_int() : item.is_true());
                continue;
            }
            Value partial = TRY(new_float(vm, acc));
            result = TRY(binary_op(vm, BinOp::Add, partial, item));
            break;
        }
    }
    for (;;) {
        Value item = TRY(iter_next(vm, it));
        if (item.is_null()) return result;
        result = TRY(binary_op(vm, BinOp::Add, result, item));
    }
}

R<Value> min_max(Interpreter& vm, Args args, bool is_max) {
    const char* fname = is_max ? "max" : "min";
    if (args.n == 0) return raise(vm, vm.e_TypeError, "%s expected at least 1 argument, got 0", fname);
    uint32_t nkw = kw_count(args);
    if (nkw > 2) return raise(vm, vm.e_TypeError, "%s() takes at most 2 keyword arguments (%u given)", fname, nkw);
    Value kw[2] = {};  // key, default
    TRY(keyword_only(vm, args, fname, {"key", "default"}, kw));
    if (args.n > 1 && !kw[1].is_null()) {
        return raise(vm, vm.e_TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
    }
    Value key = given(kw[0]) ? kw[0] : Value();
    Value it = args.n == 1 ? TRY(get_iter(vm, args.v[0])) : Value();
    Value best, best_key;
    for (uint32_t i = 0;; i++) {
        Value item;
        if (it.is_null()) {
            if (i == args.n) break;
            item = args.v[i];
        } else {
            item = TRY(iter_next(vm, it));
            if (item.is_null()) break;
        }
        Value k = key.is_null() ? item : TRY(call1(vm, key, item));
        if (best.is_null()) {
            best = item;
            best_key = k;
            continue;
        }
        bool better;
        if (k.is_int() && best_key.is_int()) {
            better = is_max ? k.as_int() > best_key.as_int() : k.as_int() < best_key.as_int();
        } else if (is_max) {
            Value r = TRY(compare(vm, CmpOp::Gt, k, best_key));
            better = r.is_bool() ? r.is_true() : TRY(truthy(vm, r));
        } else {
            better = TRY(less_than(vm, k, best_key));
        }
        if (better) {
            best = item;
            best_key = k;
        }
    }
    if (!best.is_null()) return best;
    if (!kw[1].is_null()) return kw[1];
    return raise(vm, vm.e_ValueError, "%s() arg is an empty sequence", fname);
}

R<Value> builtin_min(Interpreter& vm, Args args) { return min_max(vm, args, false); }
R<Value> builtin_max(Interpreter& vm, Args args) { return min_max(vm, args, true); }

R<Value> builtin_sorted(Interpreter& vm, Args args) {
    if (args.n != 1) return raise(vm, vm.e_TypeError, "sorted expected 1 argument, got %u", args.n);
    Value kw[2] = {};  // key, reverse
    TRY(keyword_only(vm, args, "sort", {"key", "reverse"}, kw));
    List* l = TRY(list_from_iterable(vm, args.v[0]));
    bool reverse = kw[1].is_null() ? false : TRY(truthy(vm, kw[1]));
    TRY(list_sort(vm, l, given(kw[0]) ? kw[0] : Value(), reverse));
    return val(l);
}

// ---- types ---------------------------------------------------------------------------------------------------------

// A metaclass may override the check (ABCs do); `type`'s own behaviour is the plain subtype test.
R<Value> user_check_hook(Interpreter& vm, Value cls, const char* hook) {
    Type* meta = type_of(vm, cls);
    if (meta == vm.t_type || !(meta->flags & TF_HEAPTYPE)) return Value();
    Str* name = TRY(intern(vm, hook));
    Value method = type_lookup(meta, name);
    if (method.is_null() || is_kind(method, Kind::NativeFunction)) return Value();
    return lookup_special(vm, cls, name);
}

R<bool> instance_check(Interpreter& vm, Value obj, Value cls) {
    if (is_type(cls)) {
        Type* t = static_cast<Type*>(cls.as_obj());
        if (type_of(vm, obj) == t) return true;
        Value hook = TRY(user_check_hook(vm, cls, "__instancecheck__"));
        if (!hook.is_null()) return truthy(vm, TRY(call1(vm, hook, obj)));
        return isinstance(vm, obj, t);
    }
    if (is_kind(cls, Kind::Tuple)) {
        TRY(enter_recursion(vm, " in __instancecheck__"));
        Tuple* t = as_tuple(cls);
        for (uint32_t i = 0; i < t->size; i++) {
            R<bool> r = instance_check(vm, obj, t->items[i]);
            if (r.failed() || r.take()) {
                leave_recursion(vm);
                return r;
            }
        }
        leave_recursion(vm);
        return false;
    }
    if (Tuple* members = TRY(union_members_for_check(vm, cls, "isinstance"))) return instance_check(vm, obj, val(members));
    // Any object whose class defines __instancecheck__ (typing's aliases and special forms).
    Value hook = TRY(user_check_hook(vm, cls, "__instancecheck__"));
    if (!hook.is_null()) return truthy(vm, TRY(call1(vm, hook, obj)));
    return raise(vm, vm.e_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

R<bool> subclass_check(Interpreter& vm, Value derived, Value cls) {
    if (is_kind(cls, Kind::Tuple)) {
        TRY(enter_recursion(vm, " in __subclasscheck__"));
        Tuple* t = as_tuple(cls);
        for (uint32_t i = 0; i < t->size; i++) {
            R<bool> r = subclass_check(vm, derived, t->items[i]);
            if (r.failed() || r.take()) {
                leave_recursion(vm);
                return r;
            }
        }
        leave_recursion(vm);
        return false;
    }
    if (is_type(cls) || cls.is_obj()) {  // a metaclass's hook, or that of any object's class (typing)
        Value hook = TRY(user_check_hook(vm, cls, "__subclasscheck__"));
        if (!hook.is_null()) return truthy(vm, TRY(call1(vm, hook, derived)));
    }
    if (!is_type(cls)) {
        if (Tuple* members = TRY(union_members_for_check(vm, cls, "issubclass"))) return subclass_check(vm, derived, val(members));
    }
    if (!is_type(derived)) return raise(vm, vm.e_TypeError, "issubclass() arg 1 must be a class");
    if (!is_type(cls)) {
        return raise(vm, vm.e_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    return is_subtype(static_cast<Type*>(derived.as_obj()), static_cast<Type*>(cls.as_obj()));
}

R<Value> builtin_isinstance(Interpreter& vm, Args args) {
    TRY(positional_count(vm, args, "isinstance", 2, 2));
    return Value::boolean(TRY(instance_check(vm, args.v[0], args.v[1])));
}

R<Value> builtin_issubclass(Interpreter& vm, Args args) {
    TRY(positional_count(vm, args, "issubclass", 2, 2));
    return Value::boolean(TRY(subclass_check(vm, args.v[0], args.v[1])));
}

// ---- attributes ----------------------------------------------------------------------------------------------------

R<Value> builtin_getattr(Interpreter& vm, Args args) {
    TRY(positional_count(vm, args, "getattr", 2, 3));
    Str* name = TRY(attribute_name(vm, args.v[1]));
    if (args.n == 2) return getattr(vm, args.v[0], name);
    Value v = TRY(getattr_opt(vm, args.v[0], name));
    return v.is_null() ? args.v[2] : v;
}

R<Value> builtin_hasattr(Interpreter& vm, Args args) {
    TRY(positional_count(vm, args, "hasattr", 2, 2));
    Str* name = TRY(attribute_name(vm, args.v[1]));
    Value v = TRY(getattr_opt(vm, args.v[0], name));
    return Value::boolean(!v.is_null());
}

R<Value> builtin_setattr(Interpreter& vm, Args args) {
    TRY(positional_count(vm, args, "setattr", 3, 3));
    Str* name = TRY(attribute_name(vm, args.v[1]));
    TRY(setattr(vm, args.v[0], name, args.v[2]));
    return Value::none();
}

R<Value> builtin_delattr(Interpreter& vm, Args args) {
    TRY(positional_count(vm, args, "delattr", 2, 2));
    Str* name = TRY(attribute_name(vm, args.v[1]));
    TRY(delattr(vm, args.v[0], name));
    return Value::none();
}

// ---- iteration -----------------------------------------------------------------------------------------------------

R<Value> builtin_iter(Interpreter& vm, Args args) {
    TRY(positional_count(vm, args, "iter", 1, 2));
    if (args.n == 1) return get_iter(vm, args.v[0]);
    if (!is_callable(vm, args.v[0])) return raise(vm, vm.e_TypeError, "iter(v, w): v must be callable");
    return val(TRY(new_iter(vm, vm.t_callable_iterator, args.v[0], args.v[1])));
}

R<Value> builtin_next(Interpreter& vm, Args args) {
    TRY(positional_count(vm, args, "next", 1, 2));
    Value it = args.v[0];
    Value fallback = args.n == 2 ? args.v[1] : Value();
    Type* t = type_of(vm, it);
    if (t == vm.t_generator) {
        // Resumed directly so that a return value reaches StopIteration.
        Value ret;
        Value item = TRY(generator_resume(vm, static_cast<Generator*>(it.as_obj()), Value::none(), false, &ret));
        if (!item.is_null()) return item;
        if (!fallback.is_null()) return fallback;
        if (!ret.is_null() && !ret.is_none()) return raise_with_arg(vm, vm.e_StopIteration, ret);
        return raise_value(vm, TRY(new_exception(vm, vm.e_StopIteration, Args{nullptr, 0, nullptr})));
    }
    if (t->kind == Kind::Iter && !(t->flags & (TF_HEAPTYPE | TF_OWN_NEXT))) {
        Value item = TRY(iter_next(vm, it));
        if (!item.is_null()) return item;
        if (!fallback.is_null()) return fallback;
        return raise_value(vm, TRY(new_exception(vm, vm.e_StopIteration, Args{nullptr, 0, nullptr})));
    }
    if (type_lookup(t, vm.n___next__).is_null()) {
        return raise(vm, vm.e_TypeError, "'%s' object is not an iterator", type_name(vm, it));
    }
    bool found = false;
    R<Value> r = call_method(vm, it, vm.n___next__, nullptr, 0, &found);
    if (!r.failed()) return r;
    if (fallback.is_null() || !exception_matches(vm, vm.exc, vm.e_StopIteration)) return Raised{};
    (void)take_exception(vm);
    return fallback;
}

// ---- namespaces ----------------------------------------------------------------------------------------------------

Dict* main_globals(Interpreter& vm) {
    if (is_kind(vm.main_module, Kind::Module)) return static_cast<Module*>(vm.main_module.as_obj())->dict;
    return vm.builtins;
}

Dict* caller_globals(Interpreter& vm) { return vm.frame ? vm.frame->globals : main_globals(vm); }

// The caller's local namespace: the namespace dict of module and class bodies; for functions a snapshot of the
// fast locals and cells (CPython's locals() in a function is a snapshot too).
R<Dict*> caller_locals(Interpreter& vm) {
    Frame* f = vm.frame;
    if (!f) return main_globals(vm);
    if (f->locals) return f->locals;
    Dict* d = TRY(new_dict(vm));
    Code* co = f->code;
    uint32_t nvars = co->varnames->size < co->nlocals ? co->varnames->size : co->nlocals;
    for (uint32_t i = 0; i < nvars; i++) {
        if (f->fast[i].is_null() || as_str(co->varnames->items[i])->data[0] == '$') continue;  // '$': compiler temporaries
        TRY(dict_set(vm, d, co->varnames->items[i], f->fast[i]));
    }
    uint32_t ncells = co->cellvars->size;
    for (uint32_t j = 0; j < ncells + co->freevars->size; j++) {
        Value c = f->fast[co->nlocals + j];
        if (!is_kind(c, Kind::Cell) || static_cast<Cell*>(c.as_obj())->value.is_null()) continue;
        Value name = j < ncells ? co->cellvars->items[j] : co->freevars->items[j - ncells];
        TRY(dict_set(vm, d, name, static_cast<Cell*>(c.as_obj())->value));
    }
    return d;
}

R<Value> builtin_globals(Interpreter& vm, Args args) {
    TRY(no_arguments(vm, args, "globals"));
    return val(caller_globals(vm));
}

R<Value> builtin_locals(Interpreter& vm, Args args) {
    TRY(no_arguments(vm, args, "locals"));
    return val(TRY(caller_locals(vm)));
}

R<Value> builtin_vars(Interpreter& vm, Args args) {
    TRY(positional_count(vm, args, "vars", 0, 1));
    if (args.n == 0) return val(TRY(caller_locals(vm)));
    Value d = TRY(getattr_opt(vm, args.v[0], vm.n___dict__));
    if (d.is_null()) return raise(vm, vm.e_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

Status add_keys(Interpreter& vm, Dict* names, Dict* from) {
    if (!from) return Status::ok();
    uint32_t pos = 0;
    Value key, value;
    while (dict_next(from, &pos, &key, &value)) TRY(dict_set(vm, names, key, Value::none()));
    return Status::ok();
}

Status add_type_keys(Interpreter& vm, Dict* names, Type* t) {
    if (!t->mro) return add_keys(vm, names, t->dict);
    for (uint32_t i = 0; i < t->mro->size; i++) {
        TRY(add_keys(vm, names, static_cast<Type*>(t->mro->items[i].as_obj())->dict));
    }
    return Status::ok();
}

R<List*> sorted_keys(Interpreter& vm, Dict* names) {
    List* l = TRY(new_list(vm, names->table.used));
    uint32_t pos = 0;
    Value key, value;
    while (dict_next(names, &pos, &key, &value)) TRY(list_append(vm, l, key));
    TRY(list_sort(vm, l, Value(), false));
    return l;
}

R<List*> dir_of(Interpreter& vm, Value obj) {
    Type* t = type_of(vm, obj);
    Value user_dir = type_lookup(t, vm.n___dir__);
    if (is_kind(user_dir, Kind::Function)) {
        bool found = false;
        Value r = TRY(call_method(vm, obj, vm.n___dir__, nullptr, 0, &found));
        List* l = TRY(list_from_iterable(vm, r));
        TRY(list_sort(vm, l, Value(), false));
        return l;
    }
    Dict* names = TRY(new_dict(vm));
    if (is_kind(obj, Kind::Module)) {
        TRY(add_keys(vm, names, static_cast<Module*>(obj.as_obj())->dict));
    } else if (is_type(obj)) {
        TRY(add_type_keys(vm, names, static_cast<Type*>(obj.as_obj())));
    } else {
        Dict** slot = instance_dict_slot(obj);
        if (slot) TRY(add_keys(vm, names, *slot));
        TRY(add_type_keys(vm, names, t));
    }
    return sorted_keys(vm, names);
}

R<Value> builtin_dir(Interpreter& vm, Args args) {
    TRY(positional_count(vm, args, "dir", 0, 1));
    if (args.n == 1) return val(TRY(dir_of(vm, args.v[0])));
    return val(TRY(sorted_keys(vm, TRY(caller_locals(vm)))));
}

// ---- code execution ------------------------------------------------------------------------------------------------

bool is_mapping(Interpreter& vm, Value v) { return !type_lookup(type_of(vm, v), vm.n___getitem__).is_null(); }

R<Value> exec_or_eval(Interpreter& vm, Args args, bool is_eval) {
    const char* fname = is_eval ? "eval" : "exec";
    if (is_eval) {
        TRY(positional_count(vm, args, "eval", 1, 3));
    } else {
        if (args.n < 1) {
            return raise(vm, vm.e_TypeError, "exec() takes at least 1 positional argument (0 given)");
        }
        if (args.n > 3) {
            return raise(vm, vm.e_TypeError, "exec() takes at most 3 positional arguments (%u given)", args.n);
        }
        Value closure;
        TRY(keyword_only(vm, args, "exec", {"closure"}, &closure));
    }
    Value source = args.v[0];
    Value globals = args.n > 1 ? args.v[1] : Value::none();
    Value locals = args.n > 2 ? args.v[2] : Value::none();
    if (!globals.is_none() && !is_kind(globals, Kind::Dict)) {
        if (!is_eval) return raise(vm, vm.e_TypeError, "exec() globals must be a dict, not %s", type_name(vm, globals));
        if (is_mapping(vm, globals)) {
            return raise(vm, vm.e_TypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
        }
        return raise(vm, vm.e_TypeError, "globals must be a dict");
    }
    if (!locals.is_none() && !is_kind(locals, Kind::Dict)) {
        // Only real dicts can serve as a frame's namespace here.
        if (is_eval) return raise(vm, vm.e_TypeError, "locals must be a mapping");
        return raise(vm, vm.e_TypeError, "locals must be a mapping or None, not %s", type_name(vm, locals));
    }
    Dict* g;
    Dict* l;
    if (globals.is_none()) {
        g = caller_globals(vm);
        l = locals.is_none() ? TRY(caller_locals(vm)) : as_dict(locals);
    } else {
        g = as_dict(globals);
        l = locals.is_none() ? g : as_dict(locals);
    }
    if (dict_get_str(g, vm.n___builtins__).is_null()) TRY(dict_set_str(vm, g, vm.n___builtins__, val(vm.builtins)));
    Code* code;
    std::string_view text;
    if (is_kind(source, Kind::Code)) {
        code = static_cast<Code*>(source.as_obj());
    } else if (source_text(source, &text)) {
        if (is_eval) {
            while (!text.empty() && (text[0] == ' ' || text[0] == '\t')) text.remove_prefix(1);
        }
        Str* filename = TRY(intern(vm, "<string>"));
        code = TRY(compile_source(vm, text, filename, is_eval ? ParseMode::Eval : ParseMode::File));
    } else {
        return raise(vm, vm.e_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    }
    Value r = TRY(run_code(vm, code, g, l));
    return is_eval ? r : Value::none();
}

R<Value> builtin_exec(Interpreter& vm, Args args) { return exec_or_eval(vm, args, false); }
R<Value> builtin_eval(Interpreter& vm, Args args) { return exec_or_eval(vm, args, true); }

R<Value> builtin_compile(Interpreter& vm, Args args) {
    Value a[7] = {};
    TRY(parse_args(vm, args, "compile",
                   {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3, 0, a));
    std::string_view text, filename;
    if (!source_text(a[0], &text)) {
        return raise(vm, vm.e_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    }
    if (is_kind(a[1], Kind::Str)) {
        filename = as_str(a[1])->view();
    } else if (is_kind(a[1], Kind::Bytes)) {
        filename = as_bytes(a[1])->view();
    } else {
        return raise(vm, vm.e_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(vm, a[1]));
    }
    if (!is_kind(a[2], Kind::Str)) {
        return raise(vm, vm.e_TypeError, "compile() argument 'mode' must be str, not %s", type_name(vm, a[2]));
    }
    std::string_view mode = as_str(a[2])->view();
    ParseMode pm;
    if (mode == "exec") {
        pm = ParseMode::File;
    } else if (mode == "eval") {
        pm = ParseMode::Eval;
    } else if (mode == "single") {
        pm = ParseMode::Single;
    } else {
        return raise(vm, vm.e_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    Str* fname = TRY(new_str(vm, filename));
    return val(TRY(compile_source(vm, text, fname, pm)));
}

R<Value> builtin_format(Interpreter& vm, Args args) {
    TRY(positional_count(vm, args, "format", 1, 2));
    Str* spec = vm.empty_str;
    if (args.n == 2) {
        if (!isinstance(vm, args.v[1], vm.t_str)) {
            return raise(vm, vm.e_TypeError, "format() argument 2 must be str, not %s", type_name(vm, args.v[1]));
        }
        spec = as_str(args.v[1]);
    }
    return format_value(vm, args.v[0], spec);
}

R<Value> builtin_open_fn(Interpreter& vm, Args args) { return builtin_open(vm, args); }

R<Value> builtin_import(Interpreter& vm, Args args) {
    Value a[5] = {};
    TRY(parse_args(vm, args, "__import__", {"name", "globals", "locals", "fromlist", "level"}, 1, 0, a));
    if (!isinstance(vm, a[0], vm.t_str)) return raise(vm, vm.e_TypeError, "module name must be a string");
    Str* name = TRY(intern(vm, as_str(a[0])->view()));
    Dict* globals = is_kind(a[1], Kind::Dict) ? as_dict(a[1]) : nullptr;
    Value fromlist = a[3].is_null() ? Value::none() : a[3];
    int64_t level = a[4].is_null() ? 0 : TRY(index_value(vm, a[4]));
    if (level < 0) return raise(vm, vm.e_ValueError, "level must be >= 0");
    return import_module(vm, name, globals, fromlist, static_cast<intptr_t>(level));
}

// ---- classes -------------------------------------------------------------------------------------------------------

// The most derived of the metaclasses of `meta` and all bases.
R<Type*> winning_metaclass(Interpreter& vm, Type* meta, Tuple* bases) {
    Type* winner = meta;
    for (uint32_t i = 0; i < bases->size; i++) {
        Type* t = type_of(vm, bases->items[i]);
        if (is_subtype(winner, t)) continue;
        if (is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        return raise(vm, vm.e_TypeError,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                     "metaclasses of all its bases");
    }
    return winner;
}

// Bases that are not classes may substitute themselves through __mro_entries__ (PEP 560).
R<Tuple*> resolve_bases(Interpreter& vm, Tuple* bases) {
    bool changed = false;
    List* out = TRY(new_list(vm, bases->size));
    for (uint32_t i = 0; i < bases->size; i++) {
        Value b = bases->items[i];
        Value entries = is_type(b) ? Value() : TRY(getattr_opt(vm, b, vm.n___mro_entries__));
        if (entries.is_null()) {
            TRY(list_append(vm, out, b));
            continue;
        }
        Value r = TRY(call1(vm, entries, val(bases)));
        if (!is_kind(r, Kind::Tuple)) return raise(vm, vm.e_TypeError, "__mro_entries__ must return a tuple");
        for (uint32_t j = 0; j < as_tuple(r)->size; j++) TRY(list_append(vm, out, as_tuple(r)->items[j]));
        changed = true;
    }
    if (!changed) return bases;
    return tuple_from_span(vm, out->items, out->size);
}

R<Value> builtin_build_class(Interpreter& vm, Args args) {
    if (args.n < 2) return raise(vm, vm.e_TypeError, "__build_class__: not enough arguments");
    if (!is_kind(args.v[0], Kind::Function)) return raise(vm, vm.e_TypeError, "__build_class__: func must be a function");
    if (!isinstance(vm, args.v[1], vm.t_str)) return raise(vm, vm.e_TypeError, "__build_class__: name is not a string");
    Function* body = static_cast<Function*>(args.v[0].as_obj());
    Value name = args.v[1];
    Tuple* orig_bases = TRY(tuple_from_span(vm, args.v + 2, args.n - 2));
    Tuple* bases = TRY(resolve_bases(vm, orig_bases));

    // Keyword arguments other than metaclass go to __prepare__ and the metaclass call.
    uint32_t nkw = kw_count(args);
    Value meta;
    uint32_t nrest = 0;
    for (uint32_t k = 0; k < nkw; k++) {
        if (as_str(args.kwnames->items[k])->view() == "metaclass") {
            meta = args.v[args.n + k];
        } else {
            nrest++;
        }
    }
    Tuple* kwnames = TRY(new_tuple(vm, nrest));
    // The argument vectors: (name, bases, keyword values...) for __prepare__, (name, bases, ns, ...) for the call.
    Tuple* prepare_args = TRY(new_tuple(vm, 2 + nrest));
    Tuple* call_args = TRY(new_tuple(vm, 3 + nrest));
    prepare_args->items[0] = call_args->items[0] = name;
    prepare_args->items[1] = call_args->items[1] = val(bases);
    call_args->items[2] = Value::none();
    for (uint32_t k = 0, j = 0; k < nkw; k++) {
        if (as_str(args.kwnames->items[k])->view() == "metaclass") continue;
        kwnames->items[j] = args.kwnames->items[k];
        prepare_args->items[2 + j] = call_args->items[3 + j] = args.v[args.n + k];
        j++;
    }
    if (meta.is_null()) meta = val(bases->size ? type_of(vm, bases->items[0]) : vm.t_type);
    if (is_type(meta)) meta = val(TRY(winning_metaclass(vm, static_cast<Type*>(meta.as_obj()), bases)));

    Dict* ns;
    Value prepare = TRY(getattr_opt(vm, meta, vm.n___prepare__));
    if (prepare.is_null()) {
        ns = TRY(new_dict(vm));
    } else {
        Value r = TRY(call(vm, prepare, Args{prepare_args->items, 2, kwnames}));
        if (!is_kind(r, Kind::Dict)) {
            return raise(vm, vm.e_TypeError, "%s.__prepare__() must return a mapping, not %s",
                         is_type(meta) ? static_cast<Type*>(meta.as_obj())->name->data : "<metaclass>",
                         type_name(vm, r));
        }
        ns = as_dict(r);
    }
    Value cell = TRY(run_class_body(vm, body, ns));
    if (bases != orig_bases) {
        Str* key = TRY(intern(vm, "__orig_bases__"));
        TRY(dict_set_str(vm, ns, key, val(orig_bases)));
    }
    call_args->items[2] = val(ns);
    Value cls = TRY(call(vm, meta, Args{call_args->items, 3, kwnames}));
    if (is_kind(cell, Kind::Cell) && is_type(cls)) static_cast<Cell*>(cell.as_obj())->value = cls;
    return cls;
}

// ---- the interactive helpers (exit, quit, help, copyright, credits, license) -------------------------------------

constexpr const char* kHelpText =
    "Welcome to pyco, a small Python 3.11 interpreter.\n"
    "\n"
    "Type a line of Python and press Enter: pyco runs it and shows the value of an expression\n"
    "(the last one is kept in _). A line ending in ':' starts a block: the next lines are\n"
    "indented for you, and an empty line ends the block.\n"
    "\n"
    "  help(object)      shows an object's type and the names of its attributes\n"
    "  help('modules')   lists the built-in modules\n"
    "  dir(object)       lists the attributes of an object; dir() lists your variables\n"
    "  type(object)      tells what kind of value an object is\n"
    "  print(...)        writes values to the screen\n"
    "  exit()            leaves the interpreter (so does Ctrl-D)\n"
    "\n"
    "Keys: Up/Down recall earlier lines, Tab completes names (twice: lists them),\n"
    "Ctrl-C cancels a line or stops a running program, Ctrl-E pastes code without\n"
    "auto-indent (Ctrl-D runs it), Ctrl-B shows the banner, Ctrl-A enters the raw REPL.\n"
    "\n"
    "Try: help(str), help(list), help(dict).\n";

R<Value> help_on(Interpreter& vm, Value obj) {
    std::string text;
    if (is_type(obj)) {
        text = "Help on class ";
        text += static_cast<Type*>(obj.as_obj())->name->view();
    } else if (is_kind(obj, Kind::Module)) {
        text = "Help on module ";
        text += static_cast<Module*>(obj.as_obj())->name->view();
    } else {
        text = "Help on ";
        text += type_name(vm, obj);
        text += " object";
    }
    text += ":\n\n";
    Value doc = TRY(getattr_opt(vm, obj, vm.n___doc__));
    if (is_kind(doc, Kind::Str) && as_str(doc)->size) {
        text += as_str(doc)->view();
        text += "\n\n";
    }
    List* names = TRY(dir_of(vm, obj));
    std::string line = "Attributes:";
    for (uint32_t i = 0; i < names->size; i++) {
        Value n = names->items[i];
        if (!is_kind(n, Kind::Str) || as_str(n)->view().substr(0, 1) == "_") continue;
        std::string_view s = as_str(n)->view();
        if (line.size() + 1 + s.size() > 76) {
            text += line + "\n";
            line = "   ";
        }
        line += " ";
        line += s;
    }
    text += line + "\n";
    TRY(write_stdout(vm, text));
    return Value::none();
}

// help('modules'): the modules built into the binary, in columns.
R<Value> help_modules(Interpreter& vm) {
    std::vector<std::string> names = builtin_module_names();
    std::sort(names.begin(), names.end());
    std::string text = "\nThe modules built into pyco (more can be imported from .py files along sys.path):\n\n";
    constexpr size_t kWidth = 20, kPerRow = 4;
    for (size_t i = 0; i < names.size(); i++) {
        text += names[i];
        if ((i + 1) % kPerRow == 0 || i + 1 == names.size()) text += "\n";
        else text.append(names[i].size() < kWidth ? kWidth - names[i].size() : 1, ' ');
    }
    text += "\nEnter help(module) after importing it to see its contents, e.g. import os; help(os).\n";
    TRY(write_stdout(vm, text));
    return Value::none();
}

// help('name'): a topic given by name — 'modules', a builtin, or an importable module.
R<Value> help_topic(Interpreter& vm, Str* topic) {
    if (topic->view() == "modules") return help_modules(vm);
    Str* name = TRY(intern(vm, topic->view()));
    Value obj = dict_get_str(vm.builtins, name);
    if (obj.is_null()) {
        R<Value> m = import_module(vm, name, nullptr, Value::none(), 0);
        if (m.failed()) {
            if (!exception_matches(vm, vm.exc, vm.e_ImportError)) return Raised{};
            take_exception(vm);
        } else {
            obj = m.take();
        }
    }
    if (!obj.is_null()) return help_on(vm, obj);
    std::string text = "No Python documentation found for '";
    text += topic->view();
    text += "'.\nUse help() to get the interactive help utility.\nUse help(str) for help on the str class.\n\n";
    TRY(write_stdout(vm, text));
    return Value::none();
}

R<Value> helper_call(Interpreter& vm, Args args) {
    if (kw_count(args)) {
        return raise(vm, vm.e_TypeError, "_Helper.__call__() got an unexpected keyword argument '%s'",
                     as_str(args.kwnames->items[0])->data);
    }
    if (args.n > 2) {
        return raise(vm, vm.e_TypeError,
                     "_Helper.__call__() takes from 1 to 2 positional arguments but %u were given", args.n);
    }
    if (args.n < 2) {
        TRY(write_stdout(vm, kHelpText));
        return Value::none();
    }
    if (is_kind(args.v[1], Kind::Str) && type_of(vm, args.v[1]) == vm.t_str) return help_topic(vm, as_str(args.v[1]));
    return help_on(vm, args.v[1]);
}

R<Value> helper_repr(Interpreter& vm, Args) {
    return val(TRY(new_str(vm, "Type help() for interactive help, or help(object) for help about object.")));
}

R<Str*> instance_text(Interpreter& vm, Value self, const char* attr) {
    Str* name = TRY(intern(vm, attr));
    Value v = TRY(getattr(vm, self, name));
    if (!is_kind(v, Kind::Str)) return raise(vm, vm.e_TypeError, "%s must be a string", attr);
    return as_str(v);
}

R<Value> quitter_call(Interpreter& vm, Args args) {
    if (kw_count(args)) {
        return raise(vm, vm.e_TypeError, "Quitter.__call__() got an unexpected keyword argument '%s'",
                     as_str(args.kwnames->items[0])->data);
    }
    if (args.n > 2) {
        return raise(vm, vm.e_TypeError,
                     "Quitter.__call__() takes from 1 to 2 positional arguments but %u were given", args.n);
    }
    Value exc = TRY(new_exception(vm, vm.e_SystemExit, Args{args.v + 1, args.n - 1, nullptr}));
    return raise_value(vm, exc);
}

R<Value> quitter_repr(Interpreter& vm, Args args) {
    if (args.n < 1) return raise(vm, vm.e_TypeError, "expected self");
    Str* name = TRY(instance_text(vm, args.v[0], "name"));
    std::string text = "Use ";
    text += name->view();
    text += "() or Ctrl-D (i.e. EOF) to exit";
    return val(TRY(new_str(vm, text)));
}

R<Value> printer_call(Interpreter& vm, Args args) {
    if (args.n < 1) return raise(vm, vm.e_TypeError, "expected self");
    Str* text = TRY(instance_text(vm, args.v[0], "_text"));
    std::string line(text->view());
    line += "\n";
    TRY(write_stdout(vm, line));
    return Value::none();
}

R<Value> printer_repr(Interpreter& vm, Args args) {
    if (args.n < 1) return raise(vm, vm.e_TypeError, "expected self");
    return val(TRY(instance_text(vm, args.v[0], "_text")));
}

R<Type*> make_site_type(Interpreter& vm, const char* name, NativeFn call_fn, NativeFn repr_fn) {
    Dict* d = TRY(new_dict(vm));
    TRY(dict_set_str(vm, d, vm.n___module__, val(TRY(new_str(vm, "_sitebuiltins")))));
    Tuple* bases = TRY(tuple_of(vm, {val(vm.t_object)}));
    Type* t = TRY(new_type(vm, vm.t_type, TRY(intern(vm, name)), bases, d));
    add_methods(vm, t, {{"__call__", call_fn}, {"__repr__", repr_fn}});
    return t;
}

// An instance of a site type with one text attribute.
Status add_site_object(Interpreter& vm, Dict* builtins, Type* t, const char* name, const char* attr,
                       const char* text) {
    Value obj = TRY(call0(vm, val(t)));
    if (attr) TRY(setattr(vm, obj, TRY(intern(vm, attr)), val(TRY(new_str(vm, text)))));
    TRY(dict_set_str(vm, builtins, TRY(intern(vm, name)), obj));
    return Status::ok();
}

Status add_site_objects(Interpreter& vm, Dict* builtins) {
    Type* quitter = TRY(make_site_type(vm, "Quitter", quitter_call, quitter_repr));
    TRY(add_site_object(vm, builtins, quitter, "exit", "name", "exit"));
    TRY(add_site_object(vm, builtins, quitter, "quit", "name", "quit"));
    Type* helper = TRY(make_site_type(vm, "_Helper", helper_call, helper_repr));
    TRY(add_site_object(vm, builtins, helper, "help", nullptr, nullptr));
    Type* printer = TRY(make_site_type(vm, "_Printer", printer_call, printer_repr));
    TRY(add_site_object(vm, builtins, printer, "copyright", "_text",
                        "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                        "pyco is an independent implementation of the Python language."));
    TRY(add_site_object(vm, builtins, printer, "credits", "_text",
                        "Thanks to the Python community for the language pyco implements."));
    TRY(add_site_object(vm, builtins, printer, "license", "_text",
                        "See https://www.python.org/psf/license/ for the Python license."));
    return Status::ok();
}

// ---- the module ----------------------------------------------------------------------------------------------------

constexpr MethodDef kBuiltinFunctions[] = {
    {"print", builtin_print},
    {"input", builtin_input},
    {"len", builtin_len},
    {"repr", builtin_repr},
    {"ascii", builtin_ascii},
    {"hash", builtin_hash},
    {"id", builtin_id},
    {"callable", builtin_callable},
    {"all", builtin_all},
    {"any", builtin_any},
    {"abs", builtin_abs},
    {"round", builtin_round},
    {"divmod", builtin_divmod},
    {"pow", builtin_pow},
    {"hex", builtin_hex},
    {"oct", builtin_oct},
    {"bin", builtin_bin},
    {"chr", builtin_chr},
    {"ord", builtin_ord},
    {"sum", builtin_sum},
    {"min", builtin_min},
    {"max", builtin_max},
    {"sorted", builtin_sorted},
    {"isinstance", builtin_isinstance},
    {"issubclass", builtin_issubclass},
    {"getattr", builtin_getattr},
    {"hasattr", builtin_hasattr},
    {"setattr", builtin_setattr},
    {"delattr", builtin_delattr},
    {"iter", builtin_iter},
    {"next", builtin_next},
    {"globals", builtin_globals},
    {"locals", builtin_locals},
    {"vars", builtin_vars},
    {"dir", builtin_dir},
    {"exec", builtin_exec},
    {"eval", builtin_eval},
    {"compile", builtin_compile},
    {"format", builtin_format},
    {"open", builtin_open_fn},
    {"__import__", builtin_import},
    {"__build_class__", builtin_build_class},
};

struct TypeName {
    const char* name;
    Type* Interpreter::*type;
};

constexpr TypeName kBuiltinTypeNames[] = {
    {"object", &Interpreter::t_object},       {"type", &Interpreter::t_type},
    {"int", &Interpreter::t_int_},            {"bool", &Interpreter::t_bool_},
    {"float", &Interpreter::t_float_},        {"complex", &Interpreter::t_complex},
    {"str", &Interpreter::t_str},             {"bytes", &Interpreter::t_bytes},
    {"bytearray", &Interpreter::t_bytearray}, {"memoryview", &Interpreter::t_memoryview}, {"list", &Interpreter::t_list},
    {"tuple", &Interpreter::t_tuple},         {"dict", &Interpreter::t_dict},
    {"set", &Interpreter::t_set},             {"frozenset", &Interpreter::t_frozenset},
    {"range", &Interpreter::t_range},         {"slice", &Interpreter::t_slice},
    {"property", &Interpreter::t_property},   {"classmethod", &Interpreter::t_classmethod},
    {"staticmethod", &Interpreter::t_staticmethod}, {"super", &Interpreter::t_super},
    {"enumerate", &Interpreter::t_enumerate}, {"zip", &Interpreter::t_zip},
    {"map", &Interpreter::t_map},             {"filter", &Interpreter::t_filter},
    {"reversed", &Interpreter::t_reversed},
};

Status set_name(Interpreter& vm, Dict* d, const char* name, Value v) {
    Str* key = TRY(intern(vm, name));
    return dict_set_str(vm, d, key, v);
}

}  // namespace

// ---- exported helpers ----------------------------------------------------------------------------------------------

R<Value> builtin_ascii_value(Interpreter& vm, Value v) {
    Str* r = TRY(repr(vm, v));
    if (r->ascii) return val(r);
    std::string out;
    out.reserve(r->size + 16);
    const char* p = r->data;
    const char* end = r->data + r->size;
    while (p < end) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            out.push_back(*p++);
            continue;
        }
        size_t advance = 1;
        uint32_t cp = utf8_decode(p, &advance);
        p += advance ? advance : 1;
        char buf[16];
        if (cp < 0x100) {
            snprintf(buf, sizeof buf, "\\x%02x", cp);
        } else if (cp < 0x10000) {
            snprintf(buf, sizeof buf, "\\u%04x", cp);
        } else {
            snprintf(buf, sizeof buf, "\\U%08x", cp);
        }
        out.append(buf);
    }
    return val(TRY(new_str(vm, out)));
}

Status write_stdout(Interpreter& vm, std::string_view text) {
    Value out = sys_attribute(vm, vm.n_stdout_);
    if (out.is_null()) {
        vm.port.write_console(1, text);
        return Status::ok();
    }
    if (out.is_none()) return Status::ok();
    return write_text(vm, out, text);
}

// sys.displayhook's behaviour: builtins._ is None while repr runs, then the value.
Status print_expr_value(Interpreter& vm, Value v) {
    if (v.is_none()) return Status::ok();
    Str* underscore = TRY(intern(vm, "_"));
    TRY(dict_set_str(vm, vm.builtins, underscore, Value::none()));
    Str* r = TRY(repr(vm, v));
    std::string line(r->view());
    line.push_back('\n');
    TRY(write_stdout(vm, line));
    return dict_set_str(vm, vm.builtins, underscore, v);
}

Status init_builtins(Interpreter& vm) {
    Str* name = TRY(intern(vm, "builtins"));
    Module* m = TRY(new_module(vm, name));
    Dict* d = m->dict;
    vm.builtins = d;
    TRY(dict_set(vm, vm.modules, val(name), val(m)));

    for (const TypeName& t : kBuiltinTypeNames) {
        Type* type = vm.*(t.type);
        if (type) TRY(set_name(vm, d, t.name, val(type)));
    }
#define X(member, pyname, ...) TRY(set_name(vm, d, pyname, val(vm.e_##member)));
    PYCO_EXCEPTION_TYPES(X)
#undef X
    TRY(set_name(vm, d, "EnvironmentError", val(vm.e_OSError)));
    TRY(set_name(vm, d, "IOError", val(vm.e_OSError)));
    TRY(set_name(vm, d, "Ellipsis", vm.ellipsis));
    TRY(set_name(vm, d, "NotImplemented", vm.not_implemented));
    TRY(set_name(vm, d, "__debug__", Value::boolean(true)));
    TRY(dict_set_str(vm, d, vm.n___name__, val(name)));
    TRY(dict_set_str(vm, d, vm.n___doc__, Value::none()));

    for (const MethodDef& f : kBuiltinFunctions) {
        NativeFunction* fn = TRY(new_native(vm, f.name, f.fn));
        fn->module_name = name;
        TRY(set_name(vm, d, f.name, val(fn)));
    }
    return add_site_objects(vm, d);
}

R<bool> isinstance_check(Interpreter& vm, Value obj, Value cls) { return instance_check(vm, obj, cls); }

}  // namespace pyco
