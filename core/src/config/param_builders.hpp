#pragma once
// Small builders that turn a field accessor into a ParamSpec's get/set pair, so the
// parameter table reads as one line of data per parameter. An accessor is a generic
// lambda `[](auto& c) -> auto& { return c.field; }`: the getter calls it on a const
// Config and gets a const reference, the setter on a mutable one.
#include <optional>
#include <string>
#include <utility>

#include "edgecim/param_table.hpp"

namespace edgecim::param_builders {

struct Info {
    std::string key, group, unit, description, source;
};

template <typename Access>
ParamSpec integer(const Info& i, std::int64_t def, double min, double max, Access field) {
    ParamSpec s{i.key, ParamType::integer, i.group, i.unit, def, min, max, {}, i.description, i.source, {}, {}};
    s.get = [field](const Config& c) -> ParamValue { return static_cast<std::int64_t>(field(c)); };
    s.set = [field](Config& c, const ParamValue& v) { field(c) = static_cast<int>(std::get<std::int64_t>(v)); };
    return s;
}

template <typename Access>
ParamSpec real(const Info& i, double def, double min, double max, Access field) {
    ParamSpec s{i.key, ParamType::real, i.group, i.unit, def, min, max, {}, i.description, i.source, {}, {}};
    s.get = [field](const Config& c) -> ParamValue { return field(c); };
    s.set = [field](Config& c, const ParamValue& v) { field(c) = std::get<double>(v); };
    return s;
}

template <typename Access>
ParamSpec text(const Info& i, std::string def, Access field) {
    ParamSpec s{i.key, ParamType::text, i.group, i.unit, def, 0, 0, {}, i.description, i.source, {}, {}};
    s.get = [field](const Config& c) -> ParamValue { return field(c); };
    s.set = [field](Config& c, const ParamValue& v) { field(c) = std::get<std::string>(v); };
    return s;
}

template <typename Access>
ParamSpec text_list(const Info& i, std::vector<std::string> def, Access field) {
    ParamSpec s{i.key, ParamType::text_list, i.group, i.unit, def, 0, 0, {}, i.description, i.source, {}, {}};
    s.get = [field](const Config& c) -> ParamValue { return field(c); };
    s.set = [field](Config& c, const ParamValue& v) { field(c) = std::get<std::vector<std::string>>(v); };
    return s;
}

// An enum stored in the config, edited as one of the listed values, each shown by its
// name in the enum's table (edgecim/enum_names.hpp).
template <typename Enum, typename Access>
ParamSpec choice(const Info& i, Enum def, std::vector<Enum> values, Access field) {
    std::vector<std::string> names;
    names.reserve(values.size());
    for (Enum e : values) names.emplace_back(enum_name(e));
    ParamSpec s{i.key,         ParamType::choice, i.group, i.unit, std::string(enum_name(def)), 0, 0, names,
                i.description, i.source,          {},      {}};
    s.get = [field](const Config& c) -> ParamValue { return std::string(enum_name(field(c))); };
    s.set = [field, values](Config& c, const ParamValue& v) {
        for (Enum e : values)
            if (enum_name(e) == std::get<std::string>(v)) field(c) = e;
    };
    return s;
}

// A string field restricted to a list of names (e.g. DRAM kind).
template <typename Access>
ParamSpec string_choice(const Info& i, std::string def, std::vector<std::string> names, Access field) {
    ParamSpec s{i.key, ParamType::choice, i.group,       i.unit,   def, 0,
                0,     std::move(names),  i.description, i.source, {},  {}};
    s.get = [field](const Config& c) -> ParamValue { return field(c); };
    s.set = [field](Config& c, const ParamValue& v) { field(c) = std::get<std::string>(v); };
    return s;
}

template <typename Access>
ParamSpec integer_or_auto(const Info& i, double min, double max, Access field) {
    ParamSpec s{i.key,
                ParamType::integer_or_auto,
                i.group,
                i.unit,
                std::string("auto"),
                min,
                max,
                {},
                i.description,
                i.source,
                {},
                {}};
    s.get = [field](const Config& c) -> ParamValue {
        const std::optional<int>& v = field(c);
        if (!v) return std::string("auto");
        return static_cast<std::int64_t>(*v);
    };
    s.set = [field](Config& c, const ParamValue& v) {
        if (std::holds_alternative<std::string>(v))
            field(c).reset();
        else
            field(c) = static_cast<int>(std::get<std::int64_t>(v));
    };
    return s;
}

}  // namespace edgecim::param_builders
