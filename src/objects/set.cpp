// set and frozenset: CPython's open-addressing set table (same probing, resizing and algorithms, so iteration and
// repr order match CPython), set algebra, and the methods of both types.
#include <cstring>

#include "objects/objects.h"

namespace pyco {

namespace {

// CPython's set parameters: 8 slots at first, a run of linear probes before perturbation.
constexpr uint32_t kMinSize = 8;
constexpr uint64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// The table mask (an empty set without a buffer behaves as CPython's 8-slot small table).
uint64_t set_mask(const Set* s) { return s->table.entries ? s->table.nslots - 1 : kMinSize - 1; }

bool is_anyset(Interpreter& vm, Value v) {
    if (!is_kind(v, Kind::Set)) return false;
    return isinstance(vm, v, vm.t_set) || isinstance(vm, v, vm.t_frozenset);
}

bool exact_str_pair(Interpreter& vm, Value a, Value b) {
    return a.is_obj() && b.is_obj() && a.as_obj()->type == vm.t_str && b.as_obj()->type == vm.t_str;
}

// make_new_set_basetype: results of set algebra are plain sets or frozensets, whatever the subclass.
Type* base_type(Interpreter& vm, Type* t) { return is_subtype(t, vm.t_set) ? vm.t_set : vm.t_frozenset; }

Args rest(Args a) { return Args{a.v + 1, a.n - 1, a.kwnames}; }

Status set_alloc_table(Interpreter& vm, Set* s, uint64_t size) {
    void* p = TRY(alloc_raw(vm, sizeof(DictEntry) * size));  // zeroed: every slot empty
    HashTable& t = s->table;
    t.entries = static_cast<DictEntry*>(p);
    t.nslots = t.capacity = t.nentries = static_cast<uint32_t>(size);
    t.index = nullptr;
    return Status::ok();
}

// Places a key known to be absent into a table without deleted slots (CPython's set_insert_clean).
void insert_clean(DictEntry* table, uint64_t mask, Value key, int64_t hash) {
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    while (true) {
        if (table[i].key.is_null()) {
            table[i].key = key;
            table[i].hash = hash;
            return;
        }
        if (i + kLinearProbes <= mask) {
            for (uint64_t j = 1; j <= kLinearProbes; j++) {
                DictEntry& e = table[i + j];
                if (e.key.is_null()) {
                    e.key = key;
                    e.hash = hash;
                    return;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Rebuilds the table with the smallest power-of-2 size above `minused`, re-inserting in slot order.
Status table_resize(Interpreter& vm, Set* s, uint64_t minused) {
    uint64_t size = kMinSize;
    while (size <= minused) size <<= 1;
    if (size > (1u << 30)) return raise_memory_error(vm);
    DictEntry* old = s->table.entries;
    uint32_t oldn = old ? s->table.nslots : 0;
    void* p = TRY(alloc_raw(vm, sizeof(DictEntry) * size));
    auto* table = static_cast<DictEntry*>(p);
    for (uint32_t i = 0; i < oldn; i++)
        if (!old[i].key.is_null()) insert_clean(table, size - 1, old[i].key, old[i].hash);
    HashTable& t = s->table;
    t.entries = table;
    t.nslots = t.capacity = t.nentries = static_cast<uint32_t>(size);
    t.index = nullptr;
    s->fill = t.used;
    if (old) free_raw(vm, old);
    return Status::ok();
}

// The slot holding key, or -1 (CPython's set_lookkey). Comparisons may run code; a changed table restarts.
R<int64_t> set_lookup(Interpreter& vm, Set* s, Value key, int64_t hash) {
restart:
    if (!s->table.entries) return static_cast<int64_t>(-1);
    uint64_t mask = s->table.nslots - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    while (true) {
        uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (uint64_t j = i; j <= i + probes; j++) {
            DictEntry* e = &s->table.entries[j];
            Value start = e->key;
            if (start.is_null()) {
                if (e->hash == 0) return static_cast<int64_t>(-1);
                continue;  // deleted
            }
            if (e->hash != hash) continue;
            if (start == key) return static_cast<int64_t>(j);
            if (exact_str_pair(vm, start, key)) {
                if (str_equal(as_str(start), as_str(key))) return static_cast<int64_t>(j);
                continue;
            }
            if (start.is_int() && key.is_int()) continue;
            DictEntry* table = s->table.entries;
            bool eq = TRY(equal(vm, start, key));
            if (s->table.entries != table || s->table.entries[j].key != start) goto restart;
            if (eq) return static_cast<int64_t>(j);
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// CPython's set_add_entry: reuses the last deleted slot on the probe path before an empty one; grows at 60% fill.
Status set_add_entry(Interpreter& vm, Set* s, Value key, int64_t hash) {
restart:
    if (!s->table.entries) TRY(set_alloc_table(vm, s, kMinSize));
    uint64_t mask = s->table.nslots - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    int64_t freeslot = -1;
    uint64_t slot = 0;
    while (true) {
        uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (uint64_t j = i; j <= i + probes; j++) {
            DictEntry* e = &s->table.entries[j];
            Value start = e->key;
            if (start.is_null()) {
                if (e->hash == 0) {
                    slot = j;
                    goto found_unused_or_deleted;
                }
                freeslot = static_cast<int64_t>(j);  // CPython keeps the last deleted slot seen
                continue;
            }
            if (e->hash != hash) continue;
            if (start == key) return Status::ok();
            if (exact_str_pair(vm, start, key)) {
                if (str_equal(as_str(start), as_str(key))) return Status::ok();
                continue;
            }
            if (start.is_int() && key.is_int()) continue;
            DictEntry* table = s->table.entries;
            bool eq = TRY(equal(vm, start, key));
            if (eq) return Status::ok();
            if (s->table.entries != table || s->table.entries[j].key != start) goto restart;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_deleted:
    if (freeslot >= 0) {
        s->table.entries[freeslot].key = key;
        s->table.entries[freeslot].hash = hash;
        s->table.used++;
        return Status::ok();
    }
    s->table.entries[slot].key = key;
    s->table.entries[slot].hash = hash;
    s->fill++;
    s->table.used++;
    if (static_cast<uint64_t>(s->fill) * 5 < mask * 3) return Status::ok();
    uint64_t used = s->table.used;
    return table_resize(vm, s, used > 50000 ? used * 2 : used * 4);
}

// Removes key if present (leaving a deleted slot); returns whether it was there.
R<bool> set_discard_entry(Interpreter& vm, Set* s, Value key, int64_t hash) {
    int64_t j = TRY(set_lookup(vm, s, key, hash));
    if (j < 0) return false;
    DictEntry& e = s->table.entries[j];
    e.key = Value();
    e.hash = -1;
    s->table.used--;
    return true;
}

void set_clear_table(Interpreter& vm, Set* s) {
    void* old = s->table.entries;
    s->table = HashTable{};
    s->fill = 0;
    s->hash = -1;
    if (old) free_raw(vm, old);
}

R<Set*> alloc_set(Interpreter& vm, Type* type) {
    Set* s = TRY(alloc<Set>(vm, type));
    s->hash = -1;
    return s;
}

// The next live slot at or after *pos (slot order), or false.
bool set_next(Set* s, uint32_t* pos, Value* key, int64_t* hash) {
    while (*pos < s->table.nentries) {
        DictEntry& e = s->table.entries[(*pos)++];
        if (e.key.is_null()) continue;
        *key = e.key;
        *hash = e.hash;
        return true;
    }
    return false;
}

// CPython's set_merge: one resize up front, then a straight copy when possible.
Status set_merge(Interpreter& vm, Set* s, Set* other) {
    if (s == other || other->table.used == 0) return Status::ok();
    if ((static_cast<uint64_t>(s->fill) + other->table.used) * 5 >= set_mask(s) * 3)
        TRY(table_resize(vm, s, (static_cast<uint64_t>(s->table.used) + other->table.used) * 2));
    if (s->fill == 0 && set_mask(s) == set_mask(other) && other->fill == other->table.used) {
        if (!s->table.entries) TRY(set_alloc_table(vm, s, set_mask(s) + 1));
        for (uint32_t i = 0; i < other->table.nslots; i++) {
            DictEntry& e = other->table.entries[i];
            if (e.key.is_null()) continue;
            s->table.entries[i].key = e.key;
            s->table.entries[i].hash = e.hash;
        }
        s->fill = other->fill;
        s->table.used = other->table.used;
        return Status::ok();
    }
    if (s->fill == 0) {
        if (!s->table.entries) TRY(set_alloc_table(vm, s, set_mask(s) + 1));
        uint64_t mask = set_mask(s);
        for (uint32_t i = 0; i < other->table.nslots; i++) {
            DictEntry& e = other->table.entries[i];
            if (!e.key.is_null()) insert_clean(s->table.entries, mask, e.key, e.hash);
        }
        s->fill = s->table.used = other->table.used;
        return Status::ok();
    }
    uint32_t pos = 0;
    Value key;
    int64_t hash;
    while (set_next(other, &pos, &key, &hash)) TRY(set_add_entry(vm, s, key, hash));
    return Status::ok();
}

R<Set*> set_copy(Interpreter& vm, Set* s) { return set_from_iterable(vm, base_type(vm, s->type), val(s)); }

// A hash for lookups by key; a set used as a key stands for the equal frozenset (as CPython's set methods do).
R<int64_t> lookup_hash(Interpreter& vm, Value* key) {
    R<int64_t> h = hash_value(vm, *key);
    if (!h.failed()) return h.take();
    if (!isinstance(vm, *key, vm.t_set) || !exception_matches(vm, vm.exc, vm.e_TypeError)) return Raised{};
    take_exception(vm);
    Set* f = TRY(set_from_iterable(vm, vm.t_frozenset, *key));
    *key = val(f);
    return hash_value(vm, *key);
}

R<Set*> set_intersection(Interpreter& vm, Set* s, Value other) {
    if (val(s) == other) return set_copy(vm, s);
    return set_intersection_with(vm, s, other);
}

R<Set*> set_difference(Interpreter& vm, Set* s, Value other) {
    int64_t other_size = -1;
    bool other_dict = type_of(vm, other) == vm.t_dict;
    if (is_anyset(vm, other)) other_size = as_set(other)->table.used;
    else if (other_dict) other_size = as_dict(other)->table.used;
    if (other_size < 0 || (s->table.used >> 2) > other_size) {
        Set* result = TRY(set_copy(vm, s));
        TRY(set_difference_update_from(vm, result, other));
        return result;
    }
    Set* result = TRY(alloc_set(vm, base_type(vm, s->type)));
    uint32_t pos = 0;
    Value key;
    int64_t hash;
    while (set_next(s, &pos, &key, &hash)) {
        int64_t found = other_dict ? TRY(table_find(vm, &as_dict(other)->table, key, hash))
                                   : TRY(set_lookup(vm, as_set(other), key, hash));
        if (found < 0) TRY(set_add_entry(vm, result, key, hash));
    }
    return result;
}

R<Set*> set_symmetric_difference(Interpreter& vm, Set* s, Value other) {
    Set* result = TRY(set_from_iterable(vm, base_type(vm, s->type), other));
    TRY(set_symmetric_difference_update_from(vm, result, val(s)));
    return result;
}

// Replaces s's contents with tmp's (CPython's set_swap_bodies, used by intersection_update).
void set_take_body(Interpreter& vm, Set* s, Set* tmp) {
    void* old = s->table.entries;
    s->table = tmp->table;
    s->fill = tmp->fill;
    s->hash = -1;
    tmp->table = HashTable{};
    tmp->fill = 0;
    if (old) free_raw(vm, old);
}

R<bool> set_issubset(Interpreter& vm, Set* s, Value other) {
    if (!is_anyset(vm, other)) {
        Set* tmp = TRY(set_from_iterable(vm, vm.t_set, other));
        return set_issubset(vm, s, val(tmp));
    }
    Set* o = as_set(other);
    if (s->table.used > o->table.used) return false;
    uint32_t pos = 0;
    Value key;
    int64_t hash;
    while (set_next(s, &pos, &key, &hash)) {
        int64_t found = TRY(set_lookup(vm, o, key, hash));
        if (found < 0) return false;
    }
    return true;
}

R<bool> set_issuperset(Interpreter& vm, Set* s, Value other) {
    if (is_anyset(vm, other)) return set_issubset(vm, as_set(other), val(s));
    Set* tmp = TRY(set_from_iterable(vm, vm.t_set, other));
    return set_issubset(vm, tmp, val(s));
}

// frozenset's hash: CPython's algorithm (order-independent, so it matches CPython for the same elements).
int64_t frozenset_hash(Set* s) {
    if (s->hash != -1) return s->hash;
    auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
    uint64_t hash = 0;
    for (uint32_t i = 0; i < s->table.nentries; i++) {
        const DictEntry& e = s->table.entries[i];
        if (!e.key.is_null()) hash ^= shuffle(static_cast<uint64_t>(e.hash));
    }
    hash ^= (static_cast<uint64_t>(s->table.used) + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == static_cast<uint64_t>(-1)) hash = 590923713ULL;
    s->hash = static_cast<int64_t>(hash);
    return s->hash;
}

}  // namespace

// ---- exported helpers -------------------------------------------------------------------------------------------

R<Set*> new_set(Interpreter& vm, Type* type) { return alloc_set(vm, type); }

Status set_add(Interpreter& vm, Set* s, Value key) {
    int64_t hash = TRY(hash_value(vm, key));
    return set_add_entry(vm, s, key, hash);
}

R<bool> set_contains(Interpreter& vm, Set* s, Value key) {
    int64_t hash = TRY(hash_value(vm, key));
    int64_t j = TRY(set_lookup(vm, s, key, hash));
    return j >= 0;
}

R<Set*> set_from_iterable(Interpreter& vm, Type* type, Value iterable) {
    Set* s = TRY(alloc_set(vm, type));
    if (!iterable.is_null()) TRY(set_update_from(vm, s, iterable));
    return s;
}

Status set_update_from(Interpreter& vm, Set* s, Value other) {
    if (is_anyset(vm, other)) return set_merge(vm, s, as_set(other));
    if (type_of(vm, other) == vm.t_dict) {
        Dict* d = as_dict(other);
        if ((static_cast<uint64_t>(s->fill) + d->table.used) * 5 >= set_mask(s) * 3)
            TRY(table_resize(vm, s, (static_cast<uint64_t>(s->table.used) + d->table.used) * 2));
        for (uint32_t i = 0; i < d->table.nentries; i++) {
            DictEntry e = d->table.entries[i];
            if (!e.key.is_null()) TRY(set_add_entry(vm, s, e.key, e.hash));
        }
        return Status::ok();
    }
    Value it = TRY(get_iter(vm, other));
    while (true) {
        Value key = TRY(iter_next(vm, it));
        if (key.is_null()) return Status::ok();
        TRY(set_add(vm, s, key));
    }
}

R<Set*> set_intersection_with(Interpreter& vm, Set* s, Value other) {
    Set* result = TRY(alloc_set(vm, base_type(vm, s->type)));
    if (is_anyset(vm, other)) {
        // Iterate the smaller set, looking each key up in the larger.
        Set* big = s;
        Set* small = as_set(other);
        if (small->table.used > big->table.used) {
            Set* t = big;
            big = small;
            small = t;
        }
        uint32_t pos = 0;
        Value key;
        int64_t hash;
        while (set_next(small, &pos, &key, &hash)) {
            int64_t found = TRY(set_lookup(vm, big, key, hash));
            if (found >= 0) TRY(set_add_entry(vm, result, key, hash));
        }
        return result;
    }
    Value it = TRY(get_iter(vm, other));
    while (true) {
        Value key = TRY(iter_next(vm, it));
        if (key.is_null()) return result;
        int64_t hash = TRY(hash_value(vm, key));
        int64_t found = TRY(set_lookup(vm, s, key, hash));
        if (found >= 0) TRY(set_add_entry(vm, result, key, hash));
    }
}

Status set_difference_update_from(Interpreter& vm, Set* s, Value other) {
    if (val(s) == other) {
        set_clear_table(vm, s);
        return Status::ok();
    }
    if (is_anyset(vm, other)) {
        Value o = other;
        // When the other set is much larger, only the common keys matter.
        if ((as_set(other)->table.used >> 3) > s->table.used) o = val(TRY(set_intersection_with(vm, s, other)));
        uint32_t pos = 0;
        Value key;
        int64_t hash;
        while (set_next(as_set(o), &pos, &key, &hash)) TRY(set_discard_entry(vm, s, key, hash));
    } else {
        Value it = TRY(get_iter(vm, other));
        while (true) {
            Value key = TRY(iter_next(vm, it));
            if (key.is_null()) break;
            int64_t hash = TRY(hash_value(vm, key));
            TRY(set_discard_entry(vm, s, key, hash));
        }
    }
    // More than a quarter of the slots deleted: rebuild.
    if (s->fill - s->table.used <= set_mask(s) / 4) return Status::ok();
    uint64_t used = s->table.used;
    return table_resize(vm, s, used > 50000 ? used * 2 : used * 4);
}

Status set_symmetric_difference_update_from(Interpreter& vm, Set* s, Value other) {
    if (val(s) == other) {
        set_clear_table(vm, s);
        return Status::ok();
    }
    if (type_of(vm, other) == vm.t_dict) {
        Dict* d = as_dict(other);
        for (uint32_t i = 0; i < d->table.nentries; i++) {
            DictEntry e = d->table.entries[i];
            if (e.key.is_null()) continue;
            bool removed = TRY(set_discard_entry(vm, s, e.key, e.hash));
            if (!removed) TRY(set_add_entry(vm, s, e.key, e.hash));
        }
        return Status::ok();
    }
    Set* o = is_anyset(vm, other) ? as_set(other) : TRY(set_from_iterable(vm, base_type(vm, s->type), other));
    uint32_t pos = 0;
    Value key;
    int64_t hash;
    while (set_next(o, &pos, &key, &hash)) {
        bool removed = TRY(set_discard_entry(vm, s, key, hash));
        if (!removed) TRY(set_add_entry(vm, s, key, hash));
    }
    return Status::ok();
}

// ---- methods ----------------------------------------------------------------------------------------------------

namespace {

// The receiver of a method shared by set and frozenset.
R<Set*> anyset_self(Interpreter& vm, Args args, const char* method) {
    if (args.n == 0) return raise(vm, vm.e_TypeError, "unbound method set.%s() needs an argument", method);
    if (!is_anyset(vm, args.v[0])) {
        return raise(vm, vm.e_TypeError, "descriptor '%s' for 'set' objects doesn't apply to a '%s' object", method,
                     type_name(vm, args.v[0]));
    }
    return as_set(args.v[0]);
}

R<Set*> set_self(Interpreter& vm, Args args, const char* method) {
    Value self = TRY(self_of(vm, args, vm.t_set, method));
    return as_set(self);
}

R<Type*> cls_arg(Interpreter& vm, Args args, Type* base) {
    if (args.n < 1 || !is_type(args.v[0]))
        return raise(vm, vm.e_TypeError, "%s.__new__(X): X is not a type object", base->name->data);
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    if (!is_subtype(cls, base))
        return raise(vm, vm.e_TypeError, "%s.__new__(%s): %s is not a subtype of %s", base->name->data, cls->name->data,
                     cls->name->data, base->name->data);
    return cls;
}

R<Value> set_new_m(Interpreter& vm, Args args) {
    Type* cls = TRY(cls_arg(vm, args, vm.t_set));
    if (cls == vm.t_set && args.nkw()) return raise(vm, vm.e_TypeError, "set() takes no keyword arguments");
    return val(TRY(alloc_set(vm, cls)));
}

R<Value> set_init_m(Interpreter& vm, Args args) {
    Set* s = TRY(set_self(vm, args, "__init__"));
    if (args.nkw()) return raise(vm, vm.e_TypeError, "set() takes no keyword arguments");
    if (args.n > 2) return raise(vm, vm.e_TypeError, "%s expected at most 1 argument, got %u", s->type->name->data, args.n - 1);
    if (s->fill) set_clear_table(vm, s);
    s->hash = -1;
    if (args.n == 2) TRY(set_update_from(vm, s, args.v[1]));
    return Value::none();
}

R<Value> frozenset_new_m(Interpreter& vm, Args args) {
    Type* cls = TRY(cls_arg(vm, args, vm.t_frozenset));
    if (cls == vm.t_frozenset && args.nkw()) return raise(vm, vm.e_TypeError, "frozenset() takes no keyword arguments");
    if (args.n > 2) return raise(vm, vm.e_TypeError, "%s expected at most 1 argument, got %u", cls->name->data, args.n - 1);
    Value iterable = args.n == 2 ? args.v[1] : Value();
    // frozenset(f) is f itself.
    if (cls == vm.t_frozenset && !iterable.is_null() && type_of(vm, iterable) == vm.t_frozenset) return iterable;
    return val(TRY(set_from_iterable(vm, cls, iterable)));
}

R<Value> set_len_m(Interpreter& vm, Args args) {
    Set* s = TRY(anyset_self(vm, args, "__len__"));
    TRY(check_nargs(vm, rest(args), "set.__len__", 0, 0));
    return Value::small_int(s->table.used);
}

R<Value> set_contains_m(Interpreter& vm, Args args) {
    Set* s = TRY(anyset_self(vm, args, "__contains__"));
    TRY(check_nargs(vm, rest(args), "set.__contains__", 1, 1));
    Value key = args.v[1];
    int64_t hash = TRY(lookup_hash(vm, &key));
    int64_t j = TRY(set_lookup(vm, s, key, hash));
    return Value::boolean(j >= 0);
}

R<Value> set_iter_m(Interpreter& vm, Args args) {
    Set* s = TRY(anyset_self(vm, args, "__iter__"));
    TRY(check_nargs(vm, rest(args), "set.__iter__", 0, 0));
    Iter* it = TRY(new_iter(vm, vm.t_set_iterator, val(s)));
    it->j = s->table.used;
    return val(it);
}

R<Str*> set_repr_items(Interpreter& vm, Set* s) {
    StrBuilder b;
    bool exact = s->type == vm.t_set;
    if (!exact) {
        b.add(s->type->name->view());
        b.add('(');
    }
    b.add('{');
    List* keys = TRY(list_from_iterable(vm, val(s)));
    for (uint32_t i = 0; i < keys->size; i++) {
        if (i) b.add(", ");
        Str* r = TRY(repr(vm, keys->items[i]));
        b.add(r->view());
    }
    b.add('}');
    if (!exact) b.add(')');
    return b.build(vm);
}

R<Value> set_repr_m(Interpreter& vm, Args args) {
    Set* s = TRY(anyset_self(vm, args, "__repr__"));
    TRY(check_nargs(vm, rest(args), "set.__repr__", 0, 0));
    StrBuilder b;
    b.add(s->type->name->view());
    if (!repr_enter(vm, s)) {
        b.add("(...)");
        return val(TRY(b.build(vm)));
    }
    if (s->table.used == 0) {
        repr_leave(vm, s);
        b.add("()");
        return val(TRY(b.build(vm)));
    }
    R<Str*> r = set_repr_items(vm, s);
    repr_leave(vm, s);
    return val(TRY(r));
}

R<Value> set_hash_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_frozenset, "__hash__"));
    TRY(check_nargs(vm, rest(args), "frozenset.__hash__", 0, 0));
    return make_int(vm, frozenset_hash(as_set(self)));
}

R<Value> set_compare(Interpreter& vm, Args args, CmpOp op, const char* name) {
    Set* s = TRY(anyset_self(vm, args, name));
    TRY(check_nargs(vm, rest(args), name, 1, 1));
    Value other = args.v[1];
    if (!is_anyset(vm, other)) return vm.not_implemented;
    Set* o = as_set(other);
    switch (op) {
        case CmpOp::Eq:
        case CmpOp::Ne: {
            bool eq;
            if (s->table.used != o->table.used) eq = false;
            else if (s->hash != -1 && o->hash != -1 && s->hash != o->hash) eq = false;
            else eq = TRY(set_issubset(vm, s, other));
            return Value::boolean(op == CmpOp::Eq ? eq : !eq);
        }
        case CmpOp::Le: return Value::boolean(TRY(set_issubset(vm, s, other)));
        case CmpOp::Ge: return Value::boolean(TRY(set_issuperset(vm, s, other)));
        case CmpOp::Lt:
            if (s->table.used >= o->table.used) return Value::boolean(false);
            return Value::boolean(TRY(set_issubset(vm, s, other)));
        case CmpOp::Gt:
            if (s->table.used <= o->table.used) return Value::boolean(false);
            return Value::boolean(TRY(set_issuperset(vm, s, other)));
    }
    return vm.not_implemented;
}

R<Value> set_eq_m(Interpreter& vm, Args args) { return set_compare(vm, args, CmpOp::Eq, "__eq__"); }
R<Value> set_ne_m(Interpreter& vm, Args args) { return set_compare(vm, args, CmpOp::Ne, "__ne__"); }
R<Value> set_lt_m(Interpreter& vm, Args args) { return set_compare(vm, args, CmpOp::Lt, "__lt__"); }
R<Value> set_le_m(Interpreter& vm, Args args) { return set_compare(vm, args, CmpOp::Le, "__le__"); }
R<Value> set_gt_m(Interpreter& vm, Args args) { return set_compare(vm, args, CmpOp::Gt, "__gt__"); }
R<Value> set_ge_m(Interpreter& vm, Args args) { return set_compare(vm, args, CmpOp::Ge, "__ge__"); }

// Operators: both operands must be sets or frozensets; the result has the left operand's base type.
R<Value> set_binary(Interpreter& vm, Args args, BinOp op, const char* name) {
    Set* s = TRY(anyset_self(vm, args, name));
    TRY(check_nargs(vm, rest(args), name, 1, 1));
    Value other = args.v[1];
    if (!is_anyset(vm, other)) return vm.not_implemented;
    switch (op) {
        case BinOp::Or: {
            Set* result = TRY(set_copy(vm, s));
            if (val(s) != other) TRY(set_update_from(vm, result, other));
            return val(result);
        }
        case BinOp::And: return val(TRY(set_intersection(vm, s, other)));
        case BinOp::Sub: return val(TRY(set_difference(vm, s, other)));
        default: return val(TRY(set_symmetric_difference(vm, s, other)));
    }
}
R<Value> set_or_m(Interpreter& vm, Args args) { return set_binary(vm, args, BinOp::Or, "__or__"); }
R<Value> set_and_m(Interpreter& vm, Args args) { return set_binary(vm, args, BinOp::And, "__and__"); }
R<Value> set_sub_m(Interpreter& vm, Args args) { return set_binary(vm, args, BinOp::Sub, "__sub__"); }
R<Value> set_xor_m(Interpreter& vm, Args args) { return set_binary(vm, args, BinOp::Xor, "__xor__"); }

Status set_intersection_update(Interpreter& vm, Set* s, Value other) {
    Set* tmp = TRY(set_intersection(vm, s, other));
    set_take_body(vm, s, tmp);
    return Status::ok();
}

R<Value> set_inplace(Interpreter& vm, Args args, BinOp op, const char* name) {
    Set* s = TRY(set_self(vm, args, name));
    TRY(check_nargs(vm, rest(args), name, 1, 1));
    Value other = args.v[1];
    if (!is_anyset(vm, other)) return vm.not_implemented;
    switch (op) {
        case BinOp::Or: TRY(set_update_from(vm, s, other)); break;
        case BinOp::And: TRY(set_intersection_update(vm, s, other)); break;
        case BinOp::Sub: TRY(set_difference_update_from(vm, s, other)); break;
        default: TRY(set_symmetric_difference_update_from(vm, s, other)); break;
    }
    return val(s);
}
R<Value> set_ior_m(Interpreter& vm, Args args) { return set_inplace(vm, args, BinOp::Or, "__ior__"); }
R<Value> set_iand_m(Interpreter& vm, Args args) { return set_inplace(vm, args, BinOp::And, "__iand__"); }
R<Value> set_isub_m(Interpreter& vm, Args args) { return set_inplace(vm, args, BinOp::Sub, "__isub__"); }
R<Value> set_ixor_m(Interpreter& vm, Args args) { return set_inplace(vm, args, BinOp::Xor, "__ixor__"); }

R<Value> set_add_m(Interpreter& vm, Args args) {
    Set* s = TRY(set_self(vm, args, "add"));
    TRY(check_nargs(vm, rest(args), "set.add", 1, 1));
    TRY(set_add(vm, s, args.v[1]));
    return Value::none();
}

R<Value> set_remove_m(Interpreter& vm, Args args) {
    Set* s = TRY(set_self(vm, args, "remove"));
    TRY(check_nargs(vm, rest(args), "set.remove", 1, 1));
    Value key = args.v[1];
    int64_t hash = TRY(lookup_hash(vm, &key));
    bool removed = TRY(set_discard_entry(vm, s, key, hash));
    if (!removed) return raise_with_arg(vm, vm.e_KeyError, args.v[1]);
    return Value::none();
}

R<Value> set_discard_m(Interpreter& vm, Args args) {
    Set* s = TRY(set_self(vm, args, "discard"));
    TRY(check_nargs(vm, rest(args), "set.discard", 1, 1));
    Value key = args.v[1];
    int64_t hash = TRY(lookup_hash(vm, &key));
    TRY(set_discard_entry(vm, s, key, hash));
    return Value::none();
}

// CPython's set_pop: scans from the finger left by the previous pop.
R<Value> set_pop_m(Interpreter& vm, Args args) {
    Set* s = TRY(set_self(vm, args, "pop"));
    TRY(check_nargs(vm, rest(args), "set.pop", 0, 0));
    if (s->table.used == 0) return raise(vm, vm.e_KeyError, "pop from an empty set");
    uint64_t mask = set_mask(s);
    uint64_t i = s->finger & mask;
    while (s->table.entries[i].key.is_null()) i = (i + 1) & mask;
    DictEntry& e = s->table.entries[i];
    Value key = e.key;
    e.key = Value();
    e.hash = -1;
    s->table.used--;
    s->finger = static_cast<uint32_t>(i + 1);
    return key;
}

R<Value> set_clear_m(Interpreter& vm, Args args) {
    Set* s = TRY(set_self(vm, args, "clear"));
    TRY(check_nargs(vm, rest(args), "set.clear", 0, 0));
    set_clear_table(vm, s);
    return Value::none();
}

R<Value> set_copy_m(Interpreter& vm, Args args) {
    Set* s = TRY(anyset_self(vm, args, "copy"));
    TRY(check_nargs(vm, rest(args), s->type == vm.t_frozenset ? "frozenset.copy" : "set.copy", 0, 0));
    if (s->type == vm.t_frozenset) return val(s);
    return val(TRY(set_copy(vm, s)));
}

Status no_keywords(Interpreter& vm, Args args, Set* s, const char* method) {
    if (args.nkw())
        return raise(vm, vm.e_TypeError, "%s.%s() takes no keyword arguments", is_subtype(s->type, vm.t_set) ? "set" : "frozenset",
                     method);
    return Status::ok();
}

R<Value> set_union_m(Interpreter& vm, Args args) {
    Set* s = TRY(anyset_self(vm, args, "union"));
    TRY(no_keywords(vm, args, s, "union"));
    Set* result = TRY(set_copy(vm, s));
    for (uint32_t i = 1; i < args.n; i++)
        if (args.v[i] != val(s)) TRY(set_update_from(vm, result, args.v[i]));
    return val(result);
}

R<Value> set_intersection_m(Interpreter& vm, Args args) {
    Set* s = TRY(anyset_self(vm, args, "intersection"));
    TRY(no_keywords(vm, args, s, "intersection"));
    if (args.n == 1) return val(TRY(set_copy(vm, s)));
    Set* result = s;
    for (uint32_t i = 1; i < args.n; i++) result = TRY(set_intersection(vm, result, args.v[i]));
    return val(result);
}

R<Value> set_difference_m(Interpreter& vm, Args args) {
    Set* s = TRY(anyset_self(vm, args, "difference"));
    TRY(no_keywords(vm, args, s, "difference"));
    if (args.n == 1) return val(TRY(set_copy(vm, s)));
    Set* result = TRY(set_difference(vm, s, args.v[1]));
    for (uint32_t i = 2; i < args.n; i++) TRY(set_difference_update_from(vm, result, args.v[i]));
    return val(result);
}

R<Value> set_symmetric_difference_m(Interpreter& vm, Args args) {
    Set* s = TRY(anyset_self(vm, args, "symmetric_difference"));
    TRY(check_nargs(vm, rest(args), is_subtype(s->type, vm.t_set) ? "set.symmetric_difference" : "frozenset.symmetric_difference", 1, 1));
    return val(TRY(set_symmetric_difference(vm, s, args.v[1])));
}

R<Value> set_update_m(Interpreter& vm, Args args) {
    Set* s = TRY(set_self(vm, args, "update"));
    TRY(no_keywords(vm, args, s, "update"));
    for (uint32_t i = 1; i < args.n; i++) TRY(set_update_from(vm, s, args.v[i]));
    return Value::none();
}

R<Value> set_intersection_update_m(Interpreter& vm, Args args) {
    Set* s = TRY(set_self(vm, args, "intersection_update"));
    TRY(no_keywords(vm, args, s, "intersection_update"));
    if (args.n == 1) return Value::none();
    Set* result = s;
    for (uint32_t i = 1; i < args.n; i++) result = TRY(set_intersection(vm, result, args.v[i]));
    if (result != s) set_take_body(vm, s, result);
    return Value::none();
}

R<Value> set_difference_update_m(Interpreter& vm, Args args) {
    Set* s = TRY(set_self(vm, args, "difference_update"));
    TRY(no_keywords(vm, args, s, "difference_update"));
    for (uint32_t i = 1; i < args.n; i++) TRY(set_difference_update_from(vm, s, args.v[i]));
    return Value::none();
}

R<Value> set_symmetric_difference_update_m(Interpreter& vm, Args args) {
    Set* s = TRY(set_self(vm, args, "symmetric_difference_update"));
    TRY(check_nargs(vm, rest(args), "set.symmetric_difference_update", 1, 1));
    TRY(set_symmetric_difference_update_from(vm, s, args.v[1]));
    return Value::none();
}

R<Value> set_issubset_m(Interpreter& vm, Args args) {
    Set* s = TRY(anyset_self(vm, args, "issubset"));
    TRY(check_nargs(vm, rest(args), is_subtype(s->type, vm.t_set) ? "set.issubset" : "frozenset.issubset", 1, 1));
    return Value::boolean(TRY(set_issubset(vm, s, args.v[1])));
}

R<Value> set_issuperset_m(Interpreter& vm, Args args) {
    Set* s = TRY(anyset_self(vm, args, "issuperset"));
    TRY(check_nargs(vm, rest(args), is_subtype(s->type, vm.t_set) ? "set.issuperset" : "frozenset.issuperset", 1, 1));
    return Value::boolean(TRY(set_issuperset(vm, s, args.v[1])));
}

R<Value> set_isdisjoint_m(Interpreter& vm, Args args) {
    Set* s = TRY(anyset_self(vm, args, "isdisjoint"));
    TRY(check_nargs(vm, rest(args), is_subtype(s->type, vm.t_set) ? "set.isdisjoint" : "frozenset.isdisjoint", 1, 1));
    Value other = args.v[1];
    if (val(s) == other) return Value::boolean(s->table.used == 0);
    uint32_t pos = 0;
    Value key;
    int64_t hash;
    if (is_anyset(vm, other)) {
        Set* big = s;
        Set* small = as_set(other);
        if (small->table.used > big->table.used) {
            Set* t = big;
            big = small;
            small = t;
        }
        while (set_next(small, &pos, &key, &hash)) {
            int64_t found = TRY(set_lookup(vm, big, key, hash));
            if (found >= 0) return Value::boolean(false);
        }
        return Value::boolean(true);
    }
    Value it = TRY(get_iter(vm, other));
    while (true) {
        key = TRY(iter_next(vm, it));
        if (key.is_null()) return Value::boolean(true);
        hash = TRY(hash_value(vm, key));
        int64_t found = TRY(set_lookup(vm, s, key, hash));
        if (found >= 0) return Value::boolean(false);
    }
}

}  // namespace

void init_set_type(Interpreter& vm) {
    add_staticmethods(vm, vm.t_set, {{"__new__", set_new_m}});
    add_staticmethods(vm, vm.t_frozenset, {{"__new__", frozenset_new_m}});
    for (Type* t : {vm.t_set, vm.t_frozenset}) {
        add_methods(vm, t,
                    {{"__len__", set_len_m},
                     {"__contains__", set_contains_m},
                     {"__iter__", set_iter_m},
                     {"__repr__", set_repr_m},
                     {"__eq__", set_eq_m},
                     {"__ne__", set_ne_m},
                     {"__lt__", set_lt_m},
                     {"__le__", set_le_m},
                     {"__gt__", set_gt_m},
                     {"__ge__", set_ge_m},
                     {"__or__", set_or_m},
                     {"__and__", set_and_m},
                     {"__sub__", set_sub_m},
                     {"__xor__", set_xor_m},
                     {"copy", set_copy_m},
                     {"union", set_union_m},
                     {"intersection", set_intersection_m},
                     {"difference", set_difference_m},
                     {"symmetric_difference", set_symmetric_difference_m},
                     {"issubset", set_issubset_m},
                     {"issuperset", set_issuperset_m},
                     {"isdisjoint", set_isdisjoint_m}});
    }
    add_methods(vm, vm.t_set,
                {{"__init__", set_init_m},
                 {"__ior__", set_ior_m},
                 {"__iand__", set_iand_m},
                 {"__isub__", set_isub_m},
                 {"__ixor__", set_ixor_m},
                 {"add", set_add_m},
                 {"remove", set_remove_m},
                 {"discard", set_discard_m},
                 {"pop", set_pop_m},
                 {"clear", set_clear_m},
                 {"update", set_update_m},
                 {"intersection_update", set_intersection_update_m},
                 {"difference_update", set_difference_update_m},
                 {"symmetric_difference_update", set_symmetric_difference_update_m}});
    (void)dict_set_str(vm, vm.t_set->dict, vm.n___hash__, Value::none());
    add_methods(vm, vm.t_frozenset, {{"__hash__", set_hash_m}});
}

}  // namespace pyco
