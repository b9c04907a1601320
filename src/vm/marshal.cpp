// Code objects from bytes (the format of frozen modules; marshal_write.cpp writes it, on the build host). Little-endian LEB128 varints for every count
// and small number; interned strings are written once and referred to by number afterwards.
//
//   file    := "pyc" VERSION object(code)
//   object  := 'N' | 'T' | 'F' | '.'                          None, True, False, Ellipsis
//            | 'i' zigzag                                       int within int64
//            | 'l' sign:u8 ndigits (digit)*                     big int, base 2**32 digits, little-endian
//            | 'f' f64 | 'x' f64 f64                            float, complex (IEEE bits, little-endian)
//            | 's' len bytes | 'n' len bytes | 'r' index       str, interned str (numbered), earlier interned str
//            | 'b' len bytes | '(' count object*               bytes, tuple
//            | 'c' code
//   code    := name:object qualname_kind:u8 [qualname:object] argcount posonly kwonly flags stacksize
//              zigzag(firstlineno) names varnames cellvars freevars has_cell2arg [zigzag*ncells] consts
//              ninstr (op:u8 arg)* size linetable
//   linetable := size bytes of Code::linetable (vm/linetable.h), covering the ninstr instructions
//   qualname_kind: 0 the name; 1 given; 2 "ENCLOSING.name"; 3 "ENCLOSING.<locals>.name" (ENCLOSING: the
//              qualified name of the code object whose constant this one is)
//              Without columns (the frozen modules: no source text is kept, so there are no caret lines to
//              draw) it holds line numbers only.
#include "vm/marshal.h"

#include <cstring>

#include "modules/module_util.h"
#include "objects/objects.h"
#include "vm/linetable.h"
#include "vm/opcodes.h"

namespace pyco {

namespace {

constexpr int kMaxDepth = 100;  // nesting of tuples and code objects: bounds the reader's C++ recursion
constexpr uint32_t kOpCount = 0
#define X(name) +1
    PYCO_OPCODES(X)
#undef X
    ;

int64_t unzigzag(uint64_t u) { return static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1); }

// ---- reader -------------------------------------------------------------------------------------------------

struct Reader {
    Interpreter& vm;
    const uint8_t* p;
    const uint8_t* end;
    Str* filename;
    List* interned;  // the interned strings read so far, by number (a List: the GC must see them)
    int depth = 0;
    Str* enclosing = nullptr;  // qualified name of the code object whose constants are being read

    Raised bad(const char* why) { return raise(vm, vm.e_ValueError, "bad frozen code: %s", why); }
    size_t left() const { return static_cast<size_t>(end - p); }

    R<uint8_t> byte() {
        if (p == end) return bad("truncated");
        return *p++;
    }
    R<uint64_t> varint() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            uint8_t b = TRY(byte());
            if (shift == 63 && b > 1) break;
            v |= static_cast<uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        return bad("varint too long");
    }
    // A count of things that each take at least `min_bytes` of the remaining data (so a corrupt count can
    // never make the reader allocate more than the data could describe).
    R<uint32_t> count(size_t min_bytes, uint64_t limit = 0xffffffffu) {
        uint64_t n = TRY(varint());
        if (n > limit || n > left() / (min_bytes ? min_bytes : 1)) return bad("count out of range");
        return static_cast<uint32_t>(n);
    }
    R<uint64_t> small(uint64_t limit) {
        uint64_t v = TRY(varint());
        if (v > limit) return bad("number out of range");
        return v;
    }
    R<std::string_view> span(uint32_t n) {
        if (n > left()) return bad("truncated");
        std::string_view s(reinterpret_cast<const char*>(p), n);
        p += n;
        return s;
    }
    R<double> f64() {
        std::string_view s = TRY(span(8));
        uint64_t bits = 0;
        for (int i = 0; i < 8; i++) bits |= static_cast<uint64_t>(static_cast<uint8_t>(s[i])) << (8 * i);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }

    R<Str*> text(bool intern_it) {
        uint32_t n = TRY(count(1));
        std::string_view s = TRY(span(n));
        size_t length;
        if (!utf8_valid(s, &length)) return bad("invalid UTF-8 in a string");
        if (!intern_it) return new_str(vm, s);
        Str* str = TRY(intern(vm, s));
        TRY(list_append(vm, interned, val(str)));
        return str;
    }
    // A str object (any of 's', 'n', 'r'); `want_interned` for names, which the VM compares by identity.
    R<Str*> str(bool want_interned) {
        uint8_t tag = TRY(byte());
        if (tag == 'r') {
            uint64_t i = TRY(varint());
            if (i >= interned->size) return bad("string reference out of range");
            return as_str(interned->items[i]);
        }
        if (tag == 'n') return text(true);
        if (tag == 's' && !want_interned) return text(false);
        return bad(tag == 's' ? "name not interned" : "string expected");
    }
    R<Tuple*> names() {
        if (TRY(byte()) != '(') return bad("tuple of names expected");
        uint32_t n = TRY(count(2));
        Tuple* t = TRY(new_tuple(vm, n));
        for (uint32_t i = 0; i < n; i++) t->items[i] = val(TRY(str(true)));
        return t;
    }

