#pragma once
// Minimal streaming JSON writer: correct escaping (bytes that are not UTF-8 become
// U+FFFD, so the output is always valid JSON), shortest round-trip doubles, non-finite
// numbers written as null (JSON has no NaN). Used by every JSON output; it streams, so a
// trace of a million records is never held as a document (see docs/architecture.md).
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace edgecim {

class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out, bool pretty = true) : out_(out), pretty_(pretty) {}

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(double number);
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();

    template <typename T>
    JsonWriter& field(std::string_view name, const T& v) {
        key(name);
        return value(v);
    }

    static std::string escape(std::string_view text);

private:
    void before_value();
    void newline();

    std::ostream& out_;
    bool pretty_;
    struct Level {
        bool is_object;
        bool empty;
    };
    std::vector<Level> stack_;
    bool after_key_ = false;
};

}  // namespace edgecim
