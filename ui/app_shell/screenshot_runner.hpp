#pragma once
// --screenshot DIR: waits until every evaluation has delivered its result, then
// writes DIR/window.png (the whole main window at its size), DIR/window-<view>.png (the
// window with that view's tab open), each view alone to DIR/<view>.png at 1600 x 1000,
// and DIR/state.json with the numbers the cards show:
// {"preset_name", "model", "evaluator", "decode_tokens_per_s", "tokens_per_j", "energy_boundary",
//  "reference": null or {"preset_name", "decode_tokens_per_s", "tokens_per_j"} (at that boundary),
//  "window": [w, h], "views": [ids]}. Every file is written atomically.
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
    // The state.json text for the current window (also used by tests).
    QByteArray stateJson() const;

    static constexpr int kWidth = 1600;
    static constexpr int kHeight = 1000;

signals:
    void finished(bool ok, const QString& message);

private:
    void onResult(int kind);
    void capture();
    bool writeFile(const QString& name, const QByteArray& data);

    MainWindow* window_;
    QString directory_;
    std::set<int> arrived_;
    QStringList written_;
    bool done_ = false;
};

}  // namespace edgecim::ui
