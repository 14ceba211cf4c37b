# Points per second of edgecim-mpi sweep on 1, 2 and N ranks (N = cores + 1, oversubscribed
# when there are only two), on an event-evaluator sweep (the costly case the cluster is
# for), then the peak RSS of each rank on a 10^6-point analytical sweep streamed to a file.
# Prints numbers; asserts only that every run succeeded and wrote the same rows.
# Run: ctest --test-dir build/release -L bench -V
include(${CMAKE_CURRENT_LIST_DIR}/../mpi/mpi_test_support.cmake)

function(now out_var)
  execute_process(COMMAND date +%s.%N OUTPUT_VARIABLE t OUTPUT_STRIP_TRAILING_WHITESPACE)
  set(${out_var} ${t} PARENT_SCOPE)
endfunction()

cmake_host_system_information(RESULT cores QUERY NUMBER_OF_LOGICAL_CORES)
math(EXPR many "${cores} + 1")
set(event sweep --evaluator event --vary hardware.chip.tiles=8,16,32,64 --vary hardware.tile.macros=2,4,8,16
          --vary hardware.dram.bandwidth_gbps=25.6,51.2,76.8,102.4 --vary hardware.frequency_mhz=100,200,300,400 --format csv)
set(points 256)
set(reference "")
set(rate_1 0)
foreach(np 1 2 ${many})
  now(t0)
  run_mpi(${np} out err code ARGS ${event} --chunk 1)
  now(t1)
  expect_code("event sweep on ${np} ranks" 0 "${code}" "${err}")
  if(reference STREQUAL "")
    set(reference "${out}")
  endif()
  expect_equal("event sweep on ${np} ranks" "${reference}" "${out}")
  execute_process(COMMAND awk "BEGIN { s = ${t1} - ${t0}; printf \"%.3f %.2f\", s, ${points} / s }"
                  OUTPUT_VARIABLE timing)
  separate_arguments(timing)
  list(GET timing 0 seconds)
  list(GET timing 1 rate)
  if(np EQUAL 1)
    set(rate_1 ${rate})
  endif()
  execute_process(COMMAND awk "BEGIN { printf \"%.2f\", ${rate} / ${rate_1} }" OUTPUT_VARIABLE speedup)
  message(STATUS "event sweep, ${points} points, ${np} ranks: ${seconds} s, ${rate} points/s, ${speedup}x one rank")
endforeach()

# 10^6 analytical points on 2 ranks, streamed to a file; /usr/bin/time per rank.
set(million sweep --vary hardware.frequency_mhz=1..1000:+1 --vary hardware.dram.bandwidth_gbps=1..1000:+1 --format csv)
now(t0)
execute_process(COMMAND ${MPIRUN} -np 2 /usr/bin/time -f "rank peak RSS %M KiB, %e s wall"
                        ${MPI_EXE} ${million} --out million.csv
                WORKING_DIRECTORY ${WORK_DIR} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
now(t1)
expect_code("10^6-point sweep on 2 ranks" 0 "${code}" "${err}")
file(SIZE ${WORK_DIR}/million.csv bytes)
execute_process(COMMAND awk "BEGIN { s = ${t1} - ${t0}; printf \"%.1f s, %.0f points/s\", s, 1000000 / s }"
                OUTPUT_VARIABLE timing)
string(REGEX MATCHALL "rank peak RSS [0-9]+ KiB[^\n]*" ranks "${err}")
message(STATUS "10^6 analytical points on 2 ranks: ${timing}, ${bytes} bytes written")
foreach(line IN LISTS ranks)
  message(STATUS "  ${line}")
endforeach()
file(REMOVE ${WORK_DIR}/million.csv)
