// The `hashlib` module: md5, sha1, sha224, sha256, sha384, sha512 and new(name, data), whose objects (type
// _hashlib.HASH, Kind::Buffer holding a HashState) have update, digest, hexdigest, copy, name, digest_size and
// block_size. The algorithms are in digest.cpp.
#include <cstdio>
#include <cstring>
#include <string>

#include "modules/digest.h"
#include "modules/module_util.h"
#include "modules/modules.h"

namespace pyco {

namespace {

HashState* state_of(Value v) { return reinterpret_cast<HashState*>(static_cast<Buffer*>(v.as_obj())->data); }

bool is_hash(Value v) { return is_kind(v, Kind::Buffer) && static_cast<Buffer*>(v.as_obj())->flavor == BUF_HASH; }

R<Type*> hash_type(Interpreter& vm) {
    Value mod = TRY(dict_get(vm, vm.modules, val(TRY(intern(vm, "hashlib")))));
    Value t = is_kind(mod, Kind::Module) ? dict_get_str(static_cast<Module*>(mod.as_obj())->dict, TRY(intern(vm, "_HASH")))
                                         : Value();
    if (!is_type(t)) return raise(vm, vm.e_SystemError, "hashlib is not initialised");
    return static_cast<Type*>(t.as_obj());
}

// CPython's errors for data that is not a buffer.
Status feed(Interpreter& vm, HashState* s, Value data) {
    std::string_view view;
    if (buffer_view(data, &view)) {
        hash_update(s, view);
        return Status::ok();
    }
    if (is_kind(data, Kind::Str)) return raise(vm, vm.e_TypeError, "Strings must be encoded before hashing");
    return raise(vm, vm.e_TypeError, "object supporting the buffer API required");
}

R<Value> new_hash(Interpreter& vm, HashAlgo algo, Value data) {
    Type* t = TRY(hash_type(vm));
    auto* h = TRY(alloc<Buffer>(vm, t));
    h->flavor = BUF_HASH;
    h->typecode = static_cast<char>(algo);
    HashState* s = static_cast<HashState*>(TRY(alloc_raw(vm, sizeof(HashState))));
    hash_init(s, algo);
    h->data = reinterpret_cast<uint8_t*>(s);
    h->size = h->capacity = sizeof(HashState);
    if (!data.is_null()) TRY(feed(vm, s, data));
    return val(h);
}

// The named constructors: md5(string=b'', *, usedforsecurity=True) and so on.
template <HashAlgo A> R<Value> hash_constructor(Interpreter& vm, Args args) {
    std::string fname = std::string("openssl_") + hash_name(A);
    if (args.n > 1)
        return raise(vm, vm.e_TypeError, "%s() takes at most 1 positional argument (%u given)", fname.c_str(), args.n);
    Value a[2];
    TRY(parse_args(vm, args, fname.c_str(), {"string", "usedforsecurity"}, 0, 0, a));
    return new_hash(vm, A, a[0]);
}

// new(name, data=b'', **kwargs): kwargs may only be usedforsecurity (or string, as the constructors take it).
R<Value> hashlib_new(Interpreter& vm, Args args) {
    Value a[4];
    if (args.n == 0 && args.nkw() == 0)
        return raise(vm, vm.e_TypeError, "__hash_new() missing 1 required positional argument: 'name'");
    TRY(parse_args(vm, args, "new", {"name", "data", "string", "usedforsecurity"}, 1, 0, a));
    if (!is_kind(a[0], Kind::Str)) return raise(vm, vm.e_TypeError, "name must be a string");
    HashAlgo algo;
    if (!hash_algo_by_name(as_str(a[0])->view(), &algo))
        return raise(vm, vm.e_ValueError, "unsupported hash type %s", as_str(a[0])->data);
    if (!a[1].is_null() && !a[2].is_null())
        return raise(vm, vm.e_TypeError, "argument for new() given by name ('string') and position (2)");
    return new_hash(vm, algo, a[1].is_null() ? a[2] : a[1]);
}

R<Value> hash_self(Interpreter& vm, Args args, const char* method) {
    if (args.n < 1 || !is_hash(args.v[0]))
        return raise(vm, vm.e_TypeError, "descriptor '%s' for '_hashlib.HASH' objects doesn't apply to a '%s' object",
                     method, args.n ? type_name(vm, args.v[0]) : "NoneType");
    return args.v[0];
}

Status no_args(Interpreter& vm, Args args, const char* method) {
    if (args.nkw()) return raise(vm, vm.e_TypeError, "HASH.%s() takes no keyword arguments", method);
    if (args.n != 1) return raise(vm, vm.e_TypeError, "HASH.%s() takes no arguments (%u given)", method, args.n - 1);
    return Status::ok();
}

R<Value> hash_update_m(Interpreter& vm, Args args) {
    Value self = TRY(hash_self(vm, args, "update"));
    if (args.nkw()) return raise(vm, vm.e_TypeError, "HASH.update() takes no keyword arguments");
    if (args.n != 2) return raise(vm, vm.e_TypeError, "HASH.update() takes exactly one argument (%u given)", args.n - 1);
    TRY(feed(vm, state_of(self), args.v[1]));
    return Value::none();
}

R<Value> hash_digest_m(Interpreter& vm, Args args) {
    Value self = TRY(hash_self(vm, args, "digest"));
    TRY(no_args(vm, args, "digest"));
    uint8_t out[64];
    const HashState* s = state_of(self);
    hash_digest(s, out);
    return val(TRY(new_bytes(vm, std::string_view(reinterpret_cast<const char*>(out), hash_digest_size(s->algo)))));
}

R<Value> hash_hexdigest_m(Interpreter& vm, Args args) {
    Value self = TRY(hash_self(vm, args, "hexdigest"));
    TRY(no_args(vm, args, "hexdigest"));
    uint8_t out[64];
    const HashState* s = state_of(self);
    hash_digest(s, out);
    std::string hex;
    for (size_t i = 0; i < hash_digest_size(s->algo); i++) {
        hex += "0123456789abcdef"[out[i] >> 4];
        hex += "0123456789abcdef"[out[i] & 15];
    }
    return val(TRY(new_str(vm, hex)));
}

R<Value> hash_copy_m(Interpreter& vm, Args args) {
    Value self = TRY(hash_self(vm, args, "copy"));
    TRY(no_args(vm, args, "copy"));
    Value copy = TRY(new_hash(vm, state_of(self)->algo, Value()));
    std::memcpy(state_of(copy), state_of(self), sizeof(HashState));
    return copy;
}

R<Value> hash_repr_m(Interpreter& vm, Args args) {
    Value self = TRY(hash_self(vm, args, "__repr__"));
    char buf[96];
    std::snprintf(buf, sizeof buf, "<%s _hashlib.HASH object @ %p>", hash_name(state_of(self)->algo),
                  static_cast<void*>(self.as_obj()));
    return val(TRY(new_str(vm, buf)));
}

R<Value> hash_name_get(Interpreter& vm, Args args) {
    Value self = TRY(hash_self(vm, args, "name"));
    return val(TRY(new_str(vm, hash_name(state_of(self)->algo))));
}

R<Value> hash_digest_size_get(Interpreter& vm, Args args) {
    Value self = TRY(hash_self(vm, args, "digest_size"));
    return Value::small_int(static_cast<int64_t>(hash_digest_size(state_of(self)->algo)));
}

R<Value> hash_block_size_get(Interpreter& vm, Args args) {
    Value self = TRY(hash_self(vm, args, "block_size"));
    return Value::small_int(static_cast<int64_t>(hash_block_size(state_of(self)->algo)));
}

constexpr const char* kHashlibPy = R"PY(
algorithms_guaranteed = algorithms_available = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}

def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    digestobj = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, "getvalue") and hasattr(fileobj, "readinto"):  # BytesIO: CPython hashes its buffer
        digestobj.update(fileobj.getvalue())
        return digestobj
    if not (hasattr(fileobj, "read") and hasattr(fileobj, "readable") and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
)PY";

}  // namespace

