// Printing exceptions as CPython does — traceback, source lines, chained exceptions — plus a caret line under
// the failing expression, and the "Did you mean" hints of NameError.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/port.h"
#include "vm/linetable.h"
#include "vm/vm.h"

namespace pyco {

namespace {

// Line `line` (1-based) of the source text, without its newline.
std::string_view source_line(Str* source, int line) {
    if (!source || line < 1) return {};
    std::string_view s = source->view();
    size_t start = 0;
    for (int l = 1; l < line; l++) {
        size_t nl = s.find('\n', start);
        if (nl == std::string_view::npos) return {};
        start = nl + 1;
    }
    size_t end = s.find('\n', start);
    std::string_view r = s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!r.empty() && r.back() == '\r') r.remove_suffix(1);
    return r;
}

size_t count_chars(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xc0) != 0x80) n++;
    return n;
}

void print_frame_line(std::string& out, Code* code, uint32_t instr) {
    Loc loc = code_loc(code, instr);
    out += "  File \"";
    out += code->filename->view();
    out += "\", line ";
    out += std::to_string(loc.line);
    out += ", in ";
    out += code->name->view();
    out += "\n";
    std::string_view text = source_line(code->source, loc.line);
    size_t indent = 0;
    while (indent < text.size() && (text[indent] == ' ' || text[indent] == '\t' || text[indent] == '\f')) indent++;
    std::string_view stripped = text.substr(indent);
    while (!stripped.empty() && (stripped.back() == ' ' || stripped.back() == '\t')) stripped.remove_suffix(1);
    if (stripped.empty()) return;
    out += "    ";
    out += stripped;
    out += "\n";
    // The caret line: under the failing expression when it is on this line and not the whole line.
    if (loc.col == 0xffff || loc.end_col == 0xffff) return;
    size_t col = loc.col, end = loc.end_line == loc.line ? loc.end_col : text.size();
    if (col < indent || end <= col || end > text.size()) return;
    if (col == indent && end >= indent + stripped.size()) return;
    size_t lead = count_chars(text.substr(indent, col - indent));
    size_t width = count_chars(text.substr(col, end - col));
    out += "    ";
    out.append(lead, ' ');
    out.append(width, '^');
    out += "\n";
}

// ---- "Did you mean" (CPython 3.11's rule for NameError and AttributeError) ----------------------------------------

constexpr size_t kMoveCost = 2;             // inserting, deleting or replacing a character
constexpr size_t kCaseCost = 1;             // replacing it by itself in the other case
constexpr size_t kMaxStringSize = 40;       // longer names are never compared
constexpr size_t kMaxCandidates = 750;      // larger namespaces are not searched

size_t substitution_cost(char a, char b) {
    if (a == b) return 0;
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return lower(a) == lower(b) ? kCaseCost : kMoveCost;
}

// Edit distance with the costs above (UTF-8 bytes, as CPython compares them); anything above max_cost is
// reported as max_cost + 1.
size_t edit_distance(std::string_view a, std::string_view b, size_t max_cost) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) a.remove_prefix(1), b.remove_prefix(1);
    while (!a.empty() && !b.empty() && a.back() == b.back()) a.remove_suffix(1), b.remove_suffix(1);
    if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);
    if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
    // One row of the distance matrix: row[i] is the distance between a[0..i] and the part of b seen so far.
    size_t row[kMaxStringSize];
    for (size_t i = 0; i < a.size(); i++) row[i] = (i + 1) * kMoveCost;
    size_t result = 0;
    for (size_t bi = 0; bi < b.size(); bi++) {
        size_t diagonal = bi * kMoveCost;
        result = diagonal;
        size_t minimum = SIZE_MAX;
        for (size_t ai = 0; ai < a.size(); ai++) {
            size_t substitute = diagonal + substitution_cost(b[bi], a[ai]);
            diagonal = row[ai];
            size_t insert_delete = std::min(result, row[ai]) + kMoveCost;
            result = std::min(insert_delete, substitute);
            row[ai] = result;
            minimum = std::min(minimum, result);
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

// The closest candidate to `name` if it is close enough: no more than about a third of the characters changed.
struct Suggester {
    std::string_view name;
    std::string best;
    size_t best_distance = SIZE_MAX;

    void consider(std::string_view candidate) {
        if (candidate == name) return;
        size_t max_distance = (name.size() + candidate.size() + 3) * kMoveCost / 6;
        if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
        size_t d = edit_distance(name, candidate, max_distance);
        if (d > max_distance) return;
        if (best.empty() || d < best_distance) {
            best = candidate;
            best_distance = d;
        }
    }
};

std::string suggest_among_keys(Dict* d, std::string_view name) {
    Suggester s{name};
    if (!d || d->table.used >= kMaxCandidates) return {};
    uint32_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value))
        if (is_kind(key, Kind::Str)) s.consider(as_str(key)->view());
    return s.best;
}

