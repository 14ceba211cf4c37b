#include "models/parameter_model.hpp"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

#include "document/document.hpp"
#include "edgecim/config_io.hpp"

namespace edgecim::ui {

namespace {
// group rows carry internalId 0; parameter rows carry their group's row + 1.
constexpr quintptr kGroupId = 0;
const char* const kGroupOrder[] = {"Macro", "Tile", "Chip", "DRAM", "Mapping", "Workload", "General"};
}  // namespace

bool ParameterModel::isShown(const ParamSpec& spec) {
    // schema_version is fixed by the file format; the model is chosen in the model bar.
    return spec.key != "schema_version" && spec.key != "workload.model";
}

QString ParameterModel::displayName(const ParamSpec& spec) {
    QStringList parts = QString::fromStdString(spec.key).split(QLatin1Char('.'));
    const QString group = QString::fromStdString(spec.group).toLower();
    while (parts.size() > 1 && (parts.front() == QLatin1String("hardware") || parts.front() == group))
        parts.pop_front();
    return parts.join(QLatin1Char('.'));
}

ParameterModel::ParameterModel(Document* document, QObject* parent) : QAbstractItemModel(parent), document_(document) {
    const auto& table = param_table();
    for (const char* name : kGroupOrder) {
        Group group{QString::fromLatin1(name), {}};
        for (std::size_t i = 0; i < table.size(); ++i)
            if (table[i].group == name && isShown(table[i])) group.specs.push_back(i);
        if (!group.specs.empty()) groups_.push_back(std::move(group));
    }
    connect(document_, &Document::parameterChanged, this, &ParameterModel::onParameterChanged);
    connect(document_, &Document::documentReplaced, this, &ParameterModel::onEverythingChanged);
}

QModelIndex ParameterModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) return {};
    if (!parent.isValid()) return createIndex(row, column, kGroupId);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex ParameterModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kGroupId) return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupId);
}

int ParameterModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return static_cast<int>(groups_.size());
    if (parent.internalId() != kGroupId || parent.column() != 0) return 0;
    return static_cast<int>(groups_[static_cast<std::size_t>(parent.row())].specs.size());
}

int ParameterModel::columnCount(const QModelIndex&) const { return ColumnCount; }

const ParamSpec* ParameterModel::spec(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == kGroupId) return nullptr;
    const Group& group = groups_[static_cast<std::size_t>(index.internalId() - 1)];
    return &param_table()[group.specs[static_cast<std::size_t>(index.row())]];
}

QModelIndex ParameterModel::indexOfKey(const std::string& key, int column) const {
    for (std::size_t g = 0; g < groups_.size(); ++g)
        for (std::size_t r = 0; r < groups_[g].specs.size(); ++r)
            if (param_table()[groups_[g].specs[r]].key == key)
                return createIndex(static_cast<int>(r), column, static_cast<quintptr>(g + 1));
    return {};
}

QVariant ParameterModel::toVariant(const ParamSpec& spec, const ParamValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) return QVariant::fromValue<qint64>(*i);
    if (const auto* d = std::get_if<double>(&value)) return *d;
    return QString::fromStdString(format_value(spec, value));
}

bool ParameterModel::fromVariant(const ParamSpec& spec, const QVariant& variant, ParamValue& out, QString* error) {
    std::string message;
    bool ok = true;
    // Text (typed, or a choice) is parsed as edgecim-cli --set parses it, so the GUI refuses
    // it in the same words ("'abc' is not a number", "'1e+99' is out of range").
    if (variant.typeId() == QMetaType::QString || (spec.type != ParamType::integer && spec.type != ParamType::real))
        ok = parse_param_text(spec, variant.toString().toStdString(), out, &message);
    else if (spec.type == ParamType::integer)
        out = static_cast<std::int64_t>(variant.toLongLong(&ok));
    else
        out = variant.toDouble(&ok);
    if (!ok && error) *error = message.empty() ? tr("not a number") : QString::fromStdString(message);
    return ok;
}

