#include "document/dse_session.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "edgecim/atomic_file.hpp"
#include "edgecim/config_io.hpp"
#include "edgecim/problem.hpp"

namespace edgecim::ui::dse_session {

namespace {

constexpr char kFormat[] = "EdgeCIM Studio design-space search";
constexpr int kVersion = 1;

QString tr(const char* text) { return QCoreApplication::translate("DseSession", text); }

// A problem with the file's content; load() prefixes the path.
struct Corrupt : std::runtime_error {
    explicit Corrupt(const QString& what) : std::runtime_error(what.toStdString()) {}
};

QJsonArray stringArray(const std::vector<std::string>& items) {
    QJsonArray a;
    for (const auto& s : items) a.append(QString::fromStdString(s));
    return a;
}

QJsonValue optionalNumber(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); }

QString objectivesText(const std::vector<Objective>& objectives) {
    QStringList names;
    for (Objective o : objectives) names << QString::fromUtf8(to_string(o).data(), to_string(o).size());
    return names.join(QLatin1Char(','));
}

QJsonValue field(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) throw Corrupt(tr("\"%1\" is missing").arg(QLatin1String(key)));
    return v;
}

QJsonObject object(const QJsonObject& o, const char* key) {
    const QJsonValue v = field(o, key);
    if (!v.isObject()) throw Corrupt(tr("\"%1\" is not an object").arg(QLatin1String(key)));
    return v.toObject();
}

QString text(const QJsonObject& o, const char* key) {
    const QJsonValue v = field(o, key);
    if (!v.isString()) throw Corrupt(tr("\"%1\" is not a string").arg(QLatin1String(key)));
    return v.toString();
}

bool boolean(const QJsonObject& o, const char* key) {
    const QJsonValue v = field(o, key);
    if (!v.isBool()) throw Corrupt(tr("\"%1\" is not true or false").arg(QLatin1String(key)));
    return v.toBool();
}

// An integer in [lo, hi]; JSON numbers are doubles, exact up to 2^53.
std::int64_t integer(const QJsonValue& v, const QString& what, std::int64_t lo, std::int64_t hi) {
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < static_cast<double>(lo) || d > static_cast<double>(hi))
        throw Corrupt(tr("%1 is not an integer in [%2, %3]").arg(what).arg(lo).arg(hi));
    return static_cast<std::int64_t>(d);
}

std::int64_t integer(const QJsonObject& o, const char* key, std::int64_t lo, std::int64_t hi) {
    return integer(field(o, key), QStringLiteral("\"%1\"").arg(QLatin1String(key)), lo, hi);
}

// 64-bit counters are stored as decimal strings (a double would round them).
std::uint64_t unsigned64(const QJsonObject& o, const char* key) {
    bool ok = false;
    const qulonglong v = text(o, key).toULongLong(&ok);
    if (!ok) throw Corrupt(tr("\"%1\" is not a non-negative integer").arg(QLatin1String(key)));
    return v;
}

std::vector<std::string> strings(const QJsonObject& o, const char* key) {
    const QJsonValue v = field(o, key);
    if (!v.isArray()) throw Corrupt(tr("\"%1\" is not a list").arg(QLatin1String(key)));
    std::vector<std::string> out;
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString()) throw Corrupt(tr("\"%1\" holds something other than text").arg(QLatin1String(key)));
        out.push_back(item.toString().toStdString());
    }
    return out;
}

std::optional<double> budget(const QJsonObject& o, const char* key) {
    const QJsonValue v = field(o, key);
    if (v.isNull()) return std::nullopt;
    if (!v.isDouble() || !(v.toDouble() > 0) || !std::isfinite(v.toDouble()))
        throw Corrupt(tr("\"%1\" is neither null nor a positive number").arg(QLatin1String(key)));
    return v.toDouble();
}

QString problemsText(const InputError& e) {
    QStringList lines;
    for (const Problem& p : e.problems()) lines << QString::fromStdString(p.to_string());
    return lines.join(QStringLiteral("; "));
}

