// The dict type: the insertion-ordered hash table (also used for instance and type namespaces), dict methods,
// and the keys/values/items views.
#include <cstring>

#include "objects/objects.h"

namespace pyco {

// ---- the hash table ---------------------------------------------------------------------------------------------
//
// One raw buffer holds `capacity` entries (in insertion order) followed by `nslots` int32 index slots, like
// CPython's compact dict. Probing is CPython's: slot = hash & mask, then slot*5 + 1 + perturb.

namespace {

constexpr uint32_t kMinSlots = 8;
constexpr int kPerturbShift = 5;
constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;

uint32_t usable(uint32_t nslots) { return nslots * 2 / 3; }

// The smallest index size whose usable capacity holds `n` entries.
uint32_t slots_for(uint64_t n) {
    uint32_t s = kMinSlots;
    while (usable(s) < n && s < (1u << 30)) s <<= 1;
    return s;
}

// Replaces the table's buffer by an empty one with `nslots` index slots (the caller moves entries over).
R<HashTable> table_alloc(Interpreter& vm, uint32_t nslots) {
    HashTable t{};
    t.nslots = nslots;
    t.capacity = usable(nslots);
    size_t bytes = sizeof(DictEntry) * t.capacity + sizeof(int32_t) * nslots;
    void* p = TRY(alloc_raw(vm, bytes));
    t.entries = static_cast<DictEntry*>(p);
    t.index = reinterpret_cast<int32_t*>(static_cast<char*>(p) + sizeof(DictEntry) * t.capacity);
    std::memset(t.index, 0xff, sizeof(int32_t) * nslots);  // all kEmpty
    return t;
}

// The first empty index slot on the probe path of `hash` (the table always has one).
uint32_t find_empty_slot(const HashTable* t, int64_t hash) {
    uint32_t mask = t->nslots - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    while (t->index[i] != kEmpty) {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
    return static_cast<uint32_t>(i);
}

// Rebuilds the table with room for at least `need` entries, dropping deleted entries and keeping the order.
Status table_resize(Interpreter& vm, HashTable* t, uint64_t need) {
    HashTable n = TRY(table_alloc(vm, slots_for(need)));
    uint32_t k = 0;
    for (uint32_t i = 0; i < t->nentries; i++) {
        DictEntry& e = t->entries[i];
        if (e.key.is_null()) continue;
        n.entries[k] = e;
        n.index[find_empty_slot(&n, e.hash)] = static_cast<int32_t>(k);
        k++;
    }
    n.nentries = k;
    n.used = k;
    void* old = t->entries;
    *t = n;
    if (old) free_raw(vm, old);
    return Status::ok();
}

// Appends a key known to be absent.
Status table_append(Interpreter& vm, HashTable* t, Value key, int64_t hash, Value value) {
    // CPython's growth rate: room for three times the live entries.
    if (!t->entries || t->nentries >= t->capacity) TRY(table_resize(vm, t, static_cast<uint64_t>(t->used) * 3 + 1));
    uint32_t k = t->nentries;
    DictEntry& e = t->entries[k];
    e.key = key;
    e.value = value;
    e.hash = hash;
    t->index[find_empty_slot(t, hash)] = static_cast<int32_t>(k);
    t->nentries = k + 1;
    t->used++;
    return Status::ok();
}

// The entry of a str key, comparing by identity and then by bytes (no user code runs); -1 if absent.
int64_t find_str(const HashTable* t, Str* key) {
    if (!t->entries) return -1;
    int64_t hash = key->hash != -1 ? key->hash : str_hash(key);
    uint32_t mask = t->nslots - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    Value kv = val(key);
    while (true) {
        int32_t ix = t->index[i];
        if (ix == kEmpty) return -1;
        if (ix >= 0) {
            const DictEntry& e = t->entries[ix];
            if (e.key == kv) return ix;
            // Two distinct interned strings are never equal (the common case for names): no compare.
            if (e.hash == hash && is_kind(e.key, Kind::Str) && !(key->interned && as_str(e.key)->interned) &&
                str_equal(as_str(e.key), key))
                return ix;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

}  // namespace

Status table_init(Interpreter& vm, HashTable* t, uint32_t capacity) {
    void* old = t->entries;
    HashTable n = TRY(table_alloc(vm, slots_for(capacity)));
    *t = n;
    if (old) free_raw(vm, old);
    return Status::ok();
}

Status dict_fit(Interpreter& vm, Dict* d, bool may_move) {
    HashTable* t = &d->table;
    if (!t->entries || (!may_move && t->nentries != t->used)) return Status::ok();
    if (slots_for(t->used) >= t->nslots && t->nentries == t->used) return Status::ok();
    return table_resize(vm, t, t->used);
}

R<int64_t> table_find(Interpreter& vm, HashTable* t, Value key, int64_t hash) {
restart:
    if (!t->entries) return static_cast<int64_t>(-1);
    uint32_t mask = t->nslots - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    while (true) {
        int32_t ix = t->index[i];
        if (ix == kEmpty) return static_cast<int64_t>(-1);
        if (ix >= 0) {
            DictEntry* e = &t->entries[ix];
            Value start = e->key;
            if (start == key) return static_cast<int64_t>(ix);
            if (e->hash == hash && !(start.is_int() && key.is_int())) {
                DictEntry* entries = t->entries;
                uint32_t nslots = t->nslots;
                bool eq = TRY(equal(vm, start, key));
                // The comparison may have run code that changed the table: start over if it did.
                if (t->entries != entries || t->nslots != nslots || static_cast<uint32_t>(ix) >= t->nentries ||
                    t->entries[ix].key != start)
                    goto restart;
                if (eq) return static_cast<int64_t>(ix);
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Status table_insert(Interpreter& vm, HashTable* t, Value key, int64_t hash, Value value) {
    int64_t ix = TRY(table_find(vm, t, key, hash));
    if (ix >= 0) {
        t->entries[ix].value = value;
        return Status::ok();
    }
    return table_append(vm, t, key, hash, value);
}

void table_remove_at(HashTable* t, int64_t entry) {
    DictEntry& e = t->entries[entry];
    uint32_t mask = t->nslots - 1;
    uint64_t perturb = static_cast<uint64_t>(e.hash);
    uint64_t i = static_cast<uint64_t>(e.hash) & mask;
    while (t->index[i] != static_cast<int32_t>(entry)) {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
    t->index[i] = kDeleted;
    e.key = Value();
    e.value = Value();
    t->used--;
}

// ---- dict primitives --------------------------------------------------------------------------------------------

R<Dict*> new_dict(Interpreter& vm) { return alloc<Dict>(vm, vm.t_dict); }

namespace {

// Inserts or replaces with a known hash, keeping `version` current.
Status dict_insert(Interpreter& vm, Dict* d, Value key, int64_t hash, Value value) {
    uint32_t before = d->table.used;
    TRY(table_insert(vm, &d->table, key, hash, value));
    if (d->table.used != before) d->version++;
    return Status::ok();
}

void dict_remove_at(Dict* d, int64_t entry) {
    table_remove_at(&d->table, entry);
    d->version++;
}

}  // namespace

R<Value> dict_get(Interpreter& vm, Dict* d, Value key) {
    if (is_kind(key, Kind::Str) && key.as_obj()->type == vm.t_str) return dict_get_str(d, as_str(key));
    int64_t hash = TRY(hash_value(vm, key));
    int64_t ix = TRY(table_find(vm, &d->table, key, hash));
    if (ix < 0) return Value();
    return d->table.entries[ix].value;
}

Status dict_set(Interpreter& vm, Dict* d, Value key, Value value) {
    if (d->type_dict) vm.type_epoch++;
    if (is_kind(key, Kind::Str) && key.as_obj()->type == vm.t_str) return dict_set_str(vm, d, as_str(key), value);
    int64_t hash = TRY(hash_value(vm, key));
    return dict_insert(vm, d, key, hash, value);
}

R<Value> dict_pop(Interpreter& vm, Dict* d, Value key) {
    if (d->type_dict) vm.type_epoch++;
    int64_t hash = TRY(hash_value(vm, key));
    int64_t ix = TRY(table_find(vm, &d->table, key, hash));
    if (ix < 0) return Value();
    Value v = d->table.entries[ix].value;
    dict_remove_at(d, ix);
    return v;
}

int64_t dict_find_str(Dict* d, Str* key) { return find_str(&d->table, key); }

Value dict_get_str(Dict* d, Str* key) {
    int64_t ix = find_str(&d->table, key);
    return ix < 0 ? Value() : d->table.entries[ix].value;
}

Status dict_set_str(Interpreter& vm, Dict* d, Str* key, Value value) {
    if (d->type_dict) vm.type_epoch++;
    int64_t ix = find_str(&d->table, key);
    if (ix >= 0) {
        d->table.entries[ix].value = value;
        return Status::ok();
    }
    TRY(table_append(vm, &d->table, val(key), str_hash(key), value));
    d->version++;
    return Status::ok();
}

bool dict_next(Dict* d, uint32_t* pos, Value* key, Value* value) {
    while (*pos < d->table.nentries) {
        DictEntry& e = d->table.entries[(*pos)++];
        if (e.key.is_null()) continue;
        *key = e.key;
        *value = e.value;
        return true;
    }
    return false;
}

R<Dict*> dict_copy(Interpreter& vm, Dict* d) {
    Dict* out = TRY(new_dict(vm));
    if (d->table.used == 0) return out;
    TRY(table_init(vm, &out->table, d->table.used));
    // The source may not change meanwhile (no user code runs), so entries copy over with their hashes.
    for (uint32_t i = 0; i < d->table.nentries; i++) {
        DictEntry& e = d->table.entries[i];
        if (e.key.is_null()) continue;
        TRY(table_append(vm, &out->table, e.key, e.hash, e.value));
    }
    return out;
}

namespace {

Args rest(Args a) { return Args{a.v + 1, a.n - 1, a.kwnames}; }

// Merges another dict's entries (CPython's dict_merge for dicts): stored hashes, `other` re-checked each step
// because comparisons may run code.
Status merge_dict(Interpreter& vm, Dict* d, Dict* other) {
    if (d == other) return Status::ok();
    for (uint32_t i = 0; i < other->table.nentries; i++) {
        DictEntry e = other->table.entries[i];
        if (e.key.is_null()) continue;
        TRY(dict_insert(vm, d, e.key, e.hash, e.value));
    }
    return Status::ok();
}

// CPython's PyDict_MergeFromSeq2: an iterable of key/value pairs.
Status merge_pairs(Interpreter& vm, Dict* d, Value seq) {
    Value it = TRY(get_iter(vm, seq));
    for (int64_t n = 0;; n++) {
        Value item = TRY(iter_next(vm, it));
        if (item.is_null()) return Status::ok();
        Value k, v;
        int64_t len = 0;
        Type* t = type_of(vm, item);
        if (t == vm.t_tuple || t == vm.t_list) {
            len = t == vm.t_tuple ? as_tuple(item)->size : as_list(item)->size;
            const Value* items = t == vm.t_tuple ? as_tuple(item)->items : as_list(item)->items;
            if (len == 2) {
                k = items[0];
                v = items[1];
            }
        } else {
            R<List*> r = list_from_iterable(vm, item);
            if (r.failed()) {
                if (exception_matches(vm, vm.exc, vm.e_TypeError)) {
                    take_exception(vm);
                    return raise(vm, vm.e_TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
                                 static_cast<long long>(n));
                }
                return Raised{};
            }
            List* l = r.take();
            len = l->size;
            if (len == 2) {
                k = l->items[0];
                v = l->items[1];
            }
        }
        if (len != 2) {
            return raise(vm, vm.e_ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
                         static_cast<long long>(n), static_cast<long long>(len));
        }
        TRY(dict_set(vm, d, k, v));
    }
}

bool iterates_as_dict(Interpreter& vm, Value v) {
    if (!is_kind(v, Kind::Dict)) return false;
    Type* t = type_of(vm, v);
    return t == vm.t_dict || type_lookup(t, vm.n___iter__) == dict_get_str(vm.t_dict->dict, vm.n___iter__);
}

}  // namespace

Status dict_update(Interpreter& vm, Dict* d, Value other) {
    if (iterates_as_dict(vm, other)) return merge_dict(vm, d, as_dict(other));
    Value keys_fn = TRY(getattr_opt(vm, other, vm.n_keys));
    if (keys_fn.is_null()) return merge_pairs(vm, d, other);
    Value keys = TRY(call0(vm, keys_fn));
    Value it = TRY(get_iter(vm, keys));
    while (true) {
        Value k = TRY(iter_next(vm, it));
        if (k.is_null()) return Status::ok();
        Value v = TRY(getitem(vm, other, k));
        TRY(dict_set(vm, d, k, v));
    }
}

// ---- dict methods -----------------------------------------------------------------------------------------------

namespace {

// dict(...) / update(...): at most one positional mapping or iterable, then keyword arguments.
Status update_common(Interpreter& vm, Dict* d, Args args, const char* fname) {
    if (args.n > 2) return raise(vm, vm.e_TypeError, "%s expected at most 1 argument, got %u", fname, args.n - 1);
    if (args.n == 2) TRY(dict_update(vm, d, args.v[1]));
    for (uint32_t k = 0; k < args.nkw(); k++) TRY(dict_set(vm, d, args.kwnames->items[k], args.v[args.n + k]));
    return Status::ok();
}

R<Value> dict_new_m(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "dict.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    if (!is_subtype(cls, vm.t_dict))
        return raise(vm, vm.e_TypeError, "dict.__new__(%s): %s is not a subtype of dict", cls->name->data, cls->name->data);
    return val(TRY(alloc<Dict>(vm, cls)));
}

R<Value> dict_init_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__init__"));
    TRY(update_common(vm, as_dict(self), args, "dict"));
    return Value::none();
}

R<Value> dict_update_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "update"));
    TRY(update_common(vm, as_dict(self), args, "update"));
    return Value::none();
}

R<Value> dict_len_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__len__"));
    TRY(check_nargs(vm, rest(args), "dict.__len__", 0, 0));
    return Value::small_int(as_dict(self)->table.used);
}

R<Value> dict_getitem_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__getitem__"));
    TRY(check_nargs(vm, rest(args), "dict.__getitem__", 1, 1));
    Value v = TRY(dict_get(vm, as_dict(self), args.v[1]));
    if (!v.is_null()) return v;
    if (type_of(vm, self) != vm.t_dict) {
        Value missing = TRY(lookup_special(vm, self, vm.n___missing__));
        if (!missing.is_null()) return call1(vm, missing, args.v[1]);
    }
    return raise_with_arg(vm, vm.e_KeyError, args.v[1]);
}

R<Value> dict_setitem_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__setitem__"));
    TRY(check_nargs(vm, rest(args), "__setitem__", 2, 2));
    TRY(dict_set(vm, as_dict(self), args.v[1], args.v[2]));
    return Value::none();
}

R<Value> dict_delitem_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__delitem__"));
    TRY(check_nargs(vm, rest(args), "dict.__delitem__", 1, 1));
    Value v = TRY(dict_pop(vm, as_dict(self), args.v[1]));
    if (v.is_null()) return raise_with_arg(vm, vm.e_KeyError, args.v[1]);
    return Value::none();
}

R<Value> dict_contains_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__contains__"));
    TRY(check_nargs(vm, rest(args), "dict.__contains__", 1, 1));
    Value v = TRY(dict_get(vm, as_dict(self), args.v[1]));
    return Value::boolean(!v.is_null());
}

R<Value> new_dict_iter(Interpreter& vm, Type* type, Dict* d) {
    Iter* it = TRY(new_iter(vm, type, val(d)));
    it->b = Value::small_int(d->version);
    it->j = d->table.used;
    return val(it);
}

R<Value> dict_iter_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__iter__"));
    TRY(check_nargs(vm, rest(args), "dict.__iter__", 0, 0));
    return new_dict_iter(vm, vm.t_dict_keyiterator, as_dict(self));
}

// reversed(d): iterates a snapshot of the keys backwards.
R<Value> dict_reversed_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__reversed__"));
    TRY(check_nargs(vm, rest(args), "dict.__reversed__", 0, 0));
    Dict* d = as_dict(self);
    List* keys = TRY(new_list(vm, d->table.used));
    uint32_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) TRY(list_append(vm, keys, k));
    return val(TRY(new_iter(vm, vm.t_list_reverseiterator, val(keys), Value(), static_cast<int64_t>(keys->size) - 1)));
}

