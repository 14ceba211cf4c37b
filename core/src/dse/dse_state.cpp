// Binary encodings of design points and search states (checkpoints, MPI messages).
// Fixed-width little-endian fields and raw IEEE-754 bits, so a point read back compares
// equal to the one written and a resumed search makes the same choices.
#include <bit>
#include <cstring>

#include "edgecim/dse.hpp"
#include "edgecim/problem.hpp"

namespace edgecim {
namespace {

static_assert(std::endian::native == std::endian::little, "the state encoding assumes a little-endian host");

constexpr std::uint32_t kStateMagic = 0x45444553;  // "SEDE": an explore state follows
constexpr std::uint32_t kStateVersion = 1;

class Writer {
public:
    void u64(std::uint64_t v) { raw(&v, sizeof v); }
    void i64(std::int64_t v) { raw(&v, sizeof v); }
    void f64(double v) { raw(&v, sizeof v); }
    void text(const std::string& s) {
        u64(s.size());
        out_.append(s);
    }
    void doubles(const std::vector<double>& v) {
        u64(v.size());
        for (double d : v) f64(d);
    }
    std::string take() { return std::move(out_); }

private:
    void raw(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
    std::string out_;
};

class Reader {
public:
    Reader(std::string_view bytes, const std::string& label) : bytes_(bytes), label_(label) {}
    std::uint64_t u64() { return pod<std::uint64_t>(); }
    std::int64_t i64() { return pod<std::int64_t>(); }
    double f64() { return pod<double>(); }
    std::string text() {
        const std::uint64_t n = count(1);
        std::string s(bytes_.substr(pos_, n));
        pos_ += n;
        return s;
    }
    std::vector<double> doubles() {
        std::vector<double> v(count(sizeof(double)));
        for (double& d : v) d = f64();
        return v;
    }
    // A length prefix, checked against what is left (each element takes >= min_bytes).
    std::uint64_t count(std::uint64_t min_bytes) {
        const std::uint64_t n = u64();
        if (min_bytes > 0 && n > (bytes_.size() - pos_) / min_bytes) fail("a length beyond the end of the data");
        return n;
    }
    bool at_end() const { return pos_ == bytes_.size(); }
    [[noreturn]] void fail(const std::string& what) const {
        throw InputError(Problem{label_, 0, 0, "",
                                 "corrupt or truncated state: " + what + " at byte " + std::to_string(pos_),
                                 "a checkpoint written by this version of edgecim-mpi for the same inputs"});
    }

private:
    template <typename T>
    T pod() {
        if (bytes_.size() - pos_ < sizeof(T)) fail("data ends early");
        T v;
        std::memcpy(&v, bytes_.data() + pos_, sizeof v);
        pos_ += sizeof v;
        return v;
    }
    std::string_view bytes_;
    std::size_t pos_ = 0;
    const std::string& label_;
};

void write_metrics(Writer& w, const RunMetrics& m) {
    w.text(m.model);
    w.i64(m.parameters);
    w.text(m.precision);
    w.i64(m.prompt_tokens);
    w.i64(m.generated_tokens);
    for (double v : {m.ttft_s, m.decode_tokens_per_s, m.end_to_end_s, m.energy_per_token_j, m.tokens_per_j,
                     m.average_power_w, m.dram_bytes_per_token, m.roofline_tokens_per_s, m.roofline_fraction})
        w.f64(v);
    w.text(m.bound);
    w.f64(m.area_mm2);
    w.text(m.energy_boundary);
    w.i64(m.active_tiles);
    w.text(m.mapping);
}

RunMetrics read_metrics(Reader& r) {
    RunMetrics m;
    m.model = r.text();
    m.parameters = r.i64();
    m.precision = r.text();
    m.prompt_tokens = r.i64();
    m.generated_tokens = r.i64();
    for (double* v : {&m.ttft_s, &m.decode_tokens_per_s, &m.end_to_end_s, &m.energy_per_token_j, &m.tokens_per_j,
                      &m.average_power_w, &m.dram_bytes_per_token, &m.roofline_tokens_per_s, &m.roofline_fraction})
        *v = r.f64();
    m.bound = r.text();
    m.area_mm2 = r.f64();
    m.energy_boundary = r.text();
    m.active_tiles = r.i64();
    m.mapping = r.text();
    return m;
}

void write_point(Writer& w, const DesignPoint& p) {
    w.u64(p.genes.size());
    for (std::size_t g : p.genes) w.u64(g);
    w.u64(p.feasible ? 1 : 0);
    w.f64(p.violation);
    w.text(p.error);
    w.doubles(p.objectives);
    w.u64(p.metrics ? 1 : 0);
    if (p.metrics) write_metrics(w, *p.metrics);
    w.u64(p.per_model.size());
    for (const auto& m : p.per_model) write_metrics(w, m);
    w.i64(p.generation);
}

DesignPoint read_point(Reader& r, const DesignSpace& space) {
    DesignPoint p;
    const std::uint64_t genes = r.count(8);
    // Empty genes mark a design skipped by a cancel; otherwise one index per gene.
    if (genes != 0 && genes != space.genes.size()) r.fail("a design with the wrong number of genes");
    for (std::uint64_t g = 0; g < genes; ++g) {
        const std::uint64_t index = r.u64();
        if (index >= space.genes[g].values.size()) r.fail("a gene value index outside the design space");
        p.genes.push_back(static_cast<std::size_t>(index));
        p.values.push_back(space.genes[g].values[index]);
    }
    p.feasible = r.u64() != 0;
    p.violation = r.f64();
    p.error = r.text();
    p.objectives = r.doubles();
    if (r.u64() != 0) p.metrics = read_metrics(r);
    const std::uint64_t models = r.count(8);
    for (std::uint64_t i = 0; i < models; ++i) p.per_model.push_back(read_metrics(r));
    p.generation = static_cast<int>(r.i64());
    return p;
}

}  // namespace

std::string serialize_design_points(const std::vector<DesignPoint>& points) {
    Writer w;
    w.u64(points.size());
    for (const auto& p : points) write_point(w, p);
    return w.take();
}

std::vector<DesignPoint> parse_design_points(std::string_view bytes, const DesignSpace& space,
                                             const std::string& label) {
    Reader r(bytes, label);
    std::vector<DesignPoint> points(r.count(8));
    for (auto& p : points) p = read_point(r, space);
    if (!r.at_end()) r.fail("trailing data");
    return points;
}

std::string serialize_explore_state(const ExploreState& state) {
    Writer w;
    w.u64(kStateMagic);
    w.u64(kStateVersion);
    w.i64(state.generation);
    w.u64(state.random_state);
    w.u64(state.population.size());
    for (const auto& genome : state.population) w.doubles(genome);
    w.u64(state.points.size());
    for (const auto& p : state.points) write_point(w, p);
    w.u64(state.front.size());
    for (std::size_t f : state.front) w.u64(f);
    w.u64(state.simulations);
    return w.take();
}

ExploreState parse_explore_state(std::string_view bytes, const DesignSpace& space, const std::string& label) {
    Reader r(bytes, label);
    if (r.u64() != kStateMagic) r.fail("not an explore state");
    if (r.u64() != kStateVersion) r.fail("an unknown state version");
    ExploreState state;
    state.generation = static_cast<int>(r.i64());
    state.random_state = r.u64();
    state.population.resize(r.count(8));
    for (auto& genome : state.population) {
        genome = r.doubles();
        if (genome.size() != space.genes.size()) r.fail("a genome with the wrong number of genes");
    }
    state.points.resize(r.count(8));
    for (auto& p : state.points) {
        p = read_point(r, space);
        if (p.genes.empty()) r.fail("an archive design without genes");
    }
    state.front.resize(r.count(8));
    for (auto& f : state.front) {
        const std::uint64_t index = r.u64();
        if (index >= state.points.size()) r.fail("a front index outside the archive");
        f = static_cast<std::size_t>(index);
    }
    state.simulations = r.u64();
    if (!r.at_end()) r.fail("trailing data");
    return state;
}

}  // namespace edgecim
