#include "views/parameter_delegate.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <climits>
#include <cmath>

#include "edgecim/param_table.hpp"
#include "models/parameter_model.hpp"

namespace edgecim::ui {

namespace {

// Shows the shortest exact text (0.38, not 0.380000) and steps by the value's last digit.
class CompactDoubleSpinBox : public QDoubleSpinBox {
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override { return locale().toString(value, 'g', 10); }
};

const ParamSpec* specOf(const QModelIndex& index) {
    bool ok = false;
    const int i = index.data(ParameterModel::SpecIndexRole).toInt(&ok);
    if (!ok || i < 0 || i >= static_cast<int>(param_table().size())) return nullptr;
    return &param_table()[static_cast<std::size_t>(i)];
}

int clampToInt(double v) { return static_cast<int>(std::clamp(v, double{INT_MIN + 1}, double{INT_MAX})); }

QString suffixOf(const ParamSpec& spec) {
    return spec.unit.empty() ? QString() : QLatin1Char(' ') + QString::fromStdString(spec.unit);
}

}  // namespace

QWidget* ParameterDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    const ParamSpec* spec = specOf(index);
    if (!spec) return QStyledItemDelegate::createEditor(parent, option, index);
    QWidget* editor = nullptr;
    switch (spec->type) {
        case ParamType::integer:
        case ParamType::integer_or_auto: {
            auto* box = new QSpinBox(parent);
            const bool with_auto = spec->type == ParamType::integer_or_auto;
            // "auto" sits one below the minimum, as the spin box's special value.
            box->setRange(clampToInt(spec->min) - (with_auto ? 1 : 0), clampToInt(spec->max));
            if (with_auto) box->setSpecialValueText(tr("auto"));
            box->setSuffix(suffixOf(*spec));
            box->setAccelerated(true);
            connect(box, &QSpinBox::valueChanged, this, [this, box] { emit const_cast<ParameterDelegate*>(this)->commitData(box); });
            editor = box;
            break;
        }
        case ParamType::real: {
            auto* box = new CompactDoubleSpinBox(parent);
            box->setDecimals(std::clamp(static_cast<int>(std::ceil(-std::log10(std::max(spec->min, 1e-9)))) + 3, 2, 9));
            box->setRange(spec->min, spec->max);
            box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
            box->setSuffix(suffixOf(*spec));
            box->setAccelerated(true);
            connect(box, &QDoubleSpinBox::valueChanged, this, [this, box] { emit const_cast<ParameterDelegate*>(this)->commitData(box); });
            editor = box;
            break;
        }
        case ParamType::choice:
        case ParamType::boolean: {
            auto* combo = new QComboBox(parent);
            if (spec->type == ParamType::boolean) {
                combo->addItems({QStringLiteral("false"), QStringLiteral("true")});
            } else {
                for (const auto& choice : spec->choices) combo->addItem(QString::fromStdString(choice));
            }
            connect(combo, &QComboBox::activated, this, [this, combo] { emit const_cast<ParameterDelegate*>(this)->commitData(combo); });
            editor = combo;
            break;
        }
        case ParamType::text:
        case ParamType::text_list:
            editor = new QLineEdit(parent);
            break;
    }
    editor->setToolTip(index.data(Qt::ToolTipRole).toString());
    editor->setAutoFillBackground(true);
    return editor;
}

void ParameterDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const ParamSpec* spec = specOf(index);
    if (!spec) return QStyledItemDelegate::setEditorData(editor, index);
    const QVariant value = index.data(Qt::EditRole);
    const QSignalBlocker blocker(editor);  // loading the editor is not an edit
    if (auto* box = qobject_cast<QSpinBox*>(editor)) {
        if (spec->type == ParamType::integer_or_auto && value.toString() == QLatin1String("auto")) {
            box->setValue(box->minimum());
        } else {
            box->setValue(static_cast<int>(value.toLongLong()));
        }
    } else if (auto* dbox = qobject_cast<QDoubleSpinBox*>(editor)) {
        dbox->setValue(value.toDouble());
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentText(value.toString());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(value.toString());
    }
}

void ParameterDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    const ParamSpec* spec = specOf(index);
    if (!spec) return QStyledItemDelegate::setModelData(editor, model, index);
    QVariant value;
    if (auto* box = qobject_cast<QSpinBox*>(editor)) {
        if (spec->type == ParamType::integer_or_auto)
            value = box->value() == box->minimum() ? QStringLiteral("auto") : QString::number(box->value());
        else
            value = QVariant::fromValue<qint64>(box->value());
    } else if (auto* dbox = qobject_cast<QDoubleSpinBox*>(editor)) {
        value = dbox->value();
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        value = combo->currentText();
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        value = line->text();
    }
    model->setData(index, value, Qt::EditRole);
}

void ParameterDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                             const QModelIndex&) const {
    editor->setGeometry(option.rect);
}

}  // namespace edgecim::ui
