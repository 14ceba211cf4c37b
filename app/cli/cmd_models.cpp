// edgecim-cli models: the zoo, or the models described by the given files.
#include <iostream>
#include <sstream>

#include "cli_args.hpp"
#include "commands.hpp"
#include "common_options.hpp"
#include "edgecim/json_writer.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/problem.hpp"
#include "text_format.hpp"

namespace edgecim::cli {
namespace {

const std::vector<OptionSpec>& options() {
    static const std::vector<OptionSpec> specs = {
        {"format", "table|json", "output format (default table)", false},
        {"help", "", "show this help", false},
    };
    return specs;
}

void write_json(const std::vector<ModelSpec>& models) {
    JsonWriter json(std::cout);
    json.begin_array();
    for (const auto& m : models) {
        json.begin_object()
            .field("name", m.name)
            .field("display_name", m.display_name)
            .field("parameters", m.parameter_count())
            .field("layers", m.layers)
            .field("hidden_size", m.hidden_size)
            .field("heads", m.heads)
            .field("kv_heads", m.kv_heads)
            .field("head_dim", m.head_dim)
            .field("intermediate_size", m.intermediate_size)
            .field("vocab_size", m.vocab_size)
            .field("tied_embeddings", m.tied_embeddings)
            .end_object();
    }
    json.end_array();
}

void write_table(const std::vector<ModelSpec>& models) {
    // Columns two spaces apart at least: a long name never runs into the display name.
    std::vector<std::vector<std::string>> rows{{"name", "display_name", "parameters", "layers", "hidden", "heads", "kv",
                                                "hd", "ffn", "vocab", "tied", "notes"}};
    for (const auto& m : models) {
        std::string notes;
        if (m.qkv_bias) notes += "qkv-bias ";
        if (m.qk_norm) notes += "qk-norm ";
        if (!m.nope_layers.empty()) notes += std::to_string(m.nope_layers.size()) + " NoPE layers ";
        if (m.kv_heads < m.heads) notes += "GQA " + std::to_string(m.heads / m.kv_heads) + ":1";
        rows.push_back({m.name, m.display_name, std::to_string(m.parameter_count()), std::to_string(m.layers),
                        std::to_string(m.hidden_size), std::to_string(m.heads), std::to_string(m.kv_heads),
                        std::to_string(m.head_dim), std::to_string(m.intermediate_size), std::to_string(m.vocab_size),
                        m.tied_embeddings ? "yes" : "no", notes});
    }
    write_columns(std::cout, std::move(rows));
}

}  // namespace

int cmd_models(const Args& args) {
    const ParsedArgs parsed = parse_args(args, options());
    if (parsed.has("help")) {
        std::cout << "Usage: edgecim-cli models [--format table|json] [FILE...]\n\n"
                     "Lists the 12 zoo models with their exact parameter counts. With files (model YAML or\n"
                     "Hugging Face config.json), describes those models instead.\n\n"
                  << format_options_help(options());
        return kExitOk;
    }
    const OutputFormat format = parse_format(parsed, false);
    std::vector<ModelSpec> models;
    if (parsed.positionals.empty()) {
        for (const auto& name : zoo_model_names()) models.push_back(load_zoo_model(name));
    } else {
        std::vector<Problem> problems;
        for (const auto& path : parsed.positionals) {
            try {
                models.push_back(load_model_file(path));
            } catch (const InputError& e) {
                problems.insert(problems.end(), e.problems().begin(), e.problems().end());
            }
        }
        if (!problems.empty()) throw InputError(std::move(problems));
    }
    if (format == OutputFormat::json)
        write_json(models);
    else
        write_table(models);
    return kExitOk;
}

}  // namespace edgecim::cli
