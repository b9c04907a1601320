// The Interpreter: all state of one Python interpreter, and the runtime API every layer above the heap uses.
//
// There is no global mutable state: two Interpreters in one process are independent. Every runtime function
// takes the Interpreter first. Fallible functions return R<T>/Status (result.h); the raised exception waits in
// `exc` until a handler takes it.
#pragma once
#include <cstdarg>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "objects/heap.h"
#include "objects/object.h"
#include "objects/result.h"

namespace pyco {

class Port;

// Built-in types that are not exceptions: C++ member name, Python name, layout, base (member name), flags.
#define PYCO_BUILTIN_TYPES(X)                                                              \
    X(object, "object", Object, object, TF_BASETYPE)                                        \
    X(type, "type", Type, object, TF_BASETYPE)                                              \
    X(none, "NoneType", Singleton, object, 0)                                               \
    X(int_, "int", Int, object, TF_BASETYPE)                                                \
    X(bool_, "bool", Int, int_, 0)                                                          \
    X(float_, "float", Float, object, TF_BASETYPE)                                          \
    X(complex, "complex", Complex, object, TF_BASETYPE)                                     \
    X(str, "str", Str, object, TF_BASETYPE)                                                 \
    X(bytes, "bytes", Bytes, object, TF_BASETYPE)                                           \
    X(bytearray, "bytearray", ByteArray, object, TF_BASETYPE)                               \
    X(list, "list", List, object, TF_BASETYPE | TF_SEQUENCE)                                \
    X(tuple, "tuple", Tuple, object, TF_BASETYPE | TF_SEQUENCE)                             \
    X(dict, "dict", Dict, object, TF_BASETYPE | TF_MAPPING)                                 \
    X(set, "set", Set, object, TF_BASETYPE)                                                 \
    X(frozenset, "frozenset", Set, object, TF_BASETYPE)                                     \
    X(range, "range", Range, object, TF_SEQUENCE)                                           \
    X(slice, "slice", Slice, object, 0)                                                     \
    X(function, "function", Function, object, TF_ABSTRACT)                                  \
    X(builtin_function, "builtin_function_or_method", NativeFunction, object, TF_ABSTRACT)  \
    X(method, "method", BoundMethod, object, TF_ABSTRACT)                                   \
    X(code, "code", Code, object, TF_ABSTRACT)                                              \
    X(cell, "cell", Cell, object, TF_ABSTRACT)                                              \
    X(module, "module", Module, object, TF_BASETYPE)                                        \
    X(generator, "generator", Generator, object, TF_ABSTRACT)                               \
    X(property, "property", Property, object, TF_BASETYPE)                                  \
    X(classmethod, "classmethod", ClassMethod, object, TF_BASETYPE)                         \
    X(staticmethod, "staticmethod", ClassMethod, object, TF_BASETYPE)                       \
    X(super, "super", Super, object, TF_BASETYPE)                                           \
    X(traceback, "traceback", Traceback, object, TF_ABSTRACT)                               \
    X(not_implemented, "NotImplementedType", Singleton, object, TF_ABSTRACT)                \
    X(ellipsis, "ellipsis", Singleton, object, TF_ABSTRACT)                                 \
    X(list_iterator, "list_iterator", Iter, object, TF_ABSTRACT)                            \
    X(list_reverseiterator, "list_reverseiterator", Iter, object, TF_ABSTRACT)              \
    X(tuple_iterator, "tuple_iterator", Iter, object, TF_ABSTRACT)                          \
    X(str_iterator, "str_ascii_iterator", Iter, object, TF_ABSTRACT)                        \
    X(bytes_iterator, "bytes_iterator", Iter, object, TF_ABSTRACT)                          \
    X(range_iterator, "range_iterator", Iter, object, TF_ABSTRACT)                          \
    X(dict_keyiterator, "dict_keyiterator", Iter, object, TF_ABSTRACT)                      \
    X(dict_valueiterator, "dict_valueiterator", Iter, object, TF_ABSTRACT)                  \
    X(dict_itemiterator, "dict_itemiterator", Iter, object, TF_ABSTRACT)                    \
    X(set_iterator, "set_iterator", Iter, object, TF_ABSTRACT)                              \
    X(dict_keys, "dict_keys", DictView, object, TF_ABSTRACT)                                \
    X(dict_values, "dict_values", DictView, object, TF_ABSTRACT)                            \
    X(dict_items, "dict_items", DictView, object, TF_ABSTRACT)                              \
    X(enumerate, "enumerate", Iter, object, TF_BASETYPE)                                    \
    X(zip, "zip", Iter, object, TF_BASETYPE)                                                \
    X(map, "map", Iter, object, TF_BASETYPE)                                                \
    X(filter, "filter", Iter, object, TF_BASETYPE)                                          \
    X(reversed, "reversed", Iter, object, TF_BASETYPE)                                      \
    X(callable_iterator, "callable_iterator", Iter, object, TF_ABSTRACT)                    \
    X(seq_iterator, "iterator", Iter, object, TF_ABSTRACT)                                  \
    X(text_file, "TextIOWrapper", File, object, TF_ABSTRACT)                                \
    X(binary_file, "BufferedReader", File, object, TF_ABSTRACT)                              \
    X(member_descriptor, "member_descriptor", Member, object, TF_ABSTRACT)                  \
    X(coroutine, "coroutine", Generator, object, TF_ABSTRACT)                               \
    X(coroutine_wrapper, "coroutine_wrapper", Cell, object, TF_ABSTRACT)                      \
    X(async_generator, "async_generator", Generator, object, TF_ABSTRACT)                   \
    X(async_generator_asend, "async_generator_asend", Iter, object, TF_ABSTRACT | TF_OWN_NEXT)            \
    X(async_generator_athrow, "async_generator_athrow", Iter, object, TF_ABSTRACT | TF_OWN_NEXT)          \
    X(async_generator_wrapped_value, "async_generator_wrapped_value", Cell, object, TF_ABSTRACT) \
    X(memoryview, "memoryview", MemoryView, object, TF_SEQUENCE)                           \
    X(generic_alias, "GenericAlias", Iter, object, TF_OWN_NEXT)                              \
    X(union_type, "UnionType", Iter, object, TF_OWN_NEXT | TF_ABSTRACT)

// The built-in exception hierarchy: C++ member name, Python name, base (member name).
#define PYCO_EXCEPTION_TYPES(X)                                       \
    X(BaseException, "BaseException", object)                          \
    X(SystemExit, "SystemExit", BaseException)                         \
    X(KeyboardInterrupt, "KeyboardInterrupt", BaseException)           \
    X(GeneratorExit, "GeneratorExit", BaseException)                   \
    X(Exception, "Exception", BaseException)                           \
    X(StopIteration, "StopIteration", Exception)                       \
    X(StopAsyncIteration, "StopAsyncIteration", Exception)             \
    X(ArithmeticError, "ArithmeticError", Exception)                   \
    X(FloatingPointError, "FloatingPointError", ArithmeticError)       \
    X(OverflowError, "OverflowError", ArithmeticError)                 \
    X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError)         \
    X(AssertionError, "AssertionError", Exception)                     \
    X(AttributeError, "AttributeError", Exception)                     \
    X(BufferError, "BufferError", Exception)                           \
    X(EOFError, "EOFError", Exception)                                 \
    X(ImportError, "ImportError", Exception)                           \
    X(ModuleNotFoundError, "ModuleNotFoundError", ImportError)         \
    X(LookupError, "LookupError", Exception)                           \
    X(IndexError, "IndexError", LookupError)                           \
    X(KeyError, "KeyError", LookupError)                               \
    X(MemoryError, "MemoryError", Exception)                           \
    X(NameError, "NameError", Exception)                               \
    X(UnboundLocalError, "UnboundLocalError", NameError)               \
    X(OSError, "OSError", Exception)                                   \
    X(FileExistsError, "FileExistsError", OSError)                     \
    X(FileNotFoundError, "FileNotFoundError", OSError)                 \
    X(IsADirectoryError, "IsADirectoryError", OSError)                 \
    X(NotADirectoryError, "NotADirectoryError", OSError)               \
    X(PermissionError, "PermissionError", OSError)                     \
    X(TimeoutError, "TimeoutError", OSError)                           \
    X(BlockingIOError, "BlockingIOError", OSError)                     \
    X(ChildProcessError, "ChildProcessError", OSError)                 \
    X(ConnectionError, "ConnectionError", OSError)                     \
    X(BrokenPipeError, "BrokenPipeError", ConnectionError)             \
    X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError) \
    X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError) \
    X(ConnectionResetError, "ConnectionResetError", ConnectionError)   \
    X(InterruptedError, "InterruptedError", OSError)                   \
    X(ProcessLookupError, "ProcessLookupError", OSError)               \
    X(ReferenceError, "ReferenceError", Exception)                     \
    X(RuntimeError, "RuntimeError", Exception)                         \
    X(NotImplementedError, "NotImplementedError", RuntimeError)        \
    X(RecursionError, "RecursionError", RuntimeError)                  \
    X(SyntaxError, "SyntaxError", Exception)                           \
    X(IndentationError, "IndentationError", SyntaxError)               \
    X(TabError, "TabError", IndentationError)                          \
    X(SystemError, "SystemError", Exception)                           \
    X(TypeError, "TypeError", Exception)                               \
    X(ValueError, "ValueError", Exception)                             \
    X(UnicodeError, "UnicodeError", ValueError)                        \
    X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError)          \
    X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError)          \
    X(Warning, "Warning", Exception)                                   \
    X(UserWarning, "UserWarning", Warning)                             \
    X(DeprecationWarning, "DeprecationWarning", Warning)               \
    X(RuntimeWarning, "RuntimeWarning", Warning)

