# edgecim-mpi sweep on 1, 2 and 3 ranks writes exactly the rows of edgecim-cli sweep, in
# the same order, as CSV and JSON, to stdout and to --out. The sweep mixes models, an
# axis with invalid combinations (error text with commas: CSV quoting) and small chunks
# so that every rank evaluates some and chunks complete out of order.
include(${CMAKE_CURRENT_LIST_DIR}/mpi_test_support.cmake)

set(sweep sweep --vary workload.model=qwen3-0.6b,llama-3.2-1b --vary hardware.chip.tiles=8,16,32
          --vary mapping.active_tiles=auto,4,16 --vary hardware.dram.bandwidth_gbps=25.6..102.4:+25.6)
run_cli(ref_csv code ${sweep} --format csv)
run_cli(ref_json code ${sweep} --format json)
string(FIND "${ref_csv}" "workload.model,hardware.chip.tiles" header_at)
string(FIND "${ref_csv}" "\"" quote_at)
if(NOT header_at EQUAL 0 OR quote_at EQUAL -1)
  message(FATAL_ERROR "the reference sweep lacks its header or a quoted error cell:\n${ref_csv}")
endif()

foreach(np 1 2 3)
  run_mpi(${np} out err code ARGS ${sweep} --chunk 5)
  expect_code("csv on ${np} ranks" 0 "${code}" "${err}")
  expect_equal("csv on ${np} ranks" "${ref_csv}" "${out}")

  run_mpi(${np} out err code ARGS ${sweep} --format json --chunk 3 --jobs 2 --out rows.json)
  expect_code("json --out on ${np} ranks" 0 "${code}" "${err}")
  file(READ ${WORK_DIR}/rows.json written)
  expect_equal("json --out on ${np} ranks" "${ref_json}" "${written}")
  if(EXISTS ${WORK_DIR}/rows.json.part)
    message(FATAL_ERROR "the partial output rows.json.part was left behind")
  endif()
endforeach()

# Default chunking, the event evaluator.
set(event sweep --vary hardware.chip.tiles=8,16 --vary hardware.tile.macros=4,8 --evaluator event --format csv)
run_cli(ref_event code ${event})
run_mpi(3 out err code ARGS ${event})
expect_code("event sweep on 3 ranks" 0 "${code}" "${err}")
expect_equal("event sweep on 3 ranks" "${ref_event}" "${out}")