DseSession parse(const QByteArray& bytes) {
    QJsonParseError json_error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &json_error);
    if (json_error.error != QJsonParseError::NoError)
        throw Corrupt(tr("not valid JSON (%1 at byte %2)").arg(json_error.errorString()).arg(json_error.offset));
    if (!doc.isObject()) throw Corrupt(tr("not a saved design-space search"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        throw Corrupt(tr("not a saved design-space search"));
    if (integer(root, "version", 0, 1000000) != kVersion)
        throw Corrupt(tr("written by another version (format %1, this one reads %2)")
                          .arg(root.value(QStringLiteral("version")).toInt())
                          .arg(kVersion));

    DseSession session;
    session.saved_at = QDateTime::fromString(text(root, "saved_at"), Qt::ISODate);
    const QJsonObject settings = object(root, "settings");
    DseSettings& s = session.settings;
    s.space_yaml = text(settings, "space");
    try {
        session.space = parse_design_space(s.space_yaml.toStdString(), "saved design space");
        s.objectives = parse_objectives(text(settings, "objectives").toStdString());
    } catch (const InputError& e) {
        throw Corrupt(problemsText(e));
    }
    // What the design-space form can hold: the two objectives, optionally with area.
    if (const std::vector<Objective> two{Objective::latency, Objective::energy};
        s.objectives != two &&
        s.objectives != std::vector<Objective>{Objective::latency, Objective::energy, Objective::area})
        throw Corrupt(tr("\"objectives\" is neither latency,energy nor latency,energy,area"));
    s.models = strings(settings, "models");
    const QString aggregate = text(settings, "aggregate");
    if (aggregate != QLatin1String("mean") && aggregate != QLatin1String("worst"))
        throw Corrupt(tr("\"aggregate\" is neither mean nor worst"));
    s.aggregate = aggregate == QLatin1String("mean") ? Aggregate::mean : Aggregate::worst;
    s.population = static_cast<int>(integer(settings, "population", 4, kMaxPopulation));
    s.generations = static_cast<int>(integer(settings, "generations", 0, kMaxGenerations));
    s.seed = unsigned64(settings, "seed");
    if (s.seed > static_cast<std::uint64_t>(std::numeric_limits<int>::max()))
        throw Corrupt(tr("\"seed\" is not in [0, %1]").arg(std::numeric_limits<int>::max()));
    s.area_budget_mm2 = budget(settings, "area_budget_mm2");
    s.power_budget_w = budget(settings, "power_budget_w");
    session.model_refs = strings(root, "model_refs");
    if (session.model_refs.empty()) throw Corrupt(tr("\"model_refs\" is empty"));
    // Optional: files from before searches kept their workload have none.
    if (const QJsonValue w = root.value(QStringLiteral("workload")); !w.isUndefined()) {
        if (!w.isObject()) throw Corrupt(tr("\"workload\" is not an object"));
        const QJsonObject workload = w.toObject();
        for (const std::string& key : searchWorkloadKeys()) {
            const ParamSpec* spec = find_param(key);
            const QString value = text(workload, key.c_str());
            ParamValue parsed;
            std::string why;
            if (!parse_param_text(*spec, value.toStdString(), parsed, &why) ||
                !(why = check_param_value(*spec, parsed)).empty())
                throw Corrupt(tr("\"workload\": %1: %2").arg(QString::fromStdString(key), QString::fromStdString(why)));
            session.workload.emplace_back(key, std::move(parsed));
        }
    }

    const QJsonObject result = object(root, "result");
    auto front = std::make_shared<ParetoFront>();
    for (const Gene& gene : session.space.genes) front->keys.push_back(gene.key);
    front->objectives = s.objectives;
    front->aggregate = s.aggregate;
    front->models = strings(result, "models");
    front->generations_completed = static_cast<int>(integer(result, "generations_completed", 0, s.generations));
    front->cancelled = boolean(result, "cancelled");
    front->simulations = unsigned64(result, "simulations");
    const auto decoded =
        QByteArray::fromBase64Encoding(text(result, "points").toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) throw Corrupt(tr("\"points\" is not base64"));
    try {
        front->points = parse_design_points(
            std::string_view(decoded.decoded.constData(), static_cast<std::size_t>(decoded.decoded.size())),
            session.space, "saved designs");
    } catch (const InputError& e) {
        throw Corrupt(problemsText(e));
    }
    for (const DesignPoint& p : front->points) {
        if (p.genes.empty()) throw Corrupt(tr("a saved design has no genes"));
        if (!p.objectives.empty() && p.objectives.size() != s.objectives.size())
            throw Corrupt(tr("a saved design has %1 objectives, the search %2")
                              .arg(p.objectives.size())
                              .arg(s.objectives.size()));
        if (p.feasible && !p.metrics) throw Corrupt(tr("a feasible saved design has no metrics"));
    }
    const QJsonValue indices = field(result, "front");
    if (!indices.isArray()) throw Corrupt(tr("\"front\" is not a list"));
    const auto count = static_cast<std::int64_t>(front->points.size());
    for (const QJsonValue& v : indices.toArray()) {
        const auto index = static_cast<std::size_t>(integer(v, tr("a front index"), 0, count - 1));
        if (!front->points[index].feasible) throw Corrupt(tr("the front lists an infeasible design"));
        front->front.push_back(index);
    }
    session.front = std::move(front);
    return session;
}

}  // namespace

