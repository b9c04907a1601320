// The built-in iterator types (list/tuple/str/bytes/range/dict/set iterators, enumerate, zip, map, filter,
// reversed, iter(callable, sentinel), the __getitem__ sequence protocol) and how each one advances.
//
// Every iterator is an Iter; what a, b, c, i, j, k mean is fixed per type (other files build these directly):
//   list_iterator         a = list, i = next index
//   list_reverseiterator  a = list, i = next index, counting down
//   tuple_iterator        a = tuple, i = next index
//   str_ascii_iterator    a = str, i = byte offset of the next character
//   bytes_iterator        a = bytes, i = next index
//   range_iterator        i = next value, j = values remaining, k = step (the VM's FOR_ITER reads these)
//   dict_*iterator        a = dict (null once exhausted), i = entry position, b = small_int(dict version at
//                         creation), j = dict size at creation (-1 after a size change), k = items yielded
//   set_iterator          a = set (null once exhausted), i = entry position, j = size at creation, k = yielded
//   enumerate             a = iterator, i = next count; b = next count as an int Value once beyond int64
//   zip                   a = tuple of iterators, k = strict
//   map                   a = function, b = tuple of iterators
//   filter                a = function or None, b = iterator
//   reversed              a = sequence (null once exhausted), i = next index, counting down
//   callable_iterator     a = callable (null once exhausted), b = sentinel
//   iterator              a = object with __getitem__ (null once exhausted), i = next index
// Index-based forward iterators mark exhaustion with i = kExhausted, so a list that grows afterwards is not
// picked up again (as in CPython), while `a` stays valid for the VM's list_iterator fast path.
#include <cstdint>

#include "objects/objects.h"

