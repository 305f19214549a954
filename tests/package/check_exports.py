#!/usr/bin/env python3
# Copyright (c) 2026 The grantkpi authors.
# Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
"""What a shared grantkpi exports: the public API, and nothing else.

    check_exports.py --include-dir include [--nm nm] [LIBRARY.so ...]

1. The headers: every function declared (not defined) at namespace scope in
   include/grantkpi/*.hpp carries GRANTKPI_API (GRANTKPI_XLSX_API in xlsx.hpp), and so does
   every class that declares a member function it does not define (export.hpp). Without it a
   shared grantkpi would not export the function, and a consumer would not link.
2. Each shared library given (libgrantkpi.so, libgrantkpi_xlsx.so), read with
   `nm -D --defined-only -C`: every exported symbol is in namespace grantkpi (no boost::, no
   std:: instantiation), and none is in grantkpi::detail except DETAIL_EXPORTS below, each of
   which must be exported (so that the list cannot go stale). Prints the counts.

Exit status 0 when all holds, 1 with the offending symbols or declarations, 77 (skipped) when
libraries are given but nm is not found.
"""

import argparse
import pathlib
import re
import shutil
import subprocess
import sys

# The grantkpi::detail functions a shared grantkpi exports, and why: public inline code (a
# template, an inline function) calls them, so a consumer's code calls them out of line.
DETAIL_EXPORTS = {
    # kpi.hpp: Series::at's error for a missing column.
    "grantkpi::detail::throw_no_column",
    # views.hpp: the sources of the views and their left-out projects.
    "grantkpi::detail::source_of",
    "grantkpi::detail::ViewSource::is_left_out",
    # model_link.hpp: the accessors' error for a result that has no link.
    "grantkpi::detail::throw_unlinked",
    # aggregate.hpp: the aggregates' counting and summing, and their errors.
    "grantkpi::detail::count_kpi",
    "grantkpi::detail::add_counts",
    "grantkpi::detail::headline",
    "grantkpi::detail::add_values",
    "grantkpi::detail::describe_kpi",
    "grantkpi::detail::unit_kind_error",
    # src/unicode/unicode.hpp (internal): the xlsx component, a library of its own, decodes
    # UTF-8 with them.
    "grantkpi::detail::decode_utf8_multibyte",
    "grantkpi::detail::find_invalid_utf8",
}

# The prefixes of a symbol of namespace grantkpi, as nm -C prints it.
GRANTKPI_PREFIXES = ("grantkpi::", "typeinfo for grantkpi::", "typeinfo name for grantkpi::",
                     "vtable for grantkpi::")

STATEMENT_SKIP = ("//", "#", "}", "namespace", "template", "struct", "class", "enum", "using",
                  "inline", "constexpr", "consteval", "BOOST_", "GRANTKPI_", "extern",
                  "static_assert", "requires", "friend", "private:", "public:", "protected:",
                  "[[nodiscard]] inline", "[[nodiscard]] constexpr", "[[nodiscard]] friend")
MEMBER_SKIP = ("//", "#", "}", "template", "using", "return", "static_assert", "requires",
               "friend", "constexpr", "static constexpr", "consteval", "inline", "~", "explicit constexpr")


def statement(lines, i):
    """The statement starting at lines[i]: up to the line ending in ; or {."""
    j = i
    while not re.search(r"[;{]\s*$", lines[j]) and j + 1 < len(lines):
        j += 1
    return "\n".join(lines[i:j + 1]), j


def is_declaration(text):
    text = re.sub(r"//.*", "", text)
    return (text.rstrip().endswith(";") and "(" in text and "{" not in text and
            "= delete" not in text and "= default" not in text and
            not re.match(r"\s*(\w+\s*)?\(", text))  # a call (`settle();`), not a declaration


