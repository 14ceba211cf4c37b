// Baseline device presets (presets/baselines/*.yaml): strict keys, ranges and positions.
#include <exception>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>

#include "edgecim/baseline.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/presets.hpp"
#include "edgecim/text_util.hpp"
#include "util/yaml_input.hpp"

namespace edgecim {
namespace {

class DeviceReader {
public:
    DeviceReader(const std::string& file, std::vector<Problem>& problems) : file_(file), problems_(problems) {}

    // Checks that a mapping has only the given keys (did-you-mean otherwise) and every required one.
    bool keys(const YAML::Node& node, const std::string& path, const std::vector<std::string>& allowed,
              const std::vector<std::string>& required) {
        if (!node.IsMap()) {
            add(node, path, "expected a mapping, got " + yaml_input::describe_kind(node), "");
            return false;
        }
        for (const auto& entry : node) {
            const std::string name = entry.first.Scalar();
            if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
            if (full()) {
                add(entry.first, join(path, name), "unknown key", "");
                continue;
            }
            const std::string near = yaml_input::closest_match(name, allowed);
            add(entry.first, join(path, name),
                "unknown key '" + name + "'" + (near.empty() ? "" : "; did you mean '" + near + "'?"),
                "keys here: " + list(allowed));
        }
        for (const auto& name : required)
            if (!node[name]) add(node, join(path, name), "missing", "required");
        return true;
    }

    double real(const YAML::Node& parent, const std::string& path, const std::string& name, double min, double max,
                const std::string& unit) {
        const YAML::Node node = parent[name];
        if (!node) return 0;
        const std::string key = join(path, name);
        std::string valid = "[" + yaml_input_number(min) + ", " + yaml_input_number(max) + "]";
        if (!unit.empty()) valid.append(" ").append(unit);
        if (!node.IsScalar()) {
            add(node, key, "expected a number, got " + yaml_input::describe_kind(node), valid);
            return 0;
        }
        if (yaml_input::is_text_typed(node)) {
            add(node, key,
                "expected a number, got the string \"" + yaml_input::excerpt(node.Scalar()) +
                    "\" (write it without quotes)",
                valid);
            return 0;
        }
        bool non_finite = false;
        const auto value = yaml_input::parse_real(node.Scalar(), &non_finite);
        if (!value) {
            add(node, key,
                "'" + yaml_input::excerpt(node.Scalar()) +
                    (non_finite ? "' is not a finite number" : "' is not a number"),
                valid);
            return 0;
        }
        if (*value < min || *value > max) add(node, key, "'" + node.Scalar() + "' is out of range", valid);
        return *value;
    }

    int integer(const YAML::Node& parent, const std::string& path, const std::string& name, int min, int max) {
        const double v = real(parent, path, name, min, max, "");
        if (v != std::floor(v)) add(parent[name], join(path, name), "not an integer", "");
        return static_cast<int>(v);
    }

    std::string text(const YAML::Node& parent, const std::string& path, const std::string& name) {
        const YAML::Node node = parent[name];
        if (!node) return {};
        if (!node.IsScalar() || node.Scalar().empty()) {
            add(node, join(path, name), "expected text", "non-empty text");
            return {};
        }
        return node.Scalar();
    }

    void add(const YAML::Node& node, const std::string& key, const std::string& message, const std::string& valid) {
        if (full()) {
            // One summary line instead of a million problems (a 4 MB adversarial file).
            if (more_++ == 0) problems_.push_back(Problem{file_, 0, 0, "", "", ""});
            problems_.back().message = "... and " + std::to_string(more_) + " more problems";
            return;
        }
        problems_.push_back(yaml_input::problem_at(file_, node, key, message, valid));
    }
    bool full() const { return problems_.size() >= yaml_input::kMaxProblems; }

    static std::string join(const std::string& a, const std::string& b) { return a.empty() ? b : a + "." + b; }

private:
    static std::string list(const std::vector<std::string>& names) { return edgecim::join(names, ", "); }
    static std::string yaml_input_number(double v) {
        std::string s = std::to_string(v);
        s.erase(s.find_last_not_of('0') + 1);
        if (!s.empty() && s.back() == '.') s.pop_back();
        return s;
    }

