#pragma once
// A small fixed pool of std::threads shared by sweeps and design-space exploration.
// parallel_for hands out indices one at a time (work items take ~0.1 to 10 ms, so
// per-index dispatch balances well and costs nothing measurable). No Qt.
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace edgecim {

class ThreadPool {
public:
    // threads <= 0: std::thread::hardware_concurrency() (at least 1). The calling thread
    // counts as one of them, so ThreadPool(1) starts no thread and runs everything inline.
    explicit ThreadPool(int threads = 0);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    int size() const { return static_cast<int>(workers_.size()) + 1; }

    // Calls body(i) for every i in [0, count) on the pool's threads and the caller, and
    // returns when all calls have finished. When *cancel becomes true, indices not yet
    // started are skipped. The first exception thrown by body is rethrown here (indices
    // not yet started are skipped). Not reentrant: one parallel_for at a time per pool.
    void parallel_for(std::size_t count, const std::function<void(std::size_t)>& body,
                      const std::atomic<bool>* cancel = nullptr);

    static int default_thread_count();

private:
    struct Job {
        std::size_t count = 0;
        const std::function<void(std::size_t)>* body = nullptr;
        const std::atomic<bool>* cancel = nullptr;
        std::atomic<std::size_t> next{0};
        std::exception_ptr error;
    };

    void worker_loop();
    void run_items(Job& job);

    std::vector<std::thread> workers_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable done_;
    Job* job_ = nullptr;
    std::uint64_t generation_ = 0;
    std::size_t workers_busy_ = 0;
    bool stopping_ = false;
};

}  // namespace edgecim
