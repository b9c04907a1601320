// Interpreter start-up: builds the built-in types, interned names, exceptions and core modules.
#include <cstddef>

#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/port.h"
#include "vm/vm.h"

namespace pyco {

// Bytes of a fixed-size instance for each layout.
uint32_t layout_size(Kind k) {
    switch (k) {
        case Kind::Object: return sizeof(Instance);
        case Kind::Type: return sizeof(Type);
        case Kind::Int: return sizeof(Int);
        case Kind::Float: return sizeof(Float);
        case Kind::Complex: return sizeof(Complex);
        case Kind::Str: return sizeof(Str);
        case Kind::Bytes: return sizeof(Bytes);
        case Kind::ByteArray: return sizeof(ByteArray);
        case Kind::List: return sizeof(List);
        case Kind::Tuple: return sizeof(Tuple);
        case Kind::Dict: return sizeof(Dict);
        case Kind::Set: return sizeof(Set);
        case Kind::Range: return sizeof(Range);
        case Kind::Slice: return sizeof(Slice);
        case Kind::Function: return sizeof(Function);
        case Kind::NativeFunction: return sizeof(NativeFunction);
        case Kind::BoundMethod: return sizeof(BoundMethod);
        case Kind::Code: return sizeof(Code);
        case Kind::Cell: return sizeof(Cell);
        case Kind::Module: return sizeof(Module);
        case Kind::Generator: return sizeof(Generator);
        case Kind::Exception: return sizeof(Exception);
        case Kind::Property: return sizeof(Property);
        case Kind::ClassMethod: return sizeof(ClassMethod);
        case Kind::Super: return sizeof(Super);
        case Kind::Iter: return sizeof(Iter);
        case Kind::DictView: return sizeof(DictView);
        case Kind::File: return sizeof(File);
        case Kind::Traceback: return sizeof(Traceback);
        case Kind::Singleton: return sizeof(Singleton);
        case Kind::Member: return sizeof(MemberDescr);
        case Kind::Buffer: return sizeof(Buffer);
        case Kind::MemoryView: return sizeof(MemoryView);
    }
    return sizeof(Obj);
}

// Offset of the instance __dict__ pointer for layouts that have one.
uint32_t layout_dict_offset(Kind k) {
    switch (k) {
        case Kind::Object: return offsetof(Instance, dict);
        case Kind::List: return offsetof(List, dict);
        case Kind::Dict: return offsetof(Dict, dict);
        case Kind::Set: return offsetof(Set, dict);
        case Kind::ByteArray: return offsetof(ByteArray, dict);
        case Kind::Function: return offsetof(Function, dict);
        case Kind::Exception: return offsetof(Exception, dict);
        case Kind::ClassMethod: return offsetof(ClassMethod, dict);
        case Kind::File: return offsetof(File, dict);
        case Kind::Buffer: return offsetof(Buffer, dict);
        default: return 0;
    }
}

// The heap region holds the start-up objects (types, methods, builtins: ~150 KB, which a firmware build would keep
// in flash) in config.startup_reserve bytes below the program's heap of config.heap_size bytes; see init().
Interpreter::Interpreter(Port& p, const Config& c) : port(p), config(c), heap(c.heap_size + c.startup_reserve) {}

Interpreter::~Interpreter() {
    // Close files the program left open (their finalizers would otherwise never run).
    frame = nullptr;
    for (Value& v : extra_roots) v = Value();
    exc = Value();
    builtins = nullptr;
    modules = nullptr;
    sys_module = nullptr;
    main_module = Value();
    c_stack_base = 0;
    finalize_all(*this);
}

bool Interpreter::init() {
    Interpreter& vm = *this;
    if (heap.bytes_total() == 0) return false;
    size_t nstack = config.value_stack;
    stack.reset(static_cast<Value*>(std::calloc(nstack, sizeof(Value))));
    if (!stack) return false;
    stack_top = stack.get();
    stack_end = stack.get() + nstack;
    gc_enabled = false;  // nothing is rooted until the types exist

    // 1. Type objects (their own type pointer is set once `type` exists).
#define X(member, pyname, kind_, base_, flags_)                                  \
    {                                                                         \
        R<Obj*> o = alloc_object(vm, nullptr, sizeof(Type));                  \
        if (o.failed()) return false;                                         \
        t_##member = static_cast<Type*>(o.take());                            \
        t_##member->kind = Kind::kind_;                                        \
        t_##member->flags = flags_;                                            \
        t_##member->instance_size = layout_size(Kind::kind_);                  \
        t_##member->dict_offset = layout_dict_offset(Kind::kind_);             \
    }
    PYCO_BUILTIN_TYPES(X)
#undef X
#define X(member, pyname, kind_, base_, flags_) t_##member->type = t_type;
    PYCO_BUILTIN_TYPES(X)
#undef X
#define X(member, pyname, kind_, base_, flags_) t_##member->base = (t_##member == t_object ? nullptr : t_##base_);
    PYCO_BUILTIN_TYPES(X)
#undef X
    // Built-in types' instances don't get a __dict__, except where the layout needs one for subclasses; the
    // dict slot of list/dict/set is only used by subclasses (type->dict_offset is copied by new_type).
    t_object->dict_offset = 0;
    t_list->dict_offset = 0;
    t_dict->dict_offset = 0;
    t_set->dict_offset = 0;
    t_frozenset->dict_offset = 0;
    t_bytearray->dict_offset = 0;
    t_classmethod->dict_offset = 0;
    t_staticmethod->dict_offset = 0;
    t_text_file->dict_offset = 0;
    t_binary_file->dict_offset = 0;

    // 2. Strings, then names and dicts.
    R<Str*> es = new_str(vm, "");
    if (es.failed()) return false;
    empty_str = es.take();
    for (int c = 0; c < 128; c++) {
        char ch = static_cast<char>(c);
        R<Str*> s = new_str(vm, std::string_view(&ch, 1));
        if (s.failed()) return false;
        char_strs[c] = s.take();
    }
#define X(member, text)                     \
    {                                       \
        R<Str*> s = intern(vm, text);       \
        if (s.failed()) return false;       \
        n_##member = s.take();              \
    }
    PYCO_NAMES(X)
#undef X
    {
        int i = 0;
#define X(n, sym, d, rd, id)                                \
    {                                                       \
        R<Str*> a = intern(vm, d), b = intern(vm, rd), c = intern(vm, id); \
        if (a.failed() || b.failed() || c.failed()) return false; \
        binop_dunder[i] = a.take();                         \
        binop_rdunder[i] = b.take();                        \
        binop_idunder[i] = c.take();                        \
        i++;                                                \
    }
        PYCO_BINARY_OPS(X)
#undef X
    }
    R<Tuple*> et = new_tuple(vm, 0);
    if (et.failed()) return false;
    empty_tuple = et.take();
#define X(member, pyname, kind_, base_, flags_)                      \
    {                                                             \
        R<Str*> n = intern(vm, pyname);                           \
        R<Dict*> d = new_dict(vm);                                \
        if (n.failed() || d.failed()) return false;               \
        t_##member->name = n.take();                              \
        t_##member->qualname = t_##member->name;                  \
        t_##member->dict = d.take();                              \
    }
    PYCO_BUILTIN_TYPES(X)
#undef X
    // MROs: built-in types have single inheritance.
#define X(member, pyname, kind_, base_, flags_)                                          \
    {                                                                                 \
        uint32_t n = 0;                                                               \
        for (Type* p = t_##member; p; p = p->base) n++;                               \
        R<Tuple*> m = new_tuple(vm, n);                                               \
        if (m.failed()) return false;                                                 \
        uint32_t i = 0;                                                               \
        for (Type* p = t_##member; p; p = p->base) m.take()->items[i++] = val(p);     \
        t_##member->mro = m.take();                                                   \
        R<Tuple*> b = t_##member->base ? tuple_of(vm, {val(t_##member->base)}) : new_tuple(vm, 0); \
        if (b.failed()) return false;                                                 \
        t_##member->bases = b.take();                                                 \
    }
    PYCO_BUILTIN_TYPES(X)
#undef X

    // 3. Exception types: built-in classes whose instances have a __dict__.
    Type* e_object = t_object;  // BaseException's base, named the way the table names bases
#define X(member, pyname, base_)                                                        \
    {                                                                                  \
        R<Str*> n = intern(vm, pyname);                                                \
        R<Dict*> d = new_dict(vm);                                                     \
        if (n.failed() || d.failed()) return false;                                    \
        Type* basetype = e_##base_;                                                    \
        R<Tuple*> bases = tuple_of(vm, {val(basetype)});                               \
        if (bases.failed()) return false;                                              \
        R<Obj*> o = alloc_object(vm, t_type, sizeof(Type));                            \
        if (o.failed()) return false;                                                  \
        Type* t = static_cast<Type*>(o.take());                                        \
        t->name = n.take();                                                            \
        t->qualname = t->name;                                                         \
        t->dict = d.take();                                                            \
        t->base = basetype;                                                            \
        t->bases = bases.take();                                                       \
        t->kind = Kind::Exception;                                                     \
        t->flags = TF_BASETYPE | TF_EXCEPTION;                                         \
        t->instance_size = sizeof(Exception);                                          \
        t->dict_offset = offsetof(Exception, dict);                                    \
        uint32_t depth = 0;                                                            \
        for (Type* p = t; p; p = p->base) depth++;                                     \
        R<Tuple*> m = new_tuple(vm, depth);                                            \
        if (m.failed()) return false;                                                  \
        uint32_t i = 0;                                                                \
        for (Type* p = t; p; p = p->base) m.take()->items[i++] = val(p);               \
        t->mro = m.take();                                                             \
        e_##member = t;                                                                \
    }
    PYCO_EXCEPTION_TYPES(X)
#undef X

    // 4. Singletons.
    R<Obj*> ni = alloc_object(vm, t_not_implemented, sizeof(Singleton));
    R<Obj*> el = alloc_object(vm, t_ellipsis, sizeof(Singleton));
    if (ni.failed() || el.failed()) return false;
    not_implemented = val(ni.take());
    ellipsis = val(el.take());

    // 5. Methods of every type.
    init_type_type(vm);
    object_getattribute = dict_get_str(t_object->dict, n___getattribute__);
    object_setattr = dict_get_str(t_object->dict, n___setattr__);
    object_delattr = dict_get_str(t_object->dict, n___delattr__);
    object_init = dict_get_str(t_object->dict, n___init__);
    object_new = dict_get_str(t_object->dict, n___new__);
    init_member_descriptor_type(vm);
    init_str_type(vm);
    init_bytes_type(vm);
    init_bytearray_type(vm);
    init_memoryview_type(vm);
    init_int_type(vm);
    init_float_type(vm);
    init_complex_type(vm);
    init_tuple_type(vm);
    init_list_type(vm);
    init_dict_type(vm);
    init_set_type(vm);
    init_range_type(vm);
    init_function_types(vm);
    init_iter_types(vm);
    init_exception_types(vm);
    init_generator_type(vm);
    init_file_types(vm);
    init_generic_alias_types(vm);
    {
        R<Value> me = new_exception(vm, e_MemoryError, Args{nullptr, 0, nullptr});
        if (me.failed()) return false;
        memory_error = me.take();
    }
    R<Dict*> mods = new_dict(vm);
    if (mods.failed()) return false;
    modules = mods.take();
    if (init_builtins(vm).failed()) return false;
    if (!exc.is_null()) return false;
    // The built-in namespaces are complete: drop the room their growth left (about a fifth of the start-up heap).
    bool fitted = true;
#define X(member, ...) t_##member->dict->type_dict = true; fitted = fitted && !dict_fit(vm, t_##member->dict, true).failed();
    PYCO_BUILTIN_TYPES(X)
#undef X
#define X(member, ...) e_##member->dict->type_dict = true; fitted = fitted && !dict_fit(vm, e_##member->dict, true).failed();
    PYCO_EXCEPTION_TYPES(X)
#undef X
    for (uint32_t i = 0; i < modules->table.nentries; i++) {
        Value m = modules->table.entries[i].value;
        if (is_kind(m, Kind::Module)) fitted = fitted && !dict_fit(vm, static_cast<Module*>(m.as_obj())->dict, true).failed();
    }
    if (!fitted) return false;
    type_cache.reset(new TypeCacheEntry[kTypeCacheSize]());
    attr_cache.reset(new AttrCacheEntry[kAttrCacheSize]());
    type_epoch++;
    if (init_exception_groups(vm).failed()) return false;
    collect_garbage(vm);
    heap.set_limit(heap.high_water() + config.heap_size);
    gc_enabled = true;
    return true;
}

}  // namespace pyco
