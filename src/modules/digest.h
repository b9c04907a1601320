// Message digests for hashlib and random.seed: MD5 (RFC 1321), SHA-1, SHA-224/256, SHA-384/512 (FIPS 180-4).
// Plain C++ with no interpreter dependency; the state is trivially copyable (hash.copy() is a memcpy).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pyco {

enum class HashAlgo : uint8_t { Md5, Sha1, Sha224, Sha256, Sha384, Sha512 };

struct HashState {
    HashAlgo algo;
    uint32_t buffered;  // bytes waiting in buf for a full block
    uint64_t total;     // bytes fed so far
    union {
        uint32_t h32[8];
        uint64_t h64[8];
    };
    uint8_t buf[128];
};

// The algorithm of a hashlib name ("md5", "SHA256", ...: case-insensitive, also "sha-256"); false if unknown.
bool hash_algo_by_name(std::string_view name, HashAlgo* out);
const char* hash_name(HashAlgo a);  // hashlib's .name: "md5", "sha1", "sha224", ...
size_t hash_digest_size(HashAlgo a);
size_t hash_block_size(HashAlgo a);

void hash_init(HashState* s, HashAlgo a);
void hash_update(HashState* s, const uint8_t* data, size_t n);
inline void hash_update(HashState* s, std::string_view data) {
    hash_update(s, reinterpret_cast<const uint8_t*>(data.data()), data.size());
}
// Writes hash_digest_size(s->algo) bytes; the state is unchanged, so updates may continue.
void hash_digest(const HashState* s, uint8_t* out);

}  // namespace pyco
