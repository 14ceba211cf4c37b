#include "task_farm.hpp"

#include <chrono>
#include <climits>
#include <cstring>
#include <stdexcept>

namespace edgecim::mpi {
namespace {

constexpr int kTagTask = 1;
constexpr int kTagResult = 2;
constexpr int kTagStop = 3;
constexpr auto kPollSleep = std::chrono::microseconds(200);

std::string with_id(std::uint64_t id, const std::string& body) {
    std::string bytes(sizeof id, '\0');
    std::memcpy(bytes.data(), &id, sizeof id);
    return bytes + body;
}

std::uint64_t split_id(std::string& bytes) {
    std::uint64_t id = 0;
    if (bytes.size() < sizeof id) throw std::runtime_error("edgecim-mpi: a message without its task id");
    std::memcpy(&id, bytes.data(), sizeof id);
    bytes.erase(0, sizeof id);
    return id;
}

}  // namespace

void send_bytes(MPI_Comm comm, int dest, int tag, const std::string& bytes) {
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw std::runtime_error("edgecim-mpi: message over 2 GiB");
    MPI_Request request;
    MPI_Isend(bytes.data(), static_cast<int>(bytes.size()), MPI_CHAR, dest, tag, comm, &request);
    for (int done = 0;;) {
        MPI_Test(&request, &done, MPI_STATUS_IGNORE);
        if (done) return;
        std::this_thread::sleep_for(kPollSleep);
    }
}

std::string receive_bytes(MPI_Comm comm, int source, int tag, int* actual_source, int* actual_tag) {
    MPI_Status status;
    for (int found = 0;;) {
        MPI_Iprobe(source, tag, comm, &found, &status);
        if (found) break;
        std::this_thread::sleep_for(kPollSleep);
    }
    int count = 0;
    MPI_Get_count(&status, MPI_CHAR, &count);
    std::string bytes(static_cast<std::size_t>(count), '\0');
    MPI_Recv(bytes.data(), count, MPI_CHAR, status.MPI_SOURCE, status.MPI_TAG, comm, MPI_STATUS_IGNORE);
    if (actual_source) *actual_source = status.MPI_SOURCE;
    if (actual_tag) *actual_tag = status.MPI_TAG;
    return bytes;
}

int broadcast_int(MPI_Comm comm, int value) {
    MPI_Bcast(&value, 1, MPI_INT, 0, comm);
    return value;
}

int max_over_ranks(MPI_Comm comm, int value) {
    int result = value;
    MPI_Allreduce(&value, &result, 1, MPI_INT, MPI_MAX, comm);
    return result;
}

Farm::Farm(MPI_Comm comm, TaskFunction local, const std::atomic<bool>* cancel)
    : comm_(comm), local_(std::move(local)), cancel_(cancel) {
    int size = 1;
    MPI_Comm_size(comm_, &size);
    for (int r = 1; r < size; ++r) idle_workers_.push_back(r);
    thread_ = std::thread([this] { local_loop(); });
}

Farm::~Farm() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void Farm::local_loop() {
    for (;;) {
        Task task;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return quit_ || local_task_.has_value(); });
            if (quit_) return;
            task = std::move(*local_task_);
            local_task_.reset();
        }
        std::string result;
        try {
            result = local_(task.payload, cancel_);
        } catch (const std::exception& e) {
            result = std::string("E") + e.what();  // results start with a status byte: O ok, X cancelled, E error
        }
        {
            std::lock_guard lock(mutex_);
            local_result_.emplace(task.id, std::move(result));
        }
        wake_.notify_all();
    }
}

void Farm::run(const std::function<std::optional<Task>()>& next,
               const std::function<void(std::uint64_t, std::string&)>& deliver, const std::function<void()>& tick) {
    std::size_t in_flight = 0;
    bool local_idle = true;
    for (;;) {
        bool progressed = false;
        for (int found = 1; found;) {
            MPI_Status status;
            MPI_Iprobe(MPI_ANY_SOURCE, kTagResult, comm_, &found, &status);
            if (!found) break;
            int source = 0;
            std::string bytes = receive_bytes(comm_, status.MPI_SOURCE, kTagResult, &source);
            const std::uint64_t id = split_id(bytes);
            idle_workers_.push_back(source);
            --in_flight;
            progressed = true;
            deliver(id, bytes);
        }
        std::optional<std::pair<std::uint64_t, std::string>> local;
        {
            std::lock_guard lock(mutex_);
            local.swap(local_result_);
        }
        if (local) {
            local_idle = true;
            --in_flight;
            progressed = true;
            deliver(local->first, local->second);
        }
        bool exhausted = false;
        while (local_idle || !idle_workers_.empty()) {
            std::optional<Task> task = next();
            if (!task) {
                exhausted = true;
                break;
            }
            ++in_flight;
            progressed = true;
            if (local_idle) {
                local_idle = false;
                {
                    std::lock_guard lock(mutex_);
                    local_task_ = std::move(task);
                }
                wake_.notify_all();
            } else {
                const int worker = idle_workers_.back();
                idle_workers_.pop_back();
                send_bytes(comm_, worker, kTagTask, with_id(task->id, task->payload));
            }
        }
        tick();
        if (in_flight == 0 && exhausted) return;
        if (!progressed) {
            std::unique_lock lock(mutex_);
            wake_.wait_for(lock, kPollSleep, [&] { return local_result_.has_value(); });
        }
    }
}

void Farm::stop_workers(int exit_code) {
    if (workers_stopped_) return;
    workers_stopped_ = true;
    int size = 1;
    MPI_Comm_size(comm_, &size);
    for (int r = 1; r < size; ++r) send_bytes(comm_, r, kTagStop, with_id(static_cast<std::uint64_t>(exit_code), {}));
}

int serve(MPI_Comm comm, const TaskFunction& evaluate, const std::atomic<bool>* cancel) {
    for (;;) {
        int tag = 0;
        std::string bytes = receive_bytes(comm, 0, MPI_ANY_TAG, nullptr, &tag);
        const std::uint64_t id = split_id(bytes);
        if (tag == kTagStop) return static_cast<int>(id);
        std::string result;
        try {
            result = evaluate(bytes, cancel);
        } catch (const std::exception& e) {
            result = std::string("E") + e.what();
        }
        send_bytes(comm, 0, kTagResult, with_id(id, result));
    }
}

}  // namespace edgecim::mpi