    R<Value> object() {
        if (++depth > kMaxDepth) return bad("nested too deeply");
        R<Value> v = object_at_depth();
        depth--;
        return v;
    }
    R<Value> object_at_depth() {
        uint8_t tag = TRY(byte());
        switch (tag) {
            case 'N': return Value::none();
            case 'T': return Value::boolean(true);
            case 'F': return Value::boolean(false);
            case '.': return vm.ellipsis;
            case 'i': return make_int(vm, unzigzag(TRY(varint())));
            case 'l': {
                uint8_t sign = TRY(byte());
                if (sign > 1) return bad("bad sign of an int");
                uint32_t n = TRY(count(1));
                if (n == 0) return bad("big int without digits");
                BigInt b;
                {
                    std::string digits_buf(n * sizeof(uint32_t), '\0');
                    auto* digits = reinterpret_cast<uint32_t*>(digits_buf.data());
                    for (uint32_t i = 0; i < n; i++) digits[i] = static_cast<uint32_t>(TRY(small(0xffffffffu)));
                    b = BigInt(sign == 1, digits, n);
                }
                return int_of_bigint(vm, b);
            }
            case 'f': return new_float(vm, TRY(f64()));
            case 'x': {
                double re = TRY(f64());
                double im = TRY(f64());
                return new_complex(vm, re, im);
            }
            case 's':
            case 'n':
            case 'r':
                p--;
                return val(TRY(str(false)));
            case 'b': {
                uint32_t n = TRY(count(1));
                return val(TRY(new_bytes(vm, TRY(span(n)))));
            }
            case '(': {
                uint32_t n = TRY(count(1));
                Tuple* t = TRY(new_tuple(vm, n));
                for (uint32_t i = 0; i < n; i++) t->items[i] = TRY(object());
                return val(t);
            }
            case 'c': return val(TRY(code()));
            default: return bad("unknown object tag");
        }
    }

    // The argument of an instruction must index what its opcode addresses.
    Status check_arg(Code* c, Op op, uint32_t arg) {
        uint32_t ncells = c->cellvars->size + c->freevars->size;
        switch (op) {
            case Op::LOAD_CONST:
                if (arg >= c->consts->size) return bad("constant index out of range");
                break;
            case Op::KW_NAMES: {
                if (arg >= c->consts->size || !is_kind(c->consts->items[arg], Kind::Tuple))
                    return bad("keyword names are not a tuple constant");
                Tuple* t = as_tuple(c->consts->items[arg]);
                for (uint32_t i = 0; i < t->size; i++)
                    if (!is_kind(t->items[i], Kind::Str)) return bad("keyword name is not a str");
                break;
            }
            case Op::LOAD_NAME: case Op::STORE_NAME: case Op::DELETE_NAME: case Op::LOAD_GLOBAL:
            case Op::STORE_GLOBAL: case Op::DELETE_GLOBAL: case Op::LOAD_ATTR: case Op::STORE_ATTR:
            case Op::DELETE_ATTR: case Op::LOAD_METHOD: case Op::IMPORT_NAME: case Op::IMPORT_FROM:
                if (arg >= c->names->size) return bad("name index out of range");
                break;
            case Op::LOAD_FAST: case Op::STORE_FAST: case Op::DELETE_FAST:
                if (arg >= c->nlocals) return bad("local index out of range");
                break;
            case Op::LOAD_DEREF: case Op::STORE_DEREF: case Op::DELETE_DEREF: case Op::LOAD_CLOSURE:
            case Op::LOAD_CLASSDEREF:
                if (arg >= ncells) return bad("cell index out of range");
                break;
            case Op::JUMP: case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: case Op::JUMP_IF_FALSE_OR_POP:
            case Op::JUMP_IF_TRUE_OR_POP: case Op::FOR_ITER: case Op::SETUP_FINALLY: case Op::SETUP_WITH:
            case Op::JUMP_IF_NOT_EXC_MATCH: case Op::SETUP_ASYNC_WITH:
                if (arg >= c->ninstr) return bad("jump target out of range");
                break;
            default:
                break;
        }
        return Status::ok();
    }

