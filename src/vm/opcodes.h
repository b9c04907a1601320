// The bytecode: instruction format and the opcode table (the one list every opcode is added to).
//
//   31                              8 7          0
//   +--------------------------------+------------+
//   |  arg (24 bits, unsigned)       |   opcode   |
//   +--------------------------------+------------+
//
// Fixed 32-bit instructions keep decoding to one aligned load (safe on a Cortex-M0+, which faults on unaligned
// access) and make jump patching trivial: jump arguments are absolute instruction indices.
// Stack effects are noted as [before] -> [after], top of stack on the right.
#pragma once
#include <cstdint>

namespace pyco {

#define PYCO_OPCODES(X)                                                                                       \
    X(NOP)                                                                                                    \
    X(POP_TOP)            /* [a] -> [] */                                                                     \
    X(ROT_TWO)            /* [a b] -> [b a] */                                                                \
    X(ROT_THREE)          /* [a b c] -> [c a b] */                                                            \
    X(ROT_FOUR)           /* [a b c d] -> [d a b c] */                                                        \
    X(DUP_TOP)            /* [a] -> [a a] */                                                                  \
    X(DUP_TOP_TWO)        /* [a b] -> [a b a b] */                                                            \
    X(PUSH_NULL)          /* [] -> [null]: the "no self" marker below a plain callable */                     \
    X(LOAD_CONST)         /* arg: consts index */                                                             \
    X(LOAD_FAST)          /* arg: local index; UnboundLocalError if unset */                                  \
    X(STORE_FAST)                                                                                             \
    X(DELETE_FAST)                                                                                            \
    X(LOAD_DEREF)         /* arg: cell index (cellvars then freevars) */                                      \
    X(STORE_DEREF)                                                                                            \
    X(DELETE_DEREF)                                                                                           \
    X(LOAD_CLOSURE)       /* arg: cell index; pushes the Cell itself */                                       \
    X(LOAD_CLASSDEREF)    /* arg: cell index; class bodies: locals dict first, then the cell */               \
    X(LOAD_NAME)          /* arg: names index; locals dict, globals, builtins */                              \
    X(STORE_NAME)                                                                                             \
    X(DELETE_NAME)                                                                                            \
    X(LOAD_GLOBAL)        /* arg: names index; globals, builtins */                                           \
    X(STORE_GLOBAL)                                                                                           \
    X(DELETE_GLOBAL)                                                                                          \
    X(LOAD_ATTR)          /* arg: names index. [obj] -> [value] */                                            \
    X(STORE_ATTR)         /* [value obj] -> [] */                                                             \
    X(DELETE_ATTR)        /* [obj] -> [] */                                                                   \
    X(LOAD_METHOD)        /* [obj] -> [func obj] or [null bound] */                                           \
    X(CALL)               /* arg: argc. [f-or-null callable-or-self args...] -> [result] */                   \
    X(KW_NAMES)           /* arg: consts index of a tuple of names for the next CALL's last arguments */       \
    X(CALL_EX)            /* arg: 1 if a kwargs dict is present. [null callable tuple (dict)] -> [result] */   \
    X(BINARY_OP)          /* arg: BinOp. [a b] -> [a op b] */                                                 \
    X(INPLACE_OP)         /* arg: BinOp */                                                                    \
    X(UNARY_NEGATIVE)                                                                                         \
    X(UNARY_POSITIVE)                                                                                         \
    X(UNARY_NOT)                                                                                              \
    X(UNARY_INVERT)                                                                                           \
    X(COMPARE_OP)         /* arg: CmpOp */                                                                    \
    X(IS_OP)              /* arg: 1 for `is not` */                                                           \
    X(CONTAINS_OP)        /* arg: 1 for `not in`. [item container] -> [bool] */                               \
    X(BINARY_SUBSCR)      /* [obj key] -> [obj[key]] */                                                       \
    X(STORE_SUBSCR)       /* [value obj key] -> [] */                                                         \
    X(DELETE_SUBSCR)      /* [obj key] -> [] */                                                               \
    X(BUILD_SLICE)        /* arg: 2 or 3 */                                                                   \
    X(BUILD_TUPLE)        /* arg: count */                                                                    \
    X(BUILD_LIST)                                                                                             \
    X(BUILD_SET)                                                                                              \
    X(BUILD_MAP)          /* arg: pair count. [k1 v1 k2 v2 ...] -> [dict] */                                  \
    X(BUILD_STRING)       /* arg: count of str pieces to join */                                              \
    X(LIST_APPEND)        /* arg: depth of the list below the value */                                        \
    X(SET_ADD)                                                                                                \
    X(MAP_ADD)            /* [... map ... key value] */                                                       \
    X(LIST_EXTEND)        /* arg: depth. [... list ... iterable] */                                           \
    X(SET_UPDATE)                                                                                             \
    X(DICT_UPDATE)        /* `{**x}` */                                                                       \
    X(DICT_MERGE)         /* `f(**x)`: like DICT_UPDATE but duplicate keys are a TypeError */                 \
    X(LIST_TO_TUPLE)                                                                                          \
    X(UNPACK_SEQUENCE)    /* arg: count. [seq] -> [last ... first] */                                         \
    X(UNPACK_EX)          /* arg: before | after << 8 */                                                      \
    X(JUMP)               /* arg: target */                                                                   \
    X(POP_JUMP_IF_FALSE)                                                                                      \
    X(POP_JUMP_IF_TRUE)                                                                                       \
    X(JUMP_IF_FALSE_OR_POP)                                                                                   \
    X(JUMP_IF_TRUE_OR_POP)                                                                                    \
    X(GET_ITER)                                                                                               \
    X(FOR_ITER)           /* arg: target on exhaustion (the iterator is popped). [it] -> [it next] */         \
    X(MAKE_FUNCTION)      /* arg: flags 1 defaults, 2 kwdefaults, 4 annotations, 8 closure. [...code] */      \
    X(RETURN_VALUE)                                                                                           \
    X(YIELD_VALUE)                                                                                            \
    X(GET_YIELD_FROM_ITER)                                                                                    \
    X(YIELD_FROM)         /* [iter sent] -> [iter] (suspends) or [] + result pushed on completion */          \
    X(SETUP_FINALLY)      /* arg: handler. Pushes a block; on an exception the stack is cut to its level and  \
                             [old_handling exc] pushed */                                                     \
    X(SETUP_WITH)         /* arg: handler. [mgr] -> [exit enter_result], block pushed after exit */            \
    X(POP_BLOCK)                                                                                              \
    X(POP_EXCEPT)         /* [old_handling] -> []: ends an except handler */                                  \
    X(RERAISE)            /* [exc] -> raises exc again */                                                     \
    X(WITH_EXCEPT_START)  /* [exit old exc] -> [exit old exc result] */                                       \
    X(JUMP_IF_NOT_EXC_MATCH) /* arg: target. [exc type] -> [] */                                              \
    X(RAISE_VARARGS)      /* arg: 0 re-raise, 1 [exc], 2 [exc cause] */                                       \
    X(LOAD_ASSERTION_ERROR)                                                                                   \
    X(LOAD_BUILD_CLASS)                                                                                       \
    X(IMPORT_NAME)        /* arg: names index. [level fromlist] -> [module] */                                \
    X(IMPORT_FROM)        /* arg: names index. [module] -> [module value] */                                  \
    X(IMPORT_STAR)        /* [module] -> [] */                                                                \
    X(FORMAT_VALUE)       /* arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec is on top */      \
    X(PRINT_EXPR)         /* the REPL: print repr of non-None values and store them in builtins._ */          \
    X(SETUP_ANNOTATIONS)                                                                                      \
    X(MATCH_CLASS)        /* arg: count of positional sub-patterns. [subject cls kwnames] -> [attrs-tuple-or-None] */ \
    X(MATCH_MAPPING)      /* [subject] -> [subject bool] */                                                   \
    X(MATCH_SEQUENCE)     /* [subject] -> [subject bool] */                                                   \
    X(MATCH_KEYS)         /* [subject keys] -> [subject keys values-tuple-or-None] */                         \
    X(GET_LEN)            /* [obj] -> [obj len] */                                                            \
    X(COPY_DICT_WITHOUT_KEYS) /* [subject keys] -> [subject rest-dict] */                                    \
    X(GET_AWAITABLE)      /* arg: 0 await, 1 __aenter__ result, 2 __aexit__ result. [obj] -> [iterator] */    \
    X(GET_AITER)          /* [obj] -> [async iterator] */                                                     \
    X(GET_ANEXT)          /* [aiter] -> [aiter awaitable-iterator] */                                         \
    X(END_ASYNC_FOR)      /* [aiter old exc] -> [] if exc is StopAsyncIteration, else re-raises exc */        \
    X(BEFORE_ASYNC_WITH)  /* [mgr] -> [aexit aenter-result] */                                                \
    X(SETUP_ASYNC_WITH)   /* arg: handler. [aexit result]: a block at the level below result */        \
    X(ASYNC_GEN_WRAP)     /* [v] -> [wrapped v]: marks a value an async generator yields to its consumer */

enum class Op : uint8_t {
#define X(name) name,
    PYCO_OPCODES(X)
#undef X
};

constexpr uint32_t make_instr(Op op, uint32_t arg = 0) { return static_cast<uint32_t>(op) | (arg << 8); }
constexpr Op instr_op(uint32_t ins) { return static_cast<Op>(ins & 0xff); }
constexpr uint32_t instr_arg(uint32_t ins) { return ins >> 8; }
constexpr uint32_t kMaxArg = (1u << 24) - 1;

const char* op_name(Op op);

// Block kinds in Frame::blocks.
enum BlockKind : uint8_t { BLOCK_FINALLY = 0, BLOCK_EXCEPT_HANDLER = 1 };

}  // namespace pyco
