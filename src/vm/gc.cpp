// Allocation and garbage collection: roots, tracing of every object layout, and the collection policy.
//
// Roots are exact for interpreter state (types, names, modules, the value stack, frames) and conservative for
// the C++ stack: any word there that points into a heap allocation keeps it alive. That lets native code hold
// Values in locals across allocations without registering them.
#include <csetjmp>
#include <cstring>

#include "objects/objects.h"
#include "ports/port.h"

namespace pyco {

namespace {

struct Marker {
    Interpreter& vm;
    std::vector<void*> stack;
    const Type* last_leaf_type = nullptr;

    void raw(const void* p) {
        if (p && vm.heap.contains(p)) vm.heap.mark(p);
    }
    void obj(const void* p) {
        if (!p || !vm.heap.contains(p) || !vm.heap.mark(p)) return;
        const Obj* o = static_cast<const Obj*>(p);
        if (is_leaf(o)) {
            if (o->type != last_leaf_type) {  // leaves mostly share a few types: mark each once per run
                last_leaf_type = o->type;
                obj(o->type);  // a type is never a leaf: at most one level of recursion
            }
            return;
        }
        stack.push_back(const_cast<void*>(p));
    }
    // An object of a built-in type that refers to nothing but its type: marking it (and its type) is all
    // there is to do, so it skips the mark stack (most of what a heap of strings and numbers holds).
    static bool is_leaf(const Obj* o) {
        const Type* t = o->type;
        if (!t || (t->flags & TF_HEAPTYPE) || t->dict_offset) return false;
        switch (t->kind) {
            case Kind::Int:
            case Kind::Float:
            case Kind::Complex:
            case Kind::Str:
            case Kind::Bytes:
            case Kind::Range:
                return true;
            default:
                return false;
        }
    }
    void value(Value v) {
        if (v.is_obj()) obj(v.as_obj());
    }
    void values(const Value* v, size_t n) {
        for (size_t i = 0; i < n; i++) value(v[i]);
    }
    // A word that may or may not be a pointer (C++ stack, raw buffers reached from it).
    void conservative(uintptr_t word) {
        void* a = vm.heap.find_allocation(word);
        if (!a || !vm.heap.mark(a)) return;
        stack.push_back(a);
    }
    void table(const HashTable& t) {
        if (!t.entries) return;
        raw(t.entries);
        for (uint32_t i = 0; i < t.nentries; i++) {
            value(t.entries[i].key);
            value(t.entries[i].value);
        }
    }
    void frame(const Frame* f);
    void trace(void* p);
    void drain() {
        while (!stack.empty()) {
            void* p = stack.back();
            stack.pop_back();
            trace(p);
        }
    }
};

void Marker::frame(const Frame* f) {
    obj(f->func);
    obj(f->code);
    obj(f->globals);
    obj(f->locals);
    obj(f->builtins);
    value(f->handling);
    obj(f->generator);
    if (f->fast && f->sp) values(f->fast, static_cast<size_t>(f->sp - f->fast));
}

void Marker::trace(void* p) {
    if (!vm.heap.is_object(p)) {
        // A raw buffer found only through the C++ stack: every word may be a pointer.
        size_t n = vm.heap.alloc_size(p) / sizeof(uintptr_t);
        auto* w = static_cast<uintptr_t*>(p);
        for (size_t i = 0; i < n; i++) conservative(w[i]);
        return;
    }
    Obj* o = static_cast<Obj*>(p);
    Type* t = o->type;
    obj(t);
    if (!t) return;
    if (t->dict_offset) obj(t->dict_offset == kDictAtEnd ? *dict_at_end(o) : *reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + t->dict_offset));
    if (t->flags & TF_HEAPTYPE) {
        // __slots__ values follow the layout's fields (new_type never adds slots to variable-size layouts).
        uint32_t fixed = layout_size(t->kind);
        if (t->instance_size > fixed && t->kind != Kind::Type)
            values(reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + fixed), (t->instance_size - fixed) / sizeof(Value));
    }
    switch (t->kind) {
        case Kind::Object:
        case Kind::Int:
        case Kind::Float:
        case Kind::Complex:
        case Kind::Str:
        case Kind::Bytes:
        case Kind::Range:
        case Kind::Singleton:
            break;
        case Kind::Member: {
            auto* m = static_cast<MemberDescr*>(o);
            obj(m->name);
            obj(m->owner);
            break;
        }
        case Kind::Type: {
            auto* ty = static_cast<Type*>(o);
            obj(ty->name);
            obj(ty->qualname);
            obj(ty->base);
            obj(ty->mro);
            obj(ty->bases);
            obj(ty->dict);
            obj(ty->module_name);
            break;
        }
        case Kind::ByteArray:
            raw(static_cast<ByteArray*>(o)->data);
            break;
        case Kind::Buffer:
            raw(static_cast<Buffer*>(o)->data);
            break;
        case Kind::MemoryView:
            value(static_cast<MemoryView*>(o)->obj);
            break;
        case Kind::List: {
            auto* l = static_cast<List*>(o);
            raw(l->items);
            if (l->items) values(l->items, l->size);
            break;
        }
        case Kind::Tuple: {
            auto* tu = static_cast<Tuple*>(o);
            values(tu->items, tu->size);
            break;
        }
        case Kind::Dict:
            table(static_cast<Dict*>(o)->table);
            break;
        case Kind::Set:
            table(static_cast<Set*>(o)->table);
            break;
        case Kind::Slice: {
            auto* s = static_cast<Slice*>(o);
            value(s->start);
            value(s->stop);
            value(s->step);
            break;
        }
        case Kind::Function: {
            auto* f = static_cast<Function*>(o);
            obj(f->code);
            obj(f->globals);
            obj(f->defaults);
            obj(f->kwdefaults);
            obj(f->closure);
            obj(f->name);
            obj(f->qualname);
            value(f->doc);
            obj(f->annotations);
            value(f->module_name);
            break;
        }
        case Kind::NativeFunction: {
            auto* f = static_cast<NativeFunction*>(o);
            value(f->self);
            value(f->data);
            obj(f->module_name);
            break;
        }
        case Kind::BoundMethod: {
            auto* m = static_cast<BoundMethod*>(o);
            value(m->func);
            value(m->self);
            break;
        }
        case Kind::Code: {
            auto* c = static_cast<Code*>(o);
            obj(c->name);
            obj(c->qualname);
            obj(c->filename);
            obj(c->source);
            obj(c->consts);
            obj(c->names);
            obj(c->varnames);
            obj(c->cellvars);
            obj(c->freevars);
            raw(c->code);
            raw(c->linetable);
            raw(c->cell2arg);
            if (c->global_cache) {
                raw(c->global_cache);
                for (uint32_t i = 0; i < c->names->size; i++) {
                    obj(c->global_cache[i].globals);
                    obj(c->global_cache[i].builtins);
                }
            }
            break;
        }
        case Kind::Cell:
            value(static_cast<Cell*>(o)->value);
            break;
        case Kind::Module: {
            auto* m = static_cast<Module*>(o);
            obj(m->dict);
            obj(m->name);
            break;
        }
        case Kind::Generator: {
            auto* g = static_cast<Generator*>(o);
            obj(g->code);
            obj(g->name);
            obj(g->qualname);
            if (g->frame) {
                raw(g->frame);
                frame(g->frame);
            }
            break;
        }
        case Kind::Exception: {
            auto* e = static_cast<Exception*>(o);
            obj(e->args);
            obj(e->traceback);
            value(e->cause);
            value(e->context);
            value(e->notes);
            value(e->value);
            break;
        }
        case Kind::Property: {
            auto* pr = static_cast<Property*>(o);
            value(pr->fget);
            value(pr->fset);
            value(pr->fdel);
            value(pr->doc);
            break;
        }
        case Kind::ClassMethod:
            value(static_cast<ClassMethod*>(o)->func);
            break;
        case Kind::Super: {
            auto* s = static_cast<Super*>(o);
            obj(s->type);
            value(s->obj);
            obj(s->obj_type);
            break;
        }
        case Kind::Iter: {
            auto* it = static_cast<Iter*>(o);
            value(it->a);
            value(it->b);
            value(it->c);
            break;
        }
        case Kind::DictView:
            value(static_cast<DictView*>(o)->dict);
            break;
        case Kind::File: {
            auto* f = static_cast<File*>(o);
            obj(f->dict);  // a console stream's `buffer` (its type has no __dict__ slot: dict_offset is 0)
            obj(f->name);
            obj(f->mode_str);
            raw(f->rbuf);
            break;
        }
        case Kind::Traceback: {
            auto* tb = static_cast<Traceback*>(o);
            obj(tb->next);
            obj(tb->code);
            obj(tb->globals);
            break;
        }
    }
}