// Names the runtime looks up by identity (interned at start): C++ member, Python text.
#define PYCO_NAMES(X)                                                                                         \
    X(__init__, "__init__") X(__new__, "__new__") X(__repr__, "__repr__") X(__str__, "__str__")                \
    X(__name__, "__name__") X(__qualname__, "__qualname__") X(__module__, "__module__") X(__doc__, "__doc__")  \
    X(__dict__, "__dict__") X(__class__, "__class__") X(__call__, "__call__") X(__iter__, "__iter__")          \
    X(__next__, "__next__") X(__len__, "__len__") X(__bool__, "__bool__") X(__hash__, "__hash__")              \
    X(__eq__, "__eq__") X(__ne__, "__ne__") X(__lt__, "__lt__") X(__le__, "__le__") X(__gt__, "__gt__")        \
    X(__ge__, "__ge__") X(__getitem__, "__getitem__") X(__setitem__, "__setitem__")                            \
    X(__delitem__, "__delitem__") X(__contains__, "__contains__") X(__getattr__, "__getattr__")                \
    X(__getattribute__, "__getattribute__") X(__setattr__, "__setattr__") X(__delattr__, "__delattr__")        \
    X(__get__, "__get__") X(__set__, "__set__") X(__delete__, "__delete__") X(__enter__, "__enter__")          \
    X(__exit__, "__exit__") X(__index__, "__index__") X(__int__, "__int__") X(__float__, "__float__")          \
    X(__neg__, "__neg__") X(__pos__, "__pos__") X(__abs__, "__abs__") X(__invert__, "__invert__")              \
    X(__builtins__, "__builtins__") X(__file__, "__file__") X(__main__, "__main__") X(__all__, "__all__")      \
    X(__missing__, "__missing__") X(__reversed__, "__reversed__") X(__format__, "__format__")                  \
    X(__init_subclass__, "__init_subclass__") X(__set_name__, "__set_name__") X(__slots__, "__slots__")        \
    X(__round__, "__round__") X(__path__, "__path__") X(__package__, "__package__")                            \
    X(__annotations__, "__annotations__") X(__mro_entries__, "__mro_entries__") X(__prepare__, "__prepare__")  \
    X(__del__, "__del__") X(__dir__, "__dir__") X(__trunc__, "__trunc__") X(__ceil__, "__ceil__")              \
    X(__floor__, "__floor__") X(__await__, "__await__") X(__aiter__, "__aiter__") X(__anext__, "__anext__")    \
    X(__aenter__, "__aenter__") X(__aexit__, "__aexit__") X(__length_hint__, "__length_hint__")                \
    X(__class_getitem__, "__class_getitem__") X(__bytes__, "__bytes__") X(__complex__, "__complex__")          \
    X(args, "args") X(send, "send") X(throw_, "throw") X(close, "close") X(keys, "keys") X(items, "items")     \
    X(write, "write") X(flush, "flush") X(readline, "readline") X(read, "read") X(value, "value")              \
    X(code, "code") X(errno_, "errno") X(strerror, "strerror") X(filename, "filename") X(msg, "msg")           \
    X(lineno, "lineno") X(offset, "offset") X(text, "text") X(end_lineno, "end_lineno")                        \
    X(end_offset, "end_offset") X(print_file_and_line, "print_file_and_line") X(name, "name")                  \
    X(obj, "obj") X(empty, "") X(lambda, "<lambda>") X(module, "<module>") X(stdout_, "stdout")                \
    X(stderr_, "stderr") X(stdin_, "stdin") X(self, "self") X(key, "key") X(reverse, "reverse")                \
    X(sep, "sep") X(end, "end") X(file, "file") X(default_, "default") X(start, "start") X(mro, "mro")         \
    X(sys, "sys") X(builtins, "builtins") X(path, "path") X(modules, "modules") X(argv, "argv")               \
    X(__cause__, "__cause__") X(__context__, "__context__") X(__traceback__, "__traceback__")                  \
    X(__suppress_context__, "__suppress_context__") X(__notes__, "__notes__") X(__func__, "__func__")         \
    X(__self__, "__self__") X(__code__, "__code__") X(__defaults__, "__defaults__") X(__base__, "__base__")    \
    X(__bases__, "__bases__") X(__mro__, "__mro__") X(__globals__, "__globals__") X(__closure__, "__closure__")\
    X(__kwdefaults__, "__kwdefaults__") X(__abstractmethods__, "__abstractmethods__") X(fget, "fget")         \
    X(fset, "fset") X(fdel, "fdel") X(getter, "getter") X(setter, "setter") X(deleter, "deleter")             \
    X(real, "real") X(imag, "imag") X(start_, "start") X(stop, "stop") X(step, "step") X(closed, "closed")    \
    X(mode, "mode") X(encoding, "encoding") X(buffer, "buffer") X(with_traceback, "with_traceback")           \
    X(add_note, "add_note") X(__match_args__, "__match_args__") X(tb_next, "tb_next") X(tb_lineno, "tb_lineno") \
    X(tb_frame, "tb_frame") X(co_name, "co_name") X(co_filename, "co_filename") X(__build_class__, "__build_class__")