// CPython's dict_equal: same size, and every key of a maps to an equal value in b.
R<bool> dicts_equal(Interpreter& vm, Dict* a, Dict* b) {
    if (a->table.used != b->table.used) return false;
    for (uint32_t i = 0; i < a->table.nentries; i++) {
        DictEntry e = a->table.entries[i];
        if (e.key.is_null()) continue;
        int64_t ix = TRY(table_find(vm, &b->table, e.key, e.hash));
        if (ix < 0) return false;
        Value bv = b->table.entries[ix].value;
        if (bv == e.value) continue;
        bool eq = TRY(equal(vm, e.value, bv));
        if (!eq) return false;
    }
    return true;
}

R<Value> dict_eq_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__eq__"));
    TRY(check_nargs(vm, rest(args), "__eq__", 1, 1));
    if (!isinstance(vm, args.v[1], vm.t_dict)) return vm.not_implemented;
    return Value::boolean(TRY(dicts_equal(vm, as_dict(self), as_dict(args.v[1]))));
}

R<Value> dict_ne_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__ne__"));
    TRY(check_nargs(vm, rest(args), "__ne__", 1, 1));
    if (!isinstance(vm, args.v[1], vm.t_dict)) return vm.not_implemented;
    return Value::boolean(!TRY(dicts_equal(vm, as_dict(self), as_dict(args.v[1]))));
}

