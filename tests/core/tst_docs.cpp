// The model reference lives in the repository: docs/model.md documents every parameter,
// every link "docs/model.md#..." written in code, presets and tests names a real section,
// and nothing points users at design notes they do not have.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include "edgecim/param_table.hpp"

using namespace edgecim;

namespace {

const QString kRoot = QStringLiteral(EDGECIM_PRESET_DIR "/..");

QString read_text(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll());
}

// GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
QSet<QString> anchors_of(const QString& markdown) {
    QSet<QString> out;
    static const QRegularExpression heading(QStringLiteral("^#{1,6} (.+)$"), QRegularExpression::MultilineOption);
    for (auto it = heading.globalMatch(markdown); it.hasNext();) {
        QString a = it.next().captured(1).trimmed().toLower();
        a.remove(QRegularExpression(QStringLiteral("[^a-z0-9 _-]")));
        a.replace(QLatin1Char(' '), QLatin1Char('-'));
        out.insert(a);
    }
    return out;
}

// Files a user of the repository reads: sources, presets, tests, resources, README.
QStringList repository_files() {
    QStringList files{kRoot + QStringLiteral("/README.md")};
    for (const char* dir : {"core", "app", "ui", "presets", "tests", "resources", "docs"}) {
        QDirIterator it(kRoot + QLatin1Char('/') + QLatin1String(dir), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String(".cpp")) || path.endsWith(QLatin1String(".hpp")) ||
                path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".md")) ||
                path.endsWith(QLatin1String(".desktop")) || path.endsWith(QLatin1String(".txt")))
                files << path;
        }
    }
    return files;
}

}  // namespace

class TstDocs : public QObject {
    Q_OBJECT
private slots:
    void model_reference_lists_every_parameter() {
        const QString doc = read_text(kRoot + QStringLiteral("/docs/model.md"));
        QVERIFY2(!doc.isEmpty(), "docs/model.md is missing");
        for (const auto& spec : param_table())
            QVERIFY2(doc.contains(QStringLiteral("| `") + QString::fromStdString(spec.key) + QStringLiteral("` |")),
                     spec.key.c_str());
    }

    void every_docs_link_names_a_section() {
        const QSet<QString> anchors = anchors_of(read_text(kRoot + QStringLiteral("/docs/model.md")));
        QVERIFY(anchors.contains(QStringLiteral("voltage-and-frequency")));
        static const QRegularExpression link(QStringLiteral("docs/model\\.md#([a-z0-9_-]+)"));
        static const QRegularExpression local(QStringLiteral("\\]\\(#([a-z0-9_-]+)\\)"));
        int links = 0;
        for (const QString& path : repository_files()) {
            const QString text = read_text(path);
            for (auto it = link.globalMatch(text); it.hasNext(); ++links) {
                const QString a = it.next().captured(1);
                QVERIFY2(anchors.contains(a), qPrintable(path + ": docs/model.md#" + a));
            }
            if (path.endsWith(QLatin1String("docs/model.md")))
                for (auto it = local.globalMatch(text); it.hasNext();) {
                    const QString a = it.next().captured(1);
                    QVERIFY2(anchors.contains(a), qPrintable("docs/model.md: #" + a));
                }
        }
        QVERIFY(links > 20);
    }

    void nothing_points_outside_the_repository() {
        // Split so this file does not match itself.
        const QStringList outside = {QStringLiteral("cim-") + "params.md",
                                     QStringLiteral("paper") + ".md",
                                     QStringLiteral("simulator-") + "model.md",
                                     QStringLiteral("cli-and-") + "schema.md",
                                     QStringLiteral("baselines-") + "calibration",
                                     QStringLiteral("anchors-") + "style",
                                     QStringLiteral("shared/") + "reference",
                                     QStringLiteral("shared/") + "design",
                                     QStringLiteral("slm-") + "configs"};
        for (const QString& path : repository_files()) {
            const QString text = read_text(path);
            for (const QString& name : outside) QVERIFY2(!text.contains(name), qPrintable(path + " mentions " + name));
        }
    }
};

QTEST_GUILESS_MAIN(TstDocs)
#include "tst_docs.moc"
