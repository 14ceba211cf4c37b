#pragma once
// Small helpers the report's HTML sections share: escaping, number formatting, rows.
#include <QString>
#include <QStringList>
#include <string>
#include <string_view>

namespace edgecim::ui::report_html {

inline QString esc(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).toHtmlEscaped();
}
inline QString esc(const QString& text) { return text.toHtmlEscaped(); }

// 3 significant digits (units::formatNumber), as everywhere in the GUI.
QString num(double value, int significant = 3);
QString integer(long long value);  // 1 235 814 400 with thin spaces

// <tr><td>a</td>...</tr>; cells are already HTML. `tag` is td or th.
QString row(const QStringList& cells, const QString& tag = QStringLiteral("td"), const QString& tr_class = QString());
// A heading; `cls` "newpage" starts a new PDF page.
// A <thead> row whose first column is `first_width_pct` % wide (keeps model names whole).
QString header_row(const QStringList& cells, int first_width_pct);
QString heading(int level, const QString& id, const QString& text, const QString& cls = QString());
QString paragraph(const QString& html, const QString& cls = QString());

}  // namespace edgecim::ui::report_html
