# Copyright (c) 2026 The grantkpi authors.
# Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#
# The optional component xlsx: grantkpi_xlsx (grantkpi::xlsx), the Excel workbook writer
# (include/grantkpi/xlsx.hpp, src/xlsx/), built with libxlsxwriter. GRANTKPI_WITH_XLSX:
#   AUTO  build it when libxlsxwriter is found (the default)
#   ON    build it; a configure error when libxlsxwriter is not found
#   OFF   do not build it (the core library needs only Boost)
# Sets GRANTKPI_HAVE_XLSX to ON or OFF for the package config file.

set(GRANTKPI_HAVE_XLSX OFF)
string(TOUPPER "${GRANTKPI_WITH_XLSX}" _grantkpi_with_xlsx)
if(NOT _grantkpi_with_xlsx MATCHES "^(AUTO|ON|OFF|TRUE|FALSE|YES|NO|1|0)$")
  message(FATAL_ERROR "GRANTKPI_WITH_XLSX is '${GRANTKPI_WITH_XLSX}': use AUTO, ON or OFF")
endif()
if(NOT _grantkpi_with_xlsx MATCHES "^(OFF|FALSE|NO|0)$")
  list(PREPEND CMAKE_MODULE_PATH "${PROJECT_SOURCE_DIR}/cmake")
  if(_grantkpi_with_xlsx STREQUAL "AUTO")
    find_package(xlsxwriter 1.0 MODULE)
  else()
    find_package(xlsxwriter 1.0 MODULE)
    if(NOT xlsxwriter_FOUND)
      message(FATAL_ERROR "GRANTKPI_WITH_XLSX is ON but libxlsxwriter was not found: install it "
                          "(Debian: libxlsxwriter-dev; vcpkg: libxlsxwriter; Conan: "
                          "libxlsxwriter), or configure with -DGRANTKPI_WITH_XLSX=OFF or AUTO")
    endif()
  endif()
  list(POP_FRONT CMAKE_MODULE_PATH)
  if(xlsxwriter_FOUND)
    set(GRANTKPI_HAVE_XLSX ON)
  endif()
endif()
unset(_grantkpi_with_xlsx)
message(STATUS "grantkpi: xlsx component (libxlsxwriter): ${GRANTKPI_HAVE_XLSX}")

if(GRANTKPI_HAVE_XLSX)
  add_library(grantkpi_xlsx src/xlsx/sheets.cpp src/xlsx/workbook.cpp)
  add_library(grantkpi::xlsx ALIAS grantkpi_xlsx)
  target_sources(grantkpi_xlsx
    PUBLIC
      FILE_SET HEADERS
      BASE_DIRS include
      FILES include/grantkpi/xlsx.hpp)
  target_link_libraries(grantkpi_xlsx PUBLIC grantkpi::grantkpi PRIVATE xlsxwriter::xlsxwriter)
  target_include_directories(grantkpi_xlsx PRIVATE "${PROJECT_SOURCE_DIR}/src")
  grantkpi_enable_warnings(grantkpi_xlsx)
  set_target_properties(grantkpi_xlsx PROPERTIES
    EXPORT_NAME xlsx
    VERSION ${PROJECT_VERSION}
    SOVERSION ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}
    POSITION_INDEPENDENT_CODE ON
    # As grantkpi: a shared grantkpi_xlsx exports what GRANTKPI_XLSX_API marks (export.hpp).
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  target_compile_definitions(grantkpi_xlsx PRIVATE GRANTKPI_XLSX_BUILDING)
  grantkpi_export_only_grantkpi(grantkpi_xlsx)

  if(GRANTKPI_INSTALL)
    install(TARGETS grantkpi_xlsx
      EXPORT grantkpiXlsxTargets
      ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
      LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
      RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
      FILE_SET HEADERS DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
    install(EXPORT grantkpiXlsxTargets
      NAMESPACE grantkpi::
      FILE grantkpi-xlsxTargets.cmake
      DESTINATION "${CMAKE_INSTALL_LIBDIR}/cmake/grantkpi")
    install(FILES cmake/Findxlsxwriter.cmake DESTINATION "${CMAKE_INSTALL_LIBDIR}/cmake/grantkpi")
    export(EXPORT grantkpiXlsxTargets NAMESPACE grantkpi::
      FILE "${PROJECT_BINARY_DIR}/grantkpi-xlsxTargets.cmake")
    configure_file(cmake/Findxlsxwriter.cmake "${PROJECT_BINARY_DIR}/Findxlsxwriter.cmake" COPYONLY)
  endif()
endif()
