// Constructors and helpers of the built-in object types, one section per type (implemented in <type>.cpp).
#pragma once
#include <string>
#include <string_view>

#include "vm/interp.h"

namespace pyco {

// ---- str (str.cpp) ----------------------------------------------------------------------------------------------
[[nodiscard]] R<Str*> new_str(Interpreter& vm, std::string_view utf8);
// Interned strings are unique per text and immortal; the compiler interns identifiers and attribute names.
[[nodiscard]] R<Str*> intern(Interpreter& vm, std::string_view utf8);
inline Str* as_str(Value v) { return static_cast<Str*>(v.as_obj()); }
inline Value val(const Obj* o) { return Value::object(o); }
int64_t str_hash(Str* s);
bool str_equal(Str* a, Str* b);
[[nodiscard]] R<Str*> str_concat(Interpreter& vm, Str* a, Str* b);
[[nodiscard]] R<Str*> str_repr(Interpreter& vm, Str* s);
// ascii(v): repr(v) with non-ASCII characters escaped as \xNN, \uNNNN, \UNNNNNNNN (added by str.cpp).
[[nodiscard]] R<Str*> str_ascii(Interpreter& vm, Value v);
// The code point at index i (0 <= i < length) as a new 1-char string.
[[nodiscard]] R<Str*> str_char_at(Interpreter& vm, Str* s, int64_t i);
// Byte offset of code point i (O(1) for ASCII).
size_t str_offset(Str* s, int64_t i);
[[nodiscard]] R<Value> str_getitem(Interpreter& vm, Str* s, Value key);
[[nodiscard]] R<Value> str_mod(Interpreter& vm, Str* fmt, Value args);
[[nodiscard]] R<Str*> str_from_codepoint(Interpreter& vm, uint32_t cp);
void init_str_type(Interpreter& vm);
// Encodes a code point as UTF-8 into out (4 bytes max); returns the byte count.
int utf8_encode(uint32_t cp, char* out);
uint32_t utf8_decode(const char* s, size_t* advance);
bool utf8_valid(std::string_view s, size_t* length);
// Codecs shared by str and bytes (added by str.cpp): utf-8, ascii and latin-1 (with CPython's aliases); error
// handlers strict, ignore, replace, backslashreplace (and xmlcharrefreplace for encoding). A null encoding means
// utf-8, a null errors means strict. Raise LookupError / UnicodeEncodeError / UnicodeDecodeError like CPython.
[[nodiscard]] R<Bytes*> encode_str(Interpreter& vm, Str* s, const char* encoding, const char* errors);
[[nodiscard]] R<Str*> decode_bytes(Interpreter& vm, std::string_view data, const char* encoding, const char* errors);

// Builds a string piece by piece in C++ memory, then makes one Str. (No Values inside: nothing to root.)
class StrBuilder {
public:
    void add(std::string_view s) { buf_.append(s); }
    void add(char c) { buf_.push_back(c); }
    void add_codepoint(uint32_t cp);
    std::string& text() { return buf_; }
    [[nodiscard]] R<Str*> build(Interpreter& vm) { return new_str(vm, buf_); }

private:
    std::string buf_;
};

// ---- bytes (bytes.cpp) ------------------------------------------------------------------------------------------
[[nodiscard]] R<Bytes*> new_bytes(Interpreter& vm, std::string_view data);
inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.as_obj()); }
[[nodiscard]] R<Str*> bytes_repr(Interpreter& vm, std::string_view data, const char* prefix = "b");
void init_bytes_type(Interpreter& vm);
// The buffer interface, kept minimal (added for array.array; bytes.cpp): the contiguous bytes of a bytes,
// bytearray or array object, which bytes()/bytearray(), bytes methods, struct, hashlib and binary writes accept.
// The view is valid until the object is resized or freed: use it before running Python code or allocating
// anything that might resize it (a memoryview, which counts as an export, is the lasting kind of view).
bool buffer_view(Value v, std::string_view* out);
// The writable ones (bytearray, array).
bool writable_buffer(Value v, uint8_t** data, size_t* size);
// bytearray (bytearray.cpp): mutable bytes; read-only methods shared with bytes.
void init_bytearray_type(Interpreter& vm);
// memoryview (memoryview.cpp). buffer_view/writable_buffer accept C-contiguous, unreleased memoryviews too.
// Exporters (bytearray, array) count their unreleased memoryviews; resize operations call check_resizable
// first, which collects garbage (dropped views count until collected) and then raises BufferError with `message`.
void init_memoryview_type(Interpreter& vm);
[[nodiscard]] Status check_resizable(Interpreter& vm, Value exporter, const char* message);
// Gives back a view's export (idempotent); the GC calls it for views collected unreleased.
void memoryview_release_export(MemoryView* mv);
// The bytes of a contiguous, unreleased memoryview (false for anything else).
bool memoryview_buffer(Value v, uint8_t** data, size_t* size, bool* readonly);

