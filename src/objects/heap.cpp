// The GC heap's block allocator (see heap.h for the layout).
#include "objects/heap.h"

#include <cstdlib>
#include <cstring>

namespace pyco {

Heap::Heap(size_t size_bytes) {
    nblocks_ = size_bytes / kBlock;
    if (nblocks_ < 64) nblocks_ = 64;
    size_ = nblocks_ * kBlock;
    // calloc of a large region maps zero pages lazily: a big default heap costs RSS only as it is used.
    memory_ = static_cast<uint8_t*>(std::calloc(1, size_ + kBlock));
    meta_ = static_cast<uint8_t*>(std::calloc(1, nblocks_));
    uintptr_t m = reinterpret_cast<uintptr_t>(memory_);
    base_ = (m + kBlock - 1) & ~uintptr_t(kBlock - 1);
    if (!memory_ || !meta_) nblocks_ = size_ = 0;
    limit_ = nblocks_;
}

size_t Heap::set_limit(size_t bytes) {
    size_t blocks = (bytes + kBlock - 1) / kBlock;
    if (blocks > nblocks_) blocks = nblocks_;
    limit_ = blocks;
    for (size_t& h : hint_) h = first_free_;
    runs_valid_ = false;
    return limit_ * kBlock;
}

size_t Heap::high_water() const {
    size_t i = top_;
    while (i > 0 && (meta_[i - 1] & STATE) == FREE) i--;
    return i * kBlock;
}

Heap::~Heap() {
    std::free(memory_);
    std::free(meta_);
}

// The first block of a run of `need` free blocks starting in [from, to), or SIZE_MAX. Each candidate run is
// checked from its end backwards, so one used block rules out every start up to it at once (runs of 2+ blocks
// are searched for in heaps full of small holes); [start, known) is what earlier probes found free.
size_t Heap::find_run(size_t from, size_t to, size_t need) const {
    size_t start = from, known = from;
    while (start < to && start + need <= limit_) {
        size_t end = start + need, j = end;
        while (need >= 16 && j >= known + 8) {  // large runs: eight free blocks (all-zero metadata) at a time
            uint64_t w;
            std::memcpy(&w, meta_ + j - 8, 8);
            if (w) break;
            j -= 8;
        }
        while (j > known && (meta_[j - 1] & STATE) == FREE) j--;
        if (j == known) return start;
        known = end;  // [j, end) is free; block j - 1 is not
        start = j;
    }
    return SIZE_MAX;
}

// Marks blocks [start, start + need) (known to be free) as one allocation and zeroes it.
[[gnu::always_inline]] inline void* Heap::take_run(size_t start, size_t need, uint8_t head, size_t cls) {
    size_t last = start + need - 1;
    meta_[start] = head;
    if (need > 8) std::memset(meta_ + start + 1, TAIL, need - 1);
    else
        for (size_t j = start + 1; j <= last; j++) meta_[j] = TAIL;
    if (start == first_free_) {
        first_free_ = last + 1;
        while (first_free_ < limit_ && (meta_[first_free_] & STATE) != FREE) first_free_++;
    }
    hint_[cls] = last + 1;
    if (last + 1 > top_) top_ = last + 1;
    used_blocks_ += need;
    void* p = addr_of(start);
    // Small objects: fixed-size zeroing the compiler inlines, instead of a memset call.
    switch (need) {
        case 2: std::memset(p, 0, 2 * kBlock); break;
        case 3: std::memset(p, 0, 3 * kBlock); break;
        case 4: std::memset(p, 0, 4 * kBlock); break;
        default: std::memset(p, 0, need * kBlock); break;
    }
    return p;
}

void* Heap::alloc(size_t n, bool is_object, bool has_finalizer) {
    if (n <= kBlock && !has_finalizer) return alloc_one(is_object);
    uint8_t head = static_cast<uint8_t>(HEAD | (is_object ? IS_OBJ : 0) | (has_finalizer ? HAS_FINAL : 0));
    size_t need = (n + kBlock - 1) / kBlock;
    size_t cls = need < kHintClasses ? need - 1 : kHintClasses - 1;
    if (runs_valid_) {
        size_t& c = run_cursor_[cls];
        while (c < runs_.size()) {
            FreeRun& r = runs_[c];
            // Nothing below first_free_ is free: one-block allocations fill the runs from the bottom up.
            size_t from = r.start > first_free_ ? r.start : first_free_, end = r.start + r.len;
            if (from + need <= end) {
                size_t start = find_run(from, end - need + 1, need);
                if (start != SIZE_MAX) {
                    r.start = start + need;
                    r.len = end - r.start;
                    return take_run(start, need, head, cls);
                }
            }
            c++;
        }
    }
    size_t hint = hint_[cls] > first_free_ ? hint_[cls] : first_free_;
    size_t start = find_run(hint, limit_, need);
    if (start == SIZE_MAX && hint > first_free_) start = find_run(first_free_, hint, need);
    if (start == SIZE_MAX) return nullptr;
    return take_run(start, need, head, cls);
}

void Heap::free(void* p) {
    if (!p) return;
    size_t b = block_of(p);
    size_t n = blocks_in(b);
    for (size_t j = 0; j < n; j++) meta_[b + j] = FREE;
    used_blocks_ -= n;
    if (b < first_free_) first_free_ = b;
}

size_t Heap::alloc_size(const void* p) const { return blocks_in(block_of(p)) * kBlock; }

void* Heap::realloc(void* p, size_t n) {
    if (!p) return alloc(n, false, false);
    size_t b = block_of(p);
    size_t have = blocks_in(b);
    size_t need = n == 0 ? 1 : (n + kBlock - 1) / kBlock;
    if (need <= have) {
        for (size_t j = need; j < have; j++) meta_[b + j] = FREE;
        used_blocks_ -= have - need;
        if (have > need && b + need < first_free_) first_free_ = b + need;
        return p;
    }
    // Try to extend into free blocks that follow.
    size_t j = b + have;
    while (j < limit_ && j < b + need && (meta_[j] & STATE) == FREE) j++;
    if (j == b + need) {
        for (size_t k = b + have; k < j; k++) meta_[k] = TAIL;
        if (j > top_) top_ = j;
        std::memset(addr_of(b + have), 0, (need - have) * kBlock);
        used_blocks_ += need - have;
        if (first_free_ >= b + have && first_free_ < j) first_free_ = j;
        return p;
    }
    bool obj = meta_[b] & IS_OBJ;
    void* q = alloc(n, obj, false);
    if (!q) return nullptr;
    std::memcpy(q, p, have * kBlock);
    free(p);
    return q;
}

bool Heap::is_marked(const void* p) const { return (meta_[block_of(p)] & STATE) == MARK; }

bool Heap::is_object(const void* p) const { return meta_[block_of(p)] & IS_OBJ; }

void* Heap::find_allocation(uintptr_t addr) const {
    if (addr < base_ || addr >= base_ + size_) return nullptr;
    size_t b = (addr - base_) / kBlock;
    while (b > 0 && (meta_[b] & STATE) == TAIL) b--;
    uint8_t st = meta_[b] & STATE;
    if (st == HEAD || st == MARK) return addr_of(b);
    return nullptr;
}

}  // namespace pyco
