# The firmware build (included by CMakeLists.txt when the arm-none-eabi toolchain file is in use): the same core
# sources as the host build, the MCU port (src/ports/mcu) and one board, an .elf/.bin image, a budget check, and
# the QEMU tests.
set(PYCO_BOARD "qemu" CACHE STRING "The board the firmware is built for (qemu, rp2040)")
set(PYCO_MCU_HEAP_SIZE 32768 CACHE STRING "The program's GC heap in bytes (the budget is 32 KB)")
set(PYCO_MCU_STARTUP_RESERVE 153600 CACHE STRING "RAM for the interpreter's start-up objects, below the heap")
set(PYCO_MCU_RAM_SIZE 524288 CACHE STRING "RAM of the QEMU board in bytes (a Pico has 270336; see README: Firmware)")
set(PYCO_MCU_STACK_SIZE 49152 CACHE STRING "The C++ stack in bytes; the recursion limits follow from it")
set(PYCO_MCU_VALUE_STACK 1536 CACHE STRING "Slots of the VM's value stack shared by frames")
set(PYCO_MCU_MAX_TEXT 262144 CACHE STRING "Budget: flash for code and constants")
set(PYCO_MCU_MAX_STATIC_RAM 8192 CACHE STRING "Budget: .data + .bss (without heap and stack)")
# The text budget is not met yet (README: Firmware): until it is, the test fails when text grows past this
# ceiling, the measured size plus a small margin, so that the gap can only shrink. Lower it as code shrinks.
set(PYCO_MCU_TEXT_CEILING 1085440 CACHE STRING "Ratchet for text while it is over budget (0: the budget)")

# C++ stack per level of Python recursion, per level of parser recursion (a nested bracket goes through the
# whole chain of expression rules) and per level of the AST (the compiler and symtable recurse over it), at -Os
# on Thumb-1: estimated from where QEMU's firmware overflowed (tests/firmware/run_qemu.py --repl-checks tests
# all three stay RecursionError/SyntaxError). The limits are the stack size divided by them, leaving half the
# stack for what runs around the parser.
set(PYCO_MCU_STACK_PER_CALL 800)
set(PYCO_MCU_STACK_PER_PARSE_LEVEL 1000)
set(PYCO_MCU_STACK_PER_AST_LEVEL 400)
math(EXPR _parser_depth "${PYCO_MCU_STACK_SIZE} / 2 / ${PYCO_MCU_STACK_PER_PARSE_LEVEL}")
math(EXPR _ast_depth "${PYCO_MCU_STACK_SIZE} / 2 / ${PYCO_MCU_STACK_PER_AST_LEVEL}")

set(PYCO_MCU_FLAGS -Os -ffunction-sections -fdata-sections -fno-threadsafe-statics -fno-use-cxa-atexit)
# uint32_t is `unsigned long` on arm-none-eabi, so "%u" with a uint32_t warns although both are 32-bit words
# there: -Wformat stays on for the host build, where it catches the mistakes that matter.
set(PYCO_MCU_WARNINGS ${PYCO_WARNINGS} -Wno-format)

