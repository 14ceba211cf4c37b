#include "output_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <streambuf>

#include "edgecim/atomic_file.hpp"
#include "edgecim/text_util.hpp"

namespace edgecim::cli {

void emit_output(const ParsedArgs& args, const std::string& text) {
    if (const auto path = args.get("out")) {
        if (path->empty()) throw UsageError("--out: empty file name");
        write_file_atomically(*path, text);
    } else {
        std::cout << text;
    }
}

namespace {

class CheckedStdout : public std::streambuf {
public:
    CheckedStdout() { setp(buffer_, buffer_ + sizeof buffer_); }
    int error() const { return error_; }

protected:
    int_type overflow(int_type c) override {
        if (!flush_buffer()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override { return flush_buffer() ? 0 : -1; }

private:
    bool flush_buffer() {
        const char* data = pbase();
        std::size_t left = static_cast<std::size_t>(pptr() - pbase());
        while (left > 0 && error_ == 0) {
            const ssize_t written = ::write(STDOUT_FILENO, data, left);
            if (written < 0) {
                if (errno != EINTR) error_ = errno;
                continue;
            }
            data += written;
            left -= static_cast<std::size_t>(written);
        }
        setp(buffer_, buffer_ + sizeof buffer_);  // after an error the rest is dropped, not retried
        return error_ == 0;
    }

    char buffer_[1 << 16];
    int error_ = 0;
};

// Never destroyed: std::cout keeps pointing at it until the last static destructor of
// any library (yaml-cpp's ios_base::Init among them) flushes it at exit.
CheckedStdout& checked_stdout() {
    static CheckedStdout* const buffer = new CheckedStdout;
    return *buffer;
}

}  // namespace

void install_checked_stdout() { std::cout.rdbuf(&checked_stdout()); }

bool stdout_ok(const std::string& command) {
    std::cout.flush();
    std::fflush(stdout);  // anything written through stdio directly
    int error_number = checked_stdout().error();
    if (error_number == 0 && std::ferror(stdout)) error_number = EIO;
    if (error_number == 0 && std::cout.good()) return true;
    std::cerr << "edgecim-cli " << command
              << ": cannot write standard output: " << (error_number ? std::strerror(error_number) : "write error")
              << "\n";
    return false;
}

void print_problems(const std::vector<Problem>& problems) {
    std::map<std::string, std::size_t> shown, hidden;
    std::vector<std::string> order;
    std::string text;
    for (const Problem& p : problems) {
        if (!shown.count(p.file)) order.push_back(p.file);
        if (shown[p.file] >= kMaxProblemsPerFile) {
            ++hidden[p.file];
            continue;
        }
        ++shown[p.file];
        text += terminal_safe(p.to_string()) + "\n";
    }
    for (const std::string& file : order)
        if (hidden[file] > 0)
            text += (file.empty() ? std::string() : terminal_safe(file) + ": ") + "... and " +
                    std::to_string(hidden[file]) + " more problem" + (hidden[file] == 1 ? "" : "s") + "\n";
    std::cerr << text;
}

}  // namespace edgecim::cli