R<Str*> dict_repr_items(Interpreter& vm, Dict* d) {
    StrBuilder b;
    b.add('{');
    bool first = true;
    for (uint32_t i = 0; i < d->table.nentries; i++) {
        DictEntry e = d->table.entries[i];
        if (e.key.is_null()) continue;
        if (!first) b.add(", ");
        first = false;
        Str* k = TRY(repr(vm, e.key));
        b.add(k->view());
        b.add(": ");
        Str* v = TRY(repr(vm, e.value));
        b.add(v->view());
    }
    b.add('}');
    return b.build(vm);
}

R<Value> dict_repr_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__repr__"));
    TRY(check_nargs(vm, rest(args), "dict.__repr__", 0, 0));
    Dict* d = as_dict(self);
    if (d->table.used == 0) return val(TRY(new_str(vm, "{}")));
    if (!repr_enter(vm, d)) return val(TRY(new_str(vm, "{...}")));
    R<Str*> r = dict_repr_items(vm, d);
    repr_leave(vm, d);
    return val(TRY(r));
}

R<Value> dict_or_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__or__"));
    TRY(check_nargs(vm, rest(args), "dict.__or__", 1, 1));
    if (!isinstance(vm, args.v[1], vm.t_dict)) return vm.not_implemented;
    Dict* out = TRY(dict_copy(vm, as_dict(self)));
    TRY(dict_update(vm, out, args.v[1]));
    return val(out);
}

