// Every enum that is printed or parsed has one table of names (edgecim/enum_names.hpp):
// each value has a distinct name that parses back to it, names the user sees in files
// and on the command line keep their spelling, a value outside the table prints as
// "unknown", and a parse error names the valid values.
#include <QtTest>
#include <set>

#include "edgecim/dse.hpp"
#include "edgecim/problem.hpp"
#include "edgecim/simulation.hpp"

using namespace edgecim;

namespace {

template <typename Enum>
void checkTable() {
    std::set<std::string_view> seen;
    for (const auto& entry : EnumNames<Enum>::table) {
        QVERIFY2(!entry.name.empty(), EnumNames<Enum>::what.data());
        QVERIFY2(seen.insert(entry.name).second, std::string(entry.name).c_str());
        QCOMPARE(enum_name(entry.value), entry.name);
        QCOMPARE(to_string(entry.value), entry.name);
        const std::optional<Enum> back = find_enum<Enum>(entry.name);
        QVERIFY(back.has_value());
        QVERIFY(*back == entry.value);
    }
    QVERIFY(!find_enum<Enum>("no such name").has_value());
    QVERIFY(!find_enum<Enum>("").has_value());
    // Names are case-sensitive, as in presets and on the command line.
    const std::string upper = [] {
        std::string s(EnumNames<Enum>::table.front().name);
        for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return s;
    }();
    QVERIFY(!find_enum<Enum>(upper).has_value());
    const Enum outside = static_cast<Enum>(200);
    QCOMPARE(enum_name(outside), std::string_view("unknown"));
}

}  // namespace

class TestEnumNames : public QObject {
    Q_OBJECT
private slots:
    void everyTableIsConsistent() {
        checkTable<Precision>();
        checkTable<MappingStrategy>();
        checkTable<AttentionPlacement>();
        checkTable<EnergyBoundary>();
        checkTable<EnergyComponent>();
        checkTable<Evaluator>();
        checkTable<Bound>();
        checkTable<Activity>();
        checkTable<OpKind>();
        checkTable<Objective>();
        checkTable<Aggregate>();
    }

    // The spellings users write in presets, on the command line and read in JSON/CSV
    // outputs: renaming one is a format change, not a refactoring.
    void publicSpellingsAreStable() {
        QCOMPARE(to_string(MappingStrategy::automatic), std::string_view("auto"));
        QCOMPARE(to_string(MappingStrategy::active_tile_pipeline), std::string_view("active_tile_pipeline"));
        QCOMPARE(to_string(Precision::fp16), std::string_view("fp16"));
        QCOMPARE(to_string(EnergyBoundary::chip), std::string_view("chip"));
        QCOMPARE(to_string(AttentionPlacement::vector_unit), std::string_view("vector_unit"));
        QCOMPARE(to_string(EnergyComponent::dram_activation_spill), std::string_view("dram_activation_spill"));
        QCOMPARE(to_string(Evaluator::analytical), std::string_view("analytical"));
        QCOMPARE(to_string(Bound::macro_write), std::string_view("macro_write"));
        QCOMPARE(to_string(Activity::kv_write), std::string_view("kv_write"));
        QCOMPARE(to_string(OpKind::gate_up_proj), std::string_view("gate_up_proj"));
        QCOMPARE(to_string(Objective::area), std::string_view("area"));
        QCOMPARE(to_string(Aggregate::worst), std::string_view("worst"));
    }

    void listsAndErrorsNameTheValidValues() {
        QCOMPARE(enum_name_list<Evaluator>(), std::string("event, analytical"));
        QCOMPARE(enum_name_list<Precision>(), std::string("int4, int8, int16, fp16"));
        QCOMPARE(unknown_enum_message<Evaluator>("fast"), std::string("unknown evaluator 'fast'"));
        try {
            (void)parse_objectives("latency,speed");
            QFAIL("accepted an unknown objective");
        } catch (const InputError& e) {
            const std::string text = e.what();
            QVERIFY2(text.find("unknown objective 'speed'") != std::string::npos, e.what());
            QVERIFY2(text.find("latency,energy") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestEnumNames)
#include "tst_enum_names.moc"
