#!/usr/bin/env python3
# Copyright (c) 2026 The grantkpi authors.
# Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
"""Offline checks of the vcpkg overlay port and the Conan recipe.

Neither vcpkg nor Conan can run here, so this checks what can be checked without them:

- ports/grantkpi/vcpkg.json is strict JSON, names the port grantkpi with the project's
  VERSION (CMakeLists.txt) and licence, lists vcpkg-cmake and vcpkg-cmake-config as host
  dependencies, and lists a boost-<lib> port for every Boost library that include/ and src/
  include (<boost/json/...> -> boost-json);
- ports/grantkpi/portfile.cmake passes only options CMakeLists.txt declares, turns every
  GRANTKPI_BUILD_* option off (tests, examples, tools: their dependencies are not the
  port's) and GRANTKPI_INSTALL on, and fixes up the config from the directory
  CMakeLists.txt installs it to; the usage file names the package and target;
- conanfile.py and test_package/conanfile.py compile (py_compile); the recipe's name,
  version and licence match; it sets the same options as the port, all declared in
  CMakeLists.txt;
- the files the recipe exports (exports_sources) are enough to configure the library:
  they are copied to a scratch directory, which is configured with CMake the way the
  recipe does (tests and examples off, install on);
- test_package/ links grantkpi::grantkpi (the CTest tests package.test_package.* build it);
- the optional component xlsx: CMakeLists.txt declares GRANTKPI_WITH_XLSX; the port has a
  feature xlsx that depends on libxlsxwriter and turns GRANTKPI_WITH_XLSX on
  (vcpkg_check_features), and no libxlsxwriter among its plain dependencies; the recipe has
  an option with_xlsx, off by default, that requires libxlsxwriter, sets GRANTKPI_WITH_XLSX
  and declares the component grantkpi::xlsx.

usage: check_recipes.py --source-dir DIR --work-dir DIR --cmake CMAKE --libdir LIBDIR
                        [-- CMAKE CONFIGURE ARGUMENTS...]
"""

import argparse
import ast
import fnmatch
import json
import os
import py_compile
import re
import shutil
import subprocess
import sys

errors = []


def error(message):
    errors.append(message)
    print(f"error: {message}", file=sys.stderr)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def strip_cmake_comments(text):
    return re.sub(r"#[^\n]*", "", text)


def project_facts(source_dir):
    """VERSION, declared option() names and the install directory of the CMake package."""
    text = strip_cmake_comments(read(os.path.join(source_dir, "CMakeLists.txt")))
    match = re.search(r"\bproject\s*\(\s*grantkpi\b[^)]*?\bVERSION\s+([0-9][0-9.]*)", text)
    if not match:
        sys.exit("check_recipes.py: no project(grantkpi VERSION ...) in CMakeLists.txt")
    options = set(re.findall(r"\boption\s*\(\s*([A-Za-z0-9_]+)", text))
    # Cache variables that are not booleans (GRANTKPI_WITH_XLSX: AUTO, ON, OFF).
    options |= set(re.findall(r"\bset\s*\(\s*(GRANTKPI_[A-Za-z0-9_]+)\s+\S+\s+CACHE\s+STRING", text))
    cmake_dir = re.search(r"set\s*\(\s*GRANTKPI_CMAKE_DIR\s+\"([^\"]+)\"", text)
    return match.group(1), options, cmake_dir.group(1) if cmake_dir else None


def boost_libraries(source_dir):
    """The Boost libraries include/ and src/ include, by their directory under boost/."""
    found = set()
    for top in ("include", "src"):
        for root, _, files in os.walk(os.path.join(source_dir, top)):
            for name in files:
                if name.endswith((".hpp", ".cpp", ".h", ".ipp")):
                    text = read(os.path.join(root, name))
                    found.update(re.findall(r"#\s*include\s*<boost/([a-z0-9_]+)/", text))
    return found


def check_option_values(where, settings, options):
    """settings: {option: bool} as a recipe passes them to CMake."""
    for option in settings:
        if option not in options:
            error(f"{where}: {option} is not an option of CMakeLists.txt")
    for option in sorted(options):
        wanted = False if option.startswith("GRANTKPI_BUILD_") else \
            True if option == "GRANTKPI_INSTALL" else None
        if wanted is not None and settings.get(option) is not wanted:
            error(f"{where}: must set {option} to {'ON' if wanted else 'OFF'}")