namespace pyco {

static constexpr int64_t kExhausted = INT64_MAX;

R<Iter*> new_iter(Interpreter& vm, Type* type, Value a, Value b, int64_t i) {
    Iter* it = TRY(alloc<Iter>(vm, type));
    it->a = a;
    it->b = b;
    it->i = i;
    return it;
}

static Raised raise_stop_iteration(Interpreter& vm) {
    Value e = TRY(new_exception(vm, vm.e_StopIteration, Args{nullptr, 0, nullptr}));
    return raise_value(vm, e);
}

// Takes a pending exception of one of the types that end a sequence-protocol iteration.
static bool take_end_of_sequence(Interpreter& vm) {
    if (exception_matches(vm, vm.exc, vm.e_IndexError) || exception_matches(vm, vm.exc, vm.e_StopIteration)) {
        take_exception(vm);
        return true;
    }
    return false;
}

// ---- next ---------------------------------------------------------------------------------------------------------

static R<Value> next_list(Interpreter&, Iter* it) {
    List* l = as_list(it->a);
    if (it->i < static_cast<int64_t>(l->size)) return l->items[it->i++];
    it->i = kExhausted;
    return Value();
}

static R<Value> next_list_reverse(Interpreter&, Iter* it) {
    List* l = as_list(it->a);
    if (it->i >= 0 && it->i < static_cast<int64_t>(l->size)) return l->items[it->i--];
    it->i = -1;
    return Value();
}

static R<Value> next_tuple(Interpreter&, Iter* it) {
    Tuple* t = as_tuple(it->a);
    if (it->i < static_cast<int64_t>(t->size)) return t->items[it->i++];
    it->i = kExhausted;
    return Value();
}

static size_t utf8_sequence_length(uint8_t lead) { return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

static R<Value> next_str(Interpreter& vm, Iter* it) {
    Str* s = as_str(it->a);
    if (it->i >= static_cast<int64_t>(s->size)) {
        it->i = kExhausted;
        return Value();
    }
    size_t pos = static_cast<size_t>(it->i);
    uint8_t lead = static_cast<uint8_t>(s->data[pos]);
    if (lead < 0x80) {
        it->i++;
        return val(vm.char_strs[lead]);
    }
    size_t n = utf8_sequence_length(lead);
    if (n > s->size - pos) n = s->size - pos;
    Str* ch = TRY(new_str(vm, std::string_view(s->data + pos, n)));
    it->i += static_cast<int64_t>(n);
    return val(ch);
}

static R<Value> next_bytes(Interpreter&, Iter* it) {
    Bytes* b = as_bytes(it->a);
    if (it->i < static_cast<int64_t>(b->size)) return Value::small_int(b->data[it->i++]);
    it->i = kExhausted;
    return Value();
}

static R<Value> next_range(Interpreter& vm, Iter* it) {
    if (it->j <= 0) return Value();
    int64_t v = it->i;
    it->i = static_cast<int64_t>(static_cast<uint64_t>(it->i) + static_cast<uint64_t>(it->k));
    it->j--;
    return make_int(vm, v);
}

// dict and set iterators walk the table's entries in order, skipping deleted (null-key) entries.
enum class EntryPart { Key, Value, Item };

static HashTable* iterated_table(Value container) {
    if (is_kind(container, Kind::DictView)) container = static_cast<DictView*>(container.as_obj())->dict;
    if (is_kind(container, Kind::Set)) return &as_set(container)->table;
    return &as_dict(container)->table;
}

static R<Value> next_table_entry(Interpreter& vm, Iter* it, EntryPart part, bool is_set) {
    if (it->a.is_null()) return Value();
    HashTable* t = iterated_table(it->a);
    if (static_cast<int64_t>(t->used) != it->j) {
        it->j = -1;  // sticky, like CPython: every later call fails too
        return raise(vm, vm.e_RuntimeError, is_set ? "Set changed size during iteration" : "dictionary changed size during iteration");
    }
    while (it->i < static_cast<int64_t>(t->nentries)) {
        DictEntry* e = &t->entries[it->i++];
        if (e->key.is_null()) continue;
        if (!is_set && it->k >= it->j) {
            // Same size, but more keys than there were: keys were deleted and others added meanwhile.
            it->a = Value();
            return raise(vm, vm.e_RuntimeError, "dictionary keys changed during iteration");
        }
        it->k++;
        Value key = e->key, value = e->value;
        switch (part) {
            case EntryPart::Key: return key;
            case EntryPart::Value: return value;
            case EntryPart::Item: return val(TRY(tuple_of(vm, {key, value})));
        }
    }
    it->a = Value();
    return Value();
}

static R<Value> next_dict_key(Interpreter& vm, Iter* it) { return next_table_entry(vm, it, EntryPart::Key, false); }
static R<Value> next_dict_value(Interpreter& vm, Iter* it) { return next_table_entry(vm, it, EntryPart::Value, false); }
static R<Value> next_dict_item(Interpreter& vm, Iter* it) { return next_table_entry(vm, it, EntryPart::Item, false); }
static R<Value> next_set(Interpreter& vm, Iter* it) { return next_table_entry(vm, it, EntryPart::Key, true); }

static R<Value> next_enumerate(Interpreter& vm, Iter* it) {
    Value item = TRY(iter_next(vm, it->a));
    if (item.is_null()) return Value();
    Value count;
    if (it->b.is_null() && it->i < INT64_MAX) {
        count = TRY(make_int(vm, it->i));
        it->i++;
    } else {
        if (it->b.is_null()) it->b = TRY(make_int(vm, it->i));
        count = it->b;
        it->b = TRY(binary_op(vm, BinOp::Add, count, Value::small_int(1)));
    }
    return val(TRY(tuple_of(vm, {count, item})));
}

static Raised raise_zip_length_mismatch(Interpreter& vm, uint32_t i, const char* relation) {
    if (i == 1) return raise(vm, vm.e_ValueError, "zip() argument 2 is %s than argument 1", relation);
    return raise(vm, vm.e_ValueError, "zip() argument %u is %s than arguments 1-%u", i + 1, relation, i);
}

static R<Value> next_zip(Interpreter& vm, Iter* it) {
    Tuple* its = as_tuple(it->a);
    uint32_t n = its->size;
    if (n == 0) return Value();
    Tuple* result = TRY(new_tuple(vm, n));
    for (uint32_t i = 0; i < n; i++) {
        Value v = TRY(iter_next(vm, its->items[i]));
        if (!v.is_null()) {
            result->items[i] = v;
            continue;
        }
        if (!it->k) return Value();
        if (i > 0) return raise_zip_length_mismatch(vm, i, "shorter");
        // The first iterator ended: strict mode requires all the others to end here too.
        for (uint32_t j = 1; j < n; j++) {
            Value extra = TRY(iter_next(vm, its->items[j]));
            if (!extra.is_null()) return raise_zip_length_mismatch(vm, j, "longer");
        }
        return Value();
    }
    return val(result);
}

static R<Value> next_map(Interpreter& vm, Iter* it) {
    Tuple* its = as_tuple(it->b);
    uint32_t n = its->size;
    Value small[8];  // on the C++ stack: scanned by the GC
    Value* argv = small;
    if (n > 8) argv = TRY(new_tuple(vm, n))->items;
    for (uint32_t i = 0; i < n; i++) {
        Value v = TRY(iter_next(vm, its->items[i]));
        if (v.is_null()) return Value();
        argv[i] = v;
    }
    return call(vm, it->a, Args{argv, n, nullptr});
}

static R<Value> next_filter(Interpreter& vm, Iter* it) {
    bool plain_truth = it->a.is_none() || it->a == val(vm.t_bool_);
    while (true) {
        Value item = TRY(iter_next(vm, it->b));
        if (item.is_null()) return Value();
        bool keep = plain_truth ? TRY(truthy(vm, item)) : TRY(truthy(vm, TRY(call1(vm, it->a, item))));
        if (keep) return item;
    }
}

static R<Value> next_reversed(Interpreter& vm, Iter* it) {
    if (it->i >= 0 && !it->a.is_null()) {
        R<Value> r = getitem(vm, it->a, TRY(make_int(vm, it->i)));
        if (!r.failed()) {
            it->i--;
            return r.take();
        }
        bool ended = take_end_of_sequence(vm);
        it->i = -1;
        it->a = Value();
        if (!ended) return Raised{};
    }
    it->i = -1;
    it->a = Value();
    return Value();
}

static R<Value> next_callable(Interpreter& vm, Iter* it) {
    if (it->a.is_null()) return Value();
    R<Value> r = call0(vm, it->a);
    if (r.failed()) {
        if (!exception_matches(vm, vm.exc, vm.e_StopIteration)) return Raised{};
        take_exception(vm);
        it->a = it->b = Value();
        return Value();
    }
    Value result = r.take();
    if (TRY(equal(vm, it->b, result))) {
        it->a = it->b = Value();
        return Value();
    }
    return result;
}

static R<Value> next_sequence(Interpreter& vm, Iter* it) {
    if (it->a.is_null()) return Value();
    R<Value> r = getitem(vm, it->a, TRY(make_int(vm, it->i)));
    if (r.failed()) {
        if (!take_end_of_sequence(vm)) return Raised{};
        it->a = Value();
        return Value();
    }
    it->i++;
    return r.take();
}

// ---- __length_hint__ ----------------------------------------------------------------------------------------------

static int64_t remaining(int64_t size, int64_t index) { return index < size ? size - index : 0; }

static R<int64_t> hint_list(Interpreter&, Iter* it) { return remaining(as_list(it->a)->size, it->i); }
static R<int64_t> hint_list_reverse(Interpreter&, Iter* it) {
    return it->i >= 0 && it->i < static_cast<int64_t>(as_list(it->a)->size) ? it->i + 1 : 0;
}
static R<int64_t> hint_tuple(Interpreter&, Iter* it) { return remaining(as_tuple(it->a)->size, it->i); }
static R<int64_t> hint_bytes(Interpreter&, Iter* it) { return remaining(as_bytes(it->a)->size, it->i); }
static R<int64_t> hint_str(Interpreter&, Iter* it) {
    Str* s = as_str(it->a);
    if (it->i >= static_cast<int64_t>(s->size)) return 0;
    if (s->ascii) return s->size - it->i;
    int64_t n = 0;
    for (size_t p = static_cast<size_t>(it->i); p < s->size; p++)
        if ((static_cast<uint8_t>(s->data[p]) & 0xC0) != 0x80) n++;
    return n;
}
static R<int64_t> hint_range(Interpreter&, Iter* it) { return it->j > 0 ? it->j : 0; }
static R<int64_t> hint_table(Interpreter&, Iter* it) {
    if (it->a.is_null() || static_cast<int64_t>(iterated_table(it->a)->used) != it->j) return 0;
    return it->j - it->k;
}
static R<int64_t> hint_reversed(Interpreter& vm, Iter* it) {
    if (it->a.is_null()) return 0;
    int64_t size = TRY(length(vm, it->a));
    return size < it->i + 1 ? 0 : it->i + 1;
}

// ---- dispatch -----------------------------------------------------------------------------------------------------

using NextFn = R<Value> (*)(Interpreter& vm, Iter* it);
using HintFn = R<int64_t> (*)(Interpreter& vm, Iter* it);

struct IterKind {
    Type* Interpreter::*type;
    NextFn next;
    HintFn hint;  // null: no __length_hint__ (as in CPython)
};

// The most common kinds first: the dispatch scans this table.
static const IterKind kIterKinds[] = {
    {&Interpreter::t_list_iterator, next_list, hint_list},
    {&Interpreter::t_range_iterator, next_range, hint_range},
    {&Interpreter::t_tuple_iterator, next_tuple, hint_tuple},
    {&Interpreter::t_str_iterator, next_str, hint_str},
    {&Interpreter::t_dict_keyiterator, next_dict_key, hint_table},
    {&Interpreter::t_dict_itemiterator, next_dict_item, hint_table},
    {&Interpreter::t_dict_valueiterator, next_dict_value, hint_table},
    {&Interpreter::t_enumerate, next_enumerate, nullptr},
    {&Interpreter::t_zip, next_zip, nullptr},
    {&Interpreter::t_map, next_map, nullptr},
    {&Interpreter::t_filter, next_filter, nullptr},
    {&Interpreter::t_set_iterator, next_set, hint_table},
    {&Interpreter::t_list_reverseiterator, next_list_reverse, hint_list_reverse},
    {&Interpreter::t_reversed, next_reversed, hint_reversed},
    {&Interpreter::t_bytes_iterator, next_bytes, hint_bytes},
    {&Interpreter::t_callable_iterator, next_callable, nullptr},
    {&Interpreter::t_seq_iterator, next_sequence, nullptr},
};

// The entry for an iterator's built-in type (a user subclass of enumerate, say, uses enumerate's).
static const IterKind* iter_kind_of(Interpreter& vm, Iter* it) {
    Type* t = it->type;
    while ((t->flags & TF_HEAPTYPE) && t->base) t = t->base;
    for (const IterKind& k : kIterKinds)
        if (vm.*(k.type) == t) return &k;
    return nullptr;
}

R<Value> builtin_iter_next(Interpreter& vm, Iter* it) {
    const IterKind* k = iter_kind_of(vm, it);
    if (!k) return raise(vm, vm.e_TypeError, "'%s' object is not an iterator", it->type->name->data);
    return k->next(vm, it);
}

// ---- methods shared by all iterator types -------------------------------------------------------------------------

template <Type* Interpreter::*T> static R<Value> iter_iter_m(Interpreter& vm, Args args) {
    return self_of(vm, args, vm.*T, "__iter__");
}

template <Type* Interpreter::*T> static R<Value> iter_next_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.*T, "__next__"));
    Value v = TRY(builtin_iter_next(vm, static_cast<Iter*>(self.as_obj())));
    if (v.is_null()) return raise_stop_iteration(vm);
    return v;
}

