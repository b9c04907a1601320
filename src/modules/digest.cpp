// MD5 (RFC 1321), SHA-1, SHA-224/256 and SHA-384/512 (FIPS 180-4).
// SHA-512's constants are the first 64 bits of the fractional parts of the square roots (initial hash) and cube
// roots (round constants) of the first primes; SHA-256 uses the first 32 bits of the same numbers. SHA-384's
// initial hash comes from the 9th to 16th primes, and SHA-224's is its low halves. MD5's table is
// floor(2^32 * |sin(i + 1)|).
#include "modules/digest.h"

#include <cstring>

namespace pyco {

namespace {

constexpr uint64_t kSha512Init[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull, 0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};

constexpr uint64_t kSha512Round[80] = {
0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull};

constexpr uint64_t kSha384Init[8] = {0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull, 0x9159015a3070dd17ull,
    0x152fecd8f70e5939ull, 0x67332667ffc00b31ull, 0x8eb44a8768581511ull, 0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull};

constexpr uint32_t kMd5Table[64] = {
    0xd76aa478u, 0xe8c7b756u, 0x242070dbu, 0xc1bdceeeu, 0xf57c0fafu, 0x4787c62au, 0xa8304613u, 0xfd469501u,
    0x698098d8u, 0x8b44f7afu, 0xffff5bb1u, 0x895cd7beu, 0x6b901122u, 0xfd987193u, 0xa679438eu, 0x49b40821u,
    0xf61e2562u, 0xc040b340u, 0x265e5a51u, 0xe9b6c7aau, 0xd62f105du, 0x02441453u, 0xd8a1e681u, 0xe7d3fbc8u,
    0x21e1cde6u, 0xc33707d6u, 0xf4d50d87u, 0x455a14edu, 0xa9e3e905u, 0xfcefa3f8u, 0x676f02d9u, 0x8d2a4c8au,
    0xfffa3942u, 0x8771f681u, 0x6d9d6122u, 0xfde5380cu, 0xa4beea44u, 0x4bdecfa9u, 0xf6bb4b60u, 0xbebfbc70u,
    0x289b7ec6u, 0xeaa127fau, 0xd4ef3085u, 0x04881d05u, 0xd9d4d039u, 0xe6db99e5u, 0x1fa27cf8u, 0xc4ac5665u,
    0xf4292244u, 0x432aff97u, 0xab9423a7u, 0xfc93a039u, 0x655b59c3u, 0x8f0ccc92u, 0xffeff47du, 0x85845dd1u,
    0x6fa87e4fu, 0xfe2ce6e0u, 0xa3014314u, 0x4e0811a1u, 0xf7537e82u, 0xbd3af235u, 0x2ad7d2bbu, 0xeb86d391u};
constexpr uint8_t kMd5Shift[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

inline uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }
inline uint32_t rotr32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
inline uint32_t rotl32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

uint32_t load_be32(const uint8_t* p) { return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]; }
uint32_t load_le32(const uint8_t* p) { return uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0]; }

