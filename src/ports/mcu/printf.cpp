// snprintf/vsnprintf for the core (the linker routes them here with --wrap): Debian's newlib is built without
// C99 formats, so "%zu", "%jd", "%td" and "%hhd" would print garbage. Integers, strings and characters are
// formatted here; floating-point conversions go to newlib's own (exact) formatter one at a time.
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstring>

extern "C" {
int __real_vsnprintf(char* buf, size_t size, const char* fmt, va_list ap);
int __wrap_vsnprintf(char* buf, size_t size, const char* fmt, va_list ap);
int __wrap_snprintf(char* buf, size_t size, const char* fmt, ...);
int __real_snprintf(char* buf, size_t size, const char* fmt, ...);
}

namespace {

struct Out {
    char* buf;
    size_t size;
    size_t n = 0;  // characters produced (may exceed size, as C's snprintf counts them)
    void put(char c) {
        if (n + 1 < size) buf[n] = c;
        n++;
    }
    void put(const char* s, size_t len) {
        for (size_t i = 0; i < len; i++) put(s[i]);
    }
    void pad(char c, int count) {
        for (int i = 0; i < count; i++) put(c);
    }
};

}  // namespace

int __wrap_vsnprintf(char* buf, size_t size, const char* fmt, va_list ap) {
    Out out{buf, size};
    va_list args;
    va_copy(args, ap);
    for (const char* p = fmt; *p; p++) {
        if (*p != '%') {
            out.put(*p);
            continue;
        }
        const char* spec = p++;
        bool left = false, plus = false, space = false, alt = false, zero = false;
        for (;; p++) {
            if (*p == '-') left = true;
            else if (*p == '+') plus = true;
            else if (*p == ' ') space = true;
            else if (*p == '#') alt = true;
            else if (*p == '0') zero = true;
            else break;
        }
        int width = 0, prec = -1;
        if (*p == '*') {
            width = va_arg(args, int);
            if (width < 0) left = true, width = -width;
            p++;
        } else {
            while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        }
        if (*p == '.') {
            p++;
            prec = 0;
            if (*p == '*') {
                prec = va_arg(args, int);
                p++;
            } else {
                while (*p >= '0' && *p <= '9') prec = prec * 10 + (*p++ - '0');
            }
        }
        enum { INT, LONG, LLONG, SIZE, PTRDIFF, INTMAX, LDOUBLE } len = INT;
        if (*p == 'h') {
            p++;
            if (*p == 'h') p++;
        } else if (*p == 'l') {
            p++;
            len = LONG;
            if (*p == 'l') p++, len = LLONG;
        } else if (*p == 'z') {
            p++, len = SIZE;
        } else if (*p == 't') {
            p++, len = PTRDIFF;
        } else if (*p == 'j') {
            p++, len = INTMAX;
        } else if (*p == 'L') {
            p++, len = LDOUBLE;
        }
        char conv = *p;
        if (!conv) break;
        char tmp[72];
        size_t tlen = 0;
        const char* text = tmp;
        const char* prefix = "";
        bool negative = false, numeric = false;
        switch (conv) {
            case '%':
                out.put('%');
                continue;
            case 'c':
                tmp[0] = static_cast<char>(va_arg(args, int));
                tlen = 1;
                break;
            case 's': {
                text = va_arg(args, const char*);
                if (!text) text = "(null)";
                tlen = 0;
                while (text[tlen] && (prec < 0 || tlen < size_t(prec))) tlen++;
                break;
            }
            case 'd':
            case 'i':
            case 'u':
            case 'x':
            case 'X':
            case 'o':
            case 'p': {
                uint64_t v;
                bool is_signed = conv == 'd' || conv == 'i';
                if (conv == 'p') {
                    v = reinterpret_cast<uintptr_t>(va_arg(args, void*));
                    alt = true;
                } else if (len == LLONG || len == INTMAX) {
                    int64_t s = va_arg(args, long long);
                    v = static_cast<uint64_t>(s);
                    if (is_signed && s < 0) negative = true, v = 0 - v;
                } else {
                    long s = len == INT ? va_arg(args, int) : va_arg(args, long);  // size_t, ptrdiff_t: 32 bits
                    if (is_signed) {
                        if (s < 0) negative = true;
                        v = negative ? uint64_t(0) - uint64_t(int64_t(s)) : uint64_t(s);
                    } else {
                        v = len == INT ? static_cast<unsigned>(s) : static_cast<unsigned long>(s);
                    }
                }
                unsigned base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X' || conv == 'p') ? 16 : 10;
                const char* digits = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
                char rev[24];
                size_t nd = 0;
                do {
                    rev[nd++] = digits[v % base];
                    v /= base;
                } while (v);
                if (prec == 0 && nd == 1 && rev[0] == '0') nd = 0;
                size_t zeros = prec > 0 && size_t(prec) > nd ? size_t(prec) - nd : 0;
                for (size_t i = 0; i < zeros; i++) tmp[tlen++] = '0';
                while (nd) tmp[tlen++] = rev[--nd];
                if (negative) prefix = "-";
                else if (plus && is_signed) prefix = "+";
                else if (space && is_signed) prefix = " ";
                if (alt && base == 16 && !(tlen == 1 && tmp[0] == '0')) prefix = conv == 'X' ? "0X" : "0x";
                if (alt && base == 8 && tmp[0] != '0') prefix = "0";
                numeric = prec < 0;
                break;
            }
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
            case 'a':
            case 'A': {
                // One conversion through newlib: its flags, width and precision, rebuilt without '*'.
                char one[32];
                size_t k = 0;
                one[k++] = '%';
                if (left) one[k++] = '-';
                if (plus) one[k++] = '+';
                if (space) one[k++] = ' ';
                if (alt) one[k++] = '#';
                if (zero) one[k++] = '0';
                one[k] = 0;
                double d = len == LDOUBLE ? static_cast<double>(va_arg(args, long double)) : va_arg(args, double);
                char conv_s[2] = {conv, 0};
                char spec_s[32];
                if (prec >= 0) __real_snprintf(spec_s, sizeof spec_s, "%s%d.%d%s", one, width, prec, conv_s);
                else __real_snprintf(spec_s, sizeof spec_s, "%s%d%s", one, width, conv_s);
                char big[400];
                int m = __real_snprintf(big, sizeof big, spec_s, d);
                out.put(big, m > 0 ? (size_t(m) < sizeof big ? size_t(m) : sizeof big - 1) : 0);
                continue;
            }
            default:
                // Unknown: print the specification itself.
                out.put(spec, static_cast<size_t>(p - spec + 1));
                continue;
        }
        size_t plen = std::strlen(prefix);
        int fill = width > int(tlen + plen) ? width - int(tlen + plen) : 0;
        if (left) {
            out.put(prefix, plen);
            out.put(text, tlen);
            out.pad(' ', fill);
        } else if (zero && numeric) {
            out.put(prefix, plen);
            out.pad('0', fill);
            out.put(text, tlen);
        } else {
            out.pad(' ', fill);
            out.put(prefix, plen);
            out.put(text, tlen);
        }
    }
    va_end(args);
    if (size) buf[out.n < size ? out.n : size - 1] = 0;
    return static_cast<int>(out.n);
}

int __wrap_snprintf(char* buf, size_t size, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = __wrap_vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}