// CPython 3.11 offers a suggestion for exactly NameError (the innermost frame's local variable names, then its
// globals, then the builtins, each searched on its own) and exactly AttributeError (dir() of the object).
std::string suggestion_for(Interpreter& vm, Value exc) {
    Type* t = type_of(vm, exc);
    if (t != vm.e_NameError && t != vm.e_AttributeError) return {};
    Dict** slot = instance_dict_slot(exc);
    Value name = slot && *slot ? dict_get_str(*slot, vm.n_name) : Value();
    if (!is_kind(name, Kind::Str)) return {};
    std::string_view wanted = as_str(name)->view();
    if (t == vm.e_AttributeError) {
        Value obj = dict_get_str(*slot, vm.n_obj);
        if (obj.is_null()) return {};
        R<Str*> dir_name = intern(vm, "dir");
        Value dir_fn = dir_name.failed() ? Value() : dict_get_str(vm.builtins, dir_name.take());
        R<Value> names = dir_fn.is_null() ? R<Value>(Value()) : call1(vm, dir_fn, obj);
        if (names.failed()) {
            take_exception(vm);
            return {};
        }
        if (!is_kind(names.take(), Kind::List)) return {};
        List* l = as_list(names.take());
        if (l->size >= kMaxCandidates) return {};
        Suggester s{wanted};
        for (uint32_t i = 0; i < l->size; i++)
            if (is_kind(l->items[i], Kind::Str)) s.consider(as_str(l->items[i])->view());
        return s.best;
    }
    Traceback* tb = as_exception(exc)->traceback;
    if (!tb) return {};
    while (tb->next) tb = tb->next;
    if (Tuple* varnames = tb->code->varnames) {
        Suggester s{wanted};
        if (varnames->size < kMaxCandidates)
            for (uint32_t i = 0; i < varnames->size; i++)
                if (is_kind(varnames->items[i], Kind::Str)) s.consider(as_str(varnames->items[i])->view());
        if (!s.best.empty()) return s.best;
    }
    std::string g = suggest_among_keys(tb->globals, wanted);
    if (!g.empty()) return g;
    return suggest_among_keys(vm.builtins, wanted);
}

