// The GC heap: allocation, collection of unreachable objects, survival of rooted ones, MemoryError.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "objects/heap.h"
#include "test_support.h"

namespace pyco {

TEST(Heap, AllocFreeReuse) {
    Heap h(64 * 1024);
    void* a = h.alloc(100, false, false);
    ASSERT_NE(a, nullptr);
    EXPECT_GE(h.alloc_size(a), 100u);
    EXPECT_EQ(h.find_allocation(reinterpret_cast<uintptr_t>(a) + 50), a);
    size_t used = h.bytes_used();
    h.free(a);
    EXPECT_LT(h.bytes_used(), used);
    // Fill the heap: the freed run must be found again once the rest is used (next fit wraps around).
    std::vector<void*> all;
    while (void* p = h.alloc(100, false, false)) all.push_back(p);
    EXPECT_NE(std::find(all.begin(), all.end(), a), all.end());
}

TEST(Heap, FullHeapReturnsNull) {
    Heap h(16 * 1024);
    std::vector<void*> blocks;
    while (void* p = h.alloc(1024, false, false)) blocks.push_back(p);
    EXPECT_LE(blocks.size(), 16u);
    EXPECT_EQ(h.alloc(1024, false, false), nullptr);
}

TEST(Heap, SweepFreesUnmarked) {
    Heap h(64 * 1024);
    void* keep = h.alloc(32, false, false);
    void* drop = h.alloc(32, false, false);
    h.mark(keep);
    int finalized = 0;
    h.sweep([&](Obj*) { finalized++; });
    EXPECT_NE(h.find_allocation(reinterpret_cast<uintptr_t>(keep)), nullptr);
    EXPECT_EQ(h.find_allocation(reinterpret_cast<uintptr_t>(drop)), nullptr);
    EXPECT_EQ(finalized, 0);
}

using GcInterp = InterpreterTest;

TEST_F(GcInterp, CollectsGarbageAndKeepsLiveData) {
    Value r = run("result = [str(i) * 3 for i in range(2000)]\nfor i in range(200): junk = [0] * 1000\n");
    ASSERT_FALSE(r.is_null());
    size_t before = vm->heap.bytes_used();
    collect_garbage(*vm);
    EXPECT_LT(vm->heap.bytes_used(), before);  // the junk lists are gone
    R<Value> item = getitem(*vm, r, Value::small_int(1999));
    ASSERT_FALSE(item.failed());
    EXPECT_EQ(repr_of(item.take()), "'199919991999'");
}

TEST_F(GcInterp, StressModeRunsPrograms) {
    Config c;
    c.gc_stress = true;
    start(c);
    Value r = run("d = {}\nfor i in range(50): d[str(i)] = [i, (i, str(i))]\nresult = sum(v[0] for v in d.values())\n");
    ASSERT_FALSE(r.is_null());
    EXPECT_EQ(repr_of(r), "1225");
}

TEST_F(GcInterp, SmallHeapRaisesMemoryError) {
    Config c;
    c.heap_size = 256 * 1024;
    start(c);
    Value r = run("try:\n    x = [0] * 10000000\n    result = 'no error'\nexcept MemoryError:\n    result = 'MemoryError'\n");
    ASSERT_FALSE(r.is_null());
    EXPECT_EQ(repr_of(r), "'MemoryError'");
    // The interpreter keeps working afterwards.
    Value r2 = run("result = sum(range(100))\n");
    EXPECT_EQ(repr_of(r2), "4950");
}

}  // namespace pyco