// ---- int (int.cpp) ----------------------------------------------------------------------------------------------
// Makes an int Value from a C integer (small when it fits, otherwise a heap Int).
[[nodiscard]] R<Value> make_int(Interpreter& vm, int64_t i);
[[nodiscard]] R<Value> int_from_double(Interpreter& vm, double d);
[[nodiscard]] R<Value> int_parse(Interpreter& vm, std::string_view text, int base);
bool is_int_value(Value v);  // small int, bool, or Int (or an int subclass instance)
[[nodiscard]] R<Value> int_binary(Interpreter& vm, BinOp op, Value a, Value b);  // both ints/bools; NotImplemented otherwise
int int_compare(Value a, Value b);  // both ints
[[nodiscard]] R<Str*> int_to_str(Interpreter& vm, Value v, int base = 10);
int64_t int_hash(Value v);
bool int_to_double(Value v, double* out);  // false on overflow
bool int_fits_i64(Value v, int64_t* out);
bool int_is_negative(Value v);
bool int_is_zero(Value v);
[[nodiscard]] R<Value> int_neg(Interpreter& vm, Value v);
[[nodiscard]] R<Value> int_invert(Interpreter& vm, Value v);
[[nodiscard]] R<Value> int_abs(Interpreter& vm, Value v);
// The value of an int subclass instance or bool as a plain int.
Value int_plain(Value v);
void init_int_type(Interpreter& vm);
// Added by int.cpp:
// divmod(a, b) for ints (a tuple); NotImplemented unless both are ints.
[[nodiscard]] R<Value> int_divmod(Interpreter& vm, Value a, Value b);
// pow(base, exp, mod) for ints; NotImplemented unless all three are ints.
[[nodiscard]] R<Value> int_pow_mod(Interpreter& vm, Value base, Value exp, Value mod);
// A plain int (type exactly int) with the value of any int, bool or int subclass instance.
[[nodiscard]] R<Value> int_exact(Interpreter& vm, Value v);
// int(x) for one argument: __int__, __index__, __trunc__, str/bytes/bytearray parsing, with CPython's errors.
[[nodiscard]] R<Value> int_from_object(Interpreter& vm, Value x);
// format(v, spec) for an int (or bool / subclass); an empty spec gives str(v).
[[nodiscard]] R<Str*> int_format(Interpreter& vm, Value v, std::string_view spec);

// ---- float (float.cpp) ------------------------------------------------------------------------------------------
[[nodiscard]] R<Value> new_float(Interpreter& vm, double d);
inline double float_value(Value v) { return static_cast<Float*>(v.as_obj())->value; }
// A float, int or bool as a double (the number must be one); false with OverflowError raised for huge ints.
[[nodiscard]] R<bool> number_to_double(Interpreter& vm, Value v, double* out);
[[nodiscard]] R<Value> float_binary(Interpreter& vm, BinOp op, Value a, Value b);
int float_compare_int(double d, Value i);  // -1/0/1, or 2 if d is nan
void init_float_type(Interpreter& vm);
// Added by float.cpp:
// format(d, spec) for a float; an empty spec gives repr(d). type_name names the type in error messages.
[[nodiscard]] R<Str*> float_format_value(Interpreter& vm, double d, std::string_view spec, const char* type_name = "float");
// float(x) for one argument: __float__, __index__, str/bytes parsing, with CPython's errors. Returns a plain float.
[[nodiscard]] R<Value> float_from_object(Interpreter& vm, Value x);

// ---- complex (complex.cpp) --------------------------------------------------------------------------------------
[[nodiscard]] R<Value> new_complex(Interpreter& vm, double real, double imag);
inline Complex* as_complex(Value v) { return static_cast<Complex*>(v.as_obj()); }
// repr(complex): "(1+2j)", "2j", "(-0-1j)".
std::string complex_repr(double real, double imag);
// a ** b for complex numbers (CPython's algorithm, including its ZeroDivisionError/OverflowError).
[[nodiscard]] R<Value> complex_pow_values(Interpreter& vm, double ar, double ai, double br, double bi);
void init_complex_type(Interpreter& vm);

