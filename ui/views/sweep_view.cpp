#include "views/sweep_view.hpp"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>
#include <sstream>

#include "edgecim/atomic_file.hpp"
#include "plot/palette.hpp"
#include "plot/sweep_heatmap.hpp"
#include "plot/units.hpp"
#include "plot/xy_chart.hpp"
#include "views/flow_layout.hpp"
#include "views/sweep_axis_editor.hpp"

namespace edgecim::ui {

namespace {

enum class MetricKind { plain, time, energy, bytes, category };

// The sweep columns (core metric_names) the view offers, with a readable label and unit.
struct MetricInfo {
    const char* name;
    const char* label;
    const char* unit;
    MetricKind kind;
};
constexpr MetricInfo kMetrics[] = {
    {"decode_tokens_per_s", "decode throughput", "tokens/s", MetricKind::plain},
    {"tokens_per_j", "energy efficiency", "tokens/J", MetricKind::plain},
    {"ttft_s", "time to first token", "", MetricKind::time},
    {"energy_per_token_j", "energy per token", "", MetricKind::energy},
    {"end_to_end_s", "end-to-end time", "", MetricKind::time},
    {"average_power_w", "average power", "W", MetricKind::plain},
    {"area_mm2", "chip area", "mm²", MetricKind::plain},
    {"dram_bytes_per_token", "DRAM traffic per token", "", MetricKind::bytes},
    {"roofline_tokens_per_s", "DRAM roofline", "tokens/s", MetricKind::plain},
    {"roofline_fraction", "fraction of the DRAM roofline", "", MetricKind::plain},
    {"active_tiles", "active tiles (decode split)", "", MetricKind::plain},
    {"bound", "limiting resource (bound)", "", MetricKind::category},
};

const MetricInfo* findMetric(const QString& name) {
    for (const MetricInfo& m : kMetrics)
        if (name == QLatin1String(m.name)) return &m;
    return nullptr;
}

// The value of one named metric of a row (NaN: none; category metrics give their text).
MetricValue metricOf(const SweepRow& row, const char* name) {
    if (!row.metrics) return std::nan("");
    for (auto& field : metric_fields(*row.metrics))
        if (field.name == name) return field.value;
    return std::nan("");
}

double asDouble(const MetricValue& v) {
    if (const auto* d = std::get_if<double>(&v)) return *d;
    if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
    return std::nan("");
}

double paramNumber(const ParamValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&v)) return *d;
    return std::nan("");
}

// One metric over a set of rows, scaled to a readable unit, with its hover format.
struct MetricColumn {
    std::vector<double> values;  // NaN where the row has no value
    QString label;               // "time to first token [ms]"
    TextFormat format;
    QStringList categories;  // for category metrics: value = index
};

MetricColumn column(const MetricInfo& info, const std::vector<const std::vector<SweepRow>*>& sets, std::size_t which) {
    MetricColumn out;
    // One scale and one category list across the design and its reference.
    double max_abs = 0;
    for (const auto* rows : sets)
        for (const SweepRow& row : *rows) {
            const MetricValue v = metricOf(row, info.name);
            if (const auto* s = std::get_if<std::string>(&v)) {
                if (!out.categories.contains(QString::fromStdString(*s))) out.categories << QString::fromStdString(*s);
            } else if (const double d = asDouble(v); std::isfinite(d)) {
                max_abs = std::max(max_abs, std::fabs(d));
            }
        }
    out.categories.sort();
    double factor = 1;
    QString unit = QString::fromUtf8(info.unit);
    if (info.kind == MetricKind::time) {
        const units::Scaled s = units::timeScale(max_abs);
        factor = s.factor;
        unit = s.unit;
    } else if (info.kind == MetricKind::energy) {
        const units::Scaled s = units::energyScale(max_abs);
        factor = s.factor;
        unit = s.unit;
    } else if (info.kind == MetricKind::bytes) {
        factor = 1e-6;
        unit = QStringLiteral("MB");
    }
    for (const SweepRow& row : *sets[which]) {
        const MetricValue v = metricOf(row, info.name);
        if (const auto* s = std::get_if<std::string>(&v))
            out.values.push_back(static_cast<double>(out.categories.indexOf(QString::fromStdString(*s))));
        else
            out.values.push_back(asDouble(v) * factor);
    }
    const QString name = QObject::tr(info.label);
    if (info.kind == MetricKind::category) {
        QStringList legend;
        for (int i = 0; i < out.categories.size(); ++i)
            legend << QStringLiteral("%1 = %2").arg(i).arg(out.categories[i]);
        out.label = legend.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, legend.join(QStringLiteral(", ")));
        out.format = [cats = out.categories](double v) -> QString {
            const int i = static_cast<int>(std::lround(v));
            return i >= 0 && i < cats.size() ? cats[i] : units::formatNumber(v);
        };
    } else {
        out.label = unit.isEmpty() ? name : QStringLiteral("%1 [%2]").arg(name, unit);
        out.format = [unit](double v) -> QString {
            return unit.isEmpty() ? units::formatNumber(v) : units::formatNumber(v) + QLatin1Char(' ') + unit;
        };
    }
    return out;
}

