// The `array` module (in progress).
#include "modules/module_util.h"
#include "modules/modules.h"

namespace pyco {

Status init_array_module(Interpreter& vm) {
    TRY(create_module(vm, "array"));
    return Status::ok();
}

}  // namespace pyco