// The last lines of a traceback: `Type: message`, a hint, notes (SyntaxError: the file, line and caret first).
void format_exception_only(Interpreter& vm, Value exc, std::string& out) {
    Exception* e = as_exception(exc);
    Type* t = type_of(vm, exc);
    if (is_subtype(t, vm.e_SyntaxError)) {
        Dict** slot = instance_dict_slot(exc);
        Value fname = *slot ? dict_get_str(*slot, vm.n_filename) : Value();
        Value line = *slot ? dict_get_str(*slot, vm.n_lineno) : Value();
        Value text = *slot ? dict_get_str(*slot, vm.n_text) : Value();
        Value offset = *slot ? dict_get_str(*slot, vm.n_offset) : Value();
        Value msg = *slot ? dict_get_str(*slot, vm.n_msg) : Value();
        if (is_kind(fname, Kind::Str)) {
            out += "  File \"";
            out += as_str(fname)->view();
            out += "\", line ";
            out += line.is_int() ? std::to_string(line.as_int()) : "?";
            out += "\n";
            if (is_kind(text, Kind::Str)) {
                std::string_view tv = as_str(text)->view();
                while (!tv.empty() && (tv.back() == '\n' || tv.back() == '\r')) tv.remove_suffix(1);
                size_t indent = 0;
                while (indent < tv.size() && (tv[indent] == ' ' || tv[indent] == '\t' || tv[indent] == '\f')) indent++;
                out += "    ";
                out += tv.substr(indent);
                out += "\n";
                // The caret(s) as CPython 3.11 draws them: from offset to end_offset (one caret when there is no
                // range or for an IndentationError; to the end of the line when the range spans lines), none when
                // the offset points into the stripped indentation (TabError, "unexpected indent").
                if (offset.is_int()) {
                    Value end_line = dict_get_str(*slot, vm.n_end_lineno);
                    Value end_offset = dict_get_str(*slot, vm.n_end_offset);
                    int64_t start = offset.as_int();
                    int64_t stop = end_offset.is_int() ? end_offset.as_int() : -1;
                    int64_t line_chars = static_cast<int64_t>(count_chars(as_str(text)->view()));
                    if (line.is_int() && end_line.is_int() && end_line.as_int() > line.as_int()) stop = line_chars;
                    if (stop > line_chars + 1) stop = line_chars + 1;
                    int64_t carets = stop > 0 && stop > start ? stop - start : 1;
                    if (is_subtype(t, vm.e_IndentationError)) carets = 1;  // CPython marks only where it starts
                    int64_t len = static_cast<int64_t>(count_chars(tv.substr(indent)));
                    int64_t col = start - 1 - static_cast<int64_t>(count_chars(tv.substr(0, indent)));
                    if (col > len) col = len;
                    if (col >= 0) {
                        out += "    ";
                        out.append(static_cast<size_t>(col), ' ');
                        out.append(static_cast<size_t>(carets), '^');
                        out += "\n";
                    }
                }
            }
            out += t->name->view();
            out += ": ";
            R<Str*> ms = to_str(vm, msg);
            if (!ms.failed()) out += ms.take()->view();
            else take_exception(vm);
            out += "\n";
            return;
        }
    }
    if (t->module_name && t->module_name->view() != "builtins" && t->module_name->view() != "__main__") {
        out += t->module_name->view();
        out += ".";
    }
    out += t->qualname ? t->qualname->view() : t->name->view();
    R<Str*> s = to_str(vm, exc);
    if (s.failed()) {
        take_exception(vm);
        out += ": <exception str() failed>";
    } else if (s.take()->size) {
        out += ": ";
        out += s.take()->view();
    }
    std::string hint = suggestion_for(vm, exc);
    if (!hint.empty()) {
        out += ". Did you mean: '";
        out += hint;
        out += "'?";
    }
    out += "\n";
    if (is_kind(e->notes, Kind::List)) {
        List* notes = as_list(e->notes);
        for (uint32_t i = 0; i < notes->size; i++) {
            R<Str*> n = to_str(vm, notes->items[i]);
            if (n.failed()) {
                take_exception(vm);
                continue;
            }
            out += n.take()->view();
            out += "\n";
        }
    }
}

// How an uncaught exception prints, as CPython's traceback module: the chain of causes/contexts, and for an
// exception group a box per sub-exception ("  +-+---- 1 ----", "    | ...") nested to max_group_depth.
struct PrintContext {
    int group_depth = 0;
    bool need_close = false;
    std::vector<Obj*> seen;  // the exceptions already printed (cycles in __context__ end there)
};

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

// Appends every line of `text` with the margin of the current group depth.
void emit(PrintContext& ctx, std::string& out, std::string_view text, char margin = '|') {
    std::string prefix(static_cast<size_t>(2 * ctx.group_depth), ' ');
    if (ctx.group_depth) {
        prefix += margin;
        prefix += ' ';
    }
    size_t i = 0;
    while (i < text.size()) {
        size_t j = text.find('\n', i);
        j = j == std::string_view::npos ? text.size() : j + 1;
        out += prefix;
        out.append(text.substr(i, j - i));
        i = j;
    }
}

std::string stack_text(Exception* e) {
    std::string s;
    for (Traceback* tb = e->traceback; tb; tb = tb->next) print_frame_line(s, tb->code, tb->instr);
    return s;
}

// The sub-exceptions of an exception group, or null for other exceptions.
Tuple* group_members(Interpreter& vm, Value exc) {
    R<Str*> name = intern(vm, "BaseExceptionGroup");
    if (name.failed()) {
        take_exception(vm);
        return nullptr;
    }
    Value cls = dict_get_str(vm.builtins, name.take());
    if (!is_type(cls) || !isinstance(vm, exc, static_cast<Type*>(cls.as_obj()))) return nullptr;
    R<Str*> attr = intern(vm, "exceptions");
    R<Value> members = attr.failed() ? R<Value>(Raised{}) : getattr(vm, exc, attr.take());
    if (members.failed()) {
        take_exception(vm);
        return nullptr;
    }
    Value m = members.take();
    return is_kind(m, Kind::Tuple) ? as_tuple(m) : nullptr;
}

bool seen_before(PrintContext& ctx, Value exc) {
    for (Obj* o : ctx.seen)
        if (o == exc.as_obj()) return true;
    return false;
}

