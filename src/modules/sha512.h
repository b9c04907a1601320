// SHA-512 (FIPS 180-4): used by random.seed(str) and available to a future hashlib.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pyco {

class Sha512 {
public:
    Sha512();
    void update(std::string_view data);
    // The 64-byte digest of everything fed so far (the object is unchanged, so update may continue).
    void digest(uint8_t out[64]) const;

private:
    void block(const uint8_t* p);
    uint64_t h_[8];
    uint8_t buf_[128];
    size_t buffered_ = 0;
    uint64_t total_ = 0;  // bytes
};

}  // namespace pyco
