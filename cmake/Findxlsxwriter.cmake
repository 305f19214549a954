# Copyright (c) 2026 The grantkpi authors.
# Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#
# Findxlsxwriter: libxlsxwriter (https://libxlsxwriter.github.io), the C library grantkpi's
# optional xlsx component writes workbooks with. Looks with pkg-config first (Debian's
# libxlsxwriter-dev installs xlsxwriter.pc), then for the header and library by name (vcpkg,
# a custom prefix in CMAKE_PREFIX_PATH).
#
# Defines xlsxwriter_FOUND, xlsxwriter_VERSION and the imported target
# xlsxwriter::xlsxwriter. `-DCMAKE_DISABLE_FIND_PACKAGE_xlsxwriter=TRUE` makes it look absent.
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
  pkg_check_modules(PC_xlsxwriter QUIET xlsxwriter)
endif()
find_path(xlsxwriter_INCLUDE_DIR NAMES xlsxwriter.h HINTS ${PC_xlsxwriter_INCLUDE_DIRS})
find_library(xlsxwriter_LIBRARY NAMES xlsxwriter libxlsxwriter HINTS ${PC_xlsxwriter_LIBRARY_DIRS})
mark_as_advanced(xlsxwriter_INCLUDE_DIR xlsxwriter_LIBRARY)

if(xlsxwriter_INCLUDE_DIR AND EXISTS "${xlsxwriter_INCLUDE_DIR}/xlsxwriter.h")
  file(STRINGS "${xlsxwriter_INCLUDE_DIR}/xlsxwriter.h" _xlsxwriter_version_line
    REGEX "^#define LXW_VERSION \"[0-9.]+\"")
  string(REGEX REPLACE ".*\"([0-9.]+)\".*" "\\1" xlsxwriter_VERSION "${_xlsxwriter_version_line}")
  unset(_xlsxwriter_version_line)
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(xlsxwriter
  REQUIRED_VARS xlsxwriter_LIBRARY xlsxwriter_INCLUDE_DIR
  VERSION_VAR xlsxwriter_VERSION)

if(xlsxwriter_FOUND AND NOT TARGET xlsxwriter::xlsxwriter)
  add_library(xlsxwriter::xlsxwriter UNKNOWN IMPORTED)
  set_target_properties(xlsxwriter::xlsxwriter PROPERTIES
    IMPORTED_LOCATION "${xlsxwriter_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${xlsxwriter_INCLUDE_DIR}")
  # A static libxlsxwriter needs zlib (its zip writer) from its user.
  if(xlsxwriter_LIBRARY MATCHES "\\.(a|lib)$")
    find_package(ZLIB REQUIRED)
    set_property(TARGET xlsxwriter::xlsxwriter APPEND PROPERTY INTERFACE_LINK_LIBRARIES ZLIB::ZLIB)
  endif()
endif()
