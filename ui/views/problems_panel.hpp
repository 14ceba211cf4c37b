#pragma once
// Every validation problem of the current configuration, one line each
// (key: message (valid: range)), then the plausibility warnings of the last simulated
// design (a die beyond one reticle field, more power than an edge device). Activating a
// line selects the parameter.
#include <QListWidget>
#include <QStyle>
#include <vector>

#include "edgecim/problem.hpp"

namespace edgecim::ui {

class Document;

class ProblemsPanel : public QListWidget {
    Q_OBJECT
public:
    ProblemsPanel(Document* document, QWidget* parent = nullptr);
    int problemCount() const { return count_; }
    int warningCount() const { return static_cast<int>(warnings_.size()); }
    // Warnings of the design just simulated; replaced on every result.
    void setWarnings(std::vector<Problem> warnings);

signals:
    void keyActivated(const QString& key);

private:
    void refresh();
    void addLine(const Problem& p, QStyle::StandardPixmap icon);
    Document* document_;
    std::vector<Problem> warnings_;
    int count_ = 0;
};

}  // namespace edgecim::ui
