// core's one file-writing path (write_file_atomically, AtomicFile,
// write_directory_atomically) and its one CSV cell function (csv_cell).
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QtTest>
#include <csignal>
#include <thread>

#include "edgecim/atomic_file.hpp"
#include "edgecim/csv.hpp"
#include "edgecim/text_util.hpp"

using namespace edgecim;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Restores the file size limit when the test ends.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        ::getrlimit(RLIMIT_FSIZE, &old_);
        rlimit limited = old_;
        limited.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limited);
        previous_ = std::signal(SIGXFSZ, SIG_IGN);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &old_);
        std::signal(SIGXFSZ, previous_);
    }

private:
    rlimit old_{};
    void (*previous_)(int) = nullptr;
};

}  // namespace

class TestOutputFiles : public QObject {
    Q_OBJECT

private slots:
    void replacesAndKeepsPermissions() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.txt"));
        write_file_atomically(path.toStdString(), "first\n");
        QCOMPARE(readAll(path), QByteArray("first\n"));
        QCOMPARE(::chmod(path.toLocal8Bit().constData(), 0640), 0);
        write_file_atomically(path.toStdString(), "second\n");
        QCOMPARE(readAll(path), QByteArray("second\n"));
        struct stat info {};
        QCOMPARE(::stat(path.toLocal8Bit().constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0640));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("a.txt")});
    }

    void failedWriteKeepsTheOldFileAndNamesTheError() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        write_file_atomically(path.toStdString(), "old\n");
        try {
            const FileSizeLimit limit(4096);
            write_file_atomically(path.toStdString(), std::string(100000, 'x'));
            QFAIL("no error past the file size limit");
        } catch (const WriteError& e) {
            QVERIFY2(QByteArray(e.what()).contains(path.toUtf8()), e.what());
            QVERIFY2(QByteArray(e.what()).contains("File too large"), e.what());
        }
        QCOMPARE(readAll(path), QByteArray("old\n"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("big.txt")});
    }

    void abandonedFileLeavesNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.txt"));
        {
            AtomicFile file(path.toStdString());
            file.write("partial");
        }
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void refusesNonRegularFiles() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        QVERIFY_THROWS_EXCEPTION(WriteError, write_file_atomically(fifo.toStdString(), "x"));
        QVERIFY_THROWS_EXCEPTION(WriteError, write_file_atomically(dir.path().toStdString(), "x"));
        if (QFileInfo::exists(QStringLiteral("/dev/null"))) {
            QVERIFY_THROWS_EXCEPTION(WriteError, write_file_atomically("/dev/null", "x"));
            struct stat info {};
            QCOMPARE(::stat("/dev/null", &info), 0);
            QVERIFY(S_ISCHR(info.st_mode));
        }
        struct stat info {};
        QCOMPARE(::stat(fifo.toLocal8Bit().constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
    }

    void followsSymbolicLinksToRegularFiles() {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("real.yaml"));
        const QString link = dir.filePath(QStringLiteral("link.yaml"));
        write_file_atomically(target.toStdString(), "old");
        QVERIFY(QFile::link(target, link));
        write_file_atomically(link.toStdString(), "new");
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readAll(target), QByteArray("new"));
    }

    void concurrentWritersNeverMix() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("shared.txt")).toStdString();
        std::vector<std::thread> writers;
        for (char c = 'a'; c < 'a' + 8; ++c)
            writers.emplace_back([&path, c] {
                for (int i = 0; i < 20; ++i) write_file_atomically(path, std::string(200000, c));
            });
        for (auto& t : writers) t.join();
        const QByteArray text = readAll(QString::fromStdString(path));
        QCOMPARE(text.size(), qsizetype(200000));
        QCOMPARE(text.count(text.front()), qsizetype(200000));
        QCOMPARE(entries(dir.path()).size(), 1);
    }

    void directoryAppearsCompleteOrNotAtAll() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("report"));
        write_directory_atomically(out.toStdString(), {{"a.txt", "1"}, {"b.txt", "2"}});
        QCOMPARE(entries(out), (QStringList{"a.txt", "b.txt"}));
        try {
            const FileSizeLimit limit(4096);
            write_directory_atomically(out.toStdString(), {{"a.txt", "3"}, {"b.txt", std::string(100000, 'x')}});
            QFAIL("no error past the file size limit");
        } catch (const WriteError&) {
        }
        QCOMPARE(readAll(out + QStringLiteral("/a.txt")), QByteArray("1"));
        QCOMPARE(readAll(out + QStringLiteral("/b.txt")), QByteArray("2"));
        write_directory_atomically(out.toStdString(), {{"a.txt", "5"}, {"b.txt", "6"}});
        QCOMPARE(readAll(out + QStringLiteral("/a.txt")), QByteArray("5"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("report")});
        // Someone else's file in it: refused, nothing deleted.
        QFile other(out + QStringLiteral("/keep.me"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QVERIFY_THROWS_EXCEPTION(WriteError, write_directory_atomically(out.toStdString(), {{"a.txt", "7"}}));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/keep.me")));
        QCOMPARE(readAll(out + QStringLiteral("/a.txt")), QByteArray("5"));
    }

    void csvCellsNeutraliseFormulas_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << "llama-3.2-1b"
                               << "llama-3.2-1b";
        QTest::newRow("equals") << "=cmd|' /C calc'!A0"
                                << "'=cmd|' /C calc'!A0";
        QTest::newRow("plus") << "+1+cmd"
                              << "'+1+cmd";
        QTest::newRow("minus") << "-2+3+cmd"
                               << "'-2+3+cmd";
        QTest::newRow("at") << "@SUM(A1:A2)"
                            << "'@SUM(A1:A2)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("cr") << "\rx"
                            << "\"'\rx\"";
        QTest::newRow("comma quoted") << "=a,b"
                                      << "\"'=a,b\"";
        QTest::newRow("quote doubled") << "say \"hi\""
                                       << "\"say \"\"hi\"\"\"";
        QTest::newRow("negative number") << "-1.5e-3"
                                         << "-1.5e-3";
        QTest::newRow("signed number") << "+64"
                                       << "+64";
        QTest::newRow("number") << "0.25"
                                << "0.25";
        QTest::newRow("-inf") << "-inf"
                              << "-inf";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("dash alone") << "-"
                                    << "'-";
    }
    void csvCellsNeutraliseFormulas() {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(QString::fromStdString(csv_cell(text.toStdString())), cell);
    }

    void csvRecordEndsInCrlf() {
        QCOMPARE(QString::fromStdString(csv_record({"a", "=b", "-3"})), QStringLiteral("a,'=b,-3\r\n"));
    }

    void terminalTextEscapesControlCharacters() {
        QCOMPARE(QString::fromStdString(terminal_safe("x\x1b[31mred\a\r\n")),
                 QStringLiteral("x\\x1b[31mred\\x07\\x0d\\x0a"));
        QCOMPARE(QString::fromStdString(terminal_safe("Qwen3-0.6B \xc3\xa9")), QStringLiteral("Qwen3-0.6B é"));
        QCOMPARE(QString::fromStdString(terminal_safe("a\xc2\x9b"
                                                      "b")),
                 QStringLiteral("a\\xc2\\x9bb"));
    }
};

QTEST_MAIN(TestOutputFiles)
#include "tst_output_files.moc"
