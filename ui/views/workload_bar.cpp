#include "views/workload_bar.hpp"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>
#include <climits>

#include "document/document.hpp"
#include "edgecim/model_zoo.hpp"
#include "edgecim/param_table.hpp"
#include "plot/units.hpp"
#include "views/flow_layout.hpp"

namespace edgecim::ui {

namespace {
QString tooltipOf(const ParamSpec& spec) {
    return QStringLiteral("<b>%1</b><br>%2<br><i>valid:</i> %3")
        .arg(QString::fromStdString(spec.key), QString::fromStdString(spec.description).toHtmlEscaped(),
             QString::fromStdString(spec.valid_range()).toHtmlEscaped());
}

QString modelLabel(const ModelSpec& m) {
    return QStringLiteral("%1  ·  %2 params")
        .arg(QString::fromStdString(m.display_name), units::formatCount(static_cast<double>(m.parameter_count())));
}
}  // namespace

WorkloadBar::WorkloadBar(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), model_(new QComboBox(this)) {
    // Wraps onto a second row in a narrow window: the strip must never set the minimum
    // width of the views beside the parameter dock.
    auto* layout = new FlowLayout(this, 12);
    layout->setContentsMargins(6, 4, 6, 4);
    // A label with its field (and extra widgets) stays together on one row.
    const auto add_group = [&](const QString& text, QWidget* buddy, QWidget* extra = nullptr) {
        auto* group = new QWidget(this);
        auto* row = new QHBoxLayout(group);
        row->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(text, group);
        label->setBuddy(buddy);
        row->addWidget(label);
        buddy->setParent(group);
        row->addWidget(buddy);
        if (extra) {
            extra->setParent(group);
            row->addWidget(extra);
        }
        layout->addWidget(group);
    };
    model_->setObjectName(QStringLiteral("modelCombo"));
    model_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    model_->setMaximumWidth(420);  // an imported model's long file name stays in the tooltip
    if (const ParamSpec* spec = find_param("workload.model")) model_->setToolTip(tooltipOf(*spec));
    connect(model_, &QComboBox::activated, this, [this](int index) {
        document_->setParameter("workload.model", model_->itemData(index).toString().toStdString());
    });
    auto* import = new QToolButton(this);
    import->setText(tr("Import config.json…"));
    import->setToolTip(tr("Use a Hugging Face config.json or a model YAML as the model"));
    connect(import, &QToolButton::clicked, this, &WorkloadBar::importRequested);
    add_group(tr("&Model"), model_, import);
    add_group(tr("&Weights"), boundCombo("workload.precision.weights"));
    add_group(tr("&Prompt"), boundSpin("workload.prompt_tokens"));
    add_group(tr("&Generate"), boundSpin("workload.generate_tokens"));
    add_group(tr("Energy &boundary"), boundCombo("energy_boundary"));

    refreshModelList();
    connect(document_, &Document::configChanged, this, &WorkloadBar::refresh);
    refresh();
}

QComboBox* WorkloadBar::boundCombo(const char* key) {
    const ParamSpec* spec = find_param(key);
    auto* combo = new QComboBox(this);
    combo->setObjectName(QString::fromLatin1(key));
    for (const auto& choice : spec->choices) combo->addItem(QString::fromStdString(choice));
    combo->setToolTip(tooltipOf(*spec));
    connect(combo, &QComboBox::activated, this,
            [this, combo, key] { document_->setParameter(key, combo->currentText().toStdString()); });
    bound_.emplace_back(key, combo);
    return combo;
}

QSpinBox* WorkloadBar::boundSpin(const char* key) {
    const ParamSpec* spec = find_param(key);
    auto* spin = new QSpinBox(this);
    spin->setObjectName(QString::fromLatin1(key));
    // Any number can be typed: the document judges the range and a refusal is reported
    // (a spin box would clamp 999999 to its maximum without a word).
    spin->setRange(-INT_MAX, INT_MAX);
    spin->setSuffix(QLatin1Char(' ') + QString::fromStdString(spec->unit));
    spin->setToolTip(tooltipOf(*spec));
    spin->setAccelerated(true);
    spin->setKeyboardTracking(false);  // typing "4096" is one edit, not four
    connect(spin, &QSpinBox::valueChanged, this, [this, key, spec](int value) {
        QString error;
        if (document_->setParameter(key, std::int64_t{value}, &error)) return;
        emit editRejected(error + tr(" (valid: %1)").arg(QString::fromStdString(spec->valid_range())));
        refresh();  // show the value that is in force again
    });
    bound_.emplace_back(key, spin);
    return spin;
}

void WorkloadBar::refreshModelList() {
    const QSignalBlocker blocker(model_);
    model_->clear();
    for (const std::string& name : zoo_model_names()) {
        try {
            model_->addItem(modelLabel(load_zoo_model(name)), QString::fromStdString(name));
        } catch (const std::exception&) {
            model_->addItem(QString::fromStdString(name), QString::fromStdString(name));
        }
    }
}

void WorkloadBar::refresh() {
    const QString current = QString::fromStdString(document_->config().workload.model);
    {
        const QSignalBlocker blocker(model_);
        int index = model_->findData(current);
        if (index < 0) {
            // An imported model: one extra entry naming its file.
            if (model_->count() > static_cast<int>(zoo_model_names().size())) model_->removeItem(model_->count() - 1);
            const auto& model = document_->model();
            // Short enough for the bar next to the workload fields; the path is in the tooltip.
            const QString label = model ? tr("%1 · %2").arg(modelLabel(*model), QFileInfo(current).fileName())
                                        : tr("%1 (cannot be loaded)").arg(QFileInfo(current).fileName());
            model_->addItem(label, current);
            index = model_->count() - 1;
            model_->setItemData(index, tr("Imported from %1").arg(current), Qt::ToolTipRole);
        }
        model_->setCurrentIndex(index);
    }
    for (auto& [key, widget] : bound_) {
        const ParamValue value = document_->value(key);
        const QSignalBlocker blocker(widget);
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            combo->setCurrentText(QString::fromStdString(std::get<std::string>(value)));
        } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
            spin->setValue(static_cast<int>(std::get<std::int64_t>(value)));
        }
    }
}

}  // namespace edgecim::ui
