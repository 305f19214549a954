# Copyright (c) 2026 The grantkpi authors.
# Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#
# One compile-fail test (tests/CMakeLists.txt): <TARGET>_control, the same source with
# GRANTKPI_COMPILE_FAIL_CONTROL defined, must compile (else the test would prove nothing),
# and <TARGET>_fail must not, with a compiler message matching EXPECT.
#   cmake -DBUILD_DIR=... -DCONFIG=... -DTARGET=... -DEXPECT=... -P check.cmake

execute_process(
  COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --config "${CONFIG}" --target "${TARGET}_control"
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${TARGET}: the control (the valid twin) does not compile:\n${output}")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --config "${CONFIG}" --target "${TARGET}_fail"
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result EQUAL 0)
  message(FATAL_ERROR "${TARGET}: compiles, but must not")
endif()
if(NOT output MATCHES "${EXPECT}")
  message(FATAL_ERROR
    "${TARGET}: does not compile, but not with a message matching \"${EXPECT}\":\n${output}")
endif()
message(STATUS "${TARGET}: does not compile, as expected (${EXPECT})")
