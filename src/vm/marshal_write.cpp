// Code objects to bytes: the writer of marshal.cpp's format (used by pyco-freeze on the build host; kept out of
// marshal.cpp so that the interpreter, which only reads, does not link it).
#include <cstring>
#include <unordered_map>
#include <vector>

#include "modules/module_util.h"
#include "objects/objects.h"
#include "vm/marshal.h"
#include "vm/linetable.h"
#include "vm/opcodes.h"

namespace pyco {

namespace {

uint64_t zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }

// ---- writer -------------------------------------------------------------------------------------------------

struct Writer {
    Interpreter& vm;
    std::string& out;
    bool with_columns;
    std::unordered_map<Str*, uint32_t> interned;  // interned strings already written (immortal, so stable)
    std::string enclosing_qualname;               // of the code object whose constants are being written

    void byte(uint8_t b) { out.push_back(static_cast<char>(b)); }
    void varint(uint64_t v) {
        while (v >= 0x80) {
            byte(static_cast<uint8_t>(v | 0x80));
            v >>= 7;
        }
        byte(static_cast<uint8_t>(v));
    }
    void raw(const void* p, size_t n) { out.append(static_cast<const char*>(p), n); }
    void f64(double d) {
        uint64_t bits;
        std::memcpy(&bits, &d, sizeof bits);
        for (int i = 0; i < 8; i++) byte(static_cast<uint8_t>(bits >> (8 * i)));
    }
    void str(Str* s) {
        if (s->interned) {
            auto it = interned.find(s);
            if (it != interned.end()) {
                byte('r');
                varint(it->second);
                return;
            }
            uint32_t index = static_cast<uint32_t>(interned.size());
            interned.emplace(s, index);
        }
        byte(s->interned ? 'n' : 's');
        varint(s->size);
        raw(s->data, s->size);
    }
    void tuple_of_strs(Tuple* t) {
        byte('(');
        varint(t->size);
        for (uint32_t i = 0; i < t->size; i++) str(as_str(t->items[i]));
    }

    Status object(Value v) {
        if (v.is_none()) return byte('N'), Status::ok();
        if (v.is_true()) return byte('T'), Status::ok();
        if (v.is_false()) return byte('F'), Status::ok();
        if (v == vm.ellipsis) return byte('.'), Status::ok();
        if (v.is_int()) {
            byte('i');
            varint(zigzag(v.as_int()));
            return Status::ok();
        }
        Kind k = v.is_obj() ? v.as_obj()->type->kind : Kind::Object;
        switch (k) {
            case Kind::Int: {
                int64_t i;
                if (int_fits_i64(v, &i)) {
                    byte('i');
                    varint(zigzag(i));
                    return Status::ok();
                }
                BigInt b = bigint_of(v);
                byte('l');
                byte(b.is_negative() ? 1 : 0);
                varint(b.digit_count());
                for (size_t d = 0; d < b.digit_count(); d++) varint(b.digits()[d]);
                return Status::ok();
            }
            case Kind::Float:
                byte('f');
                f64(float_value(v));
                return Status::ok();
            case Kind::Complex: {
                auto* z = static_cast<Complex*>(v.as_obj());
                byte('x');
                f64(z->real);
                f64(z->imag);
                return Status::ok();
            }
            case Kind::Str:
                str(as_str(v));
                return Status::ok();
            case Kind::Bytes: {
                Bytes* b = as_bytes(v);
                byte('b');
                varint(b->size);
                raw(b->data, b->size);
                return Status::ok();
            }
            case Kind::Tuple: {
                Tuple* t = as_tuple(v);
                byte('(');
                varint(t->size);
                for (uint32_t i = 0; i < t->size; i++) TRY(object(t->items[i]));
                return Status::ok();
            }
            case Kind::Code:
                return code(static_cast<Code*>(v.as_obj()));
            default:
                return raise(vm, vm.e_ValueError, "unmarshallable object of type %s", type_name(vm, v));
        }
    }

    Status code(Code* c) {
        byte('c');
        str(c->name);
        std::string_view q = c->qualname->view();
        std::string enclosing = enclosing_qualname;
        uint8_t kind = 1;
        if (q == c->name->view()) kind = 0;
        else if (!enclosing.empty() && q == enclosing + "." + std::string(c->name->view())) kind = 2;
        else if (!enclosing.empty() && q == enclosing + ".<locals>." + std::string(c->name->view())) kind = 3;
        byte(kind);
        if (kind == 1) str(c->qualname);
        enclosing_qualname = std::string(q);
        varint(c->argcount);
        varint(c->posonlyargcount);
        varint(c->kwonlyargcount);
        varint(c->flags);
        varint(c->stacksize);
        varint(zigzag(c->firstlineno));
        tuple_of_strs(c->names);
        tuple_of_strs(c->varnames);
        tuple_of_strs(c->cellvars);
        tuple_of_strs(c->freevars);
        byte(c->cell2arg ? 1 : 0);
        if (c->cell2arg)
            for (uint32_t i = 0; i < c->cellvars->size; i++) varint(zigzag(c->cell2arg[i]));
        TRY(object(val(c->consts)));
        enclosing_qualname = enclosing;
        varint(c->ninstr);
        for (uint32_t i = 0; i < c->ninstr; i++) {
            byte(static_cast<uint8_t>(instr_op(c->code[i])));
            varint(instr_arg(c->code[i]));
        }
        // The in-memory table, re-encoded without columns unless they are wanted.
        std::vector<Loc> locs;
        LocReader r(c->linetable, c->linetable + c->linetable_size, c->firstlineno);
        Loc loc;
        uint32_t run = 0;
        while (locs.size() < c->ninstr && r.next(&loc, &run)) locs.insert(locs.end(), run, loc);
        locs.resize(c->ninstr, Loc{c->firstlineno, c->firstlineno, 0xffff, 0xffff});
        std::string table;
        encode_locs(locs.data(), c->ninstr, c->firstlineno, with_columns, &table);
        varint(table.size());
        raw(table.data(), table.size());
        return Status::ok();
    }
};

}  // namespace

Status marshal_code(Interpreter& vm, Code* code, std::string* out, bool with_columns) {
    Writer w{vm, *out, with_columns, {}, {}};
    w.raw(kMarshalMagic, sizeof kMarshalMagic);
    return w.code(code);
}

}  // namespace pyco