R<Value> dict_ror_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__ror__"));
    TRY(check_nargs(vm, rest(args), "dict.__ror__", 1, 1));
    if (!isinstance(vm, args.v[1], vm.t_dict)) return vm.not_implemented;
    Dict* out = TRY(dict_copy(vm, as_dict(args.v[1])));
    TRY(dict_update(vm, out, self));
    return val(out);
}

R<Value> dict_ior_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "__ior__"));
    TRY(check_nargs(vm, rest(args), "dict.__ior__", 1, 1));
    TRY(dict_update(vm, as_dict(self), args.v[1]));
    return self;
}

R<Value> dict_get_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "get"));
    TRY(check_nargs(vm, rest(args), "get", 1, 2));
    Value v = TRY(dict_get(vm, as_dict(self), args.v[1]));
    if (!v.is_null()) return v;
    return args.n > 2 ? args.v[2] : Value::none();
}

R<Value> dict_setdefault_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "setdefault"));
    TRY(check_nargs(vm, rest(args), "setdefault", 1, 2));
    Dict* d = as_dict(self);
    Value key = args.v[1];
    Value dflt = args.n > 2 ? args.v[2] : Value::none();
    int64_t hash = TRY(hash_value(vm, key));
    int64_t ix = TRY(table_find(vm, &d->table, key, hash));
    if (ix >= 0) return d->table.entries[ix].value;
    TRY(dict_insert(vm, d, key, hash, dflt));
    return dflt;
}