Status init_hashlib_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "hashlib"));
    Type* t = TRY(new_native_type(vm, "HASH", "_hashlib", Kind::Buffer, 0));
    t->dict_offset = 0;  // no __dict__
    add_methods(vm, t, {{"update", hash_update_m},
                        {"digest", hash_digest_m},
                        {"hexdigest", hash_hexdigest_m},
                        {"copy", hash_copy_m},
                        {"__repr__", hash_repr_m}});
    add_properties(vm, t, {{"name", hash_name_get}, {"digest_size", hash_digest_size_get}, {"block_size", hash_block_size_get}});
    TRY(module_set(vm, m, "_HASH", val(t)));
    TRY(module_add_functions(vm, m, {{"new", hashlib_new},
                                     {"md5", hash_constructor<HashAlgo::Md5>},
                                     {"sha1", hash_constructor<HashAlgo::Sha1>},
                                     {"sha224", hash_constructor<HashAlgo::Sha224>},
                                     {"sha256", hash_constructor<HashAlgo::Sha256>},
                                     {"sha384", hash_constructor<HashAlgo::Sha384>},
                                     {"sha512", hash_constructor<HashAlgo::Sha512>}}));
    TRY(module_exec(vm, m, kHashlibPy));
    return Status::ok();
}

}  // namespace pyco