QString axisTitle(const SweepAxis& axis) {
    const ParamSpec* spec = find_param(axis.key);
    const QString key = QString::fromStdString(axis.key);
    return spec && !spec->unit.empty() ? QStringLiteral("%1 [%2]").arg(key, QString::fromStdString(spec->unit)) : key;
}

QString unitSuffix(const std::string& key) {
    const ParamSpec* spec = find_param(key);
    return spec && !spec->unit.empty() ? QLatin1Char(' ') + QString::fromStdString(spec->unit) : QString();
}

// A swept value with its unit: whole numbers for integer keys ("128 tiles", not "128.000 tiles").
TextFormat axisValueFormat(const std::string& key) {
    const ParamSpec* spec = find_param(key);
    const bool integer = spec && (spec->type == ParamType::integer || spec->type == ParamType::integer_or_auto);
    return [integer, suffix = unitSuffix(key)](double v) -> QString {
        return (integer && std::isfinite(v) ? QString::number(std::llround(v)) : units::formatNumber(v, 6)) + suffix;
    };
}

}  // namespace

SweepView::SweepView(QWidget* parent)
    : QWidget(parent),
      request_(default_sweep_request()),
      current_(default_config()),
      dimensions_(new QComboBox(this)),
      first_(new SweepAxisEditor(tr("x:"), this)),
      second_(new SweepAxisEditor(tr("y:"), this)),
      metric_(new QComboBox(this)),
      second_metric_(new QComboBox(this)),
      second_metric_label_(new QLabel(tr("right axis:"), this)),
      reset_(new QPushButton(tr("Prompt-length sweep"), this)),
      export_chart_(new QPushButton(tr("Export chart…"), this)),
      export_data_(new QPushButton(tr("Export data (CSV)…"), this)),
      message_(new QLabel(this)),
      info_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      charts_(new QStackedWidget(this)),
      chart_(new XYChart(this)),
      heatmap_(new SweepHeatmap(this)),
      debounce_(new QTimer(this)) {
    dimensions_->addItem(tr("1 key: lines"), 1);
    dimensions_->addItem(tr("2 keys: heatmap"), 2);
    dimensions_->setAccessibleName(tr("Sweep dimensions"));
    for (const MetricInfo& m : kMetrics) {
        metric_->addItem(tr(m.label), QString::fromLatin1(m.name));
        second_metric_->addItem(tr(m.label), QString::fromLatin1(m.name));
    }
    second_metric_->insertItem(0, tr("none"), QString());
    metric_->setAccessibleName(tr("Metric"));
    second_metric_->setAccessibleName(tr("Second metric"));
    reset_->setToolTip(tr("Back to the default: prompt length 128 … 32768 tokens, doubling"));
    message_->setTextFormat(Qt::PlainText);  // problem texts quote what the user typed
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #b00020;"));
    message_->hide();
    info_->setTextFormat(Qt::PlainText);  // names the model: user text
    info_->setWordWrap(true);
    info_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progress_->setTextVisible(true);
    progress_->setMaximumHeight(14);
    progress_->hide();
    chart_->setTitle(tr("Sweep"));
    heatmap_->setTitle(tr("Sweep"));
    charts_->addWidget(chart_);
    charts_->addWidget(heatmap_);
    debounce_->setSingleShot(true);
    debounce_->setInterval(400);  // typing a number is several edits: apply once it pauses

    // The controls wrap on narrow windows rather than set the views' minimum width.
    auto* controls = new QWidget(this);
    auto* top = new FlowLayout(controls, 6);
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(dimensions_);
    top->addWidget(new QLabel(tr("metric:"), this));
    top->addWidget(metric_);
    top->addWidget(second_metric_label_);
    top->addWidget(second_metric_);
    top->addWidget(reset_);
    top->addWidget(export_chart_);
    top->addWidget(export_data_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(controls);
    layout->addWidget(first_);
    layout->addWidget(second_);
    layout->addWidget(message_);
    layout->addWidget(info_);
    layout->addWidget(progress_);
    layout->addWidget(charts_, 1);

    first_->setRequest(request_.axes.front());
    second_->chooseKey("hardware.dram.bandwidth_gbps",
                       find_param("hardware.dram.bandwidth_gbps")
                           ? paramNumber(find_param("hardware.dram.bandwidth_gbps")->get(current_))
                           : 0);
    second_->hide();
    setMetrics(QStringLiteral("decode_tokens_per_s"), QStringLiteral("energy_per_token_j"));

    connect(dimensions_, &QComboBox::activated, this, [this] { setDimensions(dimensions_->currentData().toInt()); });
    connect(metric_, &QComboBox::activated, this, &SweepView::rebuild);
    connect(second_metric_, &QComboBox::activated, this, &SweepView::rebuild);
    for (SweepAxisEditor* editor : {first_, second_}) {
        connect(editor, &SweepAxisEditor::edited, debounce_, qOverload<>(&QTimer::start));
        connect(editor, &SweepAxisEditor::keyChosen, this,
                [this, editor](const QString& key) { onKeyChosen(editor, key); });
    }
    connect(debounce_, &QTimer::timeout, this, &SweepView::apply);
    connect(reset_, &QPushButton::clicked, this, &SweepView::resetToPromptSweep);
    connect(export_chart_, &QPushButton::clicked, this, [this] {
        if (auto* chart = qobject_cast<PlotWidget*>(charts_->currentWidget())) chart->exportImage();
    });
    connect(export_data_, &QPushButton::clicked, this, &SweepView::exportData);
    rebuild();
}

void SweepView::setCurrentConfig(const Config& config) { current_ = config; }

void SweepView::onKeyChosen(SweepAxisEditor* editor, const QString& key) {
    const ParamSpec* spec = find_param(key.toStdString());
    editor->chooseKey(key.toStdString(), spec ? paramNumber(spec->get(current_)) : 0);
    applyNow();
}

void SweepView::setDimensions(int dimensions) {
    dimensions_->setCurrentIndex(dimensions_->findData(dimensions == 2 ? 2 : 1));
    second_->setVisible(dimensions == 2);
    second_metric_->setVisible(dimensions != 2);
    second_metric_label_->setVisible(dimensions != 2);
    applyNow();
}

int SweepView::dimensions() const { return dimensions_->currentData().toInt(); }

void SweepView::setMetrics(const QString& metric, const QString& second_metric) {
    if (const int i = metric_->findData(metric); i >= 0) metric_->setCurrentIndex(i);
    if (const int i = second_metric_->findData(second_metric); i >= 0) second_metric_->setCurrentIndex(i);
    rebuild();
}

void SweepView::resetToPromptSweep() {
    dimensions_->setCurrentIndex(0);
    second_->hide();
    second_metric_->show();
    second_metric_label_->show();
    first_->setRequest(default_sweep_request().axes.front());
    setMetrics(QStringLiteral("decode_tokens_per_s"), QStringLiteral("energy_per_token_j"));
    applyNow();
}

void SweepView::applyNow() {
    debounce_->stop();
    apply();
}

QString SweepView::inputMessage() const { return message_->isVisible() ? message_->text() : QString(); }

void SweepView::apply() {
    SweepRequest request;
    QString error;
    SweepAxisRequest axis;
    const auto fail = [this](const QString& text) {
        message_->setText(text);
        message_->show();
    };
    if (!first_->request(&axis, &error)) return fail(error);
    request.axes.push_back(axis);
    if (dimensions() == 2) {
        if (!second_->request(&axis, &error)) return fail(error);
        request.axes.push_back(axis);
    }
    try {
        (void)build_sweep_spec(request);  // parsing only: instant, and the same check the worker makes
    } catch (const InputError& e) {
        return fail(QString::fromStdString(problems_text(e.problems())));
    }
    message_->hide();
    request.reference = request_.reference;
    request_ = std::move(request);
    emitRequest();
}

void SweepView::emitRequest() {
    progress_->setRange(0, 0);  // busy until the first progress report
    progress_->show();
    emit requestChanged(request_);
}

void SweepView::setReference(ReferencePtr reference) {
    reference_ = std::move(reference);
    request_.reference =
        reference_ ? std::make_shared<const EvaluationInput>(EvaluationInput{reference_->config, reference_->model})
                   : nullptr;
    emitRequest();
}

void SweepView::setProgress(quint64 done, quint64 total) {
    progress_->setRange(0, static_cast<int>(std::min<quint64>(total, kMaxGuiSweepPoints)));
    progress_->setValue(static_cast<int>(std::min(done, total)));
    progress_->setFormat(tr("evaluating %v of %m points"));
    progress_->show();
}

void SweepView::setFailed(const QString& message) {
    progress_->hide();
    info_->setText(tr("The sweep could not be evaluated: %1").arg(message));
}

void SweepView::setSweep(std::shared_ptr<const SweepOutcome> sweep) {
    if (!sweep) return;
    sweep_ = std::move(sweep);
    progress_->hide();
    rebuild();
}

void SweepView::rebuild() {
    if (!sweep_) {
        chart_->setEmptyMessage(tr("Computing the sweep…"));
        return;
    }
    const SweepOutcome& s = *sweep_;
    std::size_t gaps = 0;
    for (const SweepRow& row : s.rows) gaps += row.metrics ? 0 : 1;
    QStringList axes;
    for (const SweepAxis& axis : s.spec.axes) axes << QString::fromStdString(axis.key);
    QString text = tr("%1: %2 swept, %3 points, analytical evaluator (computed as %4 with the current preset "
                      "as --config).")
                       // One multi-argument arg(): a %n inside the model's name is never substituted.
                       .arg(QString::fromStdString(s.model), axes.join(QStringLiteral(" × ")),
                            QString::number(s.rows.size()), QString::fromStdString(sweep_command_line(s.spec)));
    if (gaps)
        text += QLatin1Char(' ') +
                tr("%n point(s) could not run: gaps, hover them for the reason.", "", static_cast<int>(gaps));
    if (!s.reference_error.empty())
        text += QLatin1Char(' ') + tr("Reference not drawn: %1").arg(QString::fromStdString(s.reference_error));
    info_->setText(text);
    if (s.spec.axes.size() == 2) {
        charts_->setCurrentWidget(heatmap_);
        buildHeatmap();
    } else {
        charts_->setCurrentWidget(chart_);
        buildLines();
    }
}

void SweepView::buildLines() {
    const SweepOutcome& s = *sweep_;
    const SweepAxis& axis = s.spec.axes.front();
    const MetricInfo* info = findMetric(metric_->currentData().toString());
    const MetricInfo* info2 = findMetric(second_metric_->currentData().toString());
    if (!info) return;
    std::vector<const std::vector<SweepRow>*> sets{&s.rows};
    const bool with_reference = !s.reference_rows.empty() && reference_;
    if (with_reference) sets.push_back(&s.reference_rows);
    std::vector<double> x;
    for (const SweepRow& row : s.rows) x.push_back(paramNumber(row.values.front()));

    const MetricColumn y = column(*info, sets, 0);
    XYSeries main = makeSeries(tr(info->label), palette::primary(), XYSeries::Style::line_points);
    main.x = x;
    main.y = y.values;  // NaN: a gap in the line
    main.format_y = y.format;
    std::vector<XYSeries> series{main};
    if (info->name == std::string_view("decode_tokens_per_s")) {
        const MetricInfo* roof = findMetric(QStringLiteral("roofline_tokens_per_s"));
        XYSeries r = makeSeries(tr("DRAM roofline"), palette::reference(), XYSeries::Style::line);
        r.dashed = true;
        r.x = x;
        r.y = column(*roof, sets, 0).values;
        r.format_y = y.format;
        series.push_back(std::move(r));
    }
    MetricColumn y2;
    if (info2) {
        y2 = column(*info2, sets, 0);
        XYSeries second =
            makeSeries(tr("%1 (right axis)").arg(tr(info2->label)), palette::secondary(), XYSeries::Style::line_points);
        second.right_axis = true;
        second.x = x;
        second.y = y2.values;
        second.format_y = y2.format;
        series.push_back(std::move(second));
    }
    // Points that could not run: markers on the x axis that say why on hover.
    XYSeries gaps = makeSeries(tr("not evaluated (hover: why)"), palette::muted(), XYSeries::Style::points);
    gaps.colour = palette::muted().darker(140);
    gaps.point_size = 10;
    gaps.format_y = [](double) -> QString { return tr("no value"); };
    for (std::size_t i = 0; i < s.rows.size(); ++i) {
        if (s.rows[i].metrics) continue;
        gaps.x.push_back(x[i]);
        gaps.y.push_back(0);
        gaps.point_labels << tr("not evaluated: %1").arg(QString::fromStdString(s.rows[i].error));
    }
    if (!gaps.x.empty()) series.push_back(std::move(gaps));
    if (with_reference) {
        // The reference as dashed lines in muted colours, on the same axes.
        std::vector<double> rx;
        for (const SweepRow& row : s.reference_rows) rx.push_back(paramNumber(row.values.front()));
        XYSeries ref = makeSeries(tr("reference %1: %2").arg(reference_->name, tr(info->label)),
                                  palette::primary().lighter(160), XYSeries::Style::line);
        ref.dashed = true;
        ref.x = rx;
        ref.y = column(*info, sets, 1).values;
        ref.format_y = y.format;
        series.push_back(std::move(ref));
        if (info2) {
            XYSeries ref2 = makeSeries(tr("reference %1: %2 (right axis)").arg(reference_->name, tr(info2->label)),
                                       palette::secondary().lighter(150), XYSeries::Style::line);
            ref2.dashed = true;
            ref2.right_axis = true;
            ref2.x = rx;
            ref2.y = column(*info2, sets, 1).values;
            ref2.format_y = y2.format;
            series.push_back(std::move(ref2));
        }
    }
    const AxisSpacing spacing = s.request.axes.empty() ? AxisSpacing::linear : s.request.axes.front().spacing;
    bool positive = true;
    for (double v : x) positive = positive && v > 0;
    XYAxes axes{axisTitle(axis),
                y.label,
                info2 ? y2.label : QString(),
                spacing != AxisSpacing::linear && positive,
                false,
                spacing == AxisSpacing::doubling ? 2 : 10,
                axisValueFormat(axis.key)};
    chart_->setTitle(tr("Sweep: %1 over %2").arg(tr(info->label), QString::fromStdString(axis.key)));
    chart_->setChart(axes, std::move(series));
}

void SweepView::buildHeatmap() {
    const SweepOutcome& s = *sweep_;
    const MetricInfo* info = findMetric(metric_->currentData().toString());
    if (!info) return;
    const SweepAxis& a0 = s.spec.axes[0];
    const SweepAxis& a1 = s.spec.axes[1];
    const MetricColumn values = column(*info, {&s.rows}, 0);
    SweepHeatmapData heat;
    for (const std::string& label : a0.labels) heat.column_values << QString::fromStdString(label);
    for (const std::string& label : a1.labels) heat.row_values << QString::fromStdString(label);
    heat.column_label = axisTitle(a0);
    heat.row_label = axisTitle(a1);
    heat.value_label = values.label;
    heat.format_value = values.format;
    heat.categories = values.categories;
    const std::size_t n0 = a0.values.size(), n1 = a1.values.size();
    heat.values.assign(n1, std::vector<double>(n0, std::nan("")));
    heat.notes.assign(n1, std::vector<QString>(n0));
    for (std::size_t i = 0; i < s.rows.size() && i < n0 * n1; ++i) {
        const std::size_t c = i / n1, r = i % n1;  // the first axis varies slowest
        heat.values[r][c] = values.values[i];
        if (!s.rows[i].metrics) heat.notes[r][c] = QString::fromStdString(s.rows[i].error);
    }
    heatmap_->setTitle(tr("Sweep: %1 over %2 × %3")
                           .arg(tr(info->label), QString::fromStdString(a0.key), QString::fromStdString(a1.key)));
    heatmap_->setHeatmap(std::move(heat));
}

std::string SweepView::csvText() const {
    if (!sweep_) return {};
    std::ostringstream out;
    write_sweep_csv(sweep_->spec, sweep_->rows, out);
    return out.str();
}

void SweepView::exportData() {
    if (!sweep_) return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export sweep data"), QStringLiteral("sweep.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty()) return;
    try {
        AtomicFile file(path.toStdString());
        file.write(csvText());
        file.commit();
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Export sweep data"), QString::fromUtf8(e.what()));
    }
}

}  // namespace edgecim::ui
