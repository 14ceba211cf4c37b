#include "edgecim/thread_pool.hpp"

#include <algorithm>

namespace edgecim {

int ThreadPool::default_thread_count() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

ThreadPool::ThreadPool(int threads) {
    const int total = threads <= 0 ? default_thread_count() : threads;
    workers_.reserve(static_cast<std::size_t>(total - 1));
    for (int i = 1; i < total; ++i) workers_.emplace_back([this] { worker_loop(); });
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    for (auto& t : workers_) t.join();
}

void ThreadPool::run_items(Job& job) {
    for (;;) {
        if (job.cancel && job.cancel->load(std::memory_order_relaxed)) return;
        const std::size_t i = job.next.fetch_add(1, std::memory_order_relaxed);
        if (i >= job.count) return;
        try {
            (*job.body)(i);
        } catch (...) {
            std::lock_guard lock(mutex_);
            if (!job.error) job.error = std::current_exception();
            job.next.store(job.count, std::memory_order_relaxed);  // skip the rest
            return;
        }
    }
}

void ThreadPool::worker_loop() {
    std::uint64_t seen = 0;
    for (;;) {
        Job* job = nullptr;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || generation_ != seen; });
            if (stopping_) return;
            seen = generation_;
            job = job_;
        }
        run_items(*job);
        {
            std::lock_guard lock(mutex_);
            --workers_busy_;
        }
        done_.notify_one();
    }
}

void ThreadPool::parallel_for(std::size_t count, const std::function<void(std::size_t)>& body,
                              const std::atomic<bool>* cancel) {
    if (count == 0) return;
    Job job;
    job.count = count;
    job.body = &body;
    job.cancel = cancel;
    if (!workers_.empty()) {
        std::lock_guard lock(mutex_);
        job_ = &job;
        // Every worker checks in for every job, so the job outlives all its readers.
        workers_busy_ = workers_.size();
        ++generation_;
    }
    wake_.notify_all();
    run_items(job);
    {
        std::unique_lock lock(mutex_);
        done_.wait(lock, [&] { return workers_busy_ == 0; });
        job_ = nullptr;
    }
    if (job.error) std::rethrow_exception(job.error);
}

}  // namespace edgecim
