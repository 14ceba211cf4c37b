#include "views/parameter_delegate.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <climits>
#include <cmath>
#include <functional>

#include "edgecim/param_table.hpp"
#include "models/parameter_model.hpp"

namespace edgecim::ui {

namespace {

// Lets any text be typed (Intermediate instead of Invalid) so that text which is no
// number reaches fixup, where it is reported instead of vanishing.
template <class Base>
class ReportingSpinBox : public Base {
public:
    ReportingSpinBox(QWidget* parent, std::function<void(const QString&)> report)
        : Base(parent), report_(std::move(report)) {}
    QValidator::State validate(QString& input, int& pos) const override {
        const QValidator::State state = Base::validate(input, pos);
        return state == QValidator::Invalid ? QValidator::Intermediate : state;
    }
    void fixup(QString& input) const override {
        const QString typed = input;
        Base::fixup(input);
        int pos = 0;
        QString check = input;
        if (Base::validate(check, pos) != QValidator::Acceptable && report_) report_(this->cleanTextOf(typed));
    }
    QString cleanTextOf(QString text) const {
        if (!this->suffix().isEmpty() && text.endsWith(this->suffix())) text.chop(this->suffix().size());
        return text.trimmed();
    }

private:
    std::function<void(const QString&)> report_;
};

class IntSpinBox : public ReportingSpinBox<QSpinBox> {
public:
    using ReportingSpinBox::ReportingSpinBox;
};

// Shows the shortest exact text (0.38, not 0.380000) and steps by the value's last digit.
class CompactDoubleSpinBox : public ReportingSpinBox<QDoubleSpinBox> {
public:
    using ReportingSpinBox::ReportingSpinBox;
    QString textFromValue(double value) const override { return locale().toString(value, 'g', 10); }
};

// The editors' own limits: wide enough that the document, not the spin box, judges a value.
constexpr int kIntLimit = INT_MAX;
constexpr double kRealLimit = 1e15;

const ParamSpec* specOf(const QModelIndex& index) {
    bool ok = false;
    const int i = index.data(ParameterModel::SpecIndexRole).toInt(&ok);
    if (!ok || i < 0 || i >= static_cast<int>(param_table().size())) return nullptr;
    return &param_table()[static_cast<std::size_t>(i)];
}

QString suffixOf(const ParamSpec& spec) {
    return spec.unit.empty() ? QString() : QLatin1Char(' ') + QString::fromStdString(spec.unit);
}

}  // namespace

QWidget* ParameterDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    const ParamSpec* spec = specOf(index);
    if (!spec) return QStyledItemDelegate::createEditor(parent, option, index);
    QWidget* editor = nullptr;
    const QString key = QString::fromStdString(spec->key);
    const auto report = [this, key, spec](const QString& text) {
        emit inputRejected(
            key,
            tr("%1: '%2' is not a number (valid: %3)").arg(key, text, QString::fromStdString(spec->valid_range())));
    };
    switch (spec->type) {
        case ParamType::integer:
        case ParamType::integer_or_auto: {
            auto* box = new IntSpinBox(parent, report);
            const bool with_auto = spec->type == ParamType::integer_or_auto;
            // "auto" is the lowest value, the spin box's special value; everything above it
            // can be typed, and the document refuses what is out of range.
            box->setRange(-kIntLimit, kIntLimit);
            if (with_auto) box->setSpecialValueText(tr("auto"));
            box->setSuffix(suffixOf(*spec));
            box->setAccelerated(true);
            box->setKeyboardTracking(false);  // typing 999999 is one value, not 9, 99, 999, ...
            connect(box, &QSpinBox::valueChanged, this,
                    [this, box] { emit const_cast<ParameterDelegate*>(this)->commitData(box); });
            editor = box;
            break;
        }
        case ParamType::real: {
            auto* box = new CompactDoubleSpinBox(parent, report);
            box->setDecimals(std::clamp(static_cast<int>(std::ceil(-std::log10(std::max(spec->min, 1e-9)))) + 3, 2, 9));
            box->setRange(-kRealLimit, kRealLimit);
            box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
            box->setSuffix(suffixOf(*spec));
            box->setAccelerated(true);
            box->setKeyboardTracking(false);
            connect(box, &QDoubleSpinBox::valueChanged, this,
                    [this, box] { emit const_cast<ParameterDelegate*>(this)->commitData(box); });
            editor = box;
            break;
        }
        case ParamType::choice: {
            auto* combo = new QComboBox(parent);
            for (const auto& choice : spec->choices) combo->addItem(QString::fromStdString(choice));
            connect(combo, &QComboBox::activated, this,
                    [this, combo] { emit const_cast<ParameterDelegate*>(this)->commitData(combo); });
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
