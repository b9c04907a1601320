// The GC heap: one fixed-size region carved into 16-byte blocks, with a mark-sweep, non-moving collector.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace pyco {

struct Obj;

// Layout: `size` bytes of blocks, plus one metadata byte per block:
//   bits 0-1  state: FREE, HEAD (first block of an allocation), TAIL (a following block), MARK (a marked HEAD)
//   bit  2    the allocation is an object (starts with a Type*, traced by its type) rather than a raw buffer
//   bit  3    the object has a finalizer (its type's `finalize` runs when it is swept)
// Raw buffers (list items, dict tables, string data that outgrew an object) are owned by exactly one object,
// which marks them while tracing. A raw buffer reached only through the conservatively scanned C++ stack is
// scanned conservatively itself (every word treated as a possible pointer).
//
// The heap never grows: when no run of free blocks is large enough after a collection, alloc returns nullptr
// and the caller raises MemoryError.
class Heap {
public:
    static constexpr size_t kBlock = 16;

    explicit Heap(size_t size_bytes);
    ~Heap();
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    // Zeroed memory of at least n bytes, or nullptr if the heap is full (the caller collects and retries).
    void* alloc(size_t n, bool is_object, bool has_finalizer);
    // alloc for n <= kBlock (one block; never a finalizer): the commonest request by far, inlined into
    // the allocation fast path. A plain byte scan for a free block (free metadata bytes are all-zero).
    void* alloc_one(bool is_object) {
        size_t i = hint_[0] > first_free_ ? hint_[0] : first_free_;
        const uint8_t* m = meta_;
        while (i < limit_ && m[i] != FREE) i++;
        if (i >= limit_) {
            i = first_free_;
            while (i < limit_ && m[i] != FREE) i++;
            if (i >= limit_) return nullptr;
        }
        meta_[i] = static_cast<uint8_t>(HEAD | (is_object ? IS_OBJ : 0));
        if (i == first_free_) {
            size_t f = i + 1;
            while (f < limit_ && m[f] != FREE) f++;
            first_free_ = f;
        }
        hint_[0] = i + 1;
        if (i + 1 > top_) top_ = i + 1;
        used_blocks_++;
        void* p = addr_of(i);
        std::memset(p, 0, kBlock);  // a constant size: two stores, no call
        return p;
    }
    // Shrinks or grows in place when possible; otherwise allocates, copies and frees. nullptr when full.
    void* realloc(void* p, size_t n);
    void free(void* p);
    size_t alloc_size(const void* p) const;

    bool contains(const void* p) const {
        auto a = reinterpret_cast<uintptr_t>(p);
        return a >= base_ && a < base_ + size_;
    }

    // Marking. mark() returns true if p (the start of an allocation) was not yet marked.
    bool mark(const void* p) {  // inline: the collector calls it for every reachable allocation
        uint8_t& m = meta_[block_of(p)];
        if ((m & STATE) != HEAD) return false;
        m = static_cast<uint8_t>((m & ~STATE) | MARK);
        return true;
    }
    bool is_marked(const void* p) const;
    // The allocation containing the (possibly interior) pointer, or nullptr.
    void* find_allocation(uintptr_t addr) const;
    bool is_object(const void* p) const;

    // Frees every unmarked allocation (calling `finalize` on finalizable objects first) and clears marks.
    template <class F> void sweep(F&& finalize);

    // Restricts allocation to the first `bytes` of the region (the interpreter's start-up objects sit at its
    // start; what follows is the program's heap). Returns the limit in effect.
    size_t set_limit(size_t bytes);
    // End of the highest allocation, in bytes from the start of the region.
    size_t high_water() const;

    size_t bytes_total() const { return limit_ * kBlock; }
    size_t bytes_used() const { return used_blocks_ * kBlock; }

private:
    enum : uint8_t { FREE = 0, HEAD = 1, TAIL = 2, MARK = 3, STATE = 3, IS_OBJ = 4, HAS_FINAL = 8 };
    size_t block_of(const void* p) const { return (reinterpret_cast<uintptr_t>(p) - base_) / kBlock; }
    void* addr_of(size_t block) const { return reinterpret_cast<void*>(base_ + block * kBlock); }
    size_t blocks_in(size_t head) const {
        size_t j = head + 1;
        while (j < nblocks_ && (meta_[j] & STATE) == TAIL) j++;
        return j - head;
    }

