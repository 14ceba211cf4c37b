// User text is data: a preset name or baseline entry with quotes, newlines, colons, '#',
// YAML keywords or any script is written so that every YAML reader reads back exactly that
// string (and the documented preset keeps one value per line), and every JSON output is
// valid JSON with the same string, even for bytes that are not UTF-8.
#include <yaml-cpp/yaml.h>

#include <QtTest>
#include <nlohmann/json.hpp>
#include <sstream>

#include "edgecim/config_io.hpp"
#include "edgecim/json_writer.hpp"
#include "edgecim/text_util.hpp"

using namespace edgecim;

namespace {

const std::vector<std::string>& hostileStrings() {
    static const auto& strings = *new std::vector<std::string>{
        "quote \" inside",
        "'single quoted'",
        "back\\slash",
        "new\nline",
        "carriage\rreturn",
        "tab\there",
        "colon: value",
        "key:",
        "# not a comment",
        "hash # in the middle",
        "unicod\xc3\xa9 \xe4\xb8\xad\xe6\x96\x87 \xf0\x9f\x9a\x80",  // é, 中文, rocket
        "NULL",
        "null",
        "~",
        "Yes",
        "no",
        "True",
        "off",
        "y",
        "- dash",
        "[bracket",
        "{brace}",
        "& anchor",
        "*alias",
        "!tag",
        "| pipe",
        "> folded",
        "? question",
        "@at",
        "`tick",
        "%percent",
        "123",
        "1e3",
        ".5",
        ".inf",
        "0x10",
        "---",
        "...",
        " leading space",
        "trailing space ",
        "control \x01 and del \x7f",
        "%1 %2 <b>bold</b>",
    };
    return strings;
}

std::size_t lineCount(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

class TestHostileStrings : public QObject {
    Q_OBJECT
private slots:
    void presetTextReadsBackExactly() {
        const std::size_t lines = lineCount(save_config_text(default_config()));
        for (const std::string& s : hostileStrings()) {
            Config c = default_config();
            c.name = s;
            c.baselines = {s, "orin-nano"};
            const std::string text = save_config_text(c);
            // One value per line: a newline or '#' in the text cannot add lines or
            // start a comment that hides the value.
            QCOMPARE(lineCount(text), lines);
            const YAML::Node root = YAML::Load(text);
            QVERIFY2(root["name"].IsScalar() && !root["name"].IsNull(), s.c_str());
            QCOMPARE(root["name"].as<std::string>(), s);
            QCOMPARE(root["baselines"].size(), std::size_t{2});
            QCOMPARE(root["baselines"][0].as<std::string>(), s);
            QCOMPARE(root["baselines"][1].as<std::string>(), std::string("orin-nano"));
        }
    }

    void presetRoundTripsThroughTheLoader() {
        for (const std::string& s : hostileStrings()) {
            Config c = default_config();
            c.name = s;
            try {
                const Config back = parse_config(save_config_text(c), "<test>");
                // The loader trims the spaces around every value, as typed on a command
                // line or in an editor (parse_param_text): only those may differ.
                const std::string expected = trim(s);
                QVERIFY2(back.name == expected, ("'" + s + "' read back as '" + back.name + "'").c_str());
            } catch (const InputError& e) {
                QFAIL((s + ": " + e.what()).c_str());
            }
        }
    }

    void jsonIsValidAndCarriesTheSameString() {
        for (const std::string& s : hostileStrings()) {
            std::ostringstream out;
            JsonWriter json(out);
            json.begin_object().field(s, s).end_object();
            const nlohmann::json parsed = nlohmann::json::parse(out.str());
            QCOMPARE(parsed.size(), std::size_t{1});
            QCOMPARE(parsed.begin().key(), s);
            QCOMPARE(parsed.begin().value().get<std::string>(), s);
        }
    }

    void bytesThatAreNotUtf8BecomeReplacementCharacters() {
        const std::string replacement = "\xef\xbf\xbd";  // U+FFFD
        const std::vector<std::pair<std::string, std::string>> cases = {
            {"latin1 caf\xe9", "latin1 caf" + replacement},
            {"cut \xc3", "cut " + replacement},
            {"\xff\xfe", replacement + replacement},
            {"overlong \xc0\xaf", "overlong " + replacement + replacement},
            {"surrogate \xed\xa0\x80", "surrogate " + replacement + replacement + replacement},
            {"too high \xf4\x90\x80\x80", "too high " + replacement + replacement + replacement + replacement},
            {"valid \xf4\x8f\xbf\xbf end", "valid \xf4\x8f\xbf\xbf end"},  // U+10FFFF
        };
        for (const auto& [bytes, expected] : cases) {
            std::ostringstream out;
            JsonWriter json(out, false);
            json.value(bytes);
            const nlohmann::json parsed = nlohmann::json::parse(out.str());  // throws on invalid UTF-8
            QCOMPARE(parsed.get<std::string>(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileStrings)
#include "tst_hostile_strings.moc"
