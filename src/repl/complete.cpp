// Tab completion at the REPL: names from the namespace, the builtins and the keywords, or attributes of the object
// a dotted name before the cursor refers to.
#include <algorithm>

#include "objects/objects.h"
#include "repl/repl.h"

namespace pyco {

namespace {

constexpr const char* kKeywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};

bool is_name_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

void add_dict_keys(Dict* d, std::string_view prefix, std::vector<std::string>* out) {
    if (!d) return;
    uint32_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value)) {
        if (!is_kind(key, Kind::Str)) continue;
        std::string_view k = as_str(key)->view();
        if (k.substr(0, prefix.size()) == prefix) out->emplace_back(k);
    }
}

// The object a dotted name refers to (no calls other than attribute lookups); null if it can't be found.
Value resolve(Interpreter& vm, Dict* globals, std::string_view dotted) {
    Value obj;
    size_t start = 0;
    while (start <= dotted.size()) {
        size_t dot = dotted.find('.', start);
        std::string_view part = dotted.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        if (part.empty() || (part[0] >= '0' && part[0] <= '9')) return Value();
        R<Str*> name = intern(vm, part);
        if (name.failed()) {
            take_exception(vm);
            return Value();
        }
        if (obj.is_null()) {
            obj = globals ? dict_get_str(globals, name.take()) : Value();
            if (obj.is_null()) obj = dict_get_str(vm.builtins, name.take());
        } else {
            R<Value> r = getattr_opt(vm, obj, name.take());
            if (r.failed()) {
                take_exception(vm);
                return Value();
            }
            obj = r.take();
        }
        if (obj.is_null()) return Value();
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    return obj;
}

}  // namespace

std::vector<std::string> repl_completions(Interpreter& vm, Dict* globals, std::string_view line, size_t cursor,
                                          size_t* word_len) {
    std::vector<std::string> out;
    size_t start = std::min(cursor, line.size());
    while (start > 0 && (is_name_byte(static_cast<unsigned char>(line[start - 1])) || line[start - 1] == '.')) start--;
    std::string_view word = line.substr(start, cursor - start);
    size_t dot = word.rfind('.');
    std::string_view prefix = dot == std::string_view::npos ? word : word.substr(dot + 1);
    *word_len = prefix.size();
    if (word.empty() || (word[0] >= '0' && word[0] <= '9')) return out;
    if (dot == std::string_view::npos) {
        add_dict_keys(globals, prefix, &out);
        add_dict_keys(vm.builtins, prefix, &out);
        for (const char* k : kKeywords)
            if (std::string_view(k).substr(0, prefix.size()) == prefix) out.emplace_back(k);
    } else {
        Value obj = resolve(vm, globals, word.substr(0, dot));
        if (obj.is_null()) return out;
        R<Str*> dir_name = intern(vm, "dir");
        Value dir_fn = dir_name.failed() ? Value() : dict_get_str(vm.builtins, dir_name.take());
        if (dir_fn.is_null()) return out;
        R<Value> names = call1(vm, dir_fn, obj);
        if (names.failed()) {
            take_exception(vm);
            return out;
        }
        if (!is_kind(names.take(), Kind::List)) return out;
        List* l = as_list(names.take());
        for (uint32_t i = 0; i < l->size; i++) {
            if (!is_kind(l->items[i], Kind::Str)) continue;
            std::string_view n = as_str(l->items[i])->view();
            if (n.substr(0, prefix.size()) == prefix) out.emplace_back(n);
        }
    }
    // Private names only when asked for.
    if (prefix.empty() || prefix[0] != '_') {
        out.erase(std::remove_if(out.begin(), out.end(), [](const std::string& s) { return s[0] == '_'; }), out.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace pyco
