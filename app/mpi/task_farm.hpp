#pragma once
// Dynamic master/worker scheduling over MPI. Rank 0 hands out tasks one at a time to
// whichever rank is idle (points differ in cost by 100x, so static splits would leave
// ranks waiting) and evaluates tasks itself on a second thread, so N ranks give N
// evaluators. Only rank 0's main thread calls MPI (MPI_THREAD_FUNNELED). Waiting is done
// by polling with short sleeps: OpenMPI's blocking calls spin a core, which on a shared
// node slows the ranks doing real work.
#include <mpi.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace edgecim::mpi {

// What a task evaluates to. The cancel flag lets long tasks stop early; the result then
// says so in its own encoding.
using TaskFunction = std::function<std::string(const std::string& task, const std::atomic<bool>* cancel)>;

struct Task {
    std::uint64_t id = 0;
    std::string payload;
};

class Farm {
public:
    // Rank 0 only. `local` runs on rank 0's evaluation thread.
    Farm(MPI_Comm comm, TaskFunction local, const std::atomic<bool>* cancel);
    ~Farm();
    Farm(const Farm&) = delete;
    Farm& operator=(const Farm&) = delete;

    // Hands out tasks from next() (nullopt: none available now) until next() has none
    // and every task handed out has come back; deliver(id, result) runs on this thread
    // as results arrive, tick() at least every few milliseconds. May be called again
    // (one call per DSE generation); workers stay idle in between.
    void run(const std::function<std::optional<Task>()>& next,
             const std::function<void(std::uint64_t, std::string&)>& deliver, const std::function<void()>& tick);
    // Ends serve() on every worker, which then returns exit_code.
    void stop_workers(int exit_code);

private:
    void local_loop();

    MPI_Comm comm_;
    TaskFunction local_;
    const std::atomic<bool>* cancel_;
    std::vector<int> idle_workers_;
    bool workers_stopped_ = false;

    std::mutex mutex_;
    std::condition_variable wake_;  // local thread: a task or quit; main thread: a result
    std::optional<Task> local_task_;
    std::optional<std::pair<std::uint64_t, std::string>> local_result_;
    bool quit_ = false;
    std::thread thread_;
};

// Ranks other than 0: evaluates tasks until rank 0 says stop; returns the exit code it sends.
int serve(MPI_Comm comm, const TaskFunction& evaluate, const std::atomic<bool>* cancel);

// Blocking helpers that sleep instead of spinning.
void send_bytes(MPI_Comm comm, int dest, int tag, const std::string& bytes);
std::string receive_bytes(MPI_Comm comm, int source, int tag, int* actual_source = nullptr, int* actual_tag = nullptr);
// Rank 0's value on every rank.
int broadcast_int(MPI_Comm comm, int value);
int max_over_ranks(MPI_Comm comm, int value);

}  // namespace edgecim::mpi