R<Value> dict_pop_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "pop"));
    TRY(check_nargs(vm, rest(args), "pop", 1, 2));
    Value v = TRY(dict_pop(vm, as_dict(self), args.v[1]));
    if (!v.is_null()) return v;
    if (args.n > 2) return args.v[2];
    return raise_with_arg(vm, vm.e_KeyError, args.v[1]);
}

R<Value> dict_popitem_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "popitem"));
    TRY(check_nargs(vm, rest(args), "dict.popitem", 0, 0));
    Dict* d = as_dict(self);
    if (d->table.used == 0) return raise(vm, vm.e_KeyError, "popitem(): dictionary is empty");
    HashTable& t = d->table;
    uint32_t i = t.nentries;
    while (i > 0 && t.entries[i - 1].key.is_null()) i--;
    DictEntry e = t.entries[i - 1];
    Tuple* pair = TRY(tuple_of(vm, {e.key, e.value}));
    dict_remove_at(d, i - 1);
    // Forget trailing deleted entries so repeated popitem() stays O(1). Their index slots stay marked deleted,
    // so each one also costs a unit of capacity: the index must always keep an empty slot.
    while (t.nentries > 0 && t.entries[t.nentries - 1].key.is_null()) {
        t.nentries--;
        t.capacity--;
    }
    return val(pair);
}

R<Value> new_view(Interpreter& vm, Type* type, Value d) {
    DictView* v = TRY(alloc<DictView>(vm, type));
    v->dict = d;
    return val(v);
}

R<Value> dict_keys_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "keys"));
    TRY(check_nargs(vm, rest(args), "dict.keys", 0, 0));
    return new_view(vm, vm.t_dict_keys, self);
}

R<Value> dict_values_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "values"));
    TRY(check_nargs(vm, rest(args), "dict.values", 0, 0));
    return new_view(vm, vm.t_dict_values, self);
}

R<Value> dict_items_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "items"));
    TRY(check_nargs(vm, rest(args), "dict.items", 0, 0));
    return new_view(vm, vm.t_dict_items, self);
}

R<Value> dict_clear_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "clear"));
    TRY(check_nargs(vm, rest(args), "dict.clear", 0, 0));
    Dict* d = as_dict(self);
    void* old = d->table.entries;
    if (d->table.used) d->version++;
    d->table = HashTable{};
    if (old) free_raw(vm, old);
    return Value::none();
}

R<Value> dict_copy_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_dict, "copy"));
    TRY(check_nargs(vm, rest(args), "dict.copy", 0, 0));
    return val(TRY(dict_copy(vm, as_dict(self))));
}

// dict.fromkeys(iterable, value=None), a classmethod: args.v[0] is the class.
R<Value> dict_fromkeys_m(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, rest(args), "fromkeys", 1, 2));
    Value value = args.n > 2 ? args.v[2] : Value::none();
    Value d = TRY(call0(vm, args.v[0]));
    bool exact = type_of(vm, d) == vm.t_dict;
    Value it = TRY(get_iter(vm, args.v[1]));
    while (true) {
        Value k = TRY(iter_next(vm, it));
        if (k.is_null()) return d;
        if (exact) TRY(dict_set(vm, as_dict(d), k, value));
        else TRY(setitem(vm, d, k, value));
    }
}

// ---- views ------------------------------------------------------------------------------------------------------

Dict* view_dict(Value view) { return as_dict(static_cast<DictView*>(view.as_obj())->dict); }