// Reads the C++ stack word by word. The sanitizers must not see this: parts of the stack are poisoned
// redzones, and reading them is deliberate.
__attribute__((no_sanitize("address"))) __attribute__((noinline)) void scan_c_stack(Marker& m, uintptr_t base) {
    std::jmp_buf regs;  // spills callee-saved registers onto the stack so they are scanned too
    setjmp(regs);
    volatile uintptr_t here = reinterpret_cast<uintptr_t>(&regs);
    uintptr_t lo = here & ~uintptr_t(sizeof(uintptr_t) - 1);
    for (uintptr_t a = lo; a < base; a += sizeof(uintptr_t)) m.conservative(*reinterpret_cast<uintptr_t*>(a));
    // The jmp_buf itself lies at/above `here` and is included in the range.
}

void finalize_object(Interpreter& vm, Obj* o);

}  // namespace

void collect_garbage(Interpreter& vm) {
    if (vm.in_gc) return;
    vm.in_gc = true;
    Marker m{vm, {}};
#define X(member, ...) m.obj(vm.t_##member);
    PYCO_BUILTIN_TYPES(X)
#undef X
#define X(member, ...) m.obj(vm.e_##member);
    PYCO_EXCEPTION_TYPES(X)
#undef X
    // Drained one by one: the mark stack (malloc'd) stays small instead of holding every interned name at once,
    // which matters where RAM is 264 KB.
    for (Str* s : vm.interned) {
        m.obj(s);
        m.drain();
    }
    m.obj(vm.empty_str);
    m.obj(vm.empty_tuple);
    for (Str* s : vm.char_strs) m.obj(s);
    m.value(vm.exc);
    m.value(vm.not_implemented);
    for (Value v : {vm.object_getattribute, vm.object_setattr, vm.object_delattr, vm.object_init, vm.object_new}) m.value(v);
    m.value(vm.ellipsis);
    m.value(vm.memory_error);
    m.obj(vm.builtins);
    m.obj(vm.modules);
    m.obj(vm.sys_module);
    m.value(vm.main_module);
    for (Value v : vm.extra_roots) m.value(v);
    if (vm.stack) m.values(vm.stack.get(), static_cast<size_t>(vm.stack_top - vm.stack.get()));
    for (Frame* f = vm.frame; f; f = f->back) m.frame(f);
    m.drain();
    if (vm.c_stack_base) scan_c_stack(m, vm.c_stack_base);
    m.drain();
    vm.heap.sweep([&vm](Obj* o) { finalize_object(vm, o); });
    vm.collections++;
    vm.allocated_since_gc = 0;
    size_t used = vm.heap.bytes_used();
    // Collect again after allocating as much as is live now (at least 1 MB, or 1/8 of a small heap).
    size_t floor = vm.heap.bytes_total() / 8 < (1u << 20) ? vm.heap.bytes_total() / 8 : (1u << 20);
    vm.gc_threshold = used > floor ? used : floor;
    vm.in_gc = false;
}

