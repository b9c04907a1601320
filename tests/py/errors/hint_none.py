# no hint when nothing is close enough, for names that are too long, and for exact subclasses
import sys

def check(src):
    try:
        exec(src, {})
    except Exception as e:
        print(type(e).__name__, e)

check("completely_unrelated_name")
check("(1).qqqqqqq")
check("x = 1\ndel x\nprint(x)")
qwerty_long_name_that_is_well_over_forty_characters_long = 1
qwerty_long_name_that_is_well_over_forty_characters_lonk
