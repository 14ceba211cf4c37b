#pragma once
// Headline KPIs of the current design and a roofline chart placing it (tokens/s over
// DRAM bytes per token, with the DRAM roofline and the zoo models for context).
#include <QGridLayout>
#include <QWidget>
#include <map>
#include <memory>

#include "controller/evaluations.hpp"
#include "document/reference_design.hpp"

class QLabel;

namespace edgecim::ui {

class KpiCard;
class XYChart;

class OverviewView : public QWidget {
    Q_OBJECT
public:
    explicit OverviewView(QWidget* parent = nullptr);
    void setResult(ResultPtr result);
    void setComparison(std::shared_ptr<const ZooComparison> comparison);
    // Cards show the change against it; the roofline adds its point (null: no reference).
    void setReference(ReferencePtr reference);
    bool hasResult() const { return result_ != nullptr; }
    ResultPtr result() const { return result_; }
    QString kpiText(const QString& id) const;
    KpiCard* card(const QString& id) const;  // null for an unknown id
    XYChart* roofline() const { return roofline_; }
    // The zoo models the roofline cannot place, "n/a (reason)" each (empty when all run).
    QString zooNote() const;

private:
    KpiCard* addCard(const QString& id, const QString& title);
    void updateRoofline();
    void updateDeltas();
    void updateZooNote();

    ResultPtr result_;
    std::shared_ptr<const ZooComparison> comparison_;
    ReferencePtr reference_;
    std::map<QString, KpiCard*> cards_;
    XYChart* roofline_;
    QLabel* zoo_note_;
    QGridLayout* grid_;
};

}  // namespace edgecim::ui
