// The one-word Value representation: tags, small-int range, immediates.
#include <gtest/gtest.h>

#include "objects/value.h"
#include "test_support.h"

namespace pyco {

TEST(Value, ImmediatesAreDistinct) {
    EXPECT_TRUE(Value::none().is_none());
    EXPECT_TRUE(Value::boolean(true).is_true());
    EXPECT_TRUE(Value::boolean(false).is_false());
    EXPECT_NE(Value::none(), Value::boolean(false));
    EXPECT_FALSE(Value::none().is_int());
    EXPECT_FALSE(Value::none().is_obj());
    EXPECT_TRUE(Value().is_null());
    EXPECT_FALSE(Value::small_int(0).is_null());
}

TEST(Value, SmallIntRoundTrip) {
    for (intptr_t i : {intptr_t(0), intptr_t(1), intptr_t(-1), intptr_t(12345), Value::kSmallMax, Value::kSmallMin}) {
        Value v = Value::small_int(i);
        EXPECT_TRUE(v.is_int());
        EXPECT_FALSE(v.is_obj());
        EXPECT_EQ(v.as_int(), i);
    }
    EXPECT_TRUE(Value::fits_small(Value::kSmallMax));
    EXPECT_FALSE(Value::fits_small(static_cast<int64_t>(Value::kSmallMax) + 1));
}

using ValueInterp = InterpreterTest;

TEST_F(ValueInterp, IntsPromoteToHeapOnlyOutsideSmallRange) {
    R<Value> small = make_int(*vm, 1000);
    ASSERT_FALSE(small.failed());
    EXPECT_TRUE(small.take().is_int());
    R<Value> big = make_int(*vm, INT64_MAX);
    ASSERT_FALSE(big.failed());
    EXPECT_TRUE(big.take().is_obj());
    EXPECT_EQ(repr_of(big.take()), "9223372036854775807");
}

TEST_F(ValueInterp, ObjectsAreAlignedPointers) {
    R<Str*> s = new_str(*vm, "hello");
    ASSERT_FALSE(s.failed());
    Value v = val(s.take());
    EXPECT_TRUE(v.is_obj());
    EXPECT_EQ(v.bits() & 7, 0u);
    EXPECT_EQ(type_of(*vm, v), vm->t_str);
}

}  // namespace pyco