template <Type* Interpreter::*T> static R<Value> iter_length_hint_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.*T, "__length_hint__"));
    Iter* it = static_cast<Iter*>(self.as_obj());
    const IterKind* k = iter_kind_of(vm, it);
    if (!k || !k->hint) return vm.not_implemented;
    return make_int(vm, TRY(k->hint(vm, it)));
}

template <Type* Interpreter::*T> static void add_iterator_methods(Interpreter& vm, bool length_hint) {
    add_methods(vm, vm.*T, {{"__iter__", iter_iter_m<T>}, {"__next__", iter_next_m<T>}});
    if (length_hint) add_methods(vm, vm.*T, {{"__length_hint__", iter_length_hint_m<T>}});
}

// ---- constructors of the iterator classes ---------------------------------------------------------------------------

static R<Type*> class_arg(Interpreter& vm, Args args, const char* name) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "%s.__new__(X): X is not a type object", name);
    return static_cast<Type*>(args.v[0].as_obj());
}

static R<Tuple*> iterators_of(Interpreter& vm, const Value* items, uint32_t n) {
    Tuple* its = TRY(new_tuple(vm, n));
    for (uint32_t i = 0; i < n; i++) its->items[i] = TRY(get_iter(vm, items[i]));
    return its;
}

// enumerate(iterable, start=0)
static R<Value> enumerate_new(Interpreter& vm, Args args) {
    Type* cls = TRY(class_arg(vm, args, "enumerate"));
    uint32_t npos = args.n - 1, nkw = args.nkw();
    if (npos + nkw > 2) return raise(vm, vm.e_TypeError, "enumerate() takes at most 2 arguments (%u given)", npos + nkw);
    Value iterable = npos > 0 ? args.v[1] : Value();
    Value start = npos > 1 ? args.v[2] : Value();
    for (uint32_t k = 0; k < nkw; k++) {
        Str* name = as_str(args.kwnames->items[k]);
        Value* slot = name->view() == "iterable" ? &iterable : name->view() == "start" ? &start : nullptr;
        if (!slot || !slot->is_null())
            return raise(vm, vm.e_TypeError, "'%s' is an invalid keyword argument for enumerate()", name->data);
        *slot = args.v[args.n + k];
    }
    if (iterable.is_null()) {
        // CPython 3.11 blames the keyword when keywords were given without `iterable`.
        if (nkw) return raise(vm, vm.e_TypeError, "'%s' is an invalid keyword argument for enumerate()", as_str(args.kwnames->items[0])->data);
        return raise(vm, vm.e_TypeError, "enumerate() missing required argument 'iterable'");
    }
    Value it = TRY(get_iter(vm, iterable));
    int64_t count = 0;
    Value big_count;
    if (!start.is_null()) {
        if (is_int_value(start)) {
            Value plain = int_plain(start);
            if (plain.is_int()) count = plain.as_int();
            else if (!int_fits_i64(plain, &count)) big_count = plain;
        } else {
            count = TRY(index_value(vm, start));
        }
    }
    Iter* e = TRY(new_iter(vm, cls, it, big_count, count));
    return val(e);
}

