# cmake -DPREFIX=... -DSOURCE_DIR=... -DBINARY_DIR=... -DVERSION=...
#       -DINCLUDEDIR=... -DLIBDIR=... -DBINDIR=... -DDATADIR=... -P check_layout.cmake
#
# Checks the tree that `cmake --install` wrote into PREFIX (the *DIR values are the
# GNUInstallDirs relative paths of the build: include, lib, bin, share by default):
#   - every public header of include/grantkpi/ and the generated version.hpp;
#   - the library under LIBDIR;
#   - LIBDIR/cmake/grantkpi/ with grantkpiConfig.cmake, grantkpiConfigVersion.cmake
#     (for VERSION), grantkpiTargets.cmake and its per-configuration file;
#   - the licence under DATADIR/licenses/grantkpi/;
#   - with HAVE_XLSX ON, the optional component xlsx: its header, library,
#     grantkpi-xlsxTargets.cmake and Findxlsxwriter.cmake; with HAVE_XLSX OFF, none of them;
#   - nothing else, and no absolute path of the source or build tree in the CMake files
#     (the installed package must be relocatable).
foreach(var IN ITEMS PREFIX SOURCE_DIR BINARY_DIR VERSION INCLUDEDIR LIBDIR BINDIR DATADIR)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "check_layout.cmake: -D${var}=... is required")
  endif()
endforeach()
foreach(var IN ITEMS INCLUDEDIR LIBDIR BINDIR DATADIR)
  if(IS_ABSOLUTE "${${var}}")
    message(FATAL_ERROR "check_layout.cmake: ${var}=${${var}} is absolute; an install into a "
                        "temporary prefix cannot be checked")
  endif()
endforeach()

set(errors)
macro(problem text)
  list(APPEND errors "${text}")
endmacro()

if(NOT IS_DIRECTORY "${PREFIX}")
  message(FATAL_ERROR "${PREFIX} does not exist: did package.install run?")
endif()

# Headers: the source tree's, plus the one CMake generates.
file(GLOB_RECURSE source_headers RELATIVE "${SOURCE_DIR}/include"
  "${SOURCE_DIR}/include/grantkpi/*.hpp")
list(APPEND source_headers grantkpi/version.hpp)
# The optional component's header is installed with it only.
list(REMOVE_ITEM source_headers grantkpi/xlsx.hpp)
set(xlsx_files "${INCLUDEDIR}/grantkpi/xlsx.hpp" "${LIBDIR}/cmake/grantkpi/grantkpi-xlsxTargets.cmake"
               "${LIBDIR}/cmake/grantkpi/Findxlsxwriter.cmake")
foreach(file IN LISTS xlsx_files)
  if(HAVE_XLSX AND NOT EXISTS "${PREFIX}/${file}")
    problem("missing ${file} of the xlsx component")
  elseif(NOT HAVE_XLSX AND EXISTS "${PREFIX}/${file}")
    problem("${file} is installed, but the xlsx component is not built")
  endif()
endforeach()
file(GLOB xlsx_libraries "${PREFIX}/${LIBDIR}/*grantkpi_xlsx*")
if(HAVE_XLSX AND NOT xlsx_libraries)
  problem("no grantkpi_xlsx library in ${LIBDIR}/")
elseif(NOT HAVE_XLSX AND xlsx_libraries)
  problem("a grantkpi_xlsx library is installed, but the xlsx component is not built")
endif()
foreach(header IN LISTS source_headers)
  if(NOT EXISTS "${PREFIX}/${INCLUDEDIR}/${header}")
    problem("missing header ${INCLUDEDIR}/${header} (is it in the FILE_SET HEADERS list?)")
  endif()
endforeach()

# The library: static, shared (with its version links) or an import library.
file(GLOB libraries RELATIVE "${PREFIX}" "${PREFIX}/${LIBDIR}/*grantkpi*")
list(FILTER libraries INCLUDE REGEX "/(lib)?grantkpi[^/]*\\.(a|so(\\.[0-9.]+)?|dylib|lib)$")
if(NOT libraries)
  problem("no grantkpi library in ${LIBDIR}/")
endif()

# The CMake package.
set(cmake_dir "${LIBDIR}/cmake/grantkpi")
foreach(file IN ITEMS grantkpiConfig.cmake grantkpiConfigVersion.cmake grantkpiTargets.cmake)
  if(NOT EXISTS "${PREFIX}/${cmake_dir}/${file}")
    problem("missing ${cmake_dir}/${file}")
  endif()
endforeach()
file(GLOB per_config_targets "${PREFIX}/${cmake_dir}/grantkpiTargets-*.cmake")
if(NOT per_config_targets)
  problem("missing ${cmake_dir}/grantkpiTargets-<config>.cmake")
endif()
if(EXISTS "${PREFIX}/${cmake_dir}/grantkpiConfigVersion.cmake")
  file(READ "${PREFIX}/${cmake_dir}/grantkpiConfigVersion.cmake" version_file)
  if(NOT version_file MATCHES "set\\(PACKAGE_VERSION \"${VERSION}\"\\)")
    problem("${cmake_dir}/grantkpiConfigVersion.cmake does not declare version ${VERSION}")
  endif()
endif()
file(GLOB cmake_files "${PREFIX}/${cmake_dir}/*.cmake")
foreach(file IN LISTS cmake_files)
  file(READ "${file}" text)
  foreach(tree IN ITEMS "${SOURCE_DIR}" "${BINARY_DIR}")
    string(FIND "${text}" "${tree}" at)
    if(NOT at EQUAL -1)
      cmake_path(GET file FILENAME name)
      problem("${cmake_dir}/${name} names ${tree}: the installed package is not relocatable")
    endif()
  endforeach()
endforeach()

if(NOT EXISTS "${PREFIX}/${DATADIR}/licenses/grantkpi/LICENSE")
  problem("missing ${DATADIR}/licenses/grantkpi/LICENSE")
endif()

# Nothing else: no test programs, examples or third-party files in a grantkpi install.
# (A future tool or a Windows DLL would go to BINDIR.)
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
set(allowed
  "^${INCLUDEDIR}/grantkpi/"
  "^${LIBDIR}/(lib)?grantkpi[^/]*$"
  "^${cmake_dir}/[^/]+\\.cmake$"
  "^${DATADIR}/licenses/grantkpi/LICENSE$"
  "^${BINDIR}/")
foreach(file IN LISTS installed)
  set(ok FALSE)
  foreach(pattern IN LISTS allowed)
    if(file MATCHES "${pattern}")
      set(ok TRUE)
      break()
    endif()
  endforeach()
  if(NOT ok)
    problem("unexpected file in the install tree: ${file}")
  endif()
endforeach()

if(errors)
  list(JOIN errors "\n  " text)
  message(FATAL_ERROR "install layout in ${PREFIX}:\n  ${text}")
endif()
list(LENGTH installed count)
message(STATUS "install layout in ${PREFIX}: ${count} files, all as expected")
