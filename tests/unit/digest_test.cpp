// The message digests (modules/digest.cpp) against the test vectors of RFC 1321 and FIPS 180-4's examples.
#include <gtest/gtest.h>

#include <string>

#include "modules/digest.h"

namespace pyco {

namespace {

std::string hex_digest(HashAlgo a, const std::string& data, size_t chunk = 0) {
    HashState s;
    hash_init(&s, a);
    if (chunk == 0) {
        hash_update(&s, data);
    } else {
        for (size_t i = 0; i < data.size(); i += chunk) hash_update(&s, std::string_view(data).substr(i, chunk));
    }
    uint8_t out[64];
    hash_digest(&s, out);
    std::string hex;
    for (size_t i = 0; i < hash_digest_size(a); i++) {
        hex += "0123456789abcdef"[out[i] >> 4];
        hex += "0123456789abcdef"[out[i] & 15];
    }
    return hex;
}

const std::string kAbc = "abc";
const std::string k448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
const std::string k896 =
    "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";

}  // namespace

TEST(Digest, Md5Rfc1321Suite) {
    EXPECT_EQ(hex_digest(HashAlgo::Md5, ""), "d41d8cd98f00b204e9800998ecf8427e");
    EXPECT_EQ(hex_digest(HashAlgo::Md5, "a"), "0cc175b9c0f1b6a831c399e269772661");
    EXPECT_EQ(hex_digest(HashAlgo::Md5, "abc"), "900150983cd24fb0d6963f7d28e17f72");
    EXPECT_EQ(hex_digest(HashAlgo::Md5, "message digest"), "f96b697d7cb7938d525a2f31aaf161d0");
    EXPECT_EQ(hex_digest(HashAlgo::Md5, "abcdefghijklmnopqrstuvwxyz"), "c3fcd3d76192e4007dfb496cca67e13b");
    EXPECT_EQ(hex_digest(HashAlgo::Md5, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
              "d174ab98d277d9f5a5611c2c9f419d9f");
    EXPECT_EQ(hex_digest(HashAlgo::Md5, "1234567890123456789012345678901234567890123456789012345678901234567890"
                                        "1234567890"),
              "57edf4a22be3c955ac49da2e2107b67a");
}

TEST(Digest, Sha1) {
    EXPECT_EQ(hex_digest(HashAlgo::Sha1, kAbc), "a9993e364706816aba3e25717850c26c9cd0d89d");
    EXPECT_EQ(hex_digest(HashAlgo::Sha1, k448), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    EXPECT_EQ(hex_digest(HashAlgo::Sha1, ""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
}

TEST(Digest, Sha224And256) {
    EXPECT_EQ(hex_digest(HashAlgo::Sha224, kAbc), "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
    EXPECT_EQ(hex_digest(HashAlgo::Sha224, k448), "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525");
    EXPECT_EQ(hex_digest(HashAlgo::Sha256, kAbc), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(hex_digest(HashAlgo::Sha256, k448), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(hex_digest(HashAlgo::Sha256, ""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Digest, Sha384And512) {
    EXPECT_EQ(hex_digest(HashAlgo::Sha384, kAbc),
              "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7");
    EXPECT_EQ(hex_digest(HashAlgo::Sha384, k896),
              "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039");
    EXPECT_EQ(hex_digest(HashAlgo::Sha512, kAbc),
              "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd"
              "454d4423643ce80e2a9ac94fa54ca49f");
    EXPECT_EQ(hex_digest(HashAlgo::Sha512, k896),
              "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433a"
              "c7d329eeb6dd26545e96e55b874be909");
}

TEST(Digest, MillionAs) {
    std::string m(1000000, 'a');
    EXPECT_EQ(hex_digest(HashAlgo::Sha1, m, 977), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
    EXPECT_EQ(hex_digest(HashAlgo::Sha256, m, 64),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    EXPECT_EQ(hex_digest(HashAlgo::Sha512, m, 1000),
              "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31b"
              "eb009c5c2c49aa2e4eadb217ad8cc09b");
    EXPECT_EQ(hex_digest(HashAlgo::Md5, m, 3), "7707d6ae4e027c70eea2a935c2296f21");
}

TEST(Digest, ChunkingDoesNotMatter) {
    std::string data;
    for (int i = 0; i < 1000; i++) data += char(i * 7);
    for (HashAlgo a : {HashAlgo::Md5, HashAlgo::Sha1, HashAlgo::Sha224, HashAlgo::Sha256, HashAlgo::Sha384, HashAlgo::Sha512}) {
        std::string whole = hex_digest(a, data);
        for (size_t chunk : {1, 55, 63, 64, 65, 111, 127, 128, 129}) EXPECT_EQ(hex_digest(a, data, chunk), whole);
    }
}

TEST(Digest, Names) {
    HashAlgo a;
    EXPECT_TRUE(hash_algo_by_name("SHA256", &a));
    EXPECT_EQ(a, HashAlgo::Sha256);
    EXPECT_TRUE(hash_algo_by_name("sha-1", &a));
    EXPECT_EQ(a, HashAlgo::Sha1);
    EXPECT_FALSE(hash_algo_by_name("sha3_256", &a));
    EXPECT_STREQ(hash_name(HashAlgo::Sha384), "sha384");
    EXPECT_EQ(hash_block_size(HashAlgo::Sha384), 128u);
}

}  // namespace pyco
