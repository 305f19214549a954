# cmake -DBUILD_DIR=<build tree> -DPREFIX=<prefix> [-DCONFIG=<config>] -P install.cmake
#
# Installs a grantkpi build tree into an empty prefix (removing what an earlier run left
# there, so that the layout check sees exactly what this install wrote).
foreach(var IN ITEMS BUILD_DIR PREFIX)
  if(NOT ${var})
    message(FATAL_ERROR "install.cmake: -D${var}=... is required")
  endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
set(config_args)
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" ${config_args}
  COMMAND_ECHO STDOUT
  COMMAND_ERROR_IS_FATAL ANY)
