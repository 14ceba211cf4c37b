// Hugging Face config.json import: one real-shaped config per supported family (the
// fixtures in tests/data/hf are copies of the released configs, trimmed where noted),
// and malformed ones that must be rejected with the offending key and the file named.
#include <QtTest>
#include <cstdint>
#include <set>
#include <string>

#include "edgecim/model_zoo.hpp"

using namespace edgecim;

namespace {

std::string fixture(const char* name) { return std::string(EDGECIM_TEST_DATA_DIR) + "/hf/" + name; }

// Architecture fields only: names, repo, source and the published count differ by origin.
ModelSpec architecture_of(ModelSpec spec) {
    spec.name.clear();
    spec.display_name.clear();
    spec.hf_repo.clear();
    spec.source_file.clear();
    spec.official_parameters = 0;
    return spec;
}

template <class Function>
bool throws_input_error(Function function) {
    try {
        function();
    } catch (const InputError&) {
        return true;
    }
    return false;
}

}  // namespace

class TestHfImport : public QObject {
    Q_OBJECT

private slots:
    void families_match_the_zoo_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("zoo_name");
        QTest::newRow("llama") << "llama.json"
                               << "tinyllama-1.1b";
        QTest::newRow("qwen2") << "qwen2.json"
                               << "qwen2.5-0.5b";
        QTest::newRow("qwen3") << "qwen3.json"
                               << "qwen3-0.6b";
        QTest::newRow("phi3") << "phi3.json"
                              << "phi-3.5-mini";
        QTest::newRow("smollm3") << "smollm3.json"
                                 << "smollm3-3b";
    }
    void families_match_the_zoo() {
        QFETCH(QString, file);
        QFETCH(QString, zoo_name);
        const std::string path = fixture(file.toStdString().c_str());
        const ModelSpec imported = load_model_file(path);
        const ModelSpec zoo = load_zoo_model(zoo_name.toStdString());
        QCOMPARE(QString::fromStdString(imported.source_file), QString::fromStdString(path));
        QVERIFY(architecture_of(imported) == architecture_of(zoo));
        QCOMPARE(imported.parameter_count(), zoo.parameter_count());
    }

    void llama_names_come_from_name_or_path() {
        const ModelSpec spec = load_model_file(fixture("llama.json"));
        QCOMPARE(QString::fromStdString(spec.hf_repo), QString("TinyLlama/TinyLlama-1.1B-Chat-v1.0"));
        QCOMPARE(QString::fromStdString(spec.display_name), QString("TinyLlama-1.1B-Chat-v1.0"));
        QCOMPARE(QString::fromStdString(spec.name), QString("tinyllama-1.1b-chat-v1.0"));
        QCOMPARE(spec.head_dim, std::int64_t{64});  // derived: 2048 / 32
        QVERIFY(!spec.tied_embeddings);
    }

    void mistral_7b() {
        const ModelSpec spec = load_model_file(fixture("mistral.json"));
        QCOMPARE(QString::fromStdString(spec.architecture), QString("mistral"));
        QCOMPARE(QString::fromStdString(spec.name), QString("mistral"));  // file stem: no _name_or_path
        QCOMPARE(spec.kv_heads, std::int64_t{8});
        QCOMPARE(spec.head_dim, std::int64_t{128});
        QVERIFY(!spec.qkv_bias && !spec.o_bias && !spec.tied_embeddings);
        QCOMPARE(spec.parameter_count(), std::int64_t{7241732096});  // Mistral-7B-v0.1: "7.24B"
    }

    void qwen2_has_qkv_bias_without_the_key() {
        const ModelSpec spec = load_model_file(fixture("qwen2.json"));
        QVERIFY(spec.qkv_bias);
        QVERIFY(!spec.o_bias);
        QCOMPARE(spec.parameter_count(), std::int64_t{494032768});
    }

    void qwen3_has_qk_norm_and_explicit_head_dim() {
        const ModelSpec spec = load_model_file(fixture("qwen3.json"));
        QVERIFY(spec.qk_norm);
        QCOMPARE(spec.head_dim, std::int64_t{128});  // not 1024 / 16
        QCOMPARE(spec.q_dim(), std::int64_t{2048});
    }

    void smollm3_nope_from_flags_and_interval() {
        const ModelSpec flags = load_model_file(fixture("smollm3.json"));
        const std::vector<int> every_fourth = {3, 7, 11, 15, 19, 23, 27, 31, 35};
        QVERIFY(flags.nope_layers == every_fourth);
        QVERIFY(flags.tied_embeddings);  // SmolLM3Config default when the key is absent
        const ModelSpec interval = load_model_file(fixture("smollm3_interval.json"));
        const std::vector<int> every_sixth = {5, 11, 17, 23, 29, 35};
        QVERIFY(interval.nope_layers == every_sixth);
        QCOMPARE(QString::fromStdString(interval.name), QString("smollm3_interval"));
    }

    void parse_hf_config_from_text() {
        const char* text = R"({"model_type": "llama", "hidden_size": 64, "num_hidden_layers": 2,
            "num_attention_heads": 4, "intermediate_size": 128, "vocab_size": 1000,
            "max_position_embeddings": 512})";
        const ModelSpec spec = parse_hf_config(text, "inline.json");
        QCOMPARE(spec.kv_heads, std::int64_t{4});  // HF: absent -> num_attention_heads
        QCOMPARE(spec.head_dim, std::int64_t{16});
        QCOMPARE(QString::fromStdString(spec.source_file), QString("inline.json"));
        // An explicit null means "= num_attention_heads" in every family, even where an
        // absent key would take a size-specific class default (Qwen2: 32).
        const char* qwen2 = R"({"model_type": "qwen2", "hidden_size": 64, "num_hidden_layers": 2,
            "num_attention_heads": 4, "num_key_value_heads": null, "intermediate_size": 128,
            "vocab_size": 1000, "max_position_embeddings": 512})";
        QCOMPARE(parse_hf_config(qwen2, "qwen2.json").kv_heads, std::int64_t{4});
    }

    void bad_configs_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::newRow("unsupported model_type") << "bad_model_type.json"
                                                << "model_type";
        QTest::newRow("heads do not divide hidden") << "bad_heads_divide.json"
                                                    << "num_attention_heads";
        QTest::newRow("kv heads do not divide heads") << "bad_kv_divide.json"
                                                      << "num_key_value_heads";
        QTest::newRow("negative size") << "bad_negative.json"
                                       << "intermediate_size";
        QTest::newRow("missing key") << "bad_missing_key.json"
                                     << "vocab_size";
        QTest::newRow("wrong type") << "bad_wrong_type.json"
                                    << "hidden_size";
        QTest::newRow("1e12 parameters") << "bad_huge.json"
                                         << "parameters";
        QTest::newRow("qwen2 without kv heads") << "bad_qwen2_no_kv.json"
                                                << "num_key_value_heads";
        QTest::newRow("malformed JSON") << "bad_malformed.json"
                                        << "";
    }
    void bad_configs() {
        QFETCH(QString, file);
        QFETCH(QString, key);
        const std::string path = fixture(file.toStdString().c_str());
        try {
            load_model_file(path);
            QFAIL("accepted a bad config");
        } catch (const InputError& e) {
            QCOMPARE(e.problems().size(), std::size_t{1});
            const Problem& p = e.problems().front();
            QCOMPARE(QString::fromStdString(p.key), key);
            QCOMPARE(QString::fromStdString(p.file), QString::fromStdString(path));
            QVERIFY(p.line > 0);
            const std::string text = e.what();
            QVERIFY2(text.starts_with(path + ":"), text.c_str());
        }
    }

    void messages_name_the_valid_range() {
        try {
            load_model_file(fixture("bad_model_type.json"));
        } catch (const InputError& e) {
            const std::string text = e.what();
            QVERIFY2(text.find("gemma") != std::string::npos, text.c_str());
            QVERIFY2(text.find("(valid: llama, mistral, phi3, qwen2, qwen3, smollm3)") != std::string::npos,
                     text.c_str());
        }
        try {
            load_model_file(fixture("bad_negative.json"));
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("-5632 is out of range (valid: 1 to 1048576)") != std::string::npos,
                     e.what());
        }
        try {
            load_model_file(fixture("bad_huge.json"));
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("at most 1e+11") != std::string::npos, e.what());
        }
    }

    void every_problem_is_reported() {
        try {
            load_model_file(fixture("bad_many.json"));
            QFAIL("accepted a bad config");
        } catch (const InputError& e) {
            std::set<std::string> keys;
            for (const auto& p : e.problems()) keys.insert(p.key);
            const std::set<std::string> expected = {"hidden_size", "num_attention_heads", "tie_word_embeddings",
                                                    "intermediate_size"};
            QVERIFY2(keys == expected, e.what());
        }
    }

    void not_an_object() {
        QVERIFY(throws_input_error([] { parse_hf_config("[1, 2, 3]", "list.json"); }));
        QVERIFY(throws_input_error([] { parse_hf_config("", "empty.json"); }));
    }
};

QTEST_GUILESS_MAIN(TestHfImport)
#include "tst_hf_import.moc"
