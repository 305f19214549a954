#!/usr/bin/python3
"""Validate grantkpi JSON files against a JSON Schema (draft 2020-12).

Usage:
    validate_json_schema.py [--expect-invalid] SCHEMA FILE...

The schema itself is checked first (Draft202012Validator.check_schema). Then every
FILE is read as strict JSON (UTF-8 without BOM, no duplicate keys, no NaN/Infinity)
and validated. Each problem is printed as

    FILE: POINTER: message

where POINTER is the RFC 6901 JSON pointer of the offending value (empty for the
document root), e.g. /rounds/0/projects/2/kpis/1/actual/2021.

Exit status:
    0  every FILE is valid (with --expect-invalid: every FILE is invalid)
    1  some FILE is invalid (with --expect-invalid: some FILE is valid), or the
       schema is not a valid draft 2020-12 schema
    2  usage error, unreadable file, or the jsonschema package is missing

Needs only the standard library and jsonschema (Debian: python3-jsonschema >= 4.10).
"""

import argparse
import glob
import os
import json
import re
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError as error:  # pragma: no cover - depends on the machine
    sys.stderr.write(
        "validate_json_schema.py: cannot import jsonschema (%s).\n"
        "Install it: apt-get install python3-jsonschema (Debian 12), "
        "or pip install 'jsonschema>=4.10'.\n" % error
    )
    sys.exit(2)


class _Object(dict):
    """A JSON object that remembers the keys it saw more than once."""

    duplicates = ()


def _object_pairs_hook(pairs):
    obj = _Object()
    duplicates = []
    for key, value in pairs:
        if key in obj and key not in duplicates:
            duplicates.append(key)
        obj[key] = value
    if duplicates:
        obj.duplicates = tuple(duplicates)
    return obj


def _reject_constant(name):
    raise ValueError("%s is not a JSON number" % name)


def pointer(path):
    """RFC 6901 JSON pointer of a sequence of keys and indices."""
    return "".join(
        "/" + str(part).replace("~", "~0").replace("/", "~1") for part in path
    )


class InputError(Exception):
    """The file cannot be read at all (missing, permissions): a usage problem."""


