// Bump allocator for the parser's transient data (AST nodes, decoded literals): freed all at once.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace pyco {

// Everything allocated from an Arena lives until the Arena dies. Only trivially destructible types may be
// placed in it (AST nodes hold spans and string_views into the arena, never owning containers), so
// destruction is one free per block.
class Arena {
public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;

    void* alloc(size_t size, size_t align = alignof(std::max_align_t)) {
        size_t p = (used_ + align - 1) & ~(align - 1);
        if (blocks_.empty() || p + size > cap_) {
            size_t want = size + align > kBlock ? size + align : kBlock;
            blocks_.emplace_back(new char[want]);
            cap_ = want;
            used_ = 0;
            p = (reinterpret_cast<uintptr_t>(blocks_.back().get()) % align)
                    ? align - reinterpret_cast<uintptr_t>(blocks_.back().get()) % align
                    : 0;
        }
        void* r = blocks_.back().get() + p;
        used_ = p + size;
        return r;
    }

    template <class T, class... A> T* make(A&&... args) {
        static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
        return new (alloc(sizeof(T), alignof(T))) T{std::forward<A>(args)...};
    }

    std::string_view copy(std::string_view s) {
        char* p = static_cast<char*>(alloc(s.size() + 1, 1));
        if (!s.empty()) std::memcpy(p, s.data(), s.size());
        p[s.size()] = 0;
        return {p, s.size()};
    }

private:
#ifndef PYCO_ARENA_BLOCK
#define PYCO_ARENA_BLOCK (16 * 1024)  // bytes; a firmware build uses smaller blocks
#endif
    static constexpr size_t kBlock = PYCO_ARENA_BLOCK;
    std::vector<std::unique_ptr<char[]>> blocks_;
    size_t used_ = 0, cap_ = 0;
};

namespace ast {

// A fixed-size array in the arena; the parser builds a std::vector and then freezes it into one of these.
// (It lives in pyco::ast so that it never meets pyco::List, the Python list object.)
template <class T> struct List {
    T* items = nullptr;
    uint32_t size = 0;
    T* begin() const { return items; }
    T* end() const { return items + size; }
    T& operator[](size_t i) const { return items[i]; }
    bool empty() const { return size == 0; }

    static List from(Arena& a, const std::vector<T>& v) {
        List l;
        l.size = static_cast<uint32_t>(v.size());
        if (l.size) {
            l.items = static_cast<T*>(a.alloc(sizeof(T) * v.size(), alignof(T)));
            for (size_t i = 0; i < v.size(); i++) new (&l.items[i]) T(v[i]);
        }
        return l;
    }
};

}  // namespace ast
}  // namespace pyco