bool is_set_view(Interpreter& vm, Value v) {
    Type* t = type_of(vm, v);
    return t == vm.t_dict_keys || t == vm.t_dict_items;
}

bool is_anyset(Interpreter& vm, Value v) { return isinstance(vm, v, vm.t_set) || isinstance(vm, v, vm.t_frozenset); }

R<Value> view_self(Interpreter& vm, Args args, Type* t, const char* name) { return self_of(vm, args, t, name); }

R<Value> view_len(Interpreter& vm, Args args, Type* t) {
    Value self = TRY(view_self(vm, args, t, "__len__"));
    return Value::small_int(view_dict(self)->table.used);
}
R<Value> keys_len_m(Interpreter& vm, Args args) { return view_len(vm, args, vm.t_dict_keys); }
R<Value> values_len_m(Interpreter& vm, Args args) { return view_len(vm, args, vm.t_dict_values); }
R<Value> items_len_m(Interpreter& vm, Args args) { return view_len(vm, args, vm.t_dict_items); }

R<Value> keys_iter_m(Interpreter& vm, Args args) {
    Value self = TRY(view_self(vm, args, vm.t_dict_keys, "__iter__"));
    return new_dict_iter(vm, vm.t_dict_keyiterator, view_dict(self));
}
R<Value> values_iter_m(Interpreter& vm, Args args) {
    Value self = TRY(view_self(vm, args, vm.t_dict_values, "__iter__"));
    return new_dict_iter(vm, vm.t_dict_valueiterator, view_dict(self));
}
R<Value> items_iter_m(Interpreter& vm, Args args) {
    Value self = TRY(view_self(vm, args, vm.t_dict_items, "__iter__"));
    return new_dict_iter(vm, vm.t_dict_itemiterator, view_dict(self));
}

// reversed() of a view: a snapshot list iterated backwards.
R<Value> view_reversed(Interpreter& vm, Args args, Type* t, int what) {
    Value self = TRY(view_self(vm, args, t, "__reversed__"));
    Dict* d = view_dict(self);
    List* items = TRY(new_list(vm, d->table.used));
    uint32_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        Value x = what == 0 ? k : what == 1 ? v : val(TRY(tuple_of(vm, {k, v})));
        TRY(list_append(vm, items, x));
    }
    return val(TRY(new_iter(vm, vm.t_list_reverseiterator, val(items), Value(), static_cast<int64_t>(items->size) - 1)));
}
R<Value> keys_reversed_m(Interpreter& vm, Args args) { return view_reversed(vm, args, vm.t_dict_keys, 0); }
R<Value> values_reversed_m(Interpreter& vm, Args args) { return view_reversed(vm, args, vm.t_dict_values, 1); }
R<Value> items_reversed_m(Interpreter& vm, Args args) { return view_reversed(vm, args, vm.t_dict_items, 2); }

R<bool> view_contains(Interpreter& vm, Value view, Value x) {
    Dict* d = view_dict(view);
    if (type_of(vm, view) == vm.t_dict_keys) {
        Value v = TRY(dict_get(vm, d, x));
        return !v.is_null();
    }
    if (!isinstance(vm, x, vm.t_tuple) || as_tuple(x)->size != 2) return false;
    Value key = as_tuple(x)->items[0];
    Value value = as_tuple(x)->items[1];
    Value found = TRY(dict_get(vm, d, key));
    if (found.is_null()) return false;
    if (found == value) return true;
    return equal(vm, found, value);
}

R<Value> keys_contains_m(Interpreter& vm, Args args) {
    Value self = TRY(view_self(vm, args, vm.t_dict_keys, "__contains__"));
    TRY(check_nargs(vm, rest(args), "__contains__", 1, 1));
    return Value::boolean(TRY(view_contains(vm, self, args.v[1])));
}
R<Value> items_contains_m(Interpreter& vm, Args args) {
    Value self = TRY(view_self(vm, args, vm.t_dict_items, "__contains__"));
    TRY(check_nargs(vm, rest(args), "__contains__", 1, 1));
    return Value::boolean(TRY(view_contains(vm, self, args.v[1])));
}

// "dict_keys([1, 2])": the type name around the repr of the view as a list.
R<Value> view_repr(Interpreter& vm, Args args, Type* t) {
    Value self = TRY(view_self(vm, args, t, "__repr__"));
    if (!repr_enter(vm, self.as_obj())) return val(TRY(new_str(vm, "...")));
    R<List*> items = list_from_iterable(vm, self);
    R<Str*> inner = items.failed() ? R<Str*>(Raised{}) : repr(vm, val(items.take()));
    repr_leave(vm, self.as_obj());
    Str* s = TRY(inner);
    StrBuilder b;
    b.add(t->name->view());
    b.add('(');
    b.add(s->view());
    b.add(')');
    return val(TRY(b.build(vm)));
}
R<Value> keys_repr_m(Interpreter& vm, Args args) { return view_repr(vm, args, vm.t_dict_keys); }
R<Value> values_repr_m(Interpreter& vm, Args args) { return view_repr(vm, args, vm.t_dict_values); }
R<Value> items_repr_m(Interpreter& vm, Args args) { return view_repr(vm, args, vm.t_dict_items); }

