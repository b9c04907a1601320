// The layouts of all heap objects. Behaviour lives in one file per type (str.cpp, list.cpp, ...).
//
// Invariants every layout keeps:
// - An object starts with `Type* type` and lives in the GC heap (heap.h); memory comes zeroed, so a
//   half-built object (GC during construction) traces as empty.
// - Pointers to other objects or raw buffers are traced in gc.cpp's trace_object, one case per Kind.
//   A raw buffer (e.g. List::items) is owned by exactly one object.
// - Immutable objects (Str, Bytes, Tuple, Int, Float) are never changed after construction escapes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "objects/value.h"

namespace pyco {

struct Type;
struct Str;
struct Tuple;
struct Dict;
struct Code;
struct Frame;
struct Interpreter;

// The memory layout of an object; every type (also a user class) has one, inherited from its base.
enum class Kind : uint8_t {
    Object,  // a plain instance of a user class: just a __dict__
    Type, Int, Float, Complex, Str, Bytes, ByteArray, List, Tuple, Dict, Set, Range, Slice, Function,
    NativeFunction, BoundMethod, Code, Cell, Module, Generator, Exception, Property, ClassMethod,
    Super, Iter, DictView, File, Traceback, Singleton,
    Member,  // a __slots__ entry's descriptor
    Buffer,  // array.array, io.StringIO/BytesIO, hashlib objects: a raw byte buffer and a position
    MemoryView,  // a view of a bytes, bytearray or array's buffer (memoryview.cpp)
};

struct Obj {
    Type* type;
};

// Type flags.
enum : uint32_t {
    TF_BASETYPE = 1,   // may be subclassed
    TF_HEAPTYPE = 2,   // a class created by Python code (attributes may be set)
    TF_ABSTRACT = 4,   // cannot be instantiated directly (e.g. function)
    TF_EXCEPTION = 8,  // BaseException or a subclass
    TF_SEQUENCE = 16,  // matches sequence patterns (list, tuple, range); looked up along the MRO
    TF_MAPPING = 32,   // matches mapping patterns (dict); looked up along the MRO
    TF_OWN_NEXT = 64,  // an Iter-layout type whose __next__ is an ordinary method, not an iter.cpp IterKind
    TF_IS_ABSTRACT = 128,  // its __abstractmethods__ (abc) is non-empty: object.__new__ refuses it
};

// Type::dict_offset of subclasses of str, bytes, int, tuple, float and complex: their instances' __dict__ pointer
// is the word after the object's data (rounded up to 8 bytes), as CPython's negative tp_dictoffset.
constexpr uint32_t kDictAtEnd = 0xffffffffu;

struct Type : Obj {
    Str* name;
    Str* qualname;
    Type* base;        // nullptr only for `object`
    Tuple* mro;        // this type first, `object` last
    Tuple* bases;
    Dict* dict;
    uint32_t flags;
    Kind kind;              // instance layout
    uint32_t dict_offset;   // byte offset of an instance's Dict* (0: instances have no __dict__)
    uint32_t instance_size; // bytes of a fixed-size instance
    Str* module_name;
};

struct Instance : Obj {
    Dict* dict;
};

struct Int : Obj {  // integers outside the small-int range
    uint32_t ndigits;
    bool negative;
    uint32_t digits[];  // little-endian base 2^32, no leading zeros
};

struct Float : Obj {
    double value;
};

struct Complex : Obj {
    double real, imag;
};

// UTF-8 text. `data` is NUL-terminated (not counted in size) so it can be passed to C functions.
struct Str : Obj {
    uint32_t size;    // bytes
    uint32_t length;  // code points
    int64_t hash;     // -1 until computed
    bool ascii;       // all bytes < 0x80: indexing is O(1)
    bool interned;
    char data[];
    std::string_view view() const { return {data, size}; }
};

struct Bytes : Obj {
    uint32_t size;
    int64_t hash;
    uint8_t data[];  // NUL-terminated too
    std::string_view view() const { return {reinterpret_cast<const char*>(data), size}; }
};

struct ByteArray : Obj {
    Dict* dict;
    uint32_t size, capacity;
    uint8_t* data;  // raw buffer
    uint32_t exports;  // memoryviews not yet released: resizing is a BufferError while > 0
};

struct List : Obj {
    Dict* dict;  // for subclasses of list; nullptr otherwise (kept here so list subclasses need no extra layout)
    uint32_t size, capacity;
    Value* items;  // raw buffer of `capacity` values
};

struct Tuple : Obj {
    uint32_t size;
    Value items[];
};

// Insertion-ordered hash table shared by dict and set: `entries` in insertion order (deleted entries have a
// null key), `index` maps hash slots to entry numbers (-1 empty, -2 deleted). Both live in one raw buffer.
struct DictEntry {
    Value key;
    Value value;
    int64_t hash;
};
struct HashTable {
    uint32_t used;      // live entries
    uint32_t nentries;  // entries in use including deleted ones
    uint32_t capacity;  // entries available
    uint32_t nslots;    // index size (power of 2)
    DictEntry* entries;
    int32_t* index;     // points into the same buffer as entries
};

struct Dict : Obj {
    Dict* dict;  // instance __dict__ for dict subclasses
    HashTable table;
    uint32_t version;  // changes on every insertion or deletion of a key (iteration safety)
    bool type_dict;    // the namespace of a class: changes invalidate the interpreter's type lookup cache
};

// set and frozenset (distinguished by type). The table is CPython's open-addressing set (set.cpp), so that
// iteration follows CPython's slot order; it lives in HashTable's fields so tracing and the set iterator treat it
// like a dict's entries: `entries` are the slots (nentries == capacity == nslots, a power of 2, or all 0 before
// the first insertion), a slot with a null key is empty (hash 0) or deleted (hash -1), and `index` is unused.
struct Set : Obj {
    Dict* dict;
    HashTable table;
    int64_t hash;     // frozenset, -1 until computed
    uint32_t fill;    // live plus deleted slots
    uint32_t finger;  // where pop() resumes its search
};

struct Range : Obj {
    int64_t start, stop, step, length;
};

struct Slice : Obj {
    Value start, stop, step;
};

struct Cell : Obj {
    Value value;  // null while unbound
};

// A call's arguments: n positional values, then (when kwnames is not null) one value per name in kwnames.
struct Args {
    const Value* v;
    uint32_t n;
    Tuple* kwnames;
    uint32_t nkw() const;
};

template <class T> class R;
using NativeFn = R<Value> (*)(Interpreter& vm, Args args);

struct NativeFunction : Obj {
    NativeFn fn;
    const char* name;
    Value self;    // bound receiver for builtin methods bound to an instance (null when unbound)
    Value data;    // extra data for the implementation (e.g. the type a method belongs to)
    Str* module_name;
};

struct BoundMethod : Obj {
    Value func;
    Value self;
};

// Code flags.
enum : uint16_t {
    CO_VARARGS = 1,
    CO_VARKEYWORDS = 2,
    CO_GENERATOR = 4,
    CO_NESTED = 8,
    CO_COROUTINE = 16,
    CO_MODULE = 32,  // module or class body: names resolve through the frame's locals dict
    CO_CLASS = 64,
    CO_ASYNC_GENERATOR = 128,
};

// Source position of one instruction, for tracebacks.
struct Loc {
    int32_t line;
    int32_t end_line;
    uint16_t col, end_col;  // byte columns, 0-based, end exclusive; 0xffff = unknown
};

struct Code : Obj {
    Str* name;
    Str* qualname;
    Str* filename;
    Str* source;          // the whole source text of the module (shared), for traceback lines
    Tuple* consts;
    Tuple* names;         // global/attribute names (interned Str)
    Tuple* varnames;      // fast locals: parameters first
    Tuple* cellvars;      // names of cells created by this frame (locals captured by inner functions)
    Tuple* freevars;      // names of cells passed in through the closure
    uint32_t* code;       // raw buffer: instructions
    uint8_t* linetable;   // raw buffer: the instructions' source locations, compactly (vm/linetable.h)
    uint32_t ninstr;
    uint16_t argcount, posonlyargcount, kwonlyargcount;
    uint16_t flags;
    uint16_t nlocals, stacksize;
    int32_t firstlineno;
    uint32_t linetable_size;
    int16_t* cell2arg;    // raw buffer or null: for each cell, the argument it is initialised from (-1: none)
    struct GlobalCache* global_cache;  // raw buffer or null: one entry per name, for LOAD_GLOBAL
};

// Where LOAD_GLOBAL last found a name (one entry per name of a code object). An entry is trusted only if the
// entry it points at still holds that very name (so a moved or deleted key is never misread), and "not in
// globals" only while the globals dict's key set is unchanged (Dict::version). The dicts are traced, so their
// addresses cannot be reused by other dicts while cached.
struct GlobalCache {
    Dict* globals;
    Dict* builtins;
    uint32_t globals_version;
    int32_t globals_index;   // entry index in globals, or -1: absent from globals when cached
    int32_t builtins_index;  // entry index in builtins (when absent from globals)
};

struct Module;
struct Function : Obj {
    Dict* dict;  // function attributes
    Code* code;
    Dict* globals;
    Tuple* defaults;    // may be null
    Dict* kwdefaults;   // may be null
    Tuple* closure;     // cells, may be null
    Str* name;
    Str* qualname;
    Value doc;
    Dict* annotations;
    Value module_name;
};

struct Module : Obj {
    Dict* dict;
    Str* name;
};

// Exception-handling blocks of a frame: one per active try/with.
struct Block {
    uint32_t handler;  // instruction index to jump to
    uint32_t level;    // stack depth to unwind to
    uint8_t kind;      // BlockKind in vm.h
};
constexpr int kMaxBlocks = 20;

// A frame's state. Normal calls keep their Frame on the C++ stack and their values on the interpreter's value
// stack; a generator owns its Frame and values (one raw buffer) so it can be suspended.
struct Frame {
    Function* func;     // null for module and class bodies run directly from code
    Code* code;
    Dict* globals;
    Dict* locals;       // the namespace of module/class bodies; null for functions
    Dict* builtins;
    Value* fast;        // nlocals locals, then cells (Cell*), then the value stack
    Value* sp;
    uint32_t ip;        // next instruction
    uint32_t lasti;     // instruction being executed (for tracebacks)
    Frame* back;
    uint8_t nblocks;
    Block blocks[kMaxBlocks];
    Value handling;     // the exception being handled by an except/finally block of this frame (sys.exc_info)
    Obj* generator;     // the generator owning this frame, if any
};

struct Generator : Obj {
    Frame* frame;       // raw buffer: Frame followed by its values; null once finished
    Code* code;
    Str* name;
    Str* qualname;
    bool running;
    bool started;
    bool ag_closed;         // async generator: finished or closed (further athrow() gives StopAsyncIteration)
    bool ag_running_async;  // async generator: an asend()/athrow() awaitable is being awaited
};

struct Traceback : Obj {
    Traceback* next;
    Code* code;
    uint32_t instr;
    Dict* globals;  // the frame's globals (for the "Did you mean" hint of NameError)
};

struct Exception : Obj {
    Dict* dict;
    Tuple* args;
    Traceback* traceback;
    Value cause;            // null or an exception
    Value context;
    bool suppress_context;
    Value notes;            // list of str added by add_note, or null
    Value value;            // StopIteration.value / SystemExit.code / KeyError key etc.: set by constructors
};

struct Property : Obj {
    Value fget, fset, fdel, doc;
};

struct ClassMethod : Obj {  // classmethod and staticmethod
    Dict* dict;
    Value func;
};

struct Super : Obj {
    Type* type;
    Value obj;
    Type* obj_type;
};

// The state of a built-in iterator; what a..c and i..j mean depends on the iterator's type.
struct Iter : Obj {
    Value a, b, c;
    int64_t i, j, k;
};

struct DictView : Obj {
    Value dict;  // Dict
};

struct File : Obj {
    Dict* dict;
    int fd;             // -1 once closed
    uint8_t mode;       // FileMode bits (file.cpp)
    bool binary;
    bool owns_fd;
    Str* name;
    Str* mode_str;
    uint8_t* rbuf;      // raw buffer: read-ahead
    uint32_t rpos, rlen, rcap;
};

// What a Buffer object is (Buffer::flavor); only arrays expose their bytes to the buffer interface (buffer_view).
enum BufferFlavor : uint8_t { BUF_ARRAY = 1, BUF_STRINGIO, BUF_BYTESIO, BUF_HASH };

// The layout of the modules' native containers (array.cpp, io.cpp, hashlib.cpp): `data` is a raw buffer.
struct Buffer : Obj {
    Dict* dict;
    uint8_t* data;            // raw buffer of `capacity` bytes (StringIO: UTF-32 code points; hash: its state)
    uint32_t size, capacity;  // bytes
    int64_t pos;              // io: the stream position (StringIO: in code points)
    uint8_t flavor;           // BufferFlavor
    char typecode;            // array: its typecode; hashlib: the HashAlgo
    bool closed;              // io
    uint32_t exports;         // array: memoryviews not yet released (see ByteArray::exports)
};

// memoryview: one-dimensional view of an exporter's buffer. Item k is at offset + k * stride bytes into the
// buffer, which is looked up again on every access (the exporter cannot resize while exports > 0).
struct MemoryView : Obj {
    Value obj;           // the exporter: bytes, bytearray or array.array
    int64_t offset, length, stride;  // length in items; stride in bytes (negative for reversed slices)
    int64_t hash;        // -1 until computed
    uint8_t itemsize;
    char format;         // a struct format character
    bool readonly, released;
};

struct Singleton : Obj {};  // NotImplemented, Ellipsis

// The descriptor of one __slots__ name: the value lives at `offset` bytes into the instance (null: unset).
struct MemberDescr : Obj {
    Str* name;
    Type* owner;
    uint32_t offset;
};

}  // namespace pyco
