#pragma once
// The one way output files are written: into a unique temporary file in the target's
// directory, flushed, fsync'ed and checked, then renamed over the target. Readers and
// concurrent writers see the old file or a complete new one, never a mix; a failed write
// (full disk, file size limit, read-only directory) leaves the old file untouched.
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace edgecim {

// A file could not be written. The message names the file and the OS error. The CLI
// turns it into exit code 1 (a runtime failure, not bad input).
class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A file being written: write() as often as needed, then commit(). Destroying it without
// commit() removes the temporary and leaves the target as it was.
class AtomicFile {
public:
    // Refuses (WriteError) a target that exists and is not a regular file (a device, FIFO,
    // socket or directory): it would be replaced by a regular file. A symbolic link is
    // followed, so the file it points to is replaced and the link stays.
    explicit AtomicFile(const std::string& path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void write(std::string_view data);
    // Flushes to disk, checks, renames over the target. Throws WriteError.
    void commit();

private:
    [[noreturn]] void fail(const std::string& what, int error_number);
    void discard() noexcept;

    std::string path_;    // as the user gave it (for messages)
    std::string target_;  // the path renamed over (symbolic links resolved)
    std::string temp_;
    int fd_ = -1;
};

// The whole of `content` to `path`, atomically. Throws WriteError.
void write_file_atomically(const std::string& path, std::string_view content);

// A directory of files that appears complete or not at all: the files are written into a
// unique temporary directory beside `dir`, which then takes the place of `dir`. An
// existing `dir` is replaced only if it holds nothing but files of the same names (an
// earlier output of the same command); any other content is refused, never deleted.
// `files` are (name, content) with plain names (no '/').
void write_directory_atomically(const std::string& dir, const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace edgecim