    uintptr_t base_ = 0;
    size_t size_ = 0, nblocks_ = 0;
    uint8_t* memory_ = nullptr;  // owned; from calloc so untouched pages cost no RSS
    uint8_t* meta_ = nullptr;    // owned; one byte per block
    size_t first_free_ = 0;      // no free block below this index
    size_t used_blocks_ = 0;
    size_t limit_ = 0;  // blocks available to alloc (<= nblocks_)
    size_t top_ = 0;    // no allocation at or above this block: sweeps stop here, not at the limit
    // Next-fit hints, one per request size (in blocks; the last class is "larger"): where the previous
    // search for that size ended. Without them, first-fit rescans the fragmented start of the heap on every
    // allocation (quadratic time). A sweep resets them so that freed holes are reused before the heap grows.
    static constexpr size_t kHintClasses = 17;
    size_t hint_[kHintClasses] = {};
    size_t find_run(size_t from, size_t to, size_t need) const;
    // The free runs of 2+ blocks the last sweep found (coalesced, in address order; the last one reaches the
    // limit), so that a multi-block request walks a short list instead of probing a heap full of one-block
    // holes. Records are hints: a run may since have been partly taken by a one-block allocation, so each is
    // checked against the metadata (find_run within the run). run_cursor_[cls] is where that size class's
    // next-fit walk of the list stands. When the list is exhausted (it is capped in length), the plain next-fit search runs.
    struct FreeRun {
        size_t start, len;
    };
    std::vector<FreeRun> runs_;
    size_t run_cursor_[kHintClasses] = {};
    bool runs_valid_ = false;  // false until the first sweep, and after set_limit
    void* take_run(size_t start, size_t need, uint8_t head, size_t cls);
};

template <class F> void Heap::sweep(F&& finalize) {
    // Block by block: `dead` says whether the allocation the current TAIL blocks belong to is being freed.
    bool dead = false;
    size_t freed = 0;
    // Free runs: run_start is the first block of the free run the scan is in (SIZE_MAX inside live data).
    // The list is capped (it lives in malloc'd memory): past the cap, allocation falls back to the search.
    runs_.clear();
    size_t run_cap = nblocks_ / 64 < 64 ? 64 : nblocks_ / 64;
    size_t run_start = SIZE_MAX;
    for (size_t i = 0; i < top_; i++) {
        uint8_t m = meta_[i];
        switch (m & STATE) {
            case FREE:
                dead = false;
                if (run_start == SIZE_MAX) run_start = i;
                // Free space comes in runs after a collection: skip it eight metadata bytes at a time.
                while (i + 9 <= top_) {
                    uint64_t w;
                    std::memcpy(&w, meta_ + i + 1, 8);
                    if (w) break;
                    i += 8;
                }
                break;
            case TAIL: {
                // The rest of a large allocation: whole words of TAIL bytes at a time.
                size_t j = i + 1;
                while (j + 8 <= top_) {
                    uint64_t w;
                    std::memcpy(&w, meta_ + j, 8);
                    if (w != 0x0202020202020202ull) break;
                    j += 8;
                }
                while (j < top_ && (meta_[j] & STATE) == TAIL) j++;
                if (dead) {
                    std::memset(meta_ + i, FREE, j - i);
                    freed += j - i;
                }
                i = j - 1;
                break;
            }
            case MARK:
                meta_[i] = static_cast<uint8_t>((m & ~STATE) | HEAD);
                dead = false;
                if (run_start != SIZE_MAX) {
                    if (i - run_start >= 2 && runs_.size() < run_cap) runs_.push_back({run_start, i - run_start});
                    run_start = SIZE_MAX;
                }
                break;
            case HEAD:
                if (run_start == SIZE_MAX) run_start = i;
                if (m & HAS_FINAL) finalize(static_cast<Obj*>(addr_of(i)));
                meta_[i] = FREE;
                freed++;
                if (i < first_free_) first_free_ = i;
                dead = true;
                break;
        }
    }
    used_blocks_ -= freed;
    for (size_t& h : hint_) h = first_free_;
    while (top_ > 0 && (meta_[top_ - 1] & STATE) == FREE) top_--;
    // The last run: from the end of the live data to the limit.
    if (run_start == SIZE_MAX || run_start > top_) run_start = top_;
    if (runs_.size() < run_cap && run_start < limit_ && limit_ - run_start >= 2)
        runs_.push_back({run_start, limit_ - run_start});
    runs_valid_ = true;
    for (size_t& c : run_cursor_) c = 0;
}

}  // namespace pyco