// zip(*iterables, strict=False)
static R<Value> zip_new(Interpreter& vm, Args args) {
    Type* cls = TRY(class_arg(vm, args, "zip"));
    uint32_t nkw = args.nkw();
    bool strict = false;
    if (nkw > 1) return raise(vm, vm.e_TypeError, "zip() takes at most 1 keyword argument (%u given)", nkw);
    if (nkw == 1) {
        Str* name = as_str(args.kwnames->items[0]);
        if (name->view() != "strict")
            return raise(vm, vm.e_TypeError, "'%s' is an invalid keyword argument for zip()", name->data);
        strict = TRY(truthy(vm, args.v[args.n]));
    }
    Tuple* its = TRY(iterators_of(vm, args.v + 1, args.n - 1));
    Iter* z = TRY(new_iter(vm, cls, val(its)));
    z->k = strict;
    return val(z);
}

// map(function, iterable, *iterables)
static R<Value> map_new(Interpreter& vm, Args args) {
    Type* cls = TRY(class_arg(vm, args, "map"));
    if (args.nkw()) return raise(vm, vm.e_TypeError, "map() takes no keyword arguments");
    if (args.n < 3) return raise(vm, vm.e_TypeError, "map() must have at least two arguments.");
    Tuple* its = TRY(iterators_of(vm, args.v + 2, args.n - 2));
    return val(TRY(new_iter(vm, cls, args.v[1], val(its))));
}

