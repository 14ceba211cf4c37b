#include "views/sweep_axis_editor.hpp"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <cmath>

#include "edgecim/param_table.hpp"
#include "views/flow_layout.hpp"

namespace edgecim::ui {

namespace {
// Integer keys show whole numbers ("128", not "128.0").
QString numberText(const ParamSpec* spec, double v) {
    if (spec && spec->type != ParamType::real && std::floor(v) == v && std::fabs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::fromStdString(format_double(v));
}

bool parseNumber(const QString& text, double* out) {
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(v)) return false;
    *out = v;
    return true;
}
}  // namespace

SweepAxisEditor::SweepAxisEditor(const QString& title, QWidget* parent)
    : QWidget(parent),
      title_(new QLabel(title, this)),
      key_(new QComboBox(this)),
      from_(new QLineEdit(this)),
      to_(new QLineEdit(this)),
      steps_(new QSpinBox(this)),
      spacing_(new QComboBox(this)),
      unit_(new QLabel(this)) {
    for (const ParamSpec* spec : sweepable_params()) {
        key_->addItem(QString::fromStdString(spec->key), QString::fromStdString(spec->key));
        // Tooltips are plain text here (key descriptions are ours, but stay safe).
        key_->setItemData(key_->count() - 1,
                          QString::fromStdString(spec->description + "; valid " + spec->valid_range()),
                          Qt::ToolTipRole);
    }
    key_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    key_->setMinimumContentsLength(22);
    key_->setAccessibleName(tr("%1 key").arg(title));
    from_->setAccessibleName(tr("%1 from").arg(title));
    to_->setAccessibleName(tr("%1 to").arg(title));
    from_->setPlaceholderText(tr("from"));
    to_->setPlaceholderText(tr("to"));
    from_->setMaximumWidth(90);
    to_->setMaximumWidth(90);
    steps_->setRange(1, kMaxSweepAxisValues);
    steps_->setValue(8);
    steps_->setToolTip(tr("Number of values from FROM to TO (linear and log spacing)"));
    steps_->setAccessibleName(tr("%1 steps").arg(title));
    spacing_->addItem(tr("linear"), static_cast<int>(AxisSpacing::linear));
    spacing_->addItem(tr("log"), static_cast<int>(AxisSpacing::log));
    spacing_->addItem(tr("×2"), static_cast<int>(AxisSpacing::doubling));
    spacing_->setToolTip(
        tr("linear: evenly spaced; log: evenly spaced on a log scale; ×2: FROM, 2·FROM, 4·FROM … up "
           "to TO (the step count is then implied)"));
    unit_->setTextFormat(Qt::PlainText);

    // Wraps on narrow windows instead of widening the views (and squeezing the parameter dock).
    auto* layout = new FlowLayout(this, 6);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(key_);
    layout->addWidget(from_);
    layout->addWidget(new QLabel(QStringLiteral("…"), this));
    layout->addWidget(to_);
    layout->addWidget(unit_);
    layout->addWidget(new QLabel(tr("steps"), this));
    layout->addWidget(steps_);
    layout->addWidget(spacing_);

    connect(key_, &QComboBox::activated, this, [this] { emit keyChosen(key_->currentData().toString()); });
    connect(from_, &QLineEdit::textEdited, this, &SweepAxisEditor::edited);
    connect(to_, &QLineEdit::textEdited, this, &SweepAxisEditor::edited);
    connect(steps_, &QSpinBox::valueChanged, this, &SweepAxisEditor::edited);
    connect(spacing_, &QComboBox::activated, this, [this] {
        updateStepsEnabled();
        emit edited();
    });
    updateStepsEnabled();
}

void SweepAxisEditor::updateStepsEnabled() {
    steps_->setEnabled(static_cast<AxisSpacing>(spacing_->currentData().toInt()) != AxisSpacing::doubling);
}

bool SweepAxisEditor::request(SweepAxisRequest* out, QString* error) const {
    out->key = key_->currentData().toString().toStdString();
    if (!parseNumber(from_->text(), &out->from)) {
        *error = tr("%1: FROM '%2' is not a number").arg(key_->currentText(), from_->text());
        return false;
    }
    if (!parseNumber(to_->text(), &out->to)) {
        *error = tr("%1: TO '%2' is not a number").arg(key_->currentText(), to_->text());
        return false;
    }
    out->steps = steps_->value();
    out->spacing = static_cast<AxisSpacing>(spacing_->currentData().toInt());
    return true;
}

void SweepAxisEditor::setRequest(const SweepAxisRequest& axis) {
    const QSignalBlocker b1(steps_);
    const ParamSpec* spec = find_param(axis.key);
    key_->setCurrentIndex(key_->findData(QString::fromStdString(axis.key)));
    from_->setText(numberText(spec, axis.from));
    to_->setText(numberText(spec, axis.to));
    steps_->setValue(axis.steps);
    spacing_->setCurrentIndex(spacing_->findData(static_cast<int>(axis.spacing)));
    unit_->setText(spec ? QString::fromStdString(spec->unit) : QString());
    const QString tip = spec ? QString::fromStdString(spec->description + "; valid " + spec->valid_range()) : QString();
    from_->setToolTip(tip);
    to_->setToolTip(tip);
    updateStepsEnabled();
}

void SweepAxisEditor::chooseKey(const std::string& key, double value) {
    const ParamSpec* spec = find_param(key);
    if (!spec) return;
    const bool integer = spec->type != ParamType::real;
    SweepAxisRequest axis;
    axis.key = key;
    if (value > 0 && std::isfinite(value)) {
        // A quarter to four times the current value, doubling: the usual "what if" range.
        axis.from = std::max(spec->min, value / 4);
        axis.to = std::min(spec->max, value * 4);
        if (integer) {
            axis.from = std::max(spec->min, std::ceil(axis.from));
            axis.to = std::min(spec->max, std::floor(axis.to));
        }
        axis.spacing = axis.from > 0 ? AxisSpacing::doubling : AxisSpacing::linear;
    } else {
        axis.from = spec->min;
        axis.to = spec->max;
        axis.spacing = AxisSpacing::linear;
    }
    axis.steps = 8;
    setRequest(axis);
}

}  // namespace edgecim::ui