namespace {
void finalize_object(Interpreter& vm, Obj* o) {
    if (o->type && o->type->kind == Kind::File) {
        auto* f = static_cast<File*>(o);
        if (f->fd >= 0 && f->owns_fd) vm.port.close(f->fd);
        f->fd = -1;
    }
    // An unreleased memoryview gives back its export. Its exporter may be dying in this same sweep, but a sweep
    // only marks blocks free, so the count it decrements is still the object's memory.
    if (o->type && o->type->kind == Kind::MemoryView) memoryview_release_export(static_cast<MemoryView*>(o));
}
}  // namespace

void finalize_all(Interpreter& vm) {
    vm.in_gc = true;
    vm.heap.sweep([&vm](Obj* o) { finalize_object(vm, o); });
    vm.in_gc = false;
}

static void* alloc_with_gc(Interpreter& vm, size_t size, bool is_object, bool finalizer) {
    if (vm.gc_enabled && !vm.in_gc && (vm.config.gc_stress || vm.allocated_since_gc >= vm.gc_threshold)) {
        collect_garbage(vm);
    }
    void* p = vm.heap.alloc(size, is_object, finalizer);
    if (!p && !vm.in_gc) {
        collect_garbage(vm);
        p = vm.heap.alloc(size, is_object, finalizer);
    }
    if (p) vm.allocated_since_gc += size;
    return p;
}

R<Obj*> alloc_object_slow(Interpreter& vm, Type* type, size_t size, bool finalizer) {
    // alloc_object (interp.h) has applied instance_size and the kDictAtEnd slot to `size`.
    Obj* o = static_cast<Obj*>(alloc_with_gc(vm, size, true, finalizer));
    if (!o) return raise_memory_error(vm);
    o->type = type;
    return o;
}

R<void*> alloc_raw(Interpreter& vm, size_t size) {
    void* p = alloc_with_gc(vm, size, false, false);
    if (!p) return raise_memory_error(vm);
    return p;
}

R<void*> realloc_raw(Interpreter& vm, void* p, size_t size) {
    if (!p) return alloc_raw(vm, size);
    if (vm.config.gc_stress && vm.gc_enabled && !vm.in_gc) collect_garbage(vm);
    void* q = vm.heap.realloc(p, size);
    if (!q) {
        collect_garbage(vm);  // p stays alive: the caller holds it (in its owner and on the C++ stack)
        q = vm.heap.realloc(p, size);
    }
    if (!q) return raise_memory_error(vm);
    vm.allocated_since_gc += size;
    return q;
}

void free_raw(Interpreter& vm, void* p) { vm.heap.free(p); }

}  // namespace pyco
