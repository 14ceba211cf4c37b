#pragma once
// Every validation problem of the current configuration, one line each
// (key: message (valid: range)). Activating a line selects the parameter.
#include <QListWidget>

namespace edgecim::ui {

class Document;

class ProblemsPanel : public QListWidget {
    Q_OBJECT
public:
    ProblemsPanel(Document* document, QWidget* parent = nullptr);
    int problemCount() const { return count_; }

signals:
    void keyActivated(const QString& key);

private:
    void refresh();
    Document* document_;
    int count_ = 0;
};

}  // namespace edgecim::ui
