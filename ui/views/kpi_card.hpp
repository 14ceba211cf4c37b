#pragma once
// One headline number with its title and a detail line (unit, boundary, context).
#include <QFrame>

class QLabel;

namespace edgecim::ui {

class KpiCard : public QFrame {
    Q_OBJECT
public:
    KpiCard(const QString& title, QWidget* parent = nullptr);
    void setValue(const QString& value, const QString& detail);
    QString value() const;
    QString detail() const;
    // The change against the reference design ("+12.3 tokens/s (+8 %)"); empty hides it.
    // better: whether the change is an improvement (green) or not (red).
    void setDelta(const QString& delta, bool better);
    QString delta() const;

private:
    QLabel* title_;
    QLabel* value_;
    QLabel* detail_;
    QLabel* delta_;
};

}  // namespace edgecim::ui
