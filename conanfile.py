# Conan 2 recipe for grantkpi, built from this source tree:
#
#   conan create . --build=missing
#
# builds the library with CMake (tests, examples and the command-line tool off), installs it with `cmake --install`
# (the layout tests/package/check_layout.cmake verifies: include/grantkpi/, lib/) and runs
# test_package/. Consumers then use
#
#   find_package(grantkpi CONFIG REQUIRED)
#   target_link_libraries(app PRIVATE grantkpi::grantkpi)
#
# and, with the option with_xlsx=True (the Excel workbook writer, built with libxlsxwriter),
# grantkpi::xlsx too. With Conan's CMakeDeps generator. The config files grantkpi installs itself
# (lib/cmake/grantkpi/) are removed from the package, as ConanCenter does: in a Conan
# build, Boost comes from Conan's package and is known only to the files CMakeDeps
# generates, so the package is described in package_info() and CMakeDeps writes the
# grantkpiConfig.cmake and grantkpi::grantkpi target for it, linked to Conan's Boost.
import os

from conan import ConanFile
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, rmdir

required_conan_version = ">=2.0"


class GrantkpiConan(ConanFile):
    name = "grantkpi"
    version = "0.1.0"
    description = ("Typed, exact models of Japanese regional-revitalization grant reports "
                   "and their KPIs")
    license = "BSL-1.0"
    homepage = "https://github.com/grantkpi/grantkpi"
    url = "https://github.com/grantkpi/grantkpi"
    topics = ("json", "kpi", "decimal", "japan", "grants")
    package_type = "library"
    settings = "os", "arch", "compiler", "build_type"
    # with_xlsx: the optional component grantkpi::xlsx (the Excel workbook, libxlsxwriter).
    options = {"shared": [True, False], "fPIC": [True, False], "with_xlsx": [True, False]}
    default_options = {"shared": False, "fPIC": True, "with_xlsx": False}
    # What the library's build needs; tests, examples, docs and data stay out of the package.
    exports_sources = "CMakeLists.txt", "LICENSE", "cmake/*", "include/*", "src/*"

    def config_options(self):
        if self.settings.os == "Windows":
            del self.options.fPIC

    def configure(self):
        if self.options.shared:
            self.options.rm_safe("fPIC")

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        # The public headers include Boost.Describe, Boost.Mp11 and Boost.System headers.
        # 1.81 is the version CI builds with (Debian 12); CMakeLists.txt requires >= 1.81.
        self.requires("boost/1.81.0", transitive_headers=True)
        if self.options.with_xlsx:
            self.requires("libxlsxwriter/1.2.2")

    def validate(self):
        check_min_cppstd(self, 20)
        # shared=True on Windows too: the public API is marked GRANTKPI_API (dllexport while
        # grantkpi is built, dllimport for its users, include/grantkpi/export.hpp). A shared
        # build is tested on Linux (tests/package: package.shared.*); a Windows DLL has not
        # been built here (docs/packaging.md).

    def generate(self):
        toolchain = CMakeToolchain(self)
        toolchain.cache_variables["GRANTKPI_BUILD_TESTS"] = False
        toolchain.cache_variables["GRANTKPI_BUILD_EXAMPLES"] = False
        toolchain.cache_variables["GRANTKPI_BUILD_CLI"] = False
        toolchain.cache_variables["GRANTKPI_BUILD_FUZZERS"] = False
        toolchain.cache_variables["GRANTKPI_BUILD_BENCH"] = False
        toolchain.cache_variables["GRANTKPI_INSTALL"] = True
        toolchain.cache_variables["GRANTKPI_WITH_XLSX"] = "ON" if self.options.with_xlsx else "OFF"
        toolchain.generate()
        CMakeDeps(self).generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        cmake.build()

    def package(self):
        copy(self, "LICENSE", src=self.source_folder,
             dst=os.path.join(self.package_folder, "licenses"))
        cmake = CMake(self)
        cmake.install()
        # CMakeDeps writes the config files (see above); the licence is in licenses/.
        rmdir(self, os.path.join(self.package_folder, "lib", "cmake"))
        rmdir(self, os.path.join(self.package_folder, "share"))

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "grantkpi")
        core = self.cpp_info.components["core"]
        core.set_property("cmake_target_name", "grantkpi::grantkpi")
        core.libs = ["grantkpi"]
        core.requires = ["boost::headers", "boost::json"]
        # What the CMake target passes on to the users of a shared grantkpi (dllimport on
        # Windows); CMakeDeps does not read grantkpiTargets.cmake, so it is said again here.
        if self.options.shared:
            core.defines = ["GRANTKPI_SHARED"]
        # std::thread (the collection functions' `threads` argument).
        if self.settings.os in ["Linux", "FreeBSD"]:
            core.system_libs = ["pthread"]
        if self.options.with_xlsx:
            xlsx = self.cpp_info.components["xlsx"]
            xlsx.set_property("cmake_target_name", "grantkpi::xlsx")
            xlsx.libs = ["grantkpi_xlsx"]
            xlsx.requires = ["core", "libxlsxwriter::libxlsxwriter"]
