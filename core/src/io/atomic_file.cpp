#include "edgecim/atomic_file.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

namespace edgecim {
namespace {

namespace fs = std::filesystem;

std::string os_error(int error_number) { return std::strerror(error_number); }

// The process umask without changing it (umask() would race with other threads):
// Linux reports it in /proc/self/status since 4.7.
mode_t current_umask() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Umask:", 0) == 0) return static_cast<mode_t>(std::strtoul(line.c_str() + 6, nullptr, 8));
    return 022;
}

std::string parent_of(const std::string& path) {
    const fs::path parent = fs::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

// Best effort: makes the rename itself durable. Some file systems refuse fsync on a
// directory (EINVAL); the data is already safe then.
void sync_directory(const std::string& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Follows symbolic links, so saving through a link replaces the file it points to.
std::string resolve_links(const std::string& path) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(path, ec))) return path;
    const fs::path resolved = fs::weakly_canonical(path, ec);
    return ec ? path : resolved.string();
}

}  // namespace

AtomicFile::AtomicFile(const std::string& path) : path_(path), target_(resolve_links(path)) {
    if (path.empty()) throw WriteError("cannot write a file with an empty name");
    struct stat existing {};
    mode_t mode = 0666 & ~current_umask();
    if (::stat(target_.c_str(), &existing) == 0) {
        if (!S_ISREG(existing.st_mode))
            throw WriteError("cannot write " + path_ +
                             ": not a regular file (a directory, device, FIFO or socket); refusing to replace it");
        mode = existing.st_mode & 07777;
    } else if (errno != ENOENT) {
        fail("cannot write", errno);
    }
    const std::string name = fs::path(target_).filename().string();
    std::string pattern = (fs::path(parent_of(target_)) / ("." + name + ".XXXXXX")).string();
    fd_ = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd_ < 0 && errno == ENOENT)
        throw WriteError("cannot write " + path_ + ": the folder " + parent_of(target_) + " does not exist");
    if (fd_ < 0) fail("cannot create a temporary file beside", errno);
    temp_ = pattern;
    if (::fchmod(fd_, mode) != 0) fail("cannot set the permissions of a temporary file beside", errno);
}

AtomicFile::~AtomicFile() { discard(); }

void AtomicFile::discard() noexcept {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    if (!temp_.empty()) ::unlink(temp_.c_str());
    temp_.clear();
}

void AtomicFile::fail(const std::string& what, int error_number) {
    discard();
    throw WriteError(what + " " + path_ + ": " + os_error(error_number));
}

void AtomicFile::write(std::string_view data) {
    if (fd_ < 0) throw WriteError("cannot write " + path_ + ": the file was already committed or abandoned");
    while (!data.empty()) {
        const ssize_t written = ::write(fd_, data.data(), data.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            fail("cannot write", errno);
        }
        data.remove_prefix(static_cast<std::size_t>(written));
    }
}

void AtomicFile::commit() {
    if (fd_ < 0) throw WriteError("cannot write " + path_ + ": the file was already committed or abandoned");
    if (::fsync(fd_) != 0) fail("cannot write", errno);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail("cannot write", errno);
    // Re-checked just before the rename: something may have created a FIFO or device there.
    struct stat existing {};
    if (::stat(target_.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
        discard();
        throw WriteError("cannot write " + path_ +
                         ": not a regular file (a directory, device, FIFO or socket); refusing to replace it");
    }
    if (::rename(temp_.c_str(), target_.c_str()) != 0) fail("cannot replace", errno);
    temp_.clear();
    sync_directory(parent_of(target_));
}

void write_file_atomically(const std::string& path, std::string_view content) {
    AtomicFile file(path);
    file.write(content);
    file.commit();
}

namespace {

void remove_tree(const std::string& dir, const std::vector<std::pair<std::string, std::string>>& files) {
    for (const auto& [name, content] : files) ::unlink((fs::path(dir) / name).c_str());
    ::rmdir(dir.c_str());
}

// Throws unless `dir` holds only regular files named in `files`.
void check_replaceable(const std::string& dir, const std::vector<std::pair<std::string, std::string>>& files) {
    std::set<std::string> names;
    for (const auto& entry : files) names.insert(entry.first);
    DIR* listing = ::opendir(dir.c_str());
    if (!listing) throw WriteError("cannot write " + dir + ": " + os_error(errno));
    std::string stranger;
    while (const dirent* entry = ::readdir(listing)) {
        const std::string name = entry->d_name;
        if (name == "." || name == "..") continue;
        struct stat info {};
        const bool regular = ::lstat((fs::path(dir) / name).c_str(), &info) == 0 && S_ISREG(info.st_mode);
        if (!regular || !names.count(name)) {
            stranger = name;
            break;
        }
    }
    ::closedir(listing);
    if (!stranger.empty())
        throw WriteError("cannot write " + dir + ": the directory exists and holds '" + stranger +
                         "', which this command did not write; refusing to replace it (choose a new directory)");
}

}  // namespace

void write_directory_atomically(const std::string& dir, const std::vector<std::pair<std::string, std::string>>& files) {
    if (dir.empty()) throw WriteError("cannot write a directory with an empty name");
    for (const auto& entry : files)
        if (entry.first.empty() || entry.first.find('/') != std::string::npos || entry.first == "." ||
            entry.first == "..")
            throw WriteError("cannot write " + dir + ": invalid file name '" + entry.first + "'");
    std::string target = resolve_links(dir);
    while (target.size() > 1 && target.back() == '/') target.pop_back();
    struct stat existing {};
    const bool exists = ::stat(target.c_str(), &existing) == 0;
    if (!exists && errno != ENOENT) throw WriteError("cannot write " + dir + ": " + os_error(errno));
    if (exists && !S_ISDIR(existing.st_mode))
        throw WriteError("cannot write " + dir + ": it exists and is not a directory");
    if (exists) check_replaceable(target, files);

    const std::string parent = parent_of(target);
    std::string pattern = (fs::path(parent) / ("." + fs::path(target).filename().string() + ".XXXXXX")).string();
    if (!::mkdtemp(pattern.data()))
        throw WriteError("cannot create a temporary directory beside " + dir + ": " + os_error(errno));
    const std::string temp = pattern;
    try {
        if (::chmod(temp.c_str(), exists ? (existing.st_mode & 07777) : (0777 & ~current_umask())) != 0)
            throw WriteError("cannot set the permissions of " + temp + ": " + os_error(errno));
        for (const auto& [name, content] : files) write_file_atomically((fs::path(temp) / name).string(), content);
        sync_directory(temp);
        if (!exists) {
            if (::rename(temp.c_str(), target.c_str()) != 0)
                throw WriteError("cannot write " + dir + ": " + os_error(errno));
        } else {
            // Swapped in one step: a reader sees the old complete directory or the new one.
            if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0)
                throw WriteError("cannot replace " + dir + ": " + os_error(errno));
            remove_tree(temp, files);  // now the old directory
        }
    } catch (...) {
        remove_tree(temp, files);
        throw;
    }
    sync_directory(parent);
}

}  // namespace edgecim