file(GLOB PYCO_FW_CORE_SOURCES CONFIGURE_DEPENDS
  src/compile/*.cpp src/objects/*.cpp src/vm/*.cpp src/modules/*.cpp src/repl/*.cpp)
# No Unicode character names on the microcontroller (about 300 KB): \N{...} knows only a short list there.
list(FILTER PYCO_FW_CORE_SOURCES EXCLUDE REGEX "unicode_names\\.cpp$")
set(PYCO_FW_PORT_SOURCES src/ports/mcu/startup.cpp src/ports/mcu/syscalls.cpp src/ports/mcu/mcu_port.cpp
  src/ports/mcu/main.cpp src/ports/mcu/printf.cpp src/ports/mcu/board_${PYCO_BOARD}.cpp)
if(PYCO_BOARD STREQUAL "rp2040")
  # The second-stage boot loader at the start of flash (its CRC is written after linking).
  enable_language(ASM)
  list(APPEND PYCO_FW_PORT_SOURCES src/ports/mcu/boot2_rp2040.S)
endif()

# The frozen Python modules (lib/): the build cannot run a tool it compiles for the target, so it uses the host
# build's pyco-freeze (the firmware-qemu preset points at build/release; scripts/test-all builds release first).
set(PYCO_FREEZE_EXECUTABLE "" CACHE FILEPATH "A host-built pyco-freeze (e.g. build/release/pyco-freeze)")
if(NOT PYCO_FREEZE_EXECUTABLE OR NOT EXISTS "${PYCO_FREEZE_EXECUTABLE}")
  message(FATAL_ERROR "The firmware needs a host-built pyco-freeze: build the release preset first "
                      "(cmake --preset release && cmake --build --preset release), or set PYCO_FREEZE_EXECUTABLE.")
endif()
file(GLOB_RECURSE PYCO_FW_LIB_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/lib/*.py)
list(SORT PYCO_FW_LIB_SOURCES)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/frozen_modules.cpp
  COMMAND ${PYCO_FREEZE_EXECUTABLE} ${CMAKE_BINARY_DIR}/frozen_modules.cpp --root ${CMAKE_SOURCE_DIR}/lib ${PYCO_FW_LIB_SOURCES}
  DEPENDS ${PYCO_FREEZE_EXECUTABLE} ${PYCO_FW_LIB_SOURCES}
  COMMENT "Freezing Python modules for the firmware"
  VERBATIM)

set(fw pyco-${PYCO_BOARD})
add_executable(${fw} ${PYCO_FW_CORE_SOURCES} ${PYCO_FW_PORT_SOURCES} ${CMAKE_BINARY_DIR}/frozen_modules.cpp)
set_target_properties(${fw} PROPERTIES SUFFIX ".elf")
target_include_directories(${fw} PRIVATE src)
target_compile_options(${fw} PRIVATE ${PYCO_MCU_WARNINGS} ${PYCO_CORE_FLAGS} ${PYCO_MCU_FLAGS})
target_compile_definitions(${fw} PRIVATE
  PYCO_VERSION="${PROJECT_VERSION}" PYCO_PYTHON_VERSION="3.11"
  PYCO_TYPE_CACHE_SIZE=256 PYCO_ARENA_BLOCK=4096)
# The memory sizes only concern the parser and the port's main: changing them recompiles two files.
set_source_files_properties(src/compile/parser.cpp PROPERTIES COMPILE_DEFINITIONS
  "PYCO_PARSER_MAX_DEPTH=${_parser_depth};PYCO_PARSER_MAX_AST_DEPTH=${_ast_depth}")
set_source_files_properties(src/ports/mcu/main.cpp PROPERTIES COMPILE_DEFINITIONS
  "PYCO_MCU_HEAP_SIZE=${PYCO_MCU_HEAP_SIZE};PYCO_MCU_STARTUP_RESERVE=${PYCO_MCU_STARTUP_RESERVE};PYCO_MCU_VALUE_STACK=${PYCO_MCU_VALUE_STACK};PYCO_MCU_STACK_PER_CALL=${PYCO_MCU_STACK_PER_CALL}")
target_link_options(${fw} PRIVATE
  -Wl,--gc-sections -Wl,-Map=${fw}.map
  -L${CMAKE_SOURCE_DIR}/src/ports/mcu -T${CMAKE_SOURCE_DIR}/src/ports/mcu/${PYCO_BOARD}.ld
  -Wl,--defsym=__stack_size=${PYCO_MCU_STACK_SIZE} -Wl,--defsym=__ram_size=${PYCO_MCU_RAM_SIZE}
  -Wl,--wrap=malloc -Wl,--wrap=free -Wl,--wrap=realloc -Wl,--wrap=calloc
  -Wl,--wrap=snprintf -Wl,--wrap=vsnprintf)
target_link_libraries(${fw} PRIVATE m)
set_target_properties(${fw} PROPERTIES LINK_DEPENDS
  "${CMAKE_SOURCE_DIR}/src/ports/mcu/${PYCO_BOARD}.ld;${CMAKE_SOURCE_DIR}/src/ports/mcu/mcu_sections.ld")

# The raw image, and the budgets (text, static RAM), printed after every link; the test firmware/budget fails
# when they are exceeded (the link itself succeeds, so that an image over budget can still be run and measured).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
if(PYCO_BOARD STREQUAL "rp2040")
  # boot2's CRC into the .elf, then the .bin and the .uf2.
  set(_pyco_image_command ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/firmware/rp2040_image.py
      --objcopy ${CMAKE_OBJCOPY} $<TARGET_FILE:${fw}>)
else()
  set(_pyco_image_command ${CMAKE_OBJCOPY} -O binary $<TARGET_FILE:${fw}> ${fw}.bin)
endif()
add_custom_command(TARGET ${fw} POST_BUILD
  COMMAND ${_pyco_image_command}
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/firmware/budget.py --size ${CMAKE_SIZE}
          --max-text ${PYCO_MCU_MAX_TEXT} --max-static-ram ${PYCO_MCU_MAX_STATIC_RAM}
          --heap ${PYCO_MCU_HEAP_SIZE} --startup-reserve ${PYCO_MCU_STARTUP_RESERVE}
          --stack ${PYCO_MCU_STACK_SIZE} --ram ${PYCO_MCU_RAM_SIZE} --map ${CMAKE_BINARY_DIR}/${fw}.map --report-only $<TARGET_FILE:${fw}>
  VERBATIM)

enable_testing()
add_test(NAME firmware/budget
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/firmware/budget.py --size ${CMAKE_SIZE}
                 --max-text ${PYCO_MCU_MAX_TEXT} --max-static-ram ${PYCO_MCU_MAX_STATIC_RAM}
                 --heap ${PYCO_MCU_HEAP_SIZE} --startup-reserve ${PYCO_MCU_STARTUP_RESERVE}
                 --stack ${PYCO_MCU_STACK_SIZE} --ram ${PYCO_MCU_RAM_SIZE} --text-ceiling ${PYCO_MCU_TEXT_CEILING}
                 $<TARGET_FILE:${fw}>)
if(PYCO_BOARD STREQUAL "qemu")
  add_test(NAME firmware/qemu-tests
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/firmware/run_qemu.py $<TARGET_FILE:${fw}>
                   --list ${CMAKE_SOURCE_DIR}/tests/firmware/qemu_tests.txt)
  set_tests_properties(firmware/qemu-tests PROPERTIES TIMEOUT 1200)
  add_test(NAME firmware/qemu-repl
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/firmware/run_qemu.py $<TARGET_FILE:${fw}> --repl-checks)
  set_tests_properties(firmware/qemu-repl PROPERTIES TIMEOUT 300)
endif()
if(PYCO_BOARD STREQUAL "rp2040")
  # Under rp2040js (npm; installed into the build tree by the test when missing: CI has npm, not the package).
  add_test(NAME firmware/rp2040js
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/firmware/run_rp2040.py $<TARGET_FILE:${fw}>
                   --modules ${CMAKE_BINARY_DIR}/rp2040js)
  set_tests_properties(firmware/rp2040js PROPERTIES TIMEOUT 300)
endif()
