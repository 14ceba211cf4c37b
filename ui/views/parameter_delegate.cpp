#include "views/parameter_delegate.hpp"

#include <QAbstractItemView>
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
// number, or a number beyond the editor's limits, is not dropped: the spin box keeps it
// until the delegate commits, and the model then says what is wrong with it. Esc commits
// nothing, so it reports nothing either.
template <class Base>
class ReportingSpinBox : public Base {
public:
    explicit ReportingSpinBox(QWidget* parent) : Base(parent) {
        QObject::connect(this->lineEdit(), &QLineEdit::textEdited, this, [this] { refused_.clear(); });
    }
    QValidator::State validate(QString& input, int& pos) const override {
        const QValidator::State state = Base::validate(input, pos);
        return state == QValidator::Invalid ? QValidator::Intermediate : state;
    }
    void fixup(QString& input) const override {
        const QString typed = input;
        Base::fixup(input);
        int pos = 0;
        QString check = input;
        // Enter reverts such text to the old value before the delegate commits: keep it.
        if (Base::validate(check, pos) != QValidator::Acceptable) refused_ = cleanTextOf(typed);
    }
    // The typed text the spin box cannot hold (empty when the text is a value it holds).
    QString refusedText() const {
        QString text = this->lineEdit()->text();
        int pos = 0;
        if (Base::validate(text, pos) != QValidator::Acceptable) return cleanTextOf(text);
        return refused_;
    }
    QString cleanTextOf(QString text) const {
        if (!this->suffix().isEmpty() && text.endsWith(this->suffix())) text.chop(this->suffix().size());
        return text.trimmed();
    }

private:
    mutable QString refused_;
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

QString refusedTextOf(QWidget* editor) {
    if (const auto* box = dynamic_cast<IntSpinBox*>(editor)) return box->refusedText();
    if (const auto* box = dynamic_cast<CompactDoubleSpinBox*>(editor)) return box->refusedText();
    return {};
}

}  // namespace

QWidget* ParameterDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    const ParamSpec* spec = specOf(index);
    if (!spec) return QStyledItemDelegate::createEditor(parent, option, index);
    QWidget* editor = nullptr;
    // Commits a step only while the view still holds this editor: Esc removes it first,
    // then the spin box's focus-out would still emit its typed value.
    const auto commit = [this, view = qobject_cast<QAbstractItemView*>(parent ? parent->parentWidget() : nullptr),
                         row = QPersistentModelIndex(index)](QWidget* from) {
        if (view && view->indexWidget(row) != from) return;
        emit const_cast<ParameterDelegate*>(this)->commitData(from);
    };
    switch (spec->type) {
        case ParamType::integer:
        case ParamType::integer_or_auto: {
            auto* box = new IntSpinBox(parent);
            const bool with_auto = spec->type == ParamType::integer_or_auto;
            // "auto" is the lowest value, the spin box's special value; everything above it
            // can be typed, and the document refuses what is out of range.
            box->setRange(-kIntLimit, kIntLimit);
            if (with_auto) box->setSpecialValueText(tr("auto"));
            box->setSuffix(suffixOf(*spec));
            box->setAccelerated(true);
            box->setKeyboardTracking(false);  // typing 999999 is one value, not 9, 99, 999, ...
            connect(box, &QSpinBox::valueChanged, this, [commit, box] { commit(box); });
            editor = box;
            break;
        }
        case ParamType::real: {
            auto* box = new CompactDoubleSpinBox(parent);
            box->setDecimals(std::clamp(static_cast<int>(std::ceil(-std::log10(std::max(spec->min, 1e-9)))) + 3, 2, 9));
            box->setRange(-kRealLimit, kRealLimit);
            box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
            box->setSuffix(suffixOf(*spec));
            box->setAccelerated(true);
            box->setKeyboardTracking(false);
            connect(box, &QDoubleSpinBox::valueChanged, this, [commit, box] { commit(box); });
            editor = box;
            break;
        }
        case ParamType::choice: {
            auto* combo = new QComboBox(parent);
            for (const auto& choice : spec->choices) combo->addItem(QString::fromStdString(choice));
            connect(combo, &QComboBox::activated, this, [commit, combo] { commit(combo); });
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
    // Text the spin box refused goes to the model as typed (a number in the user's locale
    // in C-locale form): the model parses it like --set and says "not a number" or "out of range".
    if (QString refused = refusedTextOf(editor); !refused.isEmpty()) {
        bool c_number = false;
        bool local_number = false;
        QLocale::c().toDouble(refused, &c_number);
        const double v = editor->locale().toDouble(refused, &local_number);
        if (!c_number && local_number) refused = QString::number(v, 'g', QLocale::FloatingPointShortest);
        model->setData(index, refused, Qt::EditRole);
        return;
    }
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