void format_exception(Interpreter& vm, Value exc, std::string& out, PrintContext& ctx) {
    // The chain, newest last: each entry is printed after the message linking it to the previous one.
    struct Link {
        const char* message;
        Value exc;
    };
    std::vector<Link> chain;
    const char* message = nullptr;
    // The exception itself always prints; a cause or context already printed ends the chain (cycles).
    for (Value cur = exc; cur.is_obj() && (chain.empty() || !seen_before(ctx, cur)) && chain.size() < 1000;) {
        ctx.seen.push_back(cur.as_obj());
        chain.push_back(Link{message, cur});
        Exception* e = as_exception(cur);
        if (e->cause.is_obj()) {
            message = "\nThe above exception was the direct cause of the following exception:\n\n";
            cur = e->cause;
        } else if (e->context.is_obj() && !e->suppress_context) {
            message = "\nDuring handling of the above exception, another exception occurred:\n\n";
            cur = e->context;
        } else {
            cur = Value();
        }
    }
    // chain[i].message links chain[i] (older) to chain[i - 1] (newer): print the oldest first.
    for (size_t k = chain.size(); k-- > 0;) {
        if (k + 1 < chain.size()) emit(ctx, out, chain[k + 1].message);
        Value cur = chain[k].exc;
        Exception* e = as_exception(cur);
        Tuple* members = group_members(vm, cur);
        std::string text;
        if (!members) {
            if (e->traceback) text = "Traceback (most recent call last):\n" + stack_text(e);
            format_exception_only(vm, cur, text);
            emit(ctx, out, text);
        } else if (ctx.group_depth > kMaxGroupDepth) {
            emit(ctx, out, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
        } else {
            bool toplevel = ctx.group_depth == 0;
            if (toplevel) ctx.group_depth++;
            if (e->traceback) {
                emit(ctx, out, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
                emit(ctx, out, stack_text(e));
            }
            format_exception_only(vm, cur, text);
            emit(ctx, out, text);
            int count = static_cast<int>(members->size);
            int shown = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
            ctx.need_close = false;
            for (int i = 0; i < shown; i++) {
                bool last = i == shown - 1;
                if (last) ctx.need_close = true;  // a nested group may draw the closing line instead
                bool truncated = i >= kMaxGroupWidth;
                std::string title = truncated ? "..." : std::to_string(i + 1);
                out.append(static_cast<size_t>(2 * ctx.group_depth), ' ');
                out += i == 0 ? "+-" : "  ";
                out += "+---------------- " + title + " ----------------\n";
                ctx.group_depth++;
                if (!truncated) {
                    format_exception(vm, members->items[i], out, ctx);
                } else {
                    int more = count - kMaxGroupWidth;
                    emit(ctx, out, "and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") + "\n");
                }
                if (last && ctx.need_close) {
                    out.append(static_cast<size_t>(2 * ctx.group_depth), ' ');
                    out += "+------------------------------------\n";
                    ctx.need_close = false;
                }
                ctx.group_depth--;
            }
            if (toplevel) ctx.group_depth = 0;
        }
    }
}

}  // namespace

std::string format_exception_text(Interpreter& vm, Value exc) {
    std::string out;
    if (!exc.is_obj() || exc.as_obj()->type->kind != Kind::Exception) return out;
    Value saved = take_exception(vm);
    PrintContext ctx;
    format_exception(vm, exc, out, ctx);
    vm.exc = saved;
    return out;
}

void print_exception(Interpreter& vm, Value exc, int fd) {
    if (!exc.is_obj() || exc.as_obj()->type->kind != Kind::Exception) return;
    Value saved = take_exception(vm);
    std::string out;
    PrintContext ctx;
    format_exception(vm, exc, out, ctx);
    vm.port.flush_console();
    vm.port.write_console(fd, out);
    vm.exc = saved;
}

Raised raise_name_error(Interpreter& vm, Str* name) {
    (void)raise(vm, vm.e_NameError, "name '%s' is not defined", name->data);
    if (vm.exc.is_obj()) {
        Dict** slot = instance_dict_slot(vm.exc);
        if (slot && *slot) {
            Value exc = take_exception(vm);
            Status s = dict_set_str(vm, *slot, vm.n_name, val(name));
            if (s.failed()) return Raised{};
            vm.exc = exc;
        }
    }
    return Raised{};
}

}  // namespace pyco