def load_json(filename):
    """Returns (document, problems): problems are (path, message) pairs."""
    try:
        with open(filename, "rb") as stream:
            raw = stream.read()
    except OSError as error:
        raise InputError("%s: cannot read: %s" % (filename, error.strerror or error))
    if raw.startswith(b"\xef\xbb\xbf"):
        return None, [((), "the file starts with a UTF-8 byte-order mark; expected UTF-8 without BOM")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [((), "not UTF-8 at byte %d: %s" % (error.start, error.reason))]
    try:
        document = json.loads(
            text, object_pairs_hook=_object_pairs_hook, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as error:
        return None, [((), "invalid JSON at line %d column %d: %s" % (error.lineno, error.colno, error.msg))]
    except ValueError as error:
        return None, [((), "invalid JSON: %s" % error)]
    problems = []
    _find_duplicates(document, [], problems)
    return document, problems


def _find_duplicates(value, path, problems):
    if isinstance(value, dict):
        for key in getattr(value, "duplicates", ()):
            problems.append((tuple(path) + (key,), "duplicate key %s" % json.dumps(key, ensure_ascii=False)))
        for key, item in value.items():
            _find_duplicates(item, path + [key], problems)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _find_duplicates(item, path + [index], problems)


# What a value of a titled oneOf/anyOf schema may be, in one line.
EXPECTED_BY_TITLE = {
    "Cell": 'a number (confirmed), null (not set) or {"value": number, "status": "expected"}',
}


def _short(value):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def describe(error):
    """Turns one jsonschema error into (path, message) pairs that say what was expected."""
    path = tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        # One line per unknown key, pointing at the key itself.
        allowed = list(schema.get("properties", {}))
        patterns = list(schema.get("patternProperties", {}))
        expected = []
        if allowed:
            expected.append("one of " + ", ".join(json.dumps(key) for key in allowed))
        if patterns:
            expected.append("a key matching " + " or ".join(patterns))
        unknown = [
            key
            for key in error.instance
            if key not in allowed and not any(re.search(p, key) for p in patterns)
        ]
        return [
            (
                path + (key,),
                "unknown key %s; expected %s"
                % (json.dumps(key, ensure_ascii=False), " or ".join(expected) or "no keys"),
            )
            for key in unknown
        ] or [(path, error.message)]
    if error.validator == "required":
        match = re.match(r"^'(.*)' is a required property$", error.message)
        if match:
            return [(path, "missing required key %s" % json.dumps(match.group(1), ensure_ascii=False))]
        return [(path, error.message)]
    if error.validator == "enum":
        return [(path, "%s is not one of %s" % (_short(error.instance), ", ".join(_short(v) for v in error.validator_value)))]
    if error.validator == "const":
        return [(path, "%s is not %s" % (_short(error.instance), _short(error.validator_value)))]
    if error.validator == "pattern":
        return [(path, "%s does not match %s" % (_short(error.instance), error.validator_value))]
    if error.validator in ("oneOf", "anyOf") and "title" in schema:
        # A value of the right shape with a bad member (e.g. {"value": "16", ...}):
        # the errors inside it say more than "not a Cell".
        inner = [
            sub
            for sub in error.context or ()
            if len(sub.absolute_path) > len(path)
            or (isinstance(error.instance, dict) and sub.validator != "type")
        ]
        if inner:
            return [problem for sub in inner for problem in describe(sub)]
        return [
            (
                path,
                "%s is not a %s; expected %s"
                % (
                    _short(error.instance),
                    schema["title"],
                    EXPECTED_BY_TITLE.get(schema["title"], "a " + schema["title"]),
                ),
            )
        ]
    if error.validator == "type":
        return [(path, "%s is not of type %s" % (_short(error.instance), json.dumps(error.validator_value)))]
    return [(path, error.message)]


def check_schema(schema_file):
    schema, problems = load_json(schema_file)
    if not problems:
        try:
            Draft202012Validator.check_schema(schema)
        except jsonschema.exceptions.SchemaError as error:
            problems = [(tuple(error.absolute_path), "not a valid draft 2020-12 schema: %s" % error.message)]
    for path, message in problems:
        print("%s: %s: %s" % (schema_file, pointer(path), message))
    return None if problems else schema


def validate_file(validator, filename):
    """Prints the problems of one file; returns how many there were."""
    document, problems = load_json(filename)
    if document is not None or not problems:
        for error in validator.iter_errors(document):
            problems.extend(describe(error))
    problems.sort(key=lambda item: [str(part) if not isinstance(part, int) else "%010d" % part for part in item[0]])
    for path, message in problems:
        print("%s: %s: %s" % (filename, pointer(path), message))
    return len(problems)


def main(argv):
    parser = argparse.ArgumentParser(
        description="Validate JSON files against a draft 2020-12 JSON Schema; "
        "prints FILE: POINTER: message for every problem."
    )
    parser.add_argument(
        "--expect-invalid",
        action="store_true",
        help="negative self-check: succeed only if EVERY file is invalid",
    )
    parser.add_argument("schema", metavar="SCHEMA")
    parser.add_argument("files", metavar="FILE", nargs="+",
                        help="a JSON file, or a directory: every *.json file in it")
    args = parser.parse_args(argv)
    files = []
    for name in args.files:
        if os.path.isdir(name):
            found = sorted(glob.glob(os.path.join(name, "*.json")))
            if not found:
                sys.stderr.write("validate_json_schema.py: %s: no *.json file in this directory\n" % name)
                return 2
            files.extend(found)
        else:
            files.append(name)

    try:
        schema = check_schema(args.schema)
        if schema is None:
            return 1
        validator = Draft202012Validator(schema)
        failed = False
        for filename in files:
            count = validate_file(validator, filename)
            if args.expect_invalid:
                if count == 0:
                    print("%s: : unexpectedly valid (--expect-invalid)" % filename)
                    failed = True
                else:
                    print("%s: invalid as expected (%d problem%s)" % (filename, count, "" if count == 1 else "s"))
            elif count:
                failed = True
    except InputError as error:
        sys.stderr.write("validate_json_schema.py: %s\n" % error)
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