void md5_block(uint32_t* h, const uint8_t* p) {
    uint32_t x[16];
    for (int i = 0; i < 16; i++) x[i] = load_le32(p + 4 * i);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int k;
        switch (i / 16) {
            case 0: f = (b & c) | (~b & d); k = i; break;
            case 1: f = (b & d) | (c & ~d); k = (5 * i + 1) % 16; break;
            case 2: f = b ^ c ^ d; k = (3 * i + 5) % 16; break;
            default: f = c ^ (b | ~d); k = (7 * i) % 16; break;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rotl32(a + f + kMd5Table[i] + x[k], kMd5Shift[(i / 16) * 4 + i % 4]);
        a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
}

void sha1_block(uint32_t* h, const uint8_t* p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) w[i] = load_be32(p + 4 * i);
    for (int i = 16; i < 80; i++) w[i] = rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) f = (b & c) | (~b & d), k = 0x5a827999u;
        else if (i < 40) f = b ^ c ^ d, k = 0x6ed9eba1u;
        else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8f1bbcdcu;
        else f = b ^ c ^ d, k = 0xca62c1d6u;
        uint32_t t = rotl32(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rotl32(b, 30);
        b = a;
        a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

void sha256_block(uint32_t* hs, const uint8_t* p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) w[i] = load_be32(p + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotr32(w[i - 15], 7) ^ rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr32(w[i - 2], 17) ^ rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = hs[0], b = hs[1], c = hs[2], d = hs[3], e = hs[4], f = hs[5], g = hs[6], h = hs[7];
    for (int i = 0; i < 64; i++) {
        uint32_t k = static_cast<uint32_t>(kSha512Round[i] >> 32);
        uint32_t t1 = h + (rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25)) + ((e & f) ^ (~e & g)) + k + w[i];
        uint32_t t2 = (rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    hs[0] += a; hs[1] += b; hs[2] += c; hs[3] += d; hs[4] += e; hs[5] += f; hs[6] += g; hs[7] += h;
}

void sha512_block(uint64_t* hs, const uint8_t* p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) w[i] = uint64_t(load_be32(p + 8 * i)) << 32 | load_be32(p + 8 * i + 4);
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = rotr64(w[i - 15], 1) ^ rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = rotr64(w[i - 2], 19) ^ rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = hs[0], b = hs[1], c = hs[2], d = hs[3], e = hs[4], f = hs[5], g = hs[6], h = hs[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = h + (rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41)) + ((e & f) ^ (~e & g)) + kSha512Round[i] + w[i];
        uint64_t t2 = (rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    hs[0] += a; hs[1] += b; hs[2] += c; hs[3] += d; hs[4] += e; hs[5] += f; hs[6] += g; hs[7] += h;
}

bool wide(HashAlgo a) { return a == HashAlgo::Sha384 || a == HashAlgo::Sha512; }

void compress(HashState* s, const uint8_t* p) {
    switch (s->algo) {
        case HashAlgo::Md5: md5_block(s->h32, p); break;
        case HashAlgo::Sha1: sha1_block(s->h32, p); break;
        case HashAlgo::Sha224:
        case HashAlgo::Sha256: sha256_block(s->h32, p); break;
        case HashAlgo::Sha384:
        case HashAlgo::Sha512: sha512_block(s->h64, p); break;
    }
}

struct AlgoInfo {
    const char* name;
    uint8_t digest_size, block_size;
};
constexpr AlgoInfo kAlgos[] = {{"md5", 16, 64}, {"sha1", 20, 64}, {"sha224", 28, 64},
                               {"sha256", 32, 64}, {"sha384", 48, 128}, {"sha512", 64, 128}};

}  // namespace

bool hash_algo_by_name(std::string_view name, HashAlgo* out) {
    std::string_view plain[6] = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"};
    std::string_view dashed[6] = {"", "sha-1", "sha-224", "sha-256", "sha-384", "sha-512"};
    char lower[16];
    if (name.size() >= sizeof lower) return false;
    for (size_t i = 0; i < name.size(); i++) lower[i] = (name[i] >= 'A' && name[i] <= 'Z') ? char(name[i] + 32) : name[i];
    std::string_view n(lower, name.size());
    for (int i = 0; i < 6; i++) {
        if (n == plain[i] || (!dashed[i].empty() && n == dashed[i])) {
            *out = static_cast<HashAlgo>(i);
            return true;
        }
    }
    return false;
}

const char* hash_name(HashAlgo a) { return kAlgos[int(a)].name; }
size_t hash_digest_size(HashAlgo a) { return kAlgos[int(a)].digest_size; }
size_t hash_block_size(HashAlgo a) { return kAlgos[int(a)].block_size; }

void hash_init(HashState* s, HashAlgo a) {
    std::memset(s, 0, sizeof *s);
    s->algo = a;
    switch (a) {
        case HashAlgo::Md5:
        case HashAlgo::Sha1: {
            constexpr uint32_t init[5] = {0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u, 0xc3d2e1f0u};
            std::memcpy(s->h32, init, sizeof init);
            break;
        }
        case HashAlgo::Sha224:
            for (int i = 0; i < 8; i++) s->h32[i] = static_cast<uint32_t>(kSha384Init[i]);
            break;
        case HashAlgo::Sha256:
            for (int i = 0; i < 8; i++) s->h32[i] = static_cast<uint32_t>(kSha512Init[i] >> 32);
            break;
        case HashAlgo::Sha384: std::memcpy(s->h64, kSha384Init, sizeof kSha384Init); break;
        case HashAlgo::Sha512: std::memcpy(s->h64, kSha512Init, sizeof kSha512Init); break;
    }
}

void hash_update(HashState* s, const uint8_t* p, size_t n) {
    size_t bs = hash_block_size(s->algo);
    s->total += n;
    if (s->buffered) {
        size_t take = bs - s->buffered < n ? bs - s->buffered : n;
        std::memcpy(s->buf + s->buffered, p, take);
        s->buffered += static_cast<uint32_t>(take);
        p += take;
        n -= take;
        if (s->buffered < bs) return;
        compress(s, s->buf);
        s->buffered = 0;
    }
    for (; n >= bs; p += bs, n -= bs) compress(s, p);
    if (n) std::memcpy(s->buf, p, n);
    s->buffered = static_cast<uint32_t>(n);
}

void hash_digest(const HashState* state, uint8_t* out) {
    HashState s = *state;
    size_t bs = hash_block_size(s.algo);
    size_t len_bytes = wide(s.algo) ? 16 : 8;
    uint64_t bits = s.total * 8;
    uint8_t pad[256] = {0x80};
    size_t used = s.buffered + 1 + len_bytes;
    size_t padlen = 1 + (used <= bs ? bs - used : 2 * bs - used);
    hash_update(&s, pad, padlen);
    uint8_t len[16] = {};
    bool little = s.algo == HashAlgo::Md5;
    for (int i = 0; i < 8; i++) {
        uint8_t byte = static_cast<uint8_t>(bits >> (8 * i));
        if (little) len[i] = byte;
        else len[len_bytes - 1 - i] = byte;
    }
    hash_update(&s, len, len_bytes);
    size_t n = hash_digest_size(s.algo);
    for (size_t i = 0; i < n; i++) {
        if (wide(s.algo)) out[i] = static_cast<uint8_t>(s.h64[i / 8] >> (56 - 8 * (i % 8)));
        else if (little) out[i] = static_cast<uint8_t>(s.h32[i / 4] >> (8 * (i % 4)));
        else out[i] = static_cast<uint8_t>(s.h32[i / 4] >> (24 - 8 * (i % 4)));
    }
}

}  // namespace pyco