// ---- tuple (tuple.cpp) ------------------------------------------------------------------------------------------
[[nodiscard]] R<Tuple*> new_tuple(Interpreter& vm, uint32_t size);  // items null until filled
[[nodiscard]] R<Tuple*> tuple_of(Interpreter& vm, std::initializer_list<Value> items);
[[nodiscard]] R<Tuple*> tuple_from_span(Interpreter& vm, const Value* items, uint32_t n);
inline Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.as_obj()); }
void init_tuple_type(Interpreter& vm);

// ---- list (list.cpp) --------------------------------------------------------------------------------------------
[[nodiscard]] R<List*> new_list(Interpreter& vm, uint32_t capacity = 0);
[[nodiscard]] Status list_append(Interpreter& vm, List* l, Value v);
[[nodiscard]] R<List*> list_from_span(Interpreter& vm, const Value* items, uint32_t n);
// Stable merge sort; `key` may be null. Errors from comparisons or key calls propagate.
[[nodiscard]] Status list_sort(Interpreter& vm, List* l, Value key, bool reverse);
inline List* as_list(Value v) { return static_cast<List*>(v.as_obj()); }
void init_list_type(Interpreter& vm);
// Added by list.cpp: CPython's Py_ReprEnter/Py_ReprLeave for container reprs. repr_enter returns false when `o`
// is already being repr'd further up the C++ stack (the caller then prints "[...]" / "{...}"); every true
// return must be paired with repr_leave. (The marks live on vm.extra_roots as non-object tagged words.)
bool repr_enter(Interpreter& vm, Obj* o);
void repr_leave(Interpreter& vm, Obj* o);
// Added by list.cpp: list.extend(iterable) (any iterable, including the list itself).
[[nodiscard]] Status list_extend(Interpreter& vm, List* l, Value iterable);

// ---- dict (dict.cpp) --------------------------------------------------------------------------------------------
[[nodiscard]] R<Dict*> new_dict(Interpreter& vm);
inline Dict* as_dict(Value v) { return static_cast<Dict*>(v.as_obj()); }
// Lookup: a successful null Value when the key is absent.
[[nodiscard]] R<Value> dict_get(Interpreter& vm, Dict* d, Value key);
[[nodiscard]] Status dict_set(Interpreter& vm, Dict* d, Value key, Value value);
// Removes key; returns the removed value or a successful null Value if absent.
[[nodiscard]] R<Value> dict_pop(Interpreter& vm, Dict* d, Value key);
// Fast paths for interned-string keys (attribute and global lookups): no user code can run.
Value dict_get_str(Dict* d, Str* key);
// The entry index of a str key, or -1 (no user code runs).
int64_t dict_find_str(Dict* d, Str* key);
[[nodiscard]] Status dict_set_str(Interpreter& vm, Dict* d, Str* key, Value value);
// Iterates entries: pos starts at 0; returns false at the end.
bool dict_next(Dict* d, uint32_t* pos, Value* key, Value* value);
[[nodiscard]] Status dict_update(Interpreter& vm, Dict* d, Value other);
[[nodiscard]] R<Dict*> dict_copy(Interpreter& vm, Dict* d);
void init_dict_type(Interpreter& vm);
// Hash table primitives shared with set.
[[nodiscard]] R<int64_t> table_find(Interpreter& vm, HashTable* t, Value key, int64_t hash);  // entry index or -1
[[nodiscard]] Status table_insert(Interpreter& vm, HashTable* t, Value key, int64_t hash, Value value);
void table_remove_at(HashTable* t, int64_t entry);
[[nodiscard]] Status table_init(Interpreter& vm, HashTable* t, uint32_t capacity);
// Shrinks a dict's table to the smallest that holds its entries (growth leaves up to 3x room), when that is
// smaller; unless `may_move`, only when no entry was deleted (so that no entry moves under a running iteration):
// for namespaces that are complete, such as a module's after its body ran, a new class's, the built-in types'.
[[nodiscard]] Status dict_fit(Interpreter& vm, Dict* d, bool may_move = false);

// ---- set (set.cpp) ----------------------------------------------------------------------------------------------
[[nodiscard]] R<Set*> new_set(Interpreter& vm, Type* type);
[[nodiscard]] Status set_add(Interpreter& vm, Set* s, Value key);
[[nodiscard]] R<bool> set_contains(Interpreter& vm, Set* s, Value key);
inline Set* as_set(Value v) { return static_cast<Set*>(v.as_obj()); }
void init_set_type(Interpreter& vm);
// Added by set.cpp (used by the dict views): CPython's make_new_set(type, iterable) and in-place set algebra with
// any iterable, following CPython's algorithms so results iterate in CPython's order.
[[nodiscard]] R<Set*> set_from_iterable(Interpreter& vm, Type* type, Value iterable);
[[nodiscard]] Status set_update_from(Interpreter& vm, Set* s, Value other);
[[nodiscard]] R<Set*> set_intersection_with(Interpreter& vm, Set* s, Value other);  // a new set of s's base type
[[nodiscard]] Status set_difference_update_from(Interpreter& vm, Set* s, Value other);
[[nodiscard]] Status set_symmetric_difference_update_from(Interpreter& vm, Set* s, Value other);

