# cmake -DPROGRAM=<program> [-DARGS=<arg;...>] -DEXPECTED=<file> [-DACTUAL=<file>]
#       -P compare_output.cmake
#
# Runs PROGRAM and succeeds when it exits with 0 and its standard output is byte for byte
# the EXPECTED file. On a difference the output is written to ACTUAL (to diff against the
# expected file, or to copy over it after checking it by hand).
if(NOT PROGRAM OR NOT EXPECTED)
  message(FATAL_ERROR "compare_output.cmake: -DPROGRAM=... and -DEXPECTED=... are required")
endif()
execute_process(COMMAND "${PROGRAM}" ${ARGS}
  RESULT_VARIABLE status
  OUTPUT_VARIABLE output
  ERROR_VARIABLE errors)
file(READ "${EXPECTED}" expected)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${status}:\n${errors}${output}")
endif()
if(NOT output STREQUAL expected)
  if(ACTUAL)
    file(WRITE "${ACTUAL}" "${output}")
  endif()
  message(FATAL_ERROR "the output differs from ${EXPECTED} (written to ${ACTUAL}):\n${output}")
endif()
if(OUTPUT_FILE)
  file(READ "${OUTPUT_FILE}" written)
  file(READ "${EXPECTED_FILE}" wanted)
  if(NOT written STREQUAL wanted)
    message(FATAL_ERROR "${OUTPUT_FILE} differs from ${EXPECTED_FILE}")
  endif()
endif()
