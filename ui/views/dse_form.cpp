#include "views/dse_form.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

#include "edgecim/model_zoo.hpp"
#include "edgecim/problem.hpp"
#include "edgecim/thread_pool.hpp"

namespace edgecim::ui {

namespace {
constexpr const char* kSpaceLabel = "design space";

// 0 reads "none": a budget is optional, and no real chip has zero area or power.
QDoubleSpinBox* budgetBox(const QString& unit, double max, QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(2);
    box->setSpecialValueText(QObject::tr("none"));
    box->setSuffix(QLatin1Char(' ') + unit);
    return box;
}

std::optional<double> budget(const QDoubleSpinBox* box) {
    return box->value() > 0 ? std::optional<double>(box->value()) : std::nullopt;
}

QString problemLine(const Problem& p) {
    QString where = p.line > 0 ? QObject::tr("line %1: ").arg(p.line) : QString();
    QString text = QString::fromStdString((p.key.empty() ? "" : p.key + ": ") + p.message);
    if (!p.valid.empty()) text += QObject::tr(" (valid: %1)").arg(QString::fromStdString(p.valid));
    return where + text;
}
}  // namespace

DseForm::DseForm(QWidget* parent)
    : QWidget(parent),
      space_(new QPlainTextEdit(this)),
      space_status_(new QLabel(this)),
      validate_timer_(new QTimer(this)),
      area_objective_(new QCheckBox(tr("also minimise chip area"), this)),
      area_budget_(budgetBox(QStringLiteral("mm²"), 1e5, this)),
      power_budget_(budgetBox(QStringLiteral("W"), 1e4, this)),
      population_(new QSpinBox(this)),
      generations_(new QSpinBox(this)),
      seed_(new QSpinBox(this)),
      models_(new QLineEdit(this)),
      aggregate_(new QComboBox(this)) {
    space_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    space_->setLineWrapMode(QPlainTextEdit::NoWrap);
    space_->setPlainText(QString::fromStdString(default_design_space_yaml()));
    space_->setToolTip(
        tr("One gene per key: a list [a, b, c] or a range \"START..STOP:*FACTOR\" / "
           "\"START..STOP:+STEP\", as for sweeps."));
    space_status_->setWordWrap(true);
    space_status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    validate_timer_->setSingleShot(true);
    validate_timer_->setInterval(300);
    connect(validate_timer_, &QTimer::timeout, this, &DseForm::validateSpace);
    connect(space_, &QPlainTextEdit::textChanged, validate_timer_, qOverload<>(&QTimer::start));

    population_->setRange(4, kMaxPopulation);
    population_->setValue(40);
    population_->setToolTip(tr("Designs per generation"));
    generations_->setRange(0, kMaxGenerations);
    generations_->setValue(30);
    generations_->setToolTip(tr("Generations after the initial population"));
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setValue(1);
    seed_->setToolTip(tr("Same seed, same result"));
    QStringList zoo;
    for (const auto& name : zoo_model_names()) zoo << QString::fromStdString(name);
    models_->setPlaceholderText(tr("the current model"));
    models_->setToolTip(tr("Comma-separated zoo names or model files, e.g. %1. Empty: the model being edited.")
                            .arg(zoo.mid(0, 3).join(QStringLiteral(", "))));
    aggregate_->addItem(tr("mean over models"));
    aggregate_->addItem(tr("worst model"));
    area_budget_->setToolTip(tr("Designs with a larger chip are infeasible"));
    power_budget_->setToolTip(tr("Designs above this average decode power for any model are infeasible"));

    auto* form = new QFormLayout;
    form->addRow(tr("Objectives:"), new QLabel(tr("latency and energy per token"), this));
    form->addRow(QString(), area_objective_);
    form->addRow(tr("Area budget:"), area_budget_);
    form->addRow(tr("Power budget:"), power_budget_);
    form->addRow(tr("Population:"), population_);
    form->addRow(tr("Generations:"), generations_);
    form->addRow(tr("Seed:"), seed_);
    form->addRow(tr("Models:"), models_);
    form->addRow(tr("Combine:"), aggregate_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Design space</b> (YAML)"), this));
    layout->addWidget(space_, 1);
    layout->addWidget(space_status_);
    layout->addLayout(form);
    validateSpace();
}

bool DseForm::validateSpace() {
    validate_timer_->stop();
    QList<QTextEdit::ExtraSelection> marks;
    try {
        const DesignSpace space = parse_design_space(space_->toPlainText().toStdString(), kSpaceLabel);
        space_problems_.clear();
        space_status_->setStyleSheet(QString());
        space_status_->setText(tr("%1 genes, %2 designs")
                                   .arg(space.genes.size())
                                   .arg(QLocale().toString(static_cast<qulonglong>(space.size()))));
    } catch (const InputError& e) {
        QStringList lines;
        for (const Problem& p : e.problems()) {
            lines << problemLine(p);
            if (p.line <= 0) continue;
            // Tint the offending line so it is found without counting.
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(space_->document()->findBlockByNumber(p.line - 1));
            mark.format.setBackground(QColor(0xF9, 0xD6, 0xD2));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks << mark;
        }
        space_problems_ = lines.join(QLatin1Char('\n'));
        space_status_->setStyleSheet(QStringLiteral("color: #c0392b"));
        space_status_->setText(space_problems_);
    }
    space_->setExtraSelections(marks);
    return space_problems_.isEmpty();
}

QString DseForm::spaceProblems() const { return space_problems_; }

std::optional<DseRequest> DseForm::request(const Config& base, QString* error) const {
    const DseSettings s = settings();
    DseRequest r;
    r.base = base;
    QStringList problems;
    try {
        r.space = parse_design_space(s.space_yaml.toStdString(), kSpaceLabel);
    } catch (const InputError& e) {
        for (const Problem& p : e.problems()) problems << problemLine(p);
    }
    r.objectives = s.objectives;
    r.models = s.models;
    r.options.population = s.population;
    r.options.generations = s.generations;
    r.options.seed = s.seed;
    r.options.jobs = ThreadPool::default_thread_count();
    r.options.aggregate = s.aggregate;
    r.options.area_budget_mm2 = s.area_budget_mm2;
    r.options.power_budget_w = s.power_budget_w;
    try {
        check_explore_options(r.options);
    } catch (const InputError& e) {
        for (const Problem& p : e.problems()) problems << problemLine(p);
    }
    if (problems.isEmpty()) return r;
    if (error) *error = problems.join(QLatin1Char('\n'));
    return std::nullopt;
}

DseSettings DseForm::settings() const {
    DseSettings s;
    s.space_yaml = space_->toPlainText();
    s.objectives = {Objective::latency, Objective::energy};
    if (area_objective_->isChecked()) s.objectives.push_back(Objective::area);
    for (const QString& m : models_->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!m.trimmed().isEmpty()) s.models.push_back(m.trimmed().toStdString());
    s.aggregate = aggregate_->currentIndex() == 1 ? Aggregate::worst : Aggregate::mean;
    s.population = population_->value();
    s.generations = generations_->value();
    s.seed = static_cast<std::uint64_t>(seed_->value());
    s.area_budget_mm2 = budget(area_budget_);
    s.power_budget_w = budget(power_budget_);
    return s;
}

void DseForm::setSettings(const DseSettings& s) {
    space_->setPlainText(s.space_yaml);
    area_objective_->setChecked(std::find(s.objectives.begin(), s.objectives.end(), Objective::area) !=
                                s.objectives.end());
    QStringList models;
    for (const auto& m : s.models) models << QString::fromStdString(m);
    models_->setText(models.join(QStringLiteral(", ")));
    aggregate_->setCurrentIndex(s.aggregate == Aggregate::worst ? 1 : 0);
    setSearchSize(s.population, s.generations, s.seed);
    setBudgets(s.area_budget_mm2, s.power_budget_w);
    validateSpace();
}

void DseForm::setSearchSize(int population, int generations, std::uint64_t seed) {
    population_->setValue(population);
    generations_->setValue(generations);
    seed_->setValue(static_cast<int>(std::min<std::uint64_t>(seed, static_cast<std::uint64_t>(seed_->maximum()))));
}

void DseForm::setModels(const QString& comma_separated) { models_->setText(comma_separated); }

void DseForm::setBudgets(std::optional<double> area_mm2, std::optional<double> power_w) {
    area_budget_->setValue(area_mm2.value_or(0));
    power_budget_->setValue(power_w.value_or(0));
}

}  // namespace edgecim::ui