def check_vcpkg(source_dir, version, options, cmake_dir, libdir):
    port = os.path.join(source_dir, "ports", "grantkpi")
    try:
        manifest = json.loads(read(os.path.join(port, "vcpkg.json")))
    except (OSError, ValueError) as e:
        error(f"ports/grantkpi/vcpkg.json: {e}")
        return
    if manifest.get("name") != "grantkpi":
        error(f"vcpkg.json: name is {manifest.get('name')!r}, expected 'grantkpi'")
    version_keys = ("version", "version-semver", "version-date", "version-string")
    declared = [manifest[k] for k in version_keys if k in manifest]
    if declared != [version]:
        error(f"vcpkg.json: version {declared}, expected {version!r} (CMakeLists.txt)")
    if manifest.get("license") != "BSL-1.0":
        error(f"vcpkg.json: license is {manifest.get('license')!r}, expected 'BSL-1.0'")
    dependencies = {}
    for dep in manifest.get("dependencies", []):
        if isinstance(dep, str):
            dependencies[dep] = {"name": dep}
        else:
            dependencies[dep.get("name")] = dep
    for helper in ("vcpkg-cmake", "vcpkg-cmake-config"):
        if dependencies.get(helper, {}).get("host") is not True:
            error(f'vcpkg.json: {helper} must be a dependency with "host": true')
    for lib in sorted(boost_libraries(source_dir)):
        port_name = "boost-" + lib.replace("_", "-")
        if port_name not in dependencies:
            error(f"vcpkg.json: the sources include <boost/{lib}/...>, "
                  f"but {port_name} is not a dependency")

    portfile = strip_cmake_comments(read(os.path.join(port, "portfile.cmake")))
    settings = {name: value.upper() in ("ON", "TRUE", "1", "YES")
                for name, value in re.findall(r"-D(GRANTKPI_[A-Z0-9_]+)(?::BOOL)?=(\w+)", portfile)}
    check_option_values("portfile.cmake", settings, options)
    for call in ("vcpkg_cmake_configure", "vcpkg_cmake_install", "vcpkg_cmake_config_fixup",
                 "vcpkg_install_copyright"):
        if not re.search(rf"\b{call}\s*\(", portfile):
            error(f"portfile.cmake: no {call}()")
    fixup = re.search(r"vcpkg_cmake_config_fixup\s*\(([^)]*)\)", portfile)
    expected_dir = (cmake_dir or "").replace("${CMAKE_INSTALL_LIBDIR}", libdir)
    if cmake_dir is None:
        error("CMakeLists.txt: no set(GRANTKPI_CMAKE_DIR \"...\"): cannot check CONFIG_PATH")
    elif fixup and f"CONFIG_PATH {expected_dir}" not in " ".join(fixup.group(1).split()):
        error(f"portfile.cmake: vcpkg_cmake_config_fixup() must use CONFIG_PATH {expected_dir}, "
              "where CMakeLists.txt installs the package")

    feature = manifest.get("features", {}).get("xlsx")
    if "GRANTKPI_WITH_XLSX" not in options:
        error("CMakeLists.txt does not declare the cache variable GRANTKPI_WITH_XLSX")
    if not feature:
        error("vcpkg.json: no feature xlsx (the optional component grantkpi::xlsx)")
    elif "libxlsxwriter" not in [d if isinstance(d, str) else d.get("name")
                                 for d in feature.get("dependencies", [])]:
        error("vcpkg.json: the feature xlsx does not depend on libxlsxwriter")
    if "libxlsxwriter" in dependencies:
        error("vcpkg.json: libxlsxwriter is a dependency of every build, not of the feature xlsx")
    if not re.search(r"vcpkg_check_features\s*\([^)]*\bxlsx\s+GRANTKPI_WITH_XLSX\b[^)]*\)", portfile):
        error("portfile.cmake: vcpkg_check_features() does not map the feature xlsx to "
              "GRANTKPI_WITH_XLSX")
    elif "${FEATURE_OPTIONS}" not in portfile:
        error("portfile.cmake: the FEATURE_OPTIONS are not passed to vcpkg_cmake_configure()")

    usage = read(os.path.join(port, "usage"))
    for text in ("find_package(grantkpi CONFIG REQUIRED)", "grantkpi::grantkpi"):
        if text not in usage:
            error(f"ports/grantkpi/usage does not mention {text}")


def class_attributes(path):
    """The simple assignments (name = constant) in the class bodies of a recipe."""
    tree = ast.parse(read(path), filename=path)
    attributes = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for statement in node.body:
                if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                        and isinstance(statement.targets[0], ast.Name):
                    try:
                        attributes[statement.targets[0].id] = ast.literal_eval(statement.value)
                    except ValueError:
                        pass
    return attributes