def check_header(path, macro):
    problems = []
    lines = path.read_text(encoding="utf-8").split("\n")
    previous = ""
    classes = []  # (indent, name, marked, has_out_of_line_member, line)
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        while classes and stripped.startswith("}") and indent == classes[-1][0]:
            c_indent, name, marked, member_line = classes.pop()
            if member_line and not marked:
                problems.append(f"{path.name}:{member_line}: {name} declares a member function "
                                f"it does not define, and is not {macro}")
        m = re.match(r"(class|struct)\s+(\w+\s+)?(\w+)[^;]*\{\s*$", stripped)
        if m and not previous.startswith("template"):
            classes.append([indent, m.group(3), (m.group(2) or "").strip() == macro, None])
            previous = stripped
            i += 1
            continue
        if m and previous.startswith("template"):
            classes.append([indent, m.group(3), True, None])  # a template: defined inline
            previous = stripped
            i += 1
            continue
        if line and not line[0].isspace() and not line.startswith(STATEMENT_SKIP):
            text, j = statement(lines, i)
            if (is_declaration(text) and macro not in text and
                    not previous.startswith(("template", "requires"))):
                problems.append(f"{path.name}:{i + 1}: not {macro}: {line.strip()}")
            previous = lines[j].strip()
            i = j + 1
            continue
        if (classes and indent == classes[-1][0] + 4 and stripped.startswith("friend") and
                not previous.startswith(("template", "requires"))):
            # A friend declared here and defined in src/ (operator== of the evaluations).
            text, j = statement(lines, i)
            if is_declaration(text.replace("friend", "", 1)) and macro not in text:
                problems.append(f"{path.name}:{i + 1}: not {macro}: {stripped}")
            previous = lines[j].strip()
            i = j + 1
            continue
        if (classes and indent == classes[-1][0] + 4 and stripped and
                not stripped.startswith(MEMBER_SKIP) and
                not previous.startswith(("template", "requires"))):
            text, j = statement(lines, i)
            if is_declaration(text) and macro not in text and classes[-1][3] is None:
                classes[-1][3] = i + 1
            previous = lines[j].strip()
            i = j + 1
            continue
        if stripped and not stripped.startswith("//"):
            previous = stripped
        i += 1
    return problems


def exported_symbols(nm, library):
    out = subprocess.run([nm, "-D", "--defined-only", "-C", str(library)], check=True,
                         capture_output=True, text=True).stdout
    symbols = []
    for line in out.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3:
            symbols.append((parts[1], parts[2]))
    return symbols


def name_of(symbol):
    """The qualified name without the parameters: grantkpi::detail::source_of."""
    depth = 0
    for k, c in enumerate(symbol):
        if c == "<":
            depth += 1
        elif c == ">":
            depth -= 1
        elif c == "(" and depth == 0:
            return symbol[:k]
    return symbol


def check_library(nm, library):
    problems = []
    symbols = exported_symbols(nm, library)
    names = [name for _, name in symbols]
    detail = sorted({name_of(n) for n in names if "grantkpi::detail::" in name_of(n)})
    foreign = [n for n in names if not n.startswith(GRANTKPI_PREFIXES)]
    boost = [n for n in names if "boost::" in name_of(n)]
    print(f"{library.name}: {len(names)} exported symbols, {len(detail)} grantkpi::detail "
          f"functions, {len(boost)} boost::, {len(foreign)} outside namespace grantkpi")
    for n in foreign:
        problems.append(f"{library.name}: exported outside namespace grantkpi: {n}")
    for n in detail:
        if n not in DETAIL_EXPORTS:
            problems.append(f"{library.name}: exports {n}, not in DETAIL_EXPORTS")
    return problems, set(detail)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--include-dir", required=True, type=pathlib.Path)
    parser.add_argument("--nm", default="nm")
    parser.add_argument("libraries", nargs="*", type=pathlib.Path)
    args = parser.parse_args()

    problems = []
    headers = sorted((args.include_dir / "grantkpi").glob("*.hpp"))
    if not headers:
        print(f"check_exports: no headers in {args.include_dir}/grantkpi", file=sys.stderr)
        return 1
    for header in headers:
        if header.name == "export.hpp":
            continue
        macro = "GRANTKPI_XLSX_API" if header.name == "xlsx.hpp" else "GRANTKPI_API"
        problems += check_header(header, macro)
    print(f"{len(headers)} public headers: every out-of-line declaration exported"
          if not problems else f"{len(headers)} public headers checked")

    if args.libraries:
        nm = shutil.which(args.nm)
        if nm is None:
            print(f"SKIP: {args.nm} not found: the exported symbols are not checked")
            for p in problems:
                print(p)
            return 1 if problems else 77
        exported_detail = set()
        for library in args.libraries:
            found, detail = check_library(nm, library)
            problems += found
            exported_detail |= detail
        for n in sorted(DETAIL_EXPORTS - exported_detail):
            problems.append(f"DETAIL_EXPORTS names {n}, which no library exports")

    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
