# Bad input: exit 2 from the job, the message printed once (by rank 0) however many ranks.
include(${CMAKE_CURRENT_LIST_DIR}/mpi_test_support.cmake)

function(expect_bad_input what needle)
  run_mpi(3 out err code ARGS ${ARGN})
  expect_code("${what}" 2 "${code}" "${err}")
  count_occurrences(n "${err}" "${needle}")
  if(NOT n EQUAL 1)
    message(FATAL_ERROR "${what}: '${needle}' should be printed once, found ${n} times:\n${err}")
  endif()
endfunction()

expect_bad_input("non-numeric value" "not a number" sweep --vary hardware.chip.tiles=lots)
expect_bad_input("unknown key" "did you mean" sweep --vary hardware.chip.tilez=8)
expect_bad_input("no --vary" "no --vary given" sweep)
expect_bad_input("table cannot stream" "cannot be streamed" sweep --vary hardware.chip.tiles=8 --format table)
expect_bad_input("checkpoint without --out" "need --out" sweep --vary hardware.chip.tiles=8 --checkpoint c.txt)
expect_bad_input("unknown model" "unknown-model" sweep --vary hardware.chip.tiles=8 --model unknown-model)
expect_bad_input("small population" "population" dse --population 2)
expect_bad_input("bad space file" "space_bad.yaml:9:1: extra: unknown key" dse --space ${DATA_DIR}/dse/space_bad.yaml)
expect_bad_input("missing checkpoint" "missing.ck" dse --resume missing.ck)
expect_bad_input("unknown command" "unknown command" frobnicate)

# A checkpoint of other options is refused, naming the file and the key.
file(WRITE ${WORK_DIR}/other.ck "edgecim-mpi checkpoint 1\ncommand: sweep\nfingerprint: 0000000000000000\npoints_done: 1\noutput_bytes: 10\n\n")
expect_bad_input("checkpoint of other options" "fingerprint" sweep --vary hardware.chip.tiles=8,16 --out o.csv
                 --resume other.ck)
file(WRITE ${WORK_DIR}/junk.ck "not a checkpoint\n\n")
expect_bad_input("not a checkpoint" "not an edgecim-mpi checkpoint" sweep --vary hardware.chip.tiles=8 --out o.csv
                 --resume junk.ck)
