# cmake -DPROGRAM=<program> -DARGS=<arg;...> -DEXPECT=<regex> -P expect_failure.cmake
#
# Runs PROGRAM and succeeds only if it exits with a non-zero status AND its output
# (stdout and stderr) matches EXPECT: a check that fails must fail loudly, and say why.
if(NOT PROGRAM OR NOT EXPECT)
  message(FATAL_ERROR "expect_failure.cmake: -DPROGRAM=... and -DEXPECT=... are required")
endif()
execute_process(COMMAND "${PROGRAM}" ${ARGS}
  RESULT_VARIABLE status
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
message(STATUS "${PROGRAM} exited with ${status}; its output:\n${output}")
if(status EQUAL 0)
  message(FATAL_ERROR "expected a failure, but the program succeeded")
endif()
if(NOT status MATCHES "^[0-9]+$")
  message(FATAL_ERROR "expected a non-zero exit status, but the program did not exit normally")
endif()
if(NOT output MATCHES "${EXPECT}")
  message(FATAL_ERROR "the output does not match: ${EXPECT}")
endif()