// filter(function or None, iterable)
static R<Value> filter_new(Interpreter& vm, Args args) {
    Type* cls = TRY(class_arg(vm, args, "filter"));
    if (args.nkw()) return raise(vm, vm.e_TypeError, "filter() takes no keyword arguments");
    if (args.n != 3) return raise(vm, vm.e_TypeError, "filter expected 2 arguments, got %u", args.n - 1);
    Value it = TRY(get_iter(vm, args.v[2]));
    return val(TRY(new_iter(vm, cls, args.v[1], it)));
}

// reversed(sequence): the sequence's own __reversed__ if it has one, else __len__ and __getitem__ backwards.
static R<Value> reversed_new(Interpreter& vm, Args args) {
    Type* cls = TRY(class_arg(vm, args, "reversed"));
    if (args.nkw()) return raise(vm, vm.e_TypeError, "reversed() takes no keyword arguments");
    if (args.n != 2) return raise(vm, vm.e_TypeError, "reversed expected 1 argument, got %u", args.n - 1);
    Value seq = args.v[1];
    Type* t = type_of(vm, seq);
    Value meth = type_lookup(t, vm.n___reversed__);
    if (!meth.is_null()) {
        if (meth.is_none()) return raise(vm, vm.e_TypeError, "'%s' object is not reversible", t->name->data);
        bool found = false;
        return call_method(vm, seq, vm.n___reversed__, nullptr, 0, &found);
    }
    if (type_lookup(t, vm.n___getitem__).is_null() || is_subtype(t, vm.t_dict))
        return raise(vm, vm.e_TypeError, "'%s' object is not reversible", t->name->data);
    int64_t n = TRY(length(vm, seq));
    return val(TRY(new_iter(vm, cls, seq, Value(), n - 1)));
}

