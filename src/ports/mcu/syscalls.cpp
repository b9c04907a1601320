// The C and C++ runtime underneath the core on bare metal: newlib's system calls (_sbrk for malloc, _write for
// stray stdio), and our own operator new/delete and libstdc++ error hooks, which end the firmware with a message
// instead of pulling in the exception machinery (the core is built without exceptions).
#include <sys/stat.h>

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#include "ports/mcu/board.h"

extern "C" {
extern char __heap_start, __heap_end;  // from the linker script: RAM after .bss up to its end
}

namespace {
[[noreturn]] void fatal(const char* what) {
    pyco::board::uart_write("\r\npyco: fatal: ", 15);
    pyco::board::uart_write(what, std::strlen(what));
    pyco::board::uart_write("\r\n", 2);
    pyco::board::exit(4);
}
char* g_brk = &__heap_start;
}  // namespace

extern "C" size_t g_malloc_in_use;

extern "C" {

void* _sbrk(ptrdiff_t incr) {
    if (incr > &__heap_end - g_brk) {
        errno = ENOMEM;
        return reinterpret_cast<void*>(-1);
    }
    char* old = g_brk;
    g_brk += incr;
    return old;
}

// Bytes of RAM malloc has taken from the free region so far, and the region's size.
size_t mcu_sbrk_used() { return static_cast<size_t>(g_brk - &__heap_start); }
size_t mcu_sbrk_total() { return static_cast<size_t>(&__heap_end - &__heap_start); }

int _write(int, const char* p, int n) {
    pyco::board::uart_write(p, static_cast<size_t>(n));
    return n;
}
int _read(int, char*, int) { return 0; }
int _close(int) { return -1; }
int _lseek(int, int, int) { return 0; }
int _fstat(int, struct stat* st) {
    st->st_mode = S_IFCHR;
    return 0;
}
int _isatty(int) { return 1; }
int _getpid() { return 1; }
int _kill(int, int) {
    errno = EINVAL;
    return -1;
}
[[noreturn]] void _exit(int status) { pyco::board::exit(status); }
[[noreturn]] void abort() { fatal("abort"); }
void __cxa_pure_virtual() { fatal("pure virtual call"); }
}

// Allocation failures inside C++ containers end the firmware: the core allocates Python objects from its own
// heap (MemoryError there is an ordinary exception); malloc'd memory is only the interpreter's bookkeeping.
void* operator new(size_t n) {
    void* p = std::malloc(n ? n : 1);
    if (!p) {
        char what[128];
        std::snprintf(what, sizeof what, "out of memory (C++ allocation of %u bytes from %p; %u in use; %u of %u bytes of RAM taken)",
                      unsigned(n), __builtin_return_address(0), unsigned(g_malloc_in_use), unsigned(mcu_sbrk_used()), unsigned(mcu_sbrk_total()));
        fatal(what);
    }
    return p;
}
void* operator new[](size_t n) { return operator new(n); }
void* operator new(size_t n, const std::nothrow_t&) noexcept { return std::malloc(n ? n : 1); }
void* operator new[](size_t n, const std::nothrow_t&) noexcept { return std::malloc(n ? n : 1); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }
void operator delete[](void* p, size_t) noexcept { std::free(p); }

// libstdc++'s containers call these on misuse or exhaustion; its own versions would throw.
namespace std {
void __throw_bad_alloc() { fatal("out of memory"); }
void __throw_length_error(const char* s) { fatal(s); }
void __throw_out_of_range(const char* s) { fatal(s); }
void __throw_out_of_range_fmt(const char* s, ...) { fatal(s); }
void __throw_logic_error(const char* s) { fatal(s); }
void __throw_invalid_argument(const char* s) { fatal(s); }
void __throw_bad_function_call() { fatal("bad function call"); }
void __throw_bad_array_new_length() { fatal("bad array new length"); }
}  // namespace std

// malloc'd bytes in use and their peak (the linker routes malloc/free/realloc/calloc here with --wrap), for the
// memory report: RAM beyond the GC heap is the interpreter's C++ bookkeeping.
extern "C" {
void* __real_malloc(size_t);
void __real_free(void*);
void* __real_realloc(void*, size_t);
void* __real_calloc(size_t, size_t);
size_t malloc_usable_size(void*);
size_t g_malloc_in_use = 0, g_malloc_peak = 0, g_malloc_largest = 0;

static void counted(void* p, size_t n) {
    if (!p) return;
    g_malloc_in_use += malloc_usable_size(p);
    if (g_malloc_in_use > g_malloc_peak) g_malloc_peak = g_malloc_in_use;
    if (n > g_malloc_largest) g_malloc_largest = n;
}
void* __wrap_malloc(size_t n) {
    void* p = __real_malloc(n);
    counted(p, n);
    return p;
}
void* __wrap_calloc(size_t n, size_t size) {
    void* p = __real_calloc(n, size);
    counted(p, n * size);
    return p;
}
void __wrap_free(void* p) {
    if (p) g_malloc_in_use -= malloc_usable_size(p);
    __real_free(p);
}
void* __wrap_realloc(void* p, size_t n) {
    size_t old = p ? malloc_usable_size(p) : 0;
    void* q = __real_realloc(p, n);
    if (q || n == 0) g_malloc_in_use -= old;
    counted(q, n);
    return q;
}
}
