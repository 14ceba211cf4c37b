#pragma once
// --screenshot DIR: waits until every evaluation has delivered its result, then
// renders each view to DIR/<view>.png at 1600 x 1000 and reports success.
#include <QObject>
#include <QString>
#include <QStringList>
#include <set>

namespace edgecim::ui {

class MainWindow;

class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow* window, QString directory, QObject* parent = nullptr);
    void start(int timeout_ms = 60000);
    QStringList writtenFiles() const { return written_; }

    static constexpr int kWidth = 1600;
    static constexpr int kHeight = 1000;

signals:
    void finished(bool ok, const QString& message);

private:
    void onResult(int kind);
    void capture();

    MainWindow* window_;
    QString directory_;
    std::set<int> arrived_;
    QStringList written_;
    bool done_ = false;
};

}  // namespace edgecim::ui
