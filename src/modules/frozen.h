// The table of frozen modules: lib/**/*.py compiled at build time (tools/pyco_freeze.cpp) into marshal data
// that the importer loads without reading or compiling source.
#pragma once
#include <cstdint>

namespace pyco {

struct FrozenModule {
    const char* name;     // dotted module name ("heapq", "pkg.sub"; a package's own name for its __init__.py)
    bool is_package;
    const uint8_t* data;  // marshal_code's bytes
    uint32_t size;
};

// Defined by the generated frozen_modules.cpp (the pyco_frozen library), or empty inside pyco-freeze itself.
extern const FrozenModule kFrozenModules[];
extern const uint32_t kFrozenModuleCount;

}  // namespace pyco