// Binary operators, in the order of ast::BinOpKind: C++ name, symbol, dunder, reflected dunder, in-place dunder.
#define PYCO_BINARY_OPS(X)                                                   \
    X(Add, "+", "__add__", "__radd__", "__iadd__")                           \
    X(Sub, "-", "__sub__", "__rsub__", "__isub__")                           \
    X(Mul, "*", "__mul__", "__rmul__", "__imul__")                           \
    X(MatMul, "@", "__matmul__", "__rmatmul__", "__imatmul__")               \
    X(TrueDiv, "/", "__truediv__", "__rtruediv__", "__itruediv__")           \
    X(Mod, "%", "__mod__", "__rmod__", "__imod__")                           \
    X(Pow, "** or pow()", "__pow__", "__rpow__", "__ipow__")                 \
    X(LShift, "<<", "__lshift__", "__rlshift__", "__ilshift__")              \
    X(RShift, ">>", "__rshift__", "__rrshift__", "__irshift__")              \
    X(Or, "|", "__or__", "__ror__", "__ior__")                               \
    X(Xor, "^", "__xor__", "__rxor__", "__ixor__")                           \
    X(And, "&", "__and__", "__rand__", "__iand__")                           \
    X(FloorDiv, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__")

enum class BinOp : uint8_t {
#define X(n, ...) n,
    PYCO_BINARY_OPS(X)
#undef X
};
constexpr int kNumBinOps = 13;

// Comparison operators, in the order of ast::CmpOpKind's first six.
enum class CmpOp : uint8_t { Eq, Ne, Lt, Le, Gt, Ge };

// `x op y` for plain C++ values (ints, doubles, sizes).
template <class T> inline bool compare_scalars(CmpOp op, T x, T y) {
    switch (op) {
        case CmpOp::Eq: return x == y;
        case CmpOp::Ne: return x != y;
        case CmpOp::Lt: return x < y;
        case CmpOp::Le: return x <= y;
        case CmpOp::Gt: return x > y;
        case CmpOp::Ge: return x >= y;
    }
    return false;
}

struct Config {
    size_t heap_size = 256u << 20;
    // Room for the start-up objects (types, methods, interned names) below the program's heap, and the value
    // stack shared by frames, in values. A firmware build sizes both to its RAM.
    size_t startup_reserve = 1u << 20;
    size_t value_stack = 1u << 18;
#ifdef PYCO_GC_STRESS
    bool gc_stress = true;  // collect on every allocation (the gc-stress build)
#else
    bool gc_stress = false;
#endif
};

struct Interpreter {
    explicit Interpreter(Port& port, const Config& config = Config());
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // Prepares types, names, builtins and sys. Returns false if the heap is too small to even start.
    bool init();

    Port& port;
    Config config;
    Heap heap;

    // The exception being raised (propagating); null when none is.
    Value exc;

#define X(member, ...) Type* t_##member = nullptr;
    PYCO_BUILTIN_TYPES(X)
#undef X
#define X(member, ...) Type* e_##member = nullptr;
    PYCO_EXCEPTION_TYPES(X)
#undef X
#define X(member, text) Str* n_##member = nullptr;
    PYCO_NAMES(X)
#undef X
    Str* binop_dunder[kNumBinOps] = {};
    Str* binop_rdunder[kNumBinOps] = {};
    Str* binop_idunder[kNumBinOps] = {};

    // object's own __getattribute__/__setattr__/__delattr__/__init__/__new__, to tell quickly whether a class
    // overrides them.
    Value object_getattribute, object_setattr, object_delattr, object_init, object_new;

    Value not_implemented;
    Value ellipsis;
    Value memory_error;  // preallocated: raising MemoryError must not allocate
    Str* empty_str = nullptr;
    Tuple* empty_tuple = nullptr;
    Str* char_strs[128] = {};  // one-character ASCII strings, shared

    Dict* builtins = nullptr;
    Dict* modules = nullptr;   // sys.modules
    Module* sys_module = nullptr;
    Value main_module;

    // Execution state.
    Frame* frame = nullptr;          // innermost running frame
    struct FreeDeleter {
        void operator()(Value* p) const { std::free(p); }
    };
    // The value stack shared by all non-generator frames. From calloc: pages cost memory only once used.
    std::unique_ptr<Value, FreeDeleter> stack;
    Value* stack_top = nullptr;      // first free slot
    Value* stack_end = nullptr;
    int depth = 0;                   // Python-level call depth
    int recursion_limit = 1000;
    int native_depth = 0;            // nested C++ evaluations (calls from native code back into Python)

    // Interned strings: an open-addressing set; interned strings are immortal.
    std::vector<Str*> interned;
    size_t ninterned = 0;

    // Garbage collection.
    uintptr_t c_stack_base = 0;      // the C++ stack is scanned conservatively from here to the current top
    size_t allocated_since_gc = 0;
    size_t gc_threshold = 1u << 20;
    bool gc_enabled = true;
    bool in_gc = false;
    std::vector<Value> extra_roots;  // values C++ code must keep alive (see Root)
    uint64_t collections = 0;

    // Type attribute lookup cache (type_lookup): valid while `type_epoch` is unchanged. The epoch moves on
    // every change to a class namespace and on every class creation (a new class may reuse a freed one's
    // address), so an entry can never describe a different class or a stale attribute.
    struct TypeCacheEntry {
        Type* type;
        Str* name;
        uint64_t epoch;
        Value value;
    };
#ifndef PYCO_TYPE_CACHE_SIZE
#define PYCO_TYPE_CACHE_SIZE 2048  // entries, a power of two; a firmware build uses fewer
#endif
    static constexpr size_t kTypeCacheSize = PYCO_TYPE_CACHE_SIZE;
    std::unique_ptr<TypeCacheEntry[]> type_cache;
    uint64_t type_epoch = 1;
    // Attribute access cache for instances of user classes (attr.cpp): what getattr/setattr/load_method
    // must do for (class, name), decided once per class-namespace epoch, like type_cache. Names are
    // interned (never freed), classes are checked by the epoch, so no entry needs tracing.
    struct AttrCacheEntry {
        Type* type;
        Str* name;
        uint64_t epoch;
        Value descr;     // type_lookup(type, name)
        uint32_t flags;  // AttrCacheFlags in attr.cpp
    };
    static constexpr size_t kAttrCacheSize = 1024;
    std::unique_ptr<AttrCacheEntry[]> attr_cache;

    // Keyboard interrupt requested by the port (Ctrl-C); checked on backward jumps and calls.
    volatile int interrupt_pending = 0;  // an int so a signal handler may set it
    // machine.soft_reset() (1) or machine.reset() (2) asked for a reset: they raise SystemExit, and the REPL
    // resets the board when it sees this set.
    int reset_requested = 0;
};

// Keeps a value alive across allocations when it is held only in C++ heap memory (a std::vector, say).
// Values in C++ locals need no rooting: the C++ stack is scanned conservatively.
class Root {
public:
    Root(Interpreter& vm, Value v) : vm_(vm), index_(vm.extra_roots.size()) { vm.extra_roots.push_back(v); }
    ~Root() { vm_.extra_roots.resize(index_); }
    Root(const Root&) = delete;
    Root& operator=(const Root&) = delete;

private:
    Interpreter& vm_;
    size_t index_;
};

// ---- allocation (gc.cpp) ----------------------------------------------------------------------------------------
// Zeroed object memory with `type` set, or Raised (MemoryError). May run a collection first.
[[nodiscard]] R<Obj*> alloc_object_slow(Interpreter& vm, Type* type, size_t size, bool finalizer);
[[nodiscard]] inline R<Obj*> alloc_object(Interpreter& vm, Type* type, size_t size, bool finalizer = false) {
    // The fast path (inlined: floats and other one-block objects are allocated at a high rate): no
    // collection due, one block, no finalizer. Everything else goes through the collector-aware slow path.
    if (type && type->instance_size > size && type->kind != Kind::Type) size = type->instance_size;
    if (type && type->dict_offset == kDictAtEnd) size = ((size + 7) & ~size_t{7}) + sizeof(void*);  // see dict_at_end
    if (size <= Heap::kBlock && !finalizer && vm.allocated_since_gc < vm.gc_threshold && !vm.config.gc_stress) {
        if (void* p = vm.heap.alloc_one(true)) {
            vm.allocated_since_gc += size;
            Obj* o = static_cast<Obj*>(p);
            o->type = type;
            return o;
        }
    }
    return alloc_object_slow(vm, type, size, finalizer);
}
template <class T> [[nodiscard]] R<T*> alloc(Interpreter& vm, Type* type, size_t extra = 0) {
    R<Obj*> r = alloc_object(vm, type, sizeof(T) + extra);
    if (r.failed()) return Raised{};
    return static_cast<T*>(r.take());
}
// A raw buffer owned by one object (never traced on its own).
[[nodiscard]] R<void*> alloc_raw(Interpreter& vm, size_t size);
[[nodiscard]] R<void*> realloc_raw(Interpreter& vm, void* p, size_t size);
void free_raw(Interpreter& vm, void* p);
void collect_garbage(Interpreter& vm);
// Frees everything (the interpreter is being destroyed): runs every finalizer.
void finalize_all(Interpreter& vm);

// ---- exceptions (exceptions.cpp) --------------------------------------------------------------------------------
// Raise an exception of `type` with a printf-formatted message. Always returns Raised{}.
Raised raise(Interpreter& vm, Type* type, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
Raised raise_value(Interpreter& vm, Value exc);          // exc: an exception instance or class
Raised raise_with_arg(Interpreter& vm, Type* type, Value arg);  // e.g. KeyError(key)
Raised raise_memory_error(Interpreter& vm);
Raised raise_os_error(Interpreter& vm, int err, Value filename);
bool exception_matches(Interpreter& vm, Value exc, Type* type);
[[nodiscard]] R<Value> new_exception(Interpreter& vm, Type* type, Args args);
inline Exception* as_exception(Value v) { return reinterpret_cast<Exception*>(v.as_obj()); }
// Takes the pending exception (leaving none pending).
Value take_exception(Interpreter& vm);

// ---- type queries (type.cpp) ------------------------------------------------------------------------------------
inline Type* type_of(Interpreter& vm, Value v) {
    if (v.is_obj()) return v.as_obj()->type;
    if (v.is_int()) return vm.t_int_;
    if (v.is_bool()) return vm.t_bool_;
    return vm.t_none;
}
bool is_subtype(Type* t, Type* base);
// Instance size and __dict__ slot offset (0: none) of each layout (interp.cpp).
uint32_t layout_size(Kind k);
uint32_t layout_dict_offset(Kind k);
inline bool isinstance(Interpreter& vm, Value v, Type* t) { return is_subtype(type_of(vm, v), t); }
inline bool is_kind(Value v, Kind k) { return v.is_obj() && v.as_obj()->type->kind == k; }
inline bool is_type(Value v) { return is_kind(v, Kind::Type); }
const char* type_name(Interpreter& vm, Value v);
// Attribute lookup along the MRO without descriptors; null Value if absent.
Value type_lookup(Type* t, Str* name);
// The same through the interpreter's lookup cache (for hot paths).
Value type_lookup(Interpreter& vm, Type* t, Str* name);
// `kwargs` (keyword arguments of the class statement, if any) are passed on to __init_subclass__.
[[nodiscard]] R<Type*> new_type(Interpreter& vm, Type* meta, Str* name, Tuple* bases, Dict* dict, Args kwargs = Args{nullptr, 0, nullptr});
Dict** instance_dict_slot(Value v);
// The __dict__ slot of an instance whose type has dict_offset kDictAtEnd, and the allocation size that leaves room
// for it (alloc_object adds the slot; both sides use this one computation).
Dict** dict_at_end(Obj* o);
size_t dict_at_end_offset(Obj* o);
// Offset of a subclass instance's __dict__ for a base layout: layout_dict_offset, or kDictAtEnd for the layouts
// without a dict field whose subclass instances still get one.
uint32_t subclass_dict_offset(Kind k);

// ---- attributes (attr.cpp) --------------------------------------------------------------------------------------
[[nodiscard]] R<Value> getattr(Interpreter& vm, Value obj, Str* name);
// object.__getattribute__: descriptors, instance dict, special attributes (no __getattr__ fallback).
[[nodiscard]] R<Value> generic_getattr(Interpreter& vm, Value obj, Str* name);
// Like getattr, but an AttributeError becomes a successful null Value.
[[nodiscard]] R<Value> getattr_opt(Interpreter& vm, Value obj, Str* name);
[[nodiscard]] Status setattr(Interpreter& vm, Value obj, Str* name, Value value);
// object.__setattr__/type.__setattr__: data descriptors, then the instance (or class) dict; no __setattr__ hook.
[[nodiscard]] Status generic_setattr(Interpreter& vm, Value obj, Str* name, Value value);
[[nodiscard]] Status delattr(Interpreter& vm, Value obj, Str* name);
// For method calls: finds `name` on obj. If it is a plain function found on the type, returns it unbound and
// sets *is_method so the caller can pass obj as the first argument without allocating a bound method.
[[nodiscard]] R<Value> load_method(Interpreter& vm, Value obj, Str* name, bool* is_method);
// Looks up a special method on the type (never on the instance), binding it if found: null if absent.
[[nodiscard]] R<Value> lookup_special(Interpreter& vm, Value obj, Str* name);

// ---- calls (call.cpp) -------------------------------------------------------------------------------------------
[[nodiscard]] R<Value> call(Interpreter& vm, Value callable, Args args);
// Calling a class: __new__ then __init__.
[[nodiscard]] R<Value> type_call(Interpreter& vm, Type* t, Args args);
[[nodiscard]] R<Value> call0(Interpreter& vm, Value callable);
[[nodiscard]] R<Value> call1(Interpreter& vm, Value callable, Value a);
[[nodiscard]] R<Value> call2(Interpreter& vm, Value callable, Value a, Value b);
[[nodiscard]] R<Value> call3(Interpreter& vm, Value callable, Value a, Value b, Value c);
// Calls type(obj).name(obj, ...) — a special method; `found` reports whether it existed (if not, returns null).
[[nodiscard]] R<Value> call_method(Interpreter& vm, Value obj, Str* name, const Value* args, uint32_t n, bool* found);
// Builds a native function object.
[[nodiscard]] R<NativeFunction*> new_native(Interpreter& vm, const char* name, NativeFn fn, Value self = Value());

// ---- generic operations (ops.cpp) -------------------------------------------------------------------------------
[[nodiscard]] R<bool> truthy(Interpreter& vm, Value v);
[[nodiscard]] R<Value> binary_op(Interpreter& vm, BinOp op, Value a, Value b);
[[nodiscard]] R<Value> inplace_op(Interpreter& vm, BinOp op, Value a, Value b);
[[nodiscard]] R<Value> unary_neg(Interpreter& vm, Value v);
[[nodiscard]] R<Value> unary_pos(Interpreter& vm, Value v);
[[nodiscard]] R<Value> unary_invert(Interpreter& vm, Value v);
[[nodiscard]] R<Value> compare(Interpreter& vm, CmpOp op, Value a, Value b);
[[nodiscard]] R<bool> equal(Interpreter& vm, Value a, Value b);
[[nodiscard]] R<bool> less_than(Interpreter& vm, Value a, Value b);
[[nodiscard]] R<bool> contains(Interpreter& vm, Value container, Value item);
[[nodiscard]] R<int64_t> hash_value(Interpreter& vm, Value v);
[[nodiscard]] R<Value> getitem(Interpreter& vm, Value obj, Value key);
[[nodiscard]] Status setitem(Interpreter& vm, Value obj, Value key, Value value);
[[nodiscard]] Status delitem(Interpreter& vm, Value obj, Value key);
[[nodiscard]] R<int64_t> length(Interpreter& vm, Value v);
[[nodiscard]] R<Value> get_iter(Interpreter& vm, Value v);
[[nodiscard]] R<Value> get_iter_or_error(Interpreter& vm, Value v, bool for_contains);
// The next item, or a successful null Value when the iterator is exhausted.
[[nodiscard]] R<Value> iter_next(Interpreter& vm, Value it);
// Converts an object with __index__ to a C integer; OverflowError if it doesn't fit.
[[nodiscard]] R<int64_t> index_value(Interpreter& vm, Value v, const char* what = nullptr);
[[nodiscard]] R<Str*> repr(Interpreter& vm, Value v);
[[nodiscard]] R<Str*> to_str(Interpreter& vm, Value v);
[[nodiscard]] R<Value> format_value(Interpreter& vm, Value v, Str* spec);
// Collects any iterable into a new list.
[[nodiscard]] R<List*> list_from_iterable(Interpreter& vm, Value iterable);
// Checks the recursion limit and the C++ stack on entry to a nested evaluation.
[[nodiscard]] Status enter_recursion(Interpreter& vm, const char* where = "");
inline void leave_recursion(Interpreter& vm) { vm.native_depth--; }

}  // namespace pyco