// CPython's dictviews_to_set: keys of an exact dict come straight from the dict (same order as CPython).
R<Set*> view_to_set(Interpreter& vm, Value v) {
    if (type_of(vm, v) == vm.t_dict_keys && type_of(vm, static_cast<DictView*>(v.as_obj())->dict) == vm.t_dict)
        return set_from_iterable(vm, vm.t_set, static_cast<DictView*>(v.as_obj())->dict);
    return set_from_iterable(vm, vm.t_set, v);
}

// Every item of a is in b.
R<bool> all_contained_in(Interpreter& vm, Value a, Value b) {
    Value it = TRY(get_iter(vm, a));
    while (true) {
        Value x = TRY(iter_next(vm, it));
        if (x.is_null()) return true;
        bool in = TRY(contains(vm, b, x));
        if (!in) return false;
    }
}

R<Value> view_compare(Interpreter& vm, Args args, CmpOp op) {
    if (args.n != 2 || !is_set_view(vm, args.v[0])) return vm.not_implemented;
    Value self = args.v[0];
    Value other = args.v[1];
    if (!is_anyset(vm, other) && !is_set_view(vm, other)) return vm.not_implemented;
    int64_t ls = TRY(length(vm, self));
    int64_t lo = TRY(length(vm, other));
    bool ok = false;
    switch (op) {
        case CmpOp::Eq:
        case CmpOp::Ne:
            if (ls == lo) ok = TRY(all_contained_in(vm, self, other));
            if (op == CmpOp::Ne) ok = !ok;
            break;
        case CmpOp::Lt:
            if (ls < lo) ok = TRY(all_contained_in(vm, self, other));
            break;
        case CmpOp::Le:
            if (ls <= lo) ok = TRY(all_contained_in(vm, self, other));
            break;
        case CmpOp::Gt:
            if (ls > lo) ok = TRY(all_contained_in(vm, other, self));
            break;
        case CmpOp::Ge:
            if (ls >= lo) ok = TRY(all_contained_in(vm, other, self));
            break;
    }
    return Value::boolean(ok);
}
R<Value> view_eq_m(Interpreter& vm, Args args) { return view_compare(vm, args, CmpOp::Eq); }
R<Value> view_ne_m(Interpreter& vm, Args args) { return view_compare(vm, args, CmpOp::Ne); }
R<Value> view_lt_m(Interpreter& vm, Args args) { return view_compare(vm, args, CmpOp::Lt); }
R<Value> view_le_m(Interpreter& vm, Args args) { return view_compare(vm, args, CmpOp::Le); }
R<Value> view_gt_m(Interpreter& vm, Args args) { return view_compare(vm, args, CmpOp::Gt); }
R<Value> view_ge_m(Interpreter& vm, Args args) { return view_compare(vm, args, CmpOp::Ge); }

// CPython's _PyDictView_Intersect (either operand may be the view).
R<Value> view_and(Interpreter& vm, Value self, Value other) {
    if (!is_set_view(vm, self)) {
        Value t = self;
        self = other;
        other = t;
    }
    int64_t len_self = view_dict(self)->table.used;
    if (type_of(vm, other) == vm.t_set && len_self <= static_cast<int64_t>(as_set(other)->table.used))
        return val(TRY(set_intersection_with(vm, as_set(other), self)));
    if (is_set_view(vm, other) && static_cast<int64_t>(view_dict(other)->table.used) > len_self) {
        Value t = self;
        self = other;
        other = t;
    }
    Set* result = TRY(new_set(vm, vm.t_set));
    Value it = TRY(get_iter(vm, other));
    while (true) {
        Value x = TRY(iter_next(vm, it));
        if (x.is_null()) return val(result);
        bool in = TRY(view_contains(vm, self, x));
        if (in) TRY(set_add(vm, result, x));
    }
}

