# A run killed outright (SIGKILL: a lost node) or stopped by SIGTERM (a Slurm time limit)
# resumes from its checkpoint, on another number of ranks, to exactly the output of an
# uninterrupted run: no row twice, none missing. The kills are injected by rank 0 after a
# given number of rows or generations (EDGECIM_MPI_TEST_*_AFTER), so they land mid-run.
include(${CMAKE_CURRENT_LIST_DIR}/mpi_test_support.cmake)

set(sweep sweep --vary workload.model=qwen3-0.6b,llama-3.2-1b --vary hardware.chip.tiles=8,16,32
          --vary mapping.active_tiles=auto,4,16 --vary hardware.dram.bandwidth_gbps=25.6..102.4:+25.6 --format csv)
run_cli(ref code ${sweep})

# SIGKILL after 20 rows, checkpoints after every chunk: the part file may hold rows the
# checkpoint does not count yet; the resume must drop them.
run_mpi(2 out err code ENV EDGECIM_MPI_TEST_KILL_AFTER=20 ARGS ${sweep} --chunk 3 --out rows.csv
        --checkpoint ck.txt --checkpoint-interval 0)
if(code EQUAL 0 OR EXISTS ${WORK_DIR}/rows.csv OR NOT EXISTS ${WORK_DIR}/ck.txt OR NOT EXISTS ${WORK_DIR}/rows.csv.part)
  message(FATAL_ERROR "the killed sweep should leave rows.csv.part and ck.txt and no rows.csv (exit ${code}):\n${err}")
endif()
file(READ ${WORK_DIR}/ck.txt checkpoint)
string(REGEX MATCH "points_done: ([0-9]+)" _ "${checkpoint}")
if(NOT CMAKE_MATCH_1 GREATER 0 OR NOT CMAKE_MATCH_1 LESS 72)
  message(FATAL_ERROR "the checkpoint should count some but not all 72 points:\n${checkpoint}")
endif()
run_mpi(3 out err code ARGS ${sweep} --chunk 4 --out rows.csv --resume ck.txt)
expect_code("sweep resumed after SIGKILL" 0 "${code}" "${err}")
file(READ ${WORK_DIR}/rows.csv written)
expect_equal("sweep resumed after SIGKILL" "${ref}" "${written}")
if(EXISTS ${WORK_DIR}/ck.txt)
  message(FATAL_ERROR "the checkpoint should be removed once the sweep completes")
endif()

# SIGTERM after 30 rows, no periodic checkpoint: the signal itself writes it, exit 1.
file(REMOVE ${WORK_DIR}/rows.csv)
run_mpi(3 out err code ENV EDGECIM_MPI_TEST_TERM_AFTER=30 ARGS ${sweep} --chunk 2 --out rows.csv
        --checkpoint ck.txt --checkpoint-interval 3600)
expect_code("sweep stopped by SIGTERM" 1 "${code}" "${err}")
if(NOT EXISTS ${WORK_DIR}/ck.txt)
  message(FATAL_ERROR "SIGTERM should write the checkpoint:\n${err}")
endif()
run_mpi(1 out err code ARGS ${sweep} --chunk 2 --out rows.csv --resume ck.txt)
expect_code("sweep resumed after SIGTERM" 0 "${code}" "${err}")
file(READ ${WORK_DIR}/rows.csv written)
expect_equal("sweep resumed after SIGTERM" "${ref}" "${written}")

# The search: killed after generation 3 (checkpoint every generation), then stopped by
# SIGTERM once resumed, then resumed again.
set(dse dse --models qwen3-0.6b,llama-3.2-1b --space ${DATA_DIR}/dse/space_small.yaml --seed 3 --population 10
        --generations 8 --format json --all-points)
run_cli(ref code ${dse})
run_mpi(2 out err code ENV EDGECIM_MPI_TEST_KILL_AFTER=3 ARGS ${dse} --checkpoint dse.ck --checkpoint-interval 0)
if(code EQUAL 0 OR NOT EXISTS ${WORK_DIR}/dse.ck)
  message(FATAL_ERROR "the killed search should leave its checkpoint (exit ${code}):\n${err}")
endif()
run_mpi(3 out err code ENV EDGECIM_MPI_TEST_TERM_AFTER=6 ARGS ${dse} --resume dse.ck --checkpoint-interval 3600)
expect_code("search stopped by SIGTERM" 1 "${code}" "${err}")
run_mpi(1 out err code ARGS ${dse} --resume dse.ck)
expect_code("search resumed" 0 "${code}" "${err}")
expect_equal("search resumed twice" "${ref}" "${out}")
