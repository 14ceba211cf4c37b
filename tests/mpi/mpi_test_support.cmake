# Shared by the tests/mpi scripts: run edgecim-cli and edgecim-mpi, compare outputs.
# Inputs (-D): MPIRUN (mpirun and its flags, a list), MPI_EXE, CLI_EXE, DATA_DIR, WORK_DIR.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

# run_cli(<out var> <exit var> args...): edgecim-cli, stdout captured.
function(run_cli out_var code_var)
  execute_process(COMMAND ${CLI_EXE} ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code
                  TIMEOUT 300)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "edgecim-cli ${ARGN} failed (${code}): ${err}")
  endif()
  set(${out_var} "${out}" PARENT_SCOPE)
  set(${code_var} "${code}" PARENT_SCOPE)
endfunction()

# run_mpi(<np> <out var> <err var> <exit var> [ENV VAR=VALUE...] ARGS args...)
function(run_mpi np out_var err_var code_var)
  cmake_parse_arguments(R "" "" "ENV;ARGS" ${ARGN})
  execute_process(COMMAND ${CMAKE_COMMAND} -E env ${R_ENV} ${MPIRUN} -np ${np} ${MPI_EXE} ${R_ARGS}
                  WORKING_DIRECTORY ${WORK_DIR} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code
                  TIMEOUT 300)
  set(${out_var} "${out}" PARENT_SCOPE)
  set(${err_var} "${err}" PARENT_SCOPE)
  set(${code_var} "${code}" PARENT_SCOPE)
endfunction()

function(expect_equal what expected actual)
  if(NOT expected STREQUAL actual)
    file(WRITE ${WORK_DIR}/expected.txt "${expected}")
    file(WRITE ${WORK_DIR}/actual.txt "${actual}")
    string(LENGTH "${expected}" le)
    string(LENGTH "${actual}" la)
    message(FATAL_ERROR "${what}: output differs (${le} vs ${la} characters; see ${WORK_DIR}/expected.txt and actual.txt)")
  endif()
endfunction()

function(expect_code what expected actual err)
  if(NOT actual EQUAL expected)
    message(FATAL_ERROR "${what}: exit code ${actual}, expected ${expected}; stderr:\n${err}")
  endif()
endfunction()

# The number of (non-overlapping) occurrences of needle in text.
function(count_occurrences out_var text needle)
  string(LENGTH "${needle}" n)
  set(count 0)
  while(TRUE)
    string(FIND "${text}" "${needle}" at)
    if(at EQUAL -1)
      break()
    endif()
    math(EXPR count "${count} + 1")
    math(EXPR at "${at} + ${n}")
    string(SUBSTRING "${text}" ${at} -1 text)
  endwhile()
  set(${out_var} ${count} PARENT_SCOPE)
endfunction()
