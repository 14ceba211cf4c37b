// Design-space files: which keys the search may change and to which values.
#include <algorithm>
#include <limits>
#include <set>

#include "edgecim/config_io.hpp"
#include "edgecim/dse.hpp"
#include "edgecim/sweep.hpp"
#include "util/yaml_input.hpp"

namespace edgecim {
namespace {

constexpr const char* kDefaultSpaceYaml =
    R"(# Default design space of edgecim-cli dse, around the EdgeCIM 65 nm INT4 preset:
# 4 x 3 x 4 x 3 x 4 x 2 x 7 x 4 = 32,256 designs. hardware.dram.channels is left out
# because the simulator models DRAM by its total bandwidth only.
genes:
  hardware.chip.tiles: [8, 16, 32, 64]
  hardware.tile.macros: [4, 8, 16]
  hardware.macro.rows: [64, 128, 256, 512]
  hardware.macro.cols: [64, 128, 256]
  hardware.frequency_mhz: [100, 200, 400, 500]   # 65 nm reaches 521.6 MHz at 1.2 V
  hardware.tile.weight_banks: [1, 2]
  mapping.active_tiles: [auto, 2, 4, 8, 16, 24, 32]
  hardware.dram.bandwidth_gbps: [25.6, 51.2, 68.3, 102.4]
)";

const char* kGeneForm = "a list [V1, V2, ...] or a range \"START..STOP:*FACTOR\" / \"START..STOP:+STEP\"";

bool is_number(const ParamValue& v) {
    return std::holds_alternative<std::int64_t>(v) || std::holds_alternative<double>(v);
}

double as_number(const ParamValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
    return std::get<double>(v);
}

struct SpaceParser {
    std::string file;
    std::vector<Problem> problems;

    void problem(const YAML::Node& node, const std::string& key, std::string message, std::string valid = {}) {
        problems.push_back(yaml_input::problem_at(file, node, key, std::move(message), std::move(valid)));
    }

    bool gene_from_sequence(const ParamSpec& spec, const YAML::Node& list, Gene& gene) {
        if (list.size() == 0) {
            problem(list, spec.key, "empty list of values", kGeneForm);
            return false;
        }
        if (list.size() > kMaxGeneValues) {
            problem(list, spec.key, "more than " + std::to_string(kMaxGeneValues) + " values");
            return false;
        }
        bool ok = true;
        for (const auto& item : list) {
            if (!item.IsScalar()) {
                problem(item, spec.key, "expected a value, found " + yaml_input::describe_kind(item),
                        spec.valid_range());
                ok = false;
                continue;
            }
            ParamValue value;
            std::string error;
            if (!parse_param_text(spec, item.Scalar(), value, &error) ||
                !(error = check_param_value(spec, value)).empty()) {
                problem(item, spec.key, error, spec.valid_range());
                ok = false;
                continue;
            }
            const std::string label = format_value(spec, value);
            if (std::find(gene.labels.begin(), gene.labels.end(), label) != gene.labels.end()) {
                problem(item, spec.key, "value " + label + " is given twice");
                ok = false;
                continue;
            }
            gene.values.push_back(value);
            gene.labels.push_back(label);
        }
        return ok;
    }

    bool gene_from_scalar(const ParamSpec& spec, const YAML::Node& node, Gene& gene) {
        try {
            SweepAxis axis = parse_axis_values(spec, node.Scalar(), file, kMaxGeneValues);
            gene.values = std::move(axis.values);
            gene.labels = std::move(axis.labels);
            return true;
        } catch (const InputError& e) {
            for (const auto& p : e.problems()) problem(node, spec.key, p.message, p.valid);
            return false;
        }
    }

    void gene(const YAML::Node& key_node, const YAML::Node& value_node, DesignSpace& space) {
        const std::string& key = key_node.Scalar();
        const ParamSpec* spec = find_param(key);
        if (!spec) {
            std::string message = "unknown key";
            const std::string near = yaml_input::closest_match(key, param_keys());
            if (!near.empty()) message += "; did you mean '" + near + "'?";
            problem(key_node, key, message, "a key listed by 'edgecim-cli params'");
            return;
        }
        if (spec->type == ParamType::text_list || spec->key == "workload.model") {
            problem(key_node, key, "cannot be a gene (the models are given with --model / --models)",
                    "a scalar hardware, mapping or workload key");
            return;
        }
        for (const auto& g : space.genes)
            if (g.key == key) return problem(key_node, key, "gene given twice");
        Gene gene;
        gene.key = key;
        bool ok = false;
        if (value_node.IsSequence())
            ok = gene_from_sequence(*spec, value_node, gene);
        else if (value_node.IsScalar())
            ok = gene_from_scalar(*spec, value_node, gene);
        else
            problem(value_node, key, "expected a list or a range, found " + yaml_input::describe_kind(value_node),
                    kGeneForm);
        if (!ok) return;
        gene.numeric = std::all_of(gene.values.begin(), gene.values.end(), is_number);
        if (gene.numeric) {
            // SBX and polynomial mutation move along the value order, so keep it ascending.
            std::vector<std::size_t> order(gene.values.size());
            for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                return as_number(gene.values[a]) < as_number(gene.values[b]);
            });
            Gene sorted{gene.key, {}, {}, true};
            for (std::size_t i : order) {
                sorted.values.push_back(gene.values[i]);
                sorted.labels.push_back(gene.labels[i]);
            }
            gene = std::move(sorted);
        }
        space.genes.push_back(std::move(gene));
    }

    DesignSpace parse(const YAML::Node& root) {
        DesignSpace space;
        space.source = file;
        if (!root.IsMap()) {
            problem(root, "", "expected a mapping with a 'genes' key, found " + yaml_input::describe_kind(root));
            throw InputError(problems);
        }
        for (const auto& entry : root) {
            const std::string top = entry.first.Scalar();
            if (top != "genes") problem(entry.first, top, "unknown key", "genes");
        }
        const YAML::Node genes = root["genes"];
        if (!genes)
            problem(root, "genes", "missing", "a mapping of schema keys to value lists or ranges");
        else if (!genes.IsMap() || genes.size() == 0)
            problem(genes, "genes",
                    "expected a non-empty mapping, found " +
                        (genes.IsMap() ? std::string("an empty mapping") : yaml_input::describe_kind(genes)),
                    "a mapping of schema keys to value lists or ranges");
        else
            for (const auto& entry : genes) gene(entry.first, entry.second, space);
        if (!problems.empty()) throw InputError(problems);
        return space;
    }
};

}  // namespace

std::uint64_t DesignSpace::size() const {
    std::uint64_t n = 1;
    for (const auto& g : genes) {
        const std::uint64_t k = g.values.size();
        if (k != 0 && n > std::numeric_limits<std::uint64_t>::max() / k)
            return std::numeric_limits<std::uint64_t>::max();
        n *= k;
    }
    return genes.empty() ? 0 : n;
}

DesignSpace parse_design_space(std::string_view yaml_text, const std::string& file_label) {
    SpaceParser parser{file_label, {}};
    return parser.parse(yaml_input::load_text(yaml_text, file_label));
}

DesignSpace load_design_space(const std::string& path) {
    SpaceParser parser{path, {}};
    return parser.parse(yaml_input::load_file(path));
}

std::string default_design_space_yaml() { return kDefaultSpaceYaml; }

DesignSpace default_design_space() {
    static const DesignSpace space = parse_design_space(kDefaultSpaceYaml, "<default design space>");
    return space;
}

}  // namespace edgecim
