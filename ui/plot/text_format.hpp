#pragma once
// A value -> text function (hover text of a chart value, with its unit) that must return
// a QString itself. Why: ui/ builds with QT_USE_QSTRINGBUILDER, where `a + b` of strings
// is a QStringBuilder that only refers to its operands. A lambda with a deduced return
// type returned that builder; its operands (the temporary from formatNumber) were gone
// by the time std::function turned it into a QString, and hovering a chart crashed
// (double free / SIGSEGV). TextFormat refuses such a callable at compile time: give the
// lambda an explicit `-> QString`.
#include <QString>
#include <functional>
#include <type_traits>
#include <utility>

namespace edgecim::ui {

class TextFormat {
public:
    TextFormat() = default;
    template <class F>
    requires(!std::is_same_v<std::decay_t<F>, TextFormat> && std::is_invocable_v<F&, double>) TextFormat(F f)
        : fn_(std::move(f)) {  // NOLINT(google-explicit-constructor): assigned from lambdas
        static_assert(std::is_same_v<std::invoke_result_t<F&, double>, QString>,
                      "a text format must return QString, not a QStringBuilder expression over temporaries: "
                      "write the lambda as [](double v) -> QString { ... }");
    }
    QString operator()(double value) const { return fn_(value); }
    explicit operator bool() const { return static_cast<bool>(fn_); }

private:
    std::function<QString(double)> fn_;
};

}  // namespace edgecim::ui
