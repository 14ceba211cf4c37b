#pragma once
// The one place an enum's values get their names. Every enum that is printed or parsed
// specialises EnumNames<E> next to its declaration with a table of (value, name) and the
// word for the thing it names; to_string, parsing, the parameter table's choices and the
// "valid:" part of error messages all read that table, so a name cannot be spelled two
// ways and no switch can forget a value. One fallback for all of them: a value missing
// from its table prints as "unknown"; a name missing from it is an error that lists the
// valid names.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace edgecim {

template <typename Enum>
struct EnumName {
    Enum value;
    std::string_view name;
};

// Specialised per enum with:
//   static constexpr std::string_view what = "evaluator";   // used in "unknown evaluator 'x'"
//   static constexpr std::array<EnumName<Enum>, N> table{{...}};
template <typename Enum>
struct EnumNames;

template <typename Enum>
constexpr std::string_view enum_name(Enum value) {
    for (const auto& entry : EnumNames<Enum>::table)
        if (entry.value == value) return entry.name;
    return "unknown";
}

template <typename Enum>
constexpr std::optional<Enum> find_enum(std::string_view name) {
    for (const auto& entry : EnumNames<Enum>::table)
        if (entry.name == name) return entry.value;
    return std::nullopt;
}

// The valid names in table order, ", "-separated: "event, analytical".
template <typename Enum>
std::string enum_name_list() {
    std::string out;
    for (const auto& entry : EnumNames<Enum>::table) {
        if (!out.empty()) out += ", ";
        out += entry.name;
    }
    return out;
}

// "unknown evaluator 'fast'": the start of every parse error; callers add where and the
// valid names (enum_name_list) in the form their channel uses.
template <typename Enum>
std::string unknown_enum_message(std::string_view name) {
    return "unknown " + std::string(EnumNames<Enum>::what) + " '" + std::string(name) + "'";
}

// True when the table lists the values 0, 1, ..., count-1 in order, so an index loop
// over the enum and the table agree (checked by static_assert next to each table).
template <typename Enum>
constexpr bool enum_table_is_dense(std::size_t count) {
    const auto& table = EnumNames<Enum>::table;
    if (table.size() != count) return false;
    for (std::size_t i = 0; i < table.size(); ++i)
        if (static_cast<std::size_t>(table[i].value) != i) return false;
    return true;
}

}  // namespace edgecim