QVariant ParameterModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const ParamSpec* s = spec(index);
    if (!s) {
        const Group& group = groups_[static_cast<std::size_t>(index.row())];
        if (index.column() == NameColumn && role == Qt::DisplayRole) return group.name;
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const ParamValue value = document_->value(s->key);
    const bool changed = document_->isChangedFromPreset(s->key);
    const QString problem = document_->problemText(s->key);
    switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn) return displayName(*s);
            if (index.column() == ValueColumn) return QString::fromStdString(format_value(*s, value));
            if (index.column() == UnitColumn) return QString::fromStdString(s->unit);
            return {};
        case Qt::EditRole:
            return index.column() == ValueColumn ? toVariant(*s, value) : QVariant();
        case Qt::ToolTipRole: {
            QString tip =
                QStringLiteral("<b>%1</b><br>%2<br><i>valid:</i> %3<br><i>preset:</i> %4<br><i>source:</i> %5")
                    .arg(QString::fromStdString(s->key), QString::fromStdString(s->description).toHtmlEscaped(),
                         QString::fromStdString(s->valid_range()).toHtmlEscaped(),
                         QString::fromStdString(format_value(*s, s->get(document_->presetConfig()))),
                         QString::fromStdString(s->source).toHtmlEscaped());
            if (!problem.isEmpty())
                tip += QStringLiteral("<br><b style='color:#c0392b'>%1</b>").arg(problem.toHtmlEscaped());
            if (index.column() == ValueColumn && (s->type == ParamType::integer || s->type == ParamType::real))
                tip += tr("<br><i>Drag the value left or right to scrub it (Shift: finer); click to type.</i>");
            if (index.column() == ResetColumn && changed) return tr("Reset to preset value");
            return tip;
        }
        case Qt::FontRole:
            if (changed && index.column() != UnitColumn) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::ForegroundRole:
            if (!problem.isEmpty()) return QColor(0xC0392B);
            return {};
        case Qt::DecorationRole:
            if (index.column() == ValueColumn && !problem.isEmpty())
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            if (index.column() == ResetColumn && changed)
                return QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
            return {};
        case SpecIndexRole:
            return static_cast<int>(s - param_table().data());
        case KeyRole:
            return QString::fromStdString(s->key);
        case ChangedRole:
            return changed;
        case ProblemRole:
            return problem;
        default:
            return {};
    }
}

bool ParameterModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const ParamSpec* s = spec(index);
    if (!s || role != Qt::EditRole || index.column() != ValueColumn) return false;
    ParamValue parsed;
    if (fromVariant(*s, value, parsed, &last_error_) && document_->setParameter(s->key, parsed, &last_error_)) {
        emit editAccepted(QString::fromStdString(s->key));
        return true;
    }
    // Never clamp or revert silently: say what was refused and what is valid.
    if (!last_error_.startsWith(QString::fromStdString(s->key)))
        last_error_ = QString::fromStdString(s->key) + QStringLiteral(": ") + last_error_;
    last_error_ += tr(" (valid: %1)").arg(QString::fromStdString(s->valid_range()));
    emit editRejected(QString::fromStdString(s->key), last_error_);
    return false;
}

Qt::ItemFlags ParameterModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (spec(index) && index.column() == ValueColumn) f |= Qt::ItemIsEditable;
    if (spec(index)) f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant ParameterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case NameColumn:
            return tr("Parameter");
        case ValueColumn:
            return tr("Value");
        case UnitColumn:
            return tr("Unit");
        default:
            return {};
    }
}

void ParameterModel::onParameterChanged(const QString&) {
    // One edit can change problems and "changed" marks on other rows (cross-checks),
    // so refresh every parameter row; there are only ~50.
    onEverythingChanged();
}

void ParameterModel::onEverythingChanged() {
    for (int g = 0; g < static_cast<int>(groups_.size()); ++g) {
        const QModelIndex group = index(g, 0);
        const int rows = rowCount(group);
        if (rows > 0) emit dataChanged(index(0, 0, group), index(rows - 1, ColumnCount - 1, group));
    }
}

}  // namespace edgecim::ui