void init_iter_types(Interpreter& vm) {
    add_iterator_methods<&Interpreter::t_list_iterator>(vm, true);
    add_iterator_methods<&Interpreter::t_list_reverseiterator>(vm, true);
    add_iterator_methods<&Interpreter::t_tuple_iterator>(vm, true);
    add_iterator_methods<&Interpreter::t_str_iterator>(vm, true);
    add_iterator_methods<&Interpreter::t_bytes_iterator>(vm, true);
    add_iterator_methods<&Interpreter::t_range_iterator>(vm, true);
    add_iterator_methods<&Interpreter::t_dict_keyiterator>(vm, true);
    add_iterator_methods<&Interpreter::t_dict_valueiterator>(vm, true);
    add_iterator_methods<&Interpreter::t_dict_itemiterator>(vm, true);
    add_iterator_methods<&Interpreter::t_set_iterator>(vm, true);
    add_iterator_methods<&Interpreter::t_enumerate>(vm, false);
    add_iterator_methods<&Interpreter::t_zip>(vm, false);
    add_iterator_methods<&Interpreter::t_map>(vm, false);
    add_iterator_methods<&Interpreter::t_filter>(vm, false);
    add_iterator_methods<&Interpreter::t_reversed>(vm, true);
    add_iterator_methods<&Interpreter::t_callable_iterator>(vm, false);
    add_iterator_methods<&Interpreter::t_seq_iterator>(vm, false);

    add_staticmethods(vm, vm.t_enumerate, {{"__new__", enumerate_new}});
    add_staticmethods(vm, vm.t_zip, {{"__new__", zip_new}});
    add_staticmethods(vm, vm.t_map, {{"__new__", map_new}});
    add_staticmethods(vm, vm.t_filter, {{"__new__", filter_new}});
    add_staticmethods(vm, vm.t_reversed, {{"__new__", reversed_new}});
}

}  // namespace pyco