    R<Code*> code() {
        Code* c = TRY(alloc<Code>(vm, vm.t_code));
        c->filename = filename;
        c->name = TRY(str(true));
        uint8_t kind = TRY(byte());
        if (kind > 3 || (kind >= 2 && !enclosing)) return bad("bad qualified name");
        if (kind == 0) c->qualname = c->name;
        else if (kind == 1) c->qualname = TRY(str(false));
        else c->qualname = TRY(new_str(vm, std::string(enclosing->view()) + (kind == 2 ? "." : ".<locals>.") +
                                               std::string(c->name->view())));
        c->argcount = static_cast<uint16_t>(TRY(small(0xfff0)));
        c->posonlyargcount = static_cast<uint16_t>(TRY(small(0xfff0)));
        c->kwonlyargcount = static_cast<uint16_t>(TRY(small(0xfff0)));
        c->flags = static_cast<uint16_t>(TRY(small(0xffff)));
        c->stacksize = static_cast<uint16_t>(TRY(small(0xfff0)));
        int64_t first = unzigzag(TRY(varint()));
        if (first < 0 || first > INT32_MAX) return bad("line number out of range");
        c->firstlineno = static_cast<int32_t>(first);
        c->names = TRY(names());
        c->varnames = TRY(names());
        c->cellvars = TRY(names());
        c->freevars = TRY(names());
        if (c->varnames->size > 0xfff0) return bad("too many locals");
        c->nlocals = static_cast<uint16_t>(c->varnames->size);
        uint32_t nargs = c->argcount + c->kwonlyargcount + ((c->flags & CO_VARARGS) ? 1 : 0) +
                         ((c->flags & CO_VARKEYWORDS) ? 1 : 0);
        if (c->posonlyargcount > c->argcount || nargs > c->nlocals) return bad("argument counts exceed the locals");
        uint8_t has_cell2arg = TRY(byte());
        if (has_cell2arg > 1) return bad("bad cell flag");
        if (has_cell2arg && c->cellvars->size) {
            void* m = TRY(alloc_raw(vm, sizeof(int16_t) * c->cellvars->size));
            c->cell2arg = static_cast<int16_t*>(m);
            for (uint32_t i = 0; i < c->cellvars->size; i++) {
                int64_t a = unzigzag(TRY(varint()));
                if (a < -1 || a >= static_cast<int64_t>(nargs)) return bad("cell argument out of range");
                c->cell2arg[i] = static_cast<int16_t>(a);
            }
        }
        Str* outer = enclosing;
        enclosing = c->qualname;
        Value consts = TRY(object());
        enclosing = outer;
        if (!is_kind(consts, Kind::Tuple)) return bad("constants are not a tuple");
        c->consts = as_tuple(consts);
        uint32_t n = TRY(count(2, kMaxArg));
        if (n == 0) return bad("empty code");
        void* code = TRY(alloc_raw(vm, sizeof(uint32_t) * (n + 1)));
        c->code = static_cast<uint32_t*>(code);
        c->ninstr = n;
        for (uint32_t i = 0; i < n; i++) {
            uint8_t op = TRY(byte());
            if (op >= kOpCount) return bad("unknown opcode");
            uint32_t arg = static_cast<uint32_t>(TRY(small(kMaxArg)));
            TRY(check_arg(c, static_cast<Op>(op), arg));
            c->code[i] = make_instr(static_cast<Op>(op), arg);
        }
        // Execution must not run off the end of the code.
        Op last = instr_op(c->code[n - 1]);
        if (last != Op::RETURN_VALUE && last != Op::JUMP && last != Op::RERAISE && last != Op::RAISE_VARARGS)
            return bad("code does not end in a return, jump or raise");
        uint64_t size = TRY(varint());
        if (size > static_cast<uint64_t>(end - p)) return bad("truncated line table");
        LocReader r(p, p + size, c->firstlineno);
        Loc loc;
        uint64_t covered = 0;
        for (uint32_t run = 0; !r.at_end(); covered += run)
            if (!r.next(&loc, &run)) return bad("malformed line table");
        if (covered != n) return bad("line table does not match the code");
        void* table = TRY(alloc_raw(vm, size));
        std::memcpy(table, p, size);
        c->linetable = static_cast<uint8_t*>(table);
        c->linetable_size = static_cast<uint32_t>(size);
        p += size;
        return c;
    }
};

}  // namespace

R<Code*> unmarshal_code(Interpreter& vm, std::string_view data, Str* filename) {
    if (data.size() < sizeof kMarshalMagic || std::memcmp(data.data(), kMarshalMagic, sizeof kMarshalMagic) != 0)
        return raise(vm, vm.e_ValueError, "bad frozen code: wrong magic number");
    const auto* begin = reinterpret_cast<const uint8_t*>(data.data());
    Reader r{vm, begin + sizeof kMarshalMagic, begin + data.size(), filename, TRY(new_list(vm))};
    if (TRY(r.byte()) != 'c') return r.bad("not a code object");
    Code* c = TRY(r.code());
    if (r.p != r.end) return r.bad("trailing data");
    return c;
}

}  // namespace pyco
