#include "edgecim/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace edgecim {

std::string JsonWriter::escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (u < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", u);
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    return out;
}

void JsonWriter::newline() {
    if (!pretty_) return;
    out_ << '\n' << std::string(2 * stack_.size(), ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!stack_.empty()) {
        if (!stack_.back().empty) out_ << ',';
        stack_.back().empty = false;
        newline();
    }
}

JsonWriter& JsonWriter::begin_object() {
    before_value();
    out_ << '{';
    stack_.push_back({true, true});
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty) newline();
    out_ << '}';
    if (stack_.empty() && pretty_) out_ << '\n';
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    before_value();
    out_ << '[';
    stack_.push_back({false, true});
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty) newline();
    out_ << ']';
    if (stack_.empty() && pretty_) out_ << '\n';
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    before_value();
    out_ << '"' << escape(name) << "\":" << (pretty_ ? " " : "");
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    before_value();
    out_ << '"' << escape(text) << '"';
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    before_value();
    if (!std::isfinite(number)) {
        out_ << "null";
        return *this;
    }
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, number);
    out_.write(buf, r.ptr - buf);
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
    before_value();
    out_ << number;
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    before_value();
    out_ << (flag ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    out_ << "null";
    return *this;
}

}  // namespace edgecim
