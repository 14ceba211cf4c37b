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

private:
    QLabel* title_;
    QLabel* value_;
    QLabel* detail_;
};

}  // namespace edgecim::ui
