// Shared fixture for unit tests that need a running Interpreter on the host port.
#pragma once
#include <gtest/gtest.h>
#include <pthread.h>

#include <memory>
#include <string>

#include "compile/compile.h"
#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/host/host_port.h"
#include "vm/vm.h"

namespace pyco {

class InterpreterTest : public ::testing::Test {
protected:
    void SetUp() override { start(Config()); }
    void start(const Config& config) {
        vm.reset();
        vm = std::make_unique<Interpreter>(port, config);
        vm->c_stack_base = port.use_current_thread_stack(64 * 1024);
        ASSERT_TRUE(vm->init());
        ASSERT_FALSE(init_sys(*vm, {"test"}).failed());
    }
    // Runs source as __main__ and returns the value of global `result` (null Value if it raised).
    Value run(const std::string& source) {
        R<Str*> name = new_str(*vm, "<test>");
        R<Module*> m = exec_source_as_module(*vm, source, name.take(), vm->n___main__);
        if (m.failed()) return Value();
        return dict_get_str(m.take()->dict, intern(*vm, "result").take());
    }
    std::string repr_of(Value v) {
        R<Str*> s = repr(*vm, v);
        return s.failed() ? std::string("<repr failed>") : std::string(s.take()->view());
    }
    HostPort port;
    std::unique_ptr<Interpreter> vm;
};

}  // namespace pyco
