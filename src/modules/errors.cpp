// Printing exceptions as CPython does — traceback, source lines, chained exceptions — plus a caret line under
// the failing expression, and the "Did you mean" hints of NameError.
#include <string>
#include <vector>

#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/port.h"
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
    Loc loc = code->locs && instr < code->ninstr ? code->locs[instr] : Loc{code->firstlineno, code->firstlineno, 0xffff, 0xffff};
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

void format_one(Interpreter& vm, Value exc, std::string& out) {
    Exception* e = as_exception(exc);
    if (e->traceback) {
        out += "Traceback (most recent call last):\n";
        for (Traceback* tb = e->traceback; tb; tb = tb->next) print_frame_line(out, tb->code, tb->instr);
    }
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
                if (offset.is_int() && offset.as_int() >= 1) {
                    int64_t col = offset.as_int() - 1 - static_cast<int64_t>(count_chars(tv.substr(0, indent)));
                    if (col < 0) col = 0;
                    out += "    ";
                    out.append(static_cast<size_t>(col), ' ');
                    out += "^\n";
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

void format_chain(Interpreter& vm, Value exc, std::string& out, int depth) {
    Exception* e = as_exception(exc);
    if (depth < 100) {
        if (e->cause.is_obj()) {
            format_chain(vm, e->cause, out, depth + 1);
            out += "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (e->context.is_obj() && !e->suppress_context) {
            format_chain(vm, e->context, out, depth + 1);
            out += "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
    }
    format_one(vm, exc, out);
}

}  // namespace

void print_exception(Interpreter& vm, Value exc, int fd) {
    if (!exc.is_obj() || exc.as_obj()->type->kind != Kind::Exception) return;
    Value saved = take_exception(vm);
    std::string out;
    format_chain(vm, exc, out, 0);
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
