// edgecim-mpi: edgecim-cli's sweep and dse on MPI ranks (mpirun/srun -np N). Links the
// core library only, so it runs on cluster nodes without Qt.
#include <mpi.h>

#include <algorithm>
#include <iostream>
#include <string>

#include "mpi_command.hpp"

namespace {

void print_usage(std::ostream& out) {
    out << "Usage: mpirun -np N edgecim-mpi <command> [options]\n\n"
           "edgecim-cli's long-running commands spread over MPI ranks, with checkpoint/resume:\n"
           "  sweep         cartesian parameter sweep; rows streamed in edgecim-cli's order\n"
           "  dse           NSGA-II design-space search; same --seed, same front as edgecim-cli\n\n"
           "Run 'edgecim-mpi <command> --help' for the options of a command.\n"
           "Exit codes (the same on every rank): 0 success, 1 interrupted or runtime failure, 2 bad input.\n";
}

int dispatch(int argc, char** argv, MPI_Comm comm, int rank) {
    const std::string name = argc >= 2 ? argv[1] : "";
    const edgecim::mpi::Args args(argv + std::min(argc, 2), argv + argc);
    if (name == "sweep") return edgecim::mpi::mpi_sweep(args, comm);
    if (name == "dse") return edgecim::mpi::mpi_dse(args, comm);
    if (name == "--help" || name == "-h" || name == "help") {
        if (rank == 0) print_usage(std::cout);
        return 0;
    }
    if (name == "--version") {
        if (rank == 0) std::cout << "edgecim-mpi 0.1.0\n";
        return 0;
    }
    if (rank == 0) {
        if (!name.empty()) std::cerr << "edgecim-mpi: unknown command '" << name << "'\n\n";
        print_usage(std::cerr);
    }
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    int provided = 0;
    // Only the main thread calls MPI; rank 0 evaluates on a second thread.
    if (MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided) != MPI_SUCCESS) {
        std::cerr << "edgecim-mpi: MPI_Init_thread failed\n";
        return 1;
    }
    int rank = 0;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    if (provided < MPI_THREAD_FUNNELED) {
        if (rank == 0) std::cerr << "edgecim-mpi: the MPI library does not support MPI_THREAD_FUNNELED\n";
        MPI_Finalize();
        return 1;
    }
    int code = 1;
    try {
        code = dispatch(argc, argv, MPI_COMM_WORLD, rank);
    } catch (const std::exception& e) {
        std::cerr << "edgecim-mpi (rank " << rank << "): error: " << e.what() << "\n";
        MPI_Abort(MPI_COMM_WORLD, 1);
    }
    MPI_Finalize();
    return code;
}
