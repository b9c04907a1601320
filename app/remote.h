// `pyco remote`: the deploy client for boards speaking MicroPython's raw REPL (see remote.cpp).
#pragma once

namespace pyco {

// argv holds what follows "remote": PORT COMMAND [ARGS] [+ COMMAND [ARGS]] ... Returns the exit status.
int remote_main(int argc, char** argv);

}  // namespace pyco
