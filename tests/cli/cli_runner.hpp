#pragma once
// Runs the edgecim-cli under test as a user would: arguments in, exit code and both
// streams out. A run that hangs past the timeout reports exit code -1.
#include <QByteArray>
#include <QProcess>
#include <QStringList>

struct CliResult {
    int exit_code;
    QByteArray out;
    QByteArray err;
};

inline CliResult run_cli(const QStringList& args, int timeout_ms = 120000) {
    QProcess p;
    p.start(QStringLiteral(EDGECIM_CLI_PATH), args);
    if (!p.waitForFinished(timeout_ms)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, "timeout"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
