# edgecim-mpi dse on 1, 2 and 3 ranks gives exactly edgecim-cli dse's output for the same
# seed (every evaluated design, in order, with --all-points), with several models and a
# budget that makes some designs infeasible.
include(${CMAKE_CURRENT_LIST_DIR}/mpi_test_support.cmake)

set(dse dse --models qwen3-0.6b,llama-3.2-1b --area-budget 60 --space ${DATA_DIR}/dse/space_small.yaml
        --seed 11 --population 12 --generations 5)
run_cli(ref_json code ${dse} --format json --all-points)
run_cli(ref_csv code ${dse} --format csv)
string(FIND "${ref_json}" "\"feasible\": false" infeasible_at)
if(infeasible_at EQUAL -1)
  message(FATAL_ERROR "the reference search has no infeasible design; the test would not cover them")
endif()

foreach(np 1 2 3)
  run_mpi(${np} out err code ARGS ${dse} --format json --all-points)
  expect_code("dse json on ${np} ranks" 0 "${code}" "${err}")
  expect_equal("dse json on ${np} ranks" "${ref_json}" "${out}")
endforeach()
run_mpi(3 out err code ARGS ${dse} --jobs 2 --out front.csv)
expect_code("dse csv --out on 3 ranks" 0 "${code}" "${err}")
file(READ ${WORK_DIR}/front.csv written)
expect_equal("dse csv --out on 3 ranks" "${ref_csv}" "${written}")

# A different seed gives a different search (the comparison above can fail).
run_mpi(2 out err code ARGS dse --models qwen3-0.6b,llama-3.2-1b --area-budget 60 --space
        ${DATA_DIR}/dse/space_small.yaml --seed 12 --population 12 --generations 5 --format json --all-points)
if(out STREQUAL ref_json)
  message(FATAL_ERROR "seeds 11 and 12 gave the same search")
endif()

# The island model: 3 populations, migration every 2 generations. Its front is not
# edgecim-cli's, but migration is synchronous, so it is the same on 1 and 3 ranks, and
# every island contributes designs (more than one population's worth).
set(islands ${dse} --islands 3 --migration-interval 2 --format json --all-points)
run_mpi(1 one err code ARGS ${islands})
expect_code("islands on 1 rank" 0 "${code}" "${err}")
run_mpi(3 three err code ARGS ${islands})
expect_code("islands on 3 ranks" 0 "${code}" "${err}")
expect_equal("islands on 1 and 3 ranks" "${one}" "${three}")
string(JSON evaluated GET "${three}" evaluated_designs)
string(JSON front_size LENGTH "${three}" front)
string(JSON single GET "${ref_json}" evaluated_designs)
if(front_size LESS 1 OR NOT evaluated GREATER single)
  message(FATAL_ERROR "3 islands evaluated ${evaluated} designs (one population: ${single}), front of ${front_size}")
endif()
run_mpi(2 out err code ARGS ${dse} --islands 2 --checkpoint c.ck)
expect_code("islands with a checkpoint" 2 "${code}" "${err}")
