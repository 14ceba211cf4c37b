#pragma once
// The configuration as a two-level tree generated from the core's parameter table:
// groups (Macro, Tile, Chip, DRAM, Mapping, Workload, General), then one row per
// parameter with its value, unit and a reset marker when it differs from the preset.
// Edits go through the Document, so every change is undoable.
#include <QAbstractItemModel>
#include <vector>

#include "edgecim/param_table.hpp"

namespace edgecim::ui {

class Document;

class ParameterModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, UnitColumn, ResetColumn, ColumnCount };
    enum Role { SpecIndexRole = Qt::UserRole + 1, KeyRole, ChangedRole, ProblemRole };

    explicit ParameterModel(Document* document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The spec of a parameter row, or nullptr for group rows.
    const ParamSpec* spec(const QModelIndex& index) const;
    QModelIndex indexOfKey(const std::string& key, int column = ValueColumn) const;
    QString lastError() const { return last_error_; }

    // Keys edited elsewhere (the model bar) or fixed by the format.
    static bool isShown(const ParamSpec& spec);
    // Name shown in the tree: the key without the group's path prefix.
    static QString displayName(const ParamSpec& spec);
    // Value in an editor-friendly QVariant (qint64, double, or QString).
    static QVariant toVariant(const ParamSpec& spec, const ParamValue& value);
    static bool fromVariant(const ParamSpec& spec, const QVariant& variant, ParamValue& out, QString* error);

signals:
    // An edit was refused (out of range, not a number): the message names the key, the
    // value and the valid range with its unit. Nothing was changed.
    void editRejected(const QString& key, const QString& message);
    // An edit was accepted (possibly leaving the value as it was).
    void editAccepted(const QString& key);

private:
    struct Group {
        QString name;
        std::vector<std::size_t> specs;  // indices into param_table()
    };
    void onParameterChanged(const QString& key);
    void onEverythingChanged();

    Document* document_;
    std::vector<Group> groups_;
    QString last_error_;
};

}  // namespace edgecim::ui
