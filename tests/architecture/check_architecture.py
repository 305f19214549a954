#!/usr/bin/env python3
# Copyright (c) 2026 The grantkpi authors.
# Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
"""Checks that src/ keeps the shape docs/architecture.md describes:

1. every folder of src/ is a module of the map (the ```modules block of
   docs/architecture.md), and every module of the map is a folder;
2. a module includes the internal headers ("other/file.hpp") only of the modules the map
   says it may include;
3. no source file of src/ is longer than 600 lines, unless its first 15 lines say why in a
   comment that starts `// Size:` (generated tables, .inc files, are not counted);
4. every .cpp of src/ is in src/CMakeLists.txt (cmake/xlsx.cmake for the xlsx component);
5. tests never include bench/ or src/ files by a relative path (what they share with bench/
   is the test-support library, tests/support/).

Usage: check_architecture.py SOURCE_DIR. Exit 0 when all hold, 1 with one line a problem.
"""
import pathlib
import re
import sys

MAX_LINES = 600


def read_map(doc: pathlib.Path) -> dict[str, set[str]]:
    text = doc.read_text(encoding="utf-8")
    m = re.search(r"```modules\n(.*?)```", text, re.S)
    if not m:
        raise SystemExit(f"{doc}: no ```modules block")
    modules: dict[str, set[str]] = {}
    for line in m.group(1).splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, deps = line.partition(":")
        deps = deps.strip()
        modules[name.strip()] = set() if deps in ("", "-") else {d.strip() for d in deps.split(",")}
    return modules


def main() -> int:
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(".")
    src = root / "src"
    modules = read_map(root / "docs" / "architecture.md")
    problems: list[str] = []

    folders = {p.name for p in src.iterdir() if p.is_dir()}
    for f in sorted(folders - modules.keys()):
        problems.append(f"src/{f}/: a folder that docs/architecture.md's module map does not list")
    for m in sorted(modules.keys() - folders):
        problems.append(f"docs/architecture.md: module {m} has no folder src/{m}/")
    for m, deps in modules.items():
        for d in sorted(deps - modules.keys()):
            problems.append(f"docs/architecture.md: module {m} may include {d}, which is not a module")

    # The optional xlsx component is defined in cmake/xlsx.cmake, the rest in src/CMakeLists.txt.
    cmake = (src / "CMakeLists.txt").read_text(encoding="utf-8") + (root / "cmake" / "xlsx.cmake").read_text(encoding="utf-8")
    include = re.compile(r'^\s*#\s*include\s+"([a-z_0-9]+)/[^"]+"', re.M)
    for path in sorted(src.rglob("*")):
        if path.suffix not in (".cpp", ".hpp"):
            continue
        rel = path.relative_to(root).as_posix()
        module = path.relative_to(src).parts[0]
        if len(path.relative_to(src).parts) < 2:
            problems.append(f"{rel}: a source outside every module folder")
            continue
        text = path.read_text(encoding="utf-8")
        allowed = modules.get(module, set()) | {module}
        for n, line in enumerate(text.splitlines(), 1):
            inc = include.match(line)
            if inc and inc.group(1) in modules and inc.group(1) not in allowed:
                problems.append(
                    f"{rel}:{n}: module {module} includes {inc.group(1)}/, which the module map "
                    f"(docs/architecture.md) does not allow; may include: "
                    f"{', '.join(sorted(modules.get(module, set()))) or 'nothing'}")
        lines = text.count("\n")
        head = "\n".join(text.splitlines()[:15])
        if lines > MAX_LINES and "// Size:" not in head:
            problems.append(f"{rel}: {lines} lines, over {MAX_LINES}: split it, or say why in a "
                            f"`// Size:` comment in its first 15 lines")
        if path.suffix == ".cpp" and path.relative_to(src).as_posix() not in cmake:
            problems.append(f"{rel}: in no target_sources block of src/CMakeLists.txt")

    relative = re.compile(r'^\s*#\s*include\s+["<](?:\.\./)+(bench|src)/', re.M)
    for path in sorted((root / "tests").rglob("*")):
        if path.suffix not in (".cpp", ".hpp"):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = relative.match(line)
            if m:
                problems.append(f"{path.relative_to(root).as_posix()}:{n}: a test includes "
                                f"{m.group(1)}/ by a relative path; use tests/support/ (bench) "
                                f"or the module's public header")

    for p in problems:
        print(p)
    if not problems:
        print(f"architecture: {len(folders)} modules, includes and sizes as docs/architecture.md says")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
