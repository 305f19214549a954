# vcpkg overlay port for grantkpi, built from the checkout that contains this directory:
#
#   vcpkg install grantkpi --overlay-ports=<checkout>/ports
#
# SOURCE_PATH is the local checkout, so the port builds whatever is in the working tree
# (vcpkg cannot download anything here). For a release, fetch a tagged archive instead and
# pin it by hash:
#
#   vcpkg_from_github(
#       OUT_SOURCE_PATH SOURCE_PATH
#       REPO grantkpi/grantkpi
#       REF "v${VERSION}"
#       SHA512 <sha512 of the archive; vcpkg prints it on the first run with SHA512 0>
#       HEAD_REF main)
#
# and delete the set(SOURCE_PATH ...) line below.
set(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../..")
cmake_path(NORMAL_PATH SOURCE_PATH)
if(NOT EXISTS "${SOURCE_PATH}/CMakeLists.txt")
    message(FATAL_ERROR "grantkpi: no CMakeLists.txt in ${SOURCE_PATH}; this overlay port "
                        "builds the checkout that contains ports/grantkpi")
endif()

# Static and shared alike, Windows included: the public API is marked GRANTKPI_API
# (include/grantkpi/export.hpp), and the installed targets pass GRANTKPI_SHARED on to the
# users of a shared grantkpi. A shared build is tested on Linux (tests/package:
# package.shared.*); a Windows DLL has not been built here (docs/packaging.md).

# The feature xlsx builds the optional component grantkpi::xlsx with libxlsxwriter; without
# it the component is off (never picked up from whatever libxlsxwriter happens to be around).
vcpkg_check_features(OUT_FEATURE_OPTIONS FEATURE_OPTIONS
    FEATURES
        xlsx GRANTKPI_WITH_XLSX
)

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        ${FEATURE_OPTIONS}
        -DGRANTKPI_BUILD_TESTS=OFF
        -DGRANTKPI_BUILD_EXAMPLES=OFF
        -DGRANTKPI_BUILD_CLI=OFF
        -DGRANTKPI_BUILD_FUZZERS=OFF
        -DGRANTKPI_BUILD_BENCH=OFF
        -DGRANTKPI_INSTALL=ON
)
vcpkg_cmake_install()

# grantkpi installs its CMake package to lib/cmake/grantkpi; vcpkg wants it in share/grantkpi.
vcpkg_cmake_config_fixup(CONFIG_PATH lib/cmake/grantkpi)

file(REMOVE_RECURSE
    "${CURRENT_PACKAGES_DIR}/debug/include"
    "${CURRENT_PACKAGES_DIR}/debug/share"
    # The licence is installed again below as share/grantkpi/copyright.
    "${CURRENT_PACKAGES_DIR}/share/licenses"
)

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