QString defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("dse/last-search.json"));
}

bool save(const QString& path, const DseSession& session, QString* error) {
    if (!session.front) {
        if (error) *error = tr("no search to save");
        return false;
    }
    const DseSettings& s = session.settings;
    const QJsonObject settings{{QStringLiteral("space"), s.space_yaml},
                               {QStringLiteral("objectives"), objectivesText(s.objectives)},
                               {QStringLiteral("models"), stringArray(s.models)},
                               {QStringLiteral("aggregate"),
                                s.aggregate == Aggregate::mean ? QStringLiteral("mean") : QStringLiteral("worst")},
                               {QStringLiteral("population"), s.population},
                               {QStringLiteral("generations"), s.generations},
                               {QStringLiteral("seed"), QString::number(s.seed)},
                               {QStringLiteral("area_budget_mm2"), optionalNumber(s.area_budget_mm2)},
                               {QStringLiteral("power_budget_w"), optionalNumber(s.power_budget_w)}};
    const ParetoFront& f = *session.front;
    QJsonArray front;
    for (std::size_t index : f.front) front.append(static_cast<qint64>(index));
    const std::string points = serialize_design_points(f.points);
    const QJsonObject result{
        {QStringLiteral("models"), stringArray(f.models)},
        {QStringLiteral("generations_completed"), f.generations_completed},
        {QStringLiteral("cancelled"), f.cancelled},
        {QStringLiteral("simulations"), QString::number(f.simulations)},
        {QStringLiteral("front"), front},
        {QStringLiteral("points"),
         QString::fromLatin1(QByteArray(points.data(), static_cast<qsizetype>(points.size())).toBase64())}};
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("saved_at"), session.saved_at.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("settings"), settings},
                     {QStringLiteral("model_refs"), stringArray(session.model_refs)},
                     {QStringLiteral("result"), result}};
    if (!session.workload.empty()) {
        QJsonObject workload;
        for (const auto& [key, value] : session.workload)
            workload[QString::fromStdString(key)] = QString::fromStdString(format_value(*find_param(key), value));
        root[QStringLiteral("workload")] = workload;
    }
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    try {
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            throw WriteError(tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath()).toStdString());
        write_file_atomically(path.toStdString(),
                              std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    } catch (const WriteError& e) {
        if (error) *error = tr("Cannot save the search to %1: %2").arg(path, QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

std::optional<DseSession> load(const QString& path, QString* error, bool* missing) {
    const auto fail = [&](const QString& why) -> std::optional<DseSession> {
        if (error) *error = tr("The last search cannot be restored from %1: %2").arg(path, why);
        return std::nullopt;
    };
    if (missing) *missing = !QFileInfo::exists(path);
    if (!QFileInfo::exists(path)) {
        if (error) *error = tr("No earlier search to restore (%1 does not exist).").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!QFileInfo(path).isFile()) return fail(tr("not a regular file"));
    if (file.size() > kMaxBytes) return fail(tr("larger than %1 MB").arg(kMaxBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly)) return fail(file.errorString());
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes) return fail(tr("larger than %1 MB").arg(kMaxBytes / (1024 * 1024)));
    try {
        return parse(bytes);
    } catch (const Corrupt& e) {
        return fail(QString::fromUtf8(e.what()));
    } catch (const std::exception& e) {  // e.g. bad_alloc for an absurd length: still only a message
        return fail(QString::fromUtf8(e.what()));
    }
}

}  // namespace edgecim::ui::dse_session