def check_conan(source_dir, work_dir, version, options):
    recipe = os.path.join(source_dir, "conanfile.py")
    test_recipe = os.path.join(source_dir, "test_package", "conanfile.py")
    for path in (recipe, test_recipe):
        relative = os.path.relpath(path, source_dir)
        try:
            # The byte code goes to the scratch directory, not next to the recipe.
            py_compile.compile(path, cfile=os.path.join(work_dir, relative + "c"), doraise=True)
        except py_compile.PyCompileError as e:
            error(f"{relative} does not compile: {e.msg}")
            return None, None
    attributes = class_attributes(recipe)
    expected = {"name": "grantkpi", "version": version, "license": "BSL-1.0"}
    for key, value in expected.items():
        if attributes.get(key) != value:
            error(f"conanfile.py: {key} = {attributes.get(key)!r}, expected {value!r}")
    text = read(recipe)
    settings = {name: value == "True" for name, value in
                re.findall(r"cache_variables\[\"([A-Za-z0-9_]+)\"\]\s*=\s*(True|False)", text)}
    check_option_values("conanfile.py", settings, options)
    for needle in ('"cmake_file_name", "grantkpi"', '"cmake_target_name", "grantkpi::grantkpi"'):
        if needle not in text:
            error(f"conanfile.py: package_info() does not set {needle}")
    recipe_options = attributes.get("options", {})
    defaults = attributes.get("default_options", {})
    if recipe_options.get("with_xlsx") != [True, False] or defaults.get("with_xlsx") is not False:
        error("conanfile.py: no option with_xlsx [True, False], off by default")
    for needle, what in (('self.requires("libxlsxwriter/', "require libxlsxwriter"),
                         ('cache_variables["GRANTKPI_WITH_XLSX"]', "set GRANTKPI_WITH_XLSX"),
                         ('"cmake_target_name", "grantkpi::xlsx"', "declare grantkpi::xlsx")):
        if needle not in text:
            error(f"conanfile.py: the option with_xlsx does not {what}")
    if "self.tested_reference_str" not in read(test_recipe):
        error("test_package/conanfile.py does not require self.tested_reference_str")
    test_cmake = strip_cmake_comments(
        read(os.path.join(source_dir, "test_package", "CMakeLists.txt")))
    if not re.search(r"find_package\s*\(\s*grantkpi\s+CONFIG\s+REQUIRED\s*\)", test_cmake) \
            or "grantkpi::grantkpi" not in test_cmake:
        error("test_package/CMakeLists.txt must find_package(grantkpi CONFIG REQUIRED) and "
              "link grantkpi::grantkpi")
    patterns = attributes.get("exports_sources")
    if isinstance(patterns, str):
        patterns = (patterns,)
    if not patterns:
        error("conanfile.py: no exports_sources")
    return patterns, settings


def exported_files(source_dir, patterns):
    """The files Conan would export: relative paths matching a pattern (fnmatch: * crosses /)."""
    skip = {".git", "__pycache__"}
    exported = []
    for root, dirs, files in os.walk(source_dir):
        relative_root = os.path.relpath(root, source_dir)
        dirs[:] = [d for d in dirs if d not in skip and not
                   (relative_root == "." and (d.startswith("build") or d == "out"))]
        for name in files:
            relative = os.path.normpath(os.path.join(relative_root, name)).replace(os.sep, "/")
            if any(fnmatch.fnmatchcase(relative, p) for p in patterns):
                exported.append(relative)
    return exported


def check_exports_configure(source_dir, work_dir, patterns, settings, cmake, cmake_args):
    export_dir = os.path.join(work_dir, "exported-sources")
    build_dir = os.path.join(work_dir, "exported-build")
    shutil.rmtree(export_dir, ignore_errors=True)
    shutil.rmtree(build_dir, ignore_errors=True)
    files = exported_files(source_dir, patterns)
    for relative in files:
        target = os.path.join(export_dir, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(os.path.join(source_dir, relative), target)
    if "LICENSE" not in files:
        error("conanfile.py: exports_sources does not export LICENSE")
    # The options the recipe's CMakeToolchain sets; the generator and compiler are the
    # main build's.
    options = [f"-D{name}={'ON' if value else 'OFF'}" for name, value in sorted(settings.items())]
    command = [cmake, "-S", export_dir, "-B", build_dir, *cmake_args, *options]
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        print(result.stdout, file=sys.stderr)
        error(f"the {len(files)} files of exports_sources do not configure: {' '.join(command)}")
    else:
        print(f"exports_sources: {len(files)} files; they configure the library")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("--cmake", required=True)
    parser.add_argument("--libdir", default="lib")
    parser.add_argument("cmake_args", nargs="*")
    args = parser.parse_args()
    # CMake arguments meant for the consumers that do not apply to the library build.
    cmake_args = [a for a in args.cmake_args if not a.startswith("-DGRANTKPI_CONSUMER_")]

    os.makedirs(args.work_dir, exist_ok=True)
    version, options, cmake_dir = project_facts(args.source_dir)
    check_vcpkg(args.source_dir, version, options, cmake_dir, args.libdir)
    patterns, settings = check_conan(args.source_dir, args.work_dir, version, options)
    if patterns:
        check_exports_configure(args.source_dir, args.work_dir, patterns, settings, args.cmake,
                                cmake_args)

    if errors:
        print(f"{len(errors)} problem(s) in the vcpkg port / Conan recipe", file=sys.stderr)
        return 1
    print(f"vcpkg port and Conan recipe: consistent with CMakeLists.txt (version {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