    const std::string& file_;
    std::vector<Problem>& problems_;
    std::size_t more_ = 0;
};

}  // namespace

DeviceSpec parse_device(std::string_view yaml_text, const std::string& file_label) {
    const YAML::Node root = yaml_input::load_text(yaml_text, file_label);
    std::vector<Problem> problems;
    DeviceReader r(file_label, problems);
    DeviceSpec d;
    d.source_file = file_label;
    if (!r.keys(root, "",
                {"schema_version", "name", "display_name", "dram", "compute", "engine", "fit", "power", "calibration"},
                {"schema_version", "name", "display_name", "dram", "compute", "engine", "fit", "power"}))
        throw InputError(std::move(problems));
    r.integer(root, "", "schema_version", 1, 1);
    d.name = r.text(root, "", "name");
    d.display_name = r.text(root, "", "display_name");
    if (const auto dram = root["dram"];
        dram && r.keys(dram, "dram", {"bandwidth_gbps", "capacity_gb"}, {"bandwidth_gbps", "capacity_gb"})) {
        d.dram_bandwidth_gbps = r.real(dram, "dram", "bandwidth_gbps", 0.1, 1e5, "GB/s");
        d.dram_capacity_gb = r.real(dram, "dram", "capacity_gb", 0.001, 4096, "GB");
    }
    if (const auto compute = root["compute"]; compute && r.keys(compute, "compute", {"peak_tflops"}, {"peak_tflops"}))
        d.peak_tflops = r.real(compute, "compute", "peak_tflops", 0.001, 1e5, "TFLOPS");
    if (const auto engine = root["engine"];
        engine && r.keys(engine, "engine", {"name", "weight_bits", "lm_head_bits", "kv_bits", "compiled_context"},
                         {"name", "weight_bits", "lm_head_bits", "kv_bits", "compiled_context"})) {
        d.format.engine = r.text(engine, "engine", "name");
        d.format.weight_bits = r.real(engine, "engine", "weight_bits", 1, 32, "bits");
        d.format.lm_head_bits = r.real(engine, "engine", "lm_head_bits", 1, 32, "bits");
        d.format.kv_bits = r.real(engine, "engine", "kv_bits", 1, 32, "bits");
        d.format.compiled_context = r.integer(engine, "engine", "compiled_context", 0, 1048576);
    }
    if (const auto fit = root["fit"]; fit && r.keys(fit, "fit", {"bandwidth_efficiency", "fixed_overhead_ms"},
                                                    {"bandwidth_efficiency", "fixed_overhead_ms"})) {
        d.bandwidth_efficiency = r.real(fit, "fit", "bandwidth_efficiency", 0.01, 1, "fraction");
        d.fixed_overhead_ms = r.real(fit, "fit", "fixed_overhead_ms", 0, 1000, "ms");
    }
    if (const auto power = root["power"]; power && r.keys(power, "power", {"decode_w"}, {"decode_w"})) {
        // null is the honest value for a device whose power is not published.
        if (!power["decode_w"].IsNull()) d.decode_power_w = r.real(power, "power", "decode_w", 0.01, 1e4, "W");
    }
    if (const auto points = root["calibration"]; points) {
        if (!points.IsSequence()) {
            r.add(points, "calibration", "expected a list of measurements", "");
        } else {
            for (const auto& p : points) {
                if (!r.keys(p, "calibration",
                            {"model", "prompt_tokens", "generate_tokens", "tokens_per_s", "compiled_context", "source"},
                            {"model", "prompt_tokens", "generate_tokens", "tokens_per_s", "source"}))
                    continue;
                CalibrationPoint c;
                c.model = r.text(p, "calibration", "model");
                if (!c.model.empty() && !is_zoo_model(c.model))
                    r.add(p["model"], "calibration.model", "unknown zoo model '" + c.model + "'",
                          "a name listed by 'edgecim-cli models'");
                c.prompt_tokens = r.integer(p, "calibration", "prompt_tokens", 0, 1048576);
                c.generate_tokens = r.integer(p, "calibration", "generate_tokens", 1, 1048576);
                c.tokens_per_s = r.real(p, "calibration", "tokens_per_s", 1e-3, 1e6, "tokens/s");
                if (p["compiled_context"])
                    c.compiled_context = r.integer(p, "calibration", "compiled_context", 0, 1048576);
                c.source = r.text(p, "calibration", "source");
                d.calibration.push_back(c);
            }
        }
    }
    if (!problems.empty()) throw InputError(std::move(problems));
    return d;
}

namespace {

// Shipped devices parsed once: the GUI's comparison resolves every device for every
// model on each edit, and the embedded files never change at run time (thread-safe
// static). A shipped file that fails to parse keeps its error for that name alone.
struct ShippedDevice {
    std::optional<DeviceSpec> spec;
    std::exception_ptr error;
};

const std::map<std::string, ShippedDevice>& shipped_devices() {
    static const auto cache = [] {
        std::map<std::string, ShippedDevice> devices;
        for (const std::string& name : shipped_preset_names("baselines")) {
            const auto text = shipped_preset("baselines/" + name + ".yaml");
            if (!text) continue;
            ShippedDevice& entry = devices[name];
            try {
                entry.spec = parse_device(*text, "presets/baselines/" + name + ".yaml");
            } catch (...) {
                entry.error = std::current_exception();
            }
        }
        return devices;
    }();
    return cache;
}

}  // namespace

DeviceSpec load_device(const std::string& name_or_path, const std::string& relative_to_dir) {
    const auto& shipped = shipped_devices();
    if (const auto it = shipped.find(name_or_path); it != shipped.end()) {
        if (it->second.error) std::rethrow_exception(it->second.error);
        return *it->second.spec;
    }
    std::filesystem::path path(name_or_path);
    std::error_code ec;
    if (!path.is_absolute() && !relative_to_dir.empty() && !std::filesystem::exists(path, ec))
        path = std::filesystem::path(relative_to_dir) / path;
    if (!std::filesystem::exists(path, ec)) {
        std::string valid = "a file path, or one of:";
        for (const auto& n : shipped_preset_names("baselines")) valid += " " + n;
        throw InputError(Problem{"", 0, 0, "baselines", "unknown baseline '" + name_or_path + "'", valid});
    }
    return parse_device(yaml_input::read_file(path.string()), path.string());
}

}  // namespace edgecim
