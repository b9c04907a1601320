// Lexer tests: token streams, indentation, bracket matching and literal-shape errors.
#include <gtest/gtest.h>

#include <string>

#include "compile/lexer.h"

namespace pyco {
namespace {

// Tokens as "kind" or "kind:text", space separated, ending at ENDMARKER or "ERR:<message>@line:col".
std::string lex(std::string_view src) {
    Lexer lx(src);
    std::string out;
    for (int i = 0; i < 10000; i++) {
        Token t = lx.next();
        if (!out.empty()) out += ' ';
        if (t.kind == Tok::Error) {
            out += "ERR:" + lx.error().message + "@" + std::to_string(lx.error().line) + ":" +
                   std::to_string(lx.error().col);
            break;
        }
        switch (t.kind) {
            case Tok::Name: case Tok::Number: case Tok::String:
                out += std::string(tok_name(t.kind)) + ":" + std::string(src.substr(t.start, t.end - t.start));
                break;
            default: out += std::string(tok_name(t.kind));
        }
        if (t.kind == Tok::EndMarker) break;
    }
    return out;
}

TEST(Lexer, Basics) {
    EXPECT_EQ(lex("x = 1\n"), "name:x = number:1 newline end of file");
    EXPECT_EQ(lex("x = 1"), "name:x = number:1 newline end of file");  // NEWLINE supplied at EOF
    EXPECT_EQ(lex(""), "end of file");
    EXPECT_EQ(lex("\n\n  \n# c\n"), "end of file");
    EXPECT_EQ(lex("a**=b//=c>>=d<<=e...f->g:=h!=i"),
              "name:a **= name:b //= name:c >>= name:d <<= name:e ... name:f -> name:g := name:h != name:i newline "
              "end of file");
    EXPECT_EQ(lex("if not x is None: pass"), "if not name:x is None : pass newline end of file");
    EXPECT_EQ(lex("if x: pass"), "if name:x : pass newline end of file");
    EXPECT_EQ(lex("match case _"), "name:match name:case name:_ newline end of file");
    EXPECT_EQ(lex("$"), "unknown character newline end of file");
}

TEST(Lexer, Numbers) {
    EXPECT_EQ(lex("0 00 0x_1f 0o17 0b1_0 1_000 1. .5 1e5 1E-5 1.5j 0j 09.5 1if"),
              "number:0 number:00 number:0x_1f number:0o17 number:0b1_0 number:1_000 number:1. number:.5 "
              "number:1e5 number:1E-5 number:1.5j number:0j number:09.5 number:1 if newline end of file");
    EXPECT_EQ(lex("1else"), "number:1 else newline end of file");
    EXPECT_EQ(lex("1abc"), "ERR:invalid decimal literal@1:0");
    EXPECT_EQ(lex("x = 012"), "name:x = ERR:leading zeros in decimal integer literals are not permitted; use an 0o "
                              "prefix for octal integers@1:4");
    EXPECT_EQ(lex("0x"), "ERR:invalid hexadecimal literal@1:1");
    EXPECT_EQ(lex("0o8"), "ERR:invalid digit '8' in octal literal@1:2");
    EXPECT_EQ(lex("0b12"), "ERR:invalid digit '2' in binary literal@1:3");
    EXPECT_EQ(lex("1__0"), "ERR:invalid decimal literal@1:1");
    EXPECT_EQ(lex("1_"), "ERR:invalid decimal literal@1:1");
    EXPECT_EQ(lex("1jx"), "ERR:invalid imaginary literal@1:1");
}

TEST(Lexer, Strings) {
    EXPECT_EQ(lex("'a' \"b\" '''c''' \"\"\"d\"\"\""),
              "string:'a' string:\"b\" string:'''c''' string:\"\"\"d\"\"\" newline end of file");
    EXPECT_EQ(lex("rb'x' BR'x' f'x' Rf'x' u'x' U'x' b'x' fR'x'"),
              "string:rb'x' string:BR'x' string:f'x' string:Rf'x' string:u'x' string:U'x' string:b'x' string:fR'x' "
              "newline end of file");
    EXPECT_EQ(lex("ur'x'"), "name:ur string:'x' newline end of file");
    EXPECT_EQ(lex("'a\\'b'"), "string:'a\\'b' newline end of file");
    EXPECT_EQ(lex("'a\\\nb'"), "string:'a\\\nb' newline end of file");
    EXPECT_EQ(lex("x = 'abc"), "name:x = ERR:unterminated string literal (detected at line 1)@1:4");
    EXPECT_EQ(lex("x = '''abc\n\n"), "name:x = ERR:unterminated triple-quoted string literal (detected at line 2)@1:4");
    EXPECT_EQ(lex("'''a\nb'''"), "string:'''a\nb''' newline end of file");
}

TEST(Lexer, Indentation) {
    EXPECT_EQ(lex("if x:\n    y\nz\n"), "if name:x : newline indent name:y newline dedent name:z newline end of file");
    EXPECT_EQ(lex("if x:\n  if y:\n    z\n"),
              "if name:x : newline indent if name:y : newline indent name:z newline dedent dedent end of file");
    EXPECT_EQ(lex("if x:\n    y\n\n    # comment\n  \n    z\n"),
              "if name:x : newline indent name:y newline name:z newline dedent end of file");
    EXPECT_EQ(lex("if x:\n    y\n  z\n"),
              "if name:x : newline indent name:y newline ERR:unindent does not match any outer indentation level@3:3");
    // A tab advances to the next multiple of 8; tabs and spaces must agree both ways.
    EXPECT_EQ(lex("if x:\n\ty\n        z\n"),
              "if name:x : newline indent name:y newline ERR:inconsistent use of tabs and spaces in indentation@3:0");
    EXPECT_EQ(lex("if x:\n\ty\n\tz\n"), "if name:x : newline indent name:y newline name:z newline dedent end of file");
    EXPECT_EQ(lex("if x:\n  \ty\n\tz\n"),  // both at column 8, but not with tabs as 1 column
              "if name:x : newline indent name:y newline ERR:inconsistent use of tabs and spaces in indentation@3:0");
    EXPECT_EQ(lex("if x:\n\ty\n\tz\n"), "if name:x : newline indent name:y newline name:z newline dedent end of file");
    // Brackets and backslashes join lines.
    EXPECT_EQ(lex("x = (1,\n  2)\n"), "name:x = ( number:1 , number:2 ) newline end of file");
    EXPECT_EQ(lex("x = 1 + \\\n  2\n"), "name:x = number:1 + number:2 newline end of file");
    EXPECT_EQ(lex("x = 1 \\ 2"), "name:x = number:1 ERR:unexpected character after line continuation character@1:7");
    EXPECT_EQ(lex("x = \\"), "name:x = ERR:unexpected EOF while parsing@1:5");
    EXPECT_EQ(lex("x\r\ny\rz"), "name:x newline name:y newline name:z newline end of file");
}

TEST(Lexer, Brackets) {
    EXPECT_EQ(lex("(]"), "( ERR:closing parenthesis ']' does not match opening parenthesis '('@1:1");
    EXPECT_EQ(lex("(\n]"), "( ERR:closing parenthesis ']' does not match opening parenthesis '(' on line 1@2:0");
    EXPECT_EQ(lex(")"), "ERR:unmatched ')'@1:0");
    EXPECT_EQ(lex("x = [1,"), "name:x = [ number:1 , ERR:'[' was never closed@1:4");
    std::string deep(250, '(');
    std::string out = lex(deep);
    EXPECT_NE(out.find("ERR:too many nested parentheses@1:200"), std::string::npos) << out;
}

TEST(Lexer, Identifiers) {
    EXPECT_EQ(lex("\xc3\xa9t\xc3\xa9 = \xcf\x80"), "name:\xc3\xa9t\xc3\xa9 = name:\xcf\x80 newline end of file");
    EXPECT_EQ(lex("a\xe2\x82\xac"), "ERR:invalid character '\xe2\x82\xac' (U+20AC)@1:1");
    EXPECT_EQ(lex("\xe2\x80\x9chi"), "ERR:invalid character '\xe2\x80\x9c' (U+201C)@1:0");
    EXPECT_EQ(lex("x\xc2\xa0"), "ERR:invalid non-printable character U+00A0@1:1");
    EXPECT_EQ(lex("\x01"), "ERR:invalid non-printable character U+0001@1:0");
}

TEST(Lexer, Positions) {
    Lexer lx("x = '''a\nbc''' + y\n");
    Token t = lx.next();
    EXPECT_EQ(t.line, 1);
    EXPECT_EQ(t.col, 0);
    lx.next();
    t = lx.next();
    EXPECT_EQ(t.kind, Tok::String);
    EXPECT_EQ(t.line, 1);
    EXPECT_EQ(t.col, 4);
    EXPECT_EQ(t.end_line, 2);
    EXPECT_EQ(t.end_col, 5);
    lx.next();
    t = lx.next();
    EXPECT_EQ(t.kind, Tok::Name);
    EXPECT_EQ(t.line, 2);
    EXPECT_EQ(t.col, 8);
}

TEST(Lexer, FStringExpressionMode) {
    // The expression part of an f-string: a sub-range lexed as if inside brackets.
    std::string_view src = "f'{a +\n b}'";
    Lexer lx(src, 3, 9, 1, 3);
    Token t = lx.next();
    EXPECT_EQ(t.kind, Tok::Name);
    EXPECT_EQ(t.col, 3);
    EXPECT_EQ(lx.next().kind, Tok::Plus);
    t = lx.next();
    EXPECT_EQ(t.kind, Tok::Name);
    EXPECT_EQ(t.line, 2);
    EXPECT_EQ(t.col, 1);
    EXPECT_EQ(lx.next().kind, Tok::EndMarker);
    Lexer bad("f'{a#}'", 3, 5, 1, 3);
    bad.next();
    EXPECT_EQ(bad.next().kind, Tok::Error);
    EXPECT_EQ(bad.error().message, "f-string expression part cannot include '#'");
}

}  // namespace
}  // namespace pyco