R<Value> view_binary(Interpreter& vm, Args args, BinOp op, bool reflected) {
    if (args.n != 2 || !is_set_view(vm, args.v[0])) return vm.not_implemented;
    Value a = reflected ? args.v[1] : args.v[0];
    Value b = reflected ? args.v[0] : args.v[1];
    if (op == BinOp::And) return view_and(vm, a, b);
    Set* result = TRY(view_to_set(vm, a));
    switch (op) {
        case BinOp::Or: TRY(set_update_from(vm, result, b)); break;
        case BinOp::Sub: TRY(set_difference_update_from(vm, result, b)); break;
        default: TRY(set_symmetric_difference_update_from(vm, result, b)); break;
    }
    return val(result);
}
R<Value> view_and_m(Interpreter& vm, Args args) { return view_binary(vm, args, BinOp::And, false); }
R<Value> view_rand_m(Interpreter& vm, Args args) { return view_binary(vm, args, BinOp::And, true); }
R<Value> view_or_m(Interpreter& vm, Args args) { return view_binary(vm, args, BinOp::Or, false); }
R<Value> view_ror_m(Interpreter& vm, Args args) { return view_binary(vm, args, BinOp::Or, true); }
R<Value> view_sub_m(Interpreter& vm, Args args) { return view_binary(vm, args, BinOp::Sub, false); }
R<Value> view_rsub_m(Interpreter& vm, Args args) { return view_binary(vm, args, BinOp::Sub, true); }
R<Value> view_xor_m(Interpreter& vm, Args args) { return view_binary(vm, args, BinOp::Xor, false); }
R<Value> view_rxor_m(Interpreter& vm, Args args) { return view_binary(vm, args, BinOp::Xor, true); }

R<Value> view_isdisjoint_m(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_set_view(vm, args.v[0]))
        return raise(vm, vm.e_TypeError, "descriptor 'isdisjoint' requires a dict view");
    TRY(check_nargs(vm, rest(args), "isdisjoint", 1, 1));
    Value self = args.v[0], other = args.v[1];
    if (self == other) return Value::boolean(view_dict(self)->table.used == 0);
    if (is_anyset(vm, other) || is_set_view(vm, other)) {
        int64_t ls = view_dict(self)->table.used;
        int64_t lo = TRY(length(vm, other));
        if (lo > ls) {
            Value t = self;
            self = other;
            other = t;
        }
    }
    Value it = TRY(get_iter(vm, other));
    while (true) {
        Value x = TRY(iter_next(vm, it));
        if (x.is_null()) return Value::boolean(true);
        bool in = TRY(contains(vm, self, x));
        if (in) return Value::boolean(false);
    }
}

}  // namespace

void init_dict_type(Interpreter& vm) {
    Type* t = vm.t_dict;
    add_staticmethods(vm, t, {{"__new__", dict_new_m}});
    add_classmethods(vm, t, {{"fromkeys", dict_fromkeys_m}});
    add_methods(vm, t,
                {{"__init__", dict_init_m},
                 {"__len__", dict_len_m},
                 {"__getitem__", dict_getitem_m},
                 {"__setitem__", dict_setitem_m},
                 {"__delitem__", dict_delitem_m},
                 {"__contains__", dict_contains_m},
                 {"__iter__", dict_iter_m},
                 {"__reversed__", dict_reversed_m},
                 {"__eq__", dict_eq_m},
                 {"__ne__", dict_ne_m},
                 {"__repr__", dict_repr_m},
                 {"__or__", dict_or_m},
                 {"__ror__", dict_ror_m},
                 {"__ior__", dict_ior_m},
                 {"get", dict_get_m},
                 {"setdefault", dict_setdefault_m},
                 {"pop", dict_pop_m},
                 {"popitem", dict_popitem_m},
                 {"keys", dict_keys_m},
                 {"values", dict_values_m},
                 {"items", dict_items_m},
                 {"update", dict_update_m},
                 {"clear", dict_clear_m},
                 {"copy", dict_copy_m}});
    (void)dict_set_str(vm, t->dict, vm.n___hash__, Value::none());

    // Keys and items views behave like sets; the values view only iterates.
    for (Type* vt : {vm.t_dict_keys, vm.t_dict_items}) {
        bool keys = vt == vm.t_dict_keys;
        add_methods(vm, vt,
                    {{"__len__", keys ? keys_len_m : items_len_m},
                     {"__iter__", keys ? keys_iter_m : items_iter_m},
                     {"__reversed__", keys ? keys_reversed_m : items_reversed_m},
                     {"__contains__", keys ? keys_contains_m : items_contains_m},
                     {"__repr__", keys ? keys_repr_m : items_repr_m},
                     {"__eq__", view_eq_m},
                     {"__ne__", view_ne_m},
                     {"__lt__", view_lt_m},
                     {"__le__", view_le_m},
                     {"__gt__", view_gt_m},
                     {"__ge__", view_ge_m},
                     {"__and__", view_and_m},
                     {"__rand__", view_rand_m},
                     {"__or__", view_or_m},
                     {"__ror__", view_ror_m},
                     {"__sub__", view_sub_m},
                     {"__rsub__", view_rsub_m},
                     {"__xor__", view_xor_m},
                     {"__rxor__", view_rxor_m},
                     {"isdisjoint", view_isdisjoint_m}});
        (void)dict_set_str(vm, vt->dict, vm.n___hash__, Value::none());
    }
    add_methods(vm, vm.t_dict_values,
                {{"__len__", values_len_m},
                 {"__iter__", values_iter_m},
                 {"__reversed__", values_reversed_m},
                 {"__repr__", values_repr_m}});
}

}  // namespace pyco
