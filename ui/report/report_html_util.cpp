#include "report/report_html_util.hpp"

#include "plot/units.hpp"

namespace edgecim::ui::report_html {

QString num(double value, int significant) { return units::formatNumber(value, significant); }

QString integer(long long value) {
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) digits.insert(i, QChar(0x2009));
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

QString row(const QStringList& cells, const QString& tag, const QString& tr_class) {
    QString html = tr_class.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr class=\"%1\">").arg(tr_class);
    for (const QString& cell : cells) html += QStringLiteral("<%1>%2</%1>").arg(tag, cell);
    html += QStringLiteral("</tr>\n");
    // Header rows in <thead> repeat on every PDF page a table spans.
    return tag == QStringLiteral("th") ? QStringLiteral("<thead>") + html + QStringLiteral("</thead>\n") : html;
}

QString header_row(const QStringList& cells, int first_width_pct) {
    QString html = QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < cells.size(); ++i)
        html += i == 0 ? QStringLiteral("<th width=\"%1%\">%2</th>").arg(first_width_pct).arg(cells[i])
                       : QStringLiteral("<th>%1</th>").arg(cells[i]);
    return html + QStringLiteral("</tr></thead>\n");
}

QString heading(int level, const QString& id, const QString& text, const QString& cls) {
    if (!cls.isEmpty()) return QStringLiteral("<h%1 id=\"%2\" class=\"%3\">%4</h%1>\n").arg(level).arg(id, cls, text);
    return QStringLiteral("<h%1 id=\"%2\">%3</h%1>\n").arg(level).arg(id, text);
}

QString paragraph(const QString& html, const QString& cls) {
    if (cls.isEmpty()) return QStringLiteral("<p>%1</p>\n").arg(html);
    return QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, html);
}

}  // namespace edgecim::ui::report_html