// ---- range, slice (range.cpp) -----------------------------------------------------------------------------------
[[nodiscard]] R<Value> new_slice(Interpreter& vm, Value start, Value stop, Value step);
// Resolves a slice against a sequence length like slice.indices(); returns the slice length.
[[nodiscard]] R<int64_t> slice_indices(Interpreter& vm, Slice* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step);
void init_range_type(Interpreter& vm);
// Resolves a sequence index (negative from the end); IndexError "<what> index out of range" if outside.
[[nodiscard]] R<int64_t> seq_index(Interpreter& vm, Value key, int64_t length, const char* what);

// ---- functions, methods, modules (function.cpp) -----------------------------------------------------------------
[[nodiscard]] R<Function*> new_function(Interpreter& vm, Code* code, Dict* globals, Str* qualname);
[[nodiscard]] R<Value> new_bound_method(Interpreter& vm, Value func, Value self);
[[nodiscard]] R<Module*> new_module(Interpreter& vm, Str* name);
void init_function_types(Interpreter& vm);

// ---- type and object (type.cpp) ---------------------------------------------------------------------------------
void init_type_type(Interpreter& vm);
// attr.cpp: the methods of member_descriptor (the descriptors of __slots__ entries).
void init_member_descriptor_type(Interpreter& vm);
// Adds native methods to a type's dict; `data` of each method is set to the type.
struct MethodDef {
    const char* name;
    NativeFn fn;
};
void add_methods(Interpreter& vm, Type* t, std::initializer_list<MethodDef> methods);
void add_classmethods(Interpreter& vm, Type* t, std::initializer_list<MethodDef> methods);
void add_staticmethods(Interpreter& vm, Type* t, std::initializer_list<MethodDef> methods);
// Added by int.cpp (implemented there): read-only properties whose getters are native functions called with (self).
void add_properties(Interpreter& vm, Type* t, std::initializer_list<MethodDef> getters);
// Checks a native method's receiver: TypeError "descriptor 'x' for 'T' objects doesn't apply..." otherwise.
[[nodiscard]] R<Value> self_of(Interpreter& vm, Args args, Type* t, const char* method);

// ---- iterators (iter.cpp) ---------------------------------------------------------------------------------------
[[nodiscard]] R<Iter*> new_iter(Interpreter& vm, Type* type, Value a, Value b = Value(), int64_t i = 0);
void init_iter_types(Interpreter& vm);
// Advances any object of Kind::Iter (also a user subclass of enumerate etc.): the next item, or a successful
// null Value when exhausted. iter_next (ops.cpp) calls this for built-in iterators.
[[nodiscard]] R<Value> builtin_iter_next(Interpreter& vm, Iter* it);

// ---- exceptions (exceptions.cpp) --------------------------------------------------------------------------------
void init_exception_types(Interpreter& vm);

// ---- argument checking (args.cpp) -------------------------------------------------------------------------------
// Matches args against parameter names: out[i] receives the argument for names[i] (null if not given).
// Parameters before `min_required` are required; keyword arguments are accepted for names after `first_kw`
// (positional-only before it). TypeErrors use CPython's wording with `fname`.
[[nodiscard]] Status parse_args(Interpreter& vm, Args args, const char* fname,
                                std::initializer_list<const char*> names, uint32_t min_required,
                                uint32_t first_kw, Value* out);
// Simple positional-only count check.
[[nodiscard]] Status check_nargs(Interpreter& vm, Args args, const char* fname, uint32_t min, uint32_t max);

// types.GenericAlias and types.UnionType (genericalias.cpp).
void init_generic_alias_types(Interpreter& vm);
[[nodiscard]] R<Value> new_generic_alias(Interpreter& vm, Value origin, Value args);
// For isinstance/issubclass: a union's members, null for other objects, an error for a GenericAlias.
[[nodiscard]] R<Tuple*> union_members_for_check(Interpreter& vm, Value cls, const char* fn);
// True when attribute `name` of `obj` (a GenericAlias) is looked up on its origin instead.
bool generic_alias_forwards(Interpreter& vm, Value obj, Str* name);
Value generic_alias_origin(Value alias);

}  // namespace pyco
