// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The annotation reader: the file is parsed into a tree that keeps positions (json_tree),
// then each object is checked key by key. Every problem but a syntax error is reported and
// the reading goes on, so that one run shows a user every mistake in a hand-edited file.

#include <grantkpi/annotations.hpp>

#include "diagnostics/reader_codes.hpp"
#include "input/input_file.hpp"
#include "json_tree.hpp"
#include "unicode/unicode.hpp"
#include "json/json_integer.hpp"

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>

namespace grantkpi {
namespace {

using detail::annotations::append_pointer_token;
using detail::annotations::describe;
using detail::annotations::JsonMember;
using detail::annotations::JsonValue;
using Kind = JsonValue::Kind;

template <class E>
std::string enum_choices() {
    std::string out;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
        out += out.empty() ? "\"" : ", \"";
        out += d.name;
        out += '"';
    });
    return out;
}

template <class E>
std::optional<E> enum_from(std::string_view text) {
    std::optional<E> out;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
        if (!out && text == d.name) {
            out = d.value;
        }
    });
    return out;
}

/// One key an object accepts: its name, whether it is required, what it expects (for the
/// message of a missing key), and how it reads its value (reporting its own errors).
struct KeySpec {
    std::string_view name;
    bool required;
    std::string_view expected;
    std::function<void(const JsonValue&, const AnnotationPlace&)> read;
};

class Converter {
public:
    explicit Converter(std::string file)
        : file_(std::move(file)) {}

    std::vector<Diagnostic> diagnostics;

    void error(detail::diagnostics::ReaderCode code, const AnnotationPlace& place,
               std::string message) {
        diagnostics.push_back(Diagnostic::at(
            Severity::error, std::string(code.code()),
            Location{file_, place.line, place.column, place.pointer}, std::move(message)));
    }

    AnnotationPlace place(const std::string& pointer, const detail::annotations::TextPosition& at) {
        return AnnotationPlace{pointer, at.line, at.column};
    }

    void expected(const AnnotationPlace& at, std::string_view what, const JsonValue& got) {
        error("GK072", at, "expected " + std::string(what) + ", got " + describe(got));
    }

    /// Checks an object's keys against `specs` and reads each: unknown and duplicate keys
    /// and missing required ones are errors (a missing key at the object's opening brace).
    void object(const JsonValue& value, const AnnotationPlace& at, std::string_view what,
                const std::vector<KeySpec>& specs) {
        if (value.kind != Kind::object) {
            expected(at, what, value);
            return;
        }
        std::vector<bool> seen(specs.size(), false);
        for (const JsonMember& member : value.members) {
            std::string pointer = at.pointer;
            append_pointer_token(pointer, member.key);
            const auto spec = std::find_if(specs.begin(), specs.end(),
                                           [&](const KeySpec& s) { return s.name == member.key; });
            if (spec == specs.end()) {
                std::string names;
                for (const auto& s : specs) {
                    names += names.empty() ? "\"" : ", \"";
                    names += s.name;
                    names += '"';
                }
                error("GK073", place(pointer, member.key_at),
                      "unknown key " + detail::quoted(member.key) + "; expected one of " + names);
                continue;
            }
            const auto index = static_cast<std::size_t>(spec - specs.begin());
            if (seen[index]) {
                error("GK074", place(pointer, member.key_at),
                      "duplicate key " + detail::quoted(member.key));
                continue;
            }
            seen[index] = true;
            spec->read(member.value, place(pointer, member.value.at));
        }
        for (std::size_t i = 0; i < specs.size(); ++i) {
            if (specs[i].required && !seen[i]) {
                error("GK075", at,
                      "missing key \"" + std::string(specs[i].name) + "\" (" +
                          std::string(specs[i].expected) + ")");
            }
        }
    }

    template <class E>
    void read_enum(const JsonValue& v, const AnnotationPlace& at, std::optional<E>& out,
                   AnnotationPlace& out_at) {
        if (v.kind == Kind::null) {
            return;
        }
        if (v.kind == Kind::string) {
            if (auto e = enum_from<E>(v.text)) {
                out = *e;
                out_at = at;
                return;
            }
        }
        expected(at, "one of " + enum_choices<E>() + " or null", v);
    }

    void read_optional_string(const JsonValue& v, const AnnotationPlace& at,
                              std::optional<std::string>& out, AnnotationPlace* out_at = nullptr) {
        if (v.kind == Kind::null) {
            return;
        }
        if (v.kind != Kind::string) {
            expected(at, "a string or null", v);
            return;
        }
        out = v.text;
        if (out_at != nullptr) {
            *out_at = at;
        }
    }

    void informative(const JsonValue& v, const AnnotationPlace& at, std::string_view what,
                     std::initializer_list<Kind> kinds) {
        if (v.kind != Kind::null && std::find(kinds.begin(), kinds.end(), v.kind) == kinds.end()) {
            expected(at, what, v);
        }
    }

    std::optional<FiscalYear> fiscal_year(const JsonValue& v, const AnnotationPlace& at) {
        constexpr std::string_view what =
            "a fiscal year: an integer such as 2019 or a string such as \"R1\" or \"2019\"";
        if (v.kind == Kind::number) {
            if (auto y = detail::integer_from(v.text, FiscalYear::min_year, FiscalYear::max_year)) {
                return FiscalYear{static_cast<int>(*y)};
            }
            error("GK076", at,
                  "expected a fiscal year as an integer 1000..9999 such as 2019, got " +
                      describe(v));
            return std::nullopt;
        }
        if (v.kind != Kind::string) {
            expected(at, what, v);
            return std::nullopt;
        }
        const std::string_view text = detail::trim(v.text);
        if (auto y = detail::integer_from(text, FiscalYear::min_year, FiscalYear::max_year);
            y && text.size() == 4) {
            return FiscalYear{static_cast<int>(*y)};
        }
        auto parsed = FiscalYear::parse(text);
        if (!parsed) {
            error("GK076", at, parsed.error().message);
            return std::nullopt;
        }
        return *parsed;
    }

    std::optional<Money> money(const JsonValue& v, const AnnotationPlace& at) {
        Result<Decimal> amount = Error{};
        if (v.kind == Kind::number) {
            amount = Decimal::parse_json_number(v.text);
        } else if (v.kind == Kind::string) {
            amount = Decimal::parse(v.text);
        } else {
            expected(at,
                     "an amount in thousand yen: a number such as 8000, a string such as "
                     "\"8,000\", or null",
                     v);
            return std::nullopt;
        }
        if (!amount) {
            error("GK077", at, amount.error().message);
            return std::nullopt;
        }
        if (amount->is_negative()) {
            error("GK077", at,
                  "own_budget is " + amount->to_string() +
                      "; an own part of a budget is not negative");
            return std::nullopt;
        }
        return Money{*amount};
    }

    void kpi(const JsonValue& v, const AnnotationPlace& at, KpiAnnotation& out) {
        out.at = at;
        bool has_number = false;
        object(
            v, at, "a KPI entry (an object)",
            {{"kpi", true, "the KPI's number, 1 for KPI①",
              [&](const JsonValue& n, const AnnotationPlace& p) {
                  out.kpi_at = p;
                  if (n.kind == Kind::number) {
                      if (auto k =
                              detail::integer_from(n.text, 1, std::numeric_limits<int>::max())) {
                          out.kpi = static_cast<int>(*k);
                          has_number = true;
                          return;
                      }
                  }
                  expected(p, "the KPI's number, an integer 1 or more (1 for KPI①)", n);
              }},
             {"title", false, "informative",
              [&](const JsonValue& t, const AnnotationPlace& p) {
                  read_optional_string(t, p, out.title, &out.title_at);
              }},
             {"unit", false, "informative",
              [&](const JsonValue& u, const AnnotationPlace& p) {
                  informative(u, p, "a string or null", {Kind::string});
              }},
             {"direction", false, "",
              [&](const JsonValue& d, const AnnotationPlace& p) {
                  read_enum(d, p, out.direction, out.direction_at);
              }},
             {"accumulation", false, "",
              [&](const JsonValue& a, const AnnotationPlace& p) {
                  read_enum(a, p, out.accumulation, out.accumulation_at);
              }},
             {"note", false, "",
              [&](const JsonValue& n, const AnnotationPlace& p) {
                  read_optional_string(n, p, out.note);
              }},
             {"current", false, "informative", [&](const JsonValue& c, const AnnotationPlace& p) {
                  informative(c, p, "an object or null", {Kind::object});
              }}});
        if (!has_number) {
            out.kpi = 0;
        }
    }

    void project(const JsonValue& v, const AnnotationPlace& at, ProjectAnnotation& out,
                 bool& keyed) {
        out.at = at;
        bool has_round = false;
        bool has_name = false;
        object(v, at, "a project entry (an object)",
               {{"round", true, "the round's fiscal year, such as 2019 or \"R1\"",
                 [&](const JsonValue& r, const AnnotationPlace& p) {
                     out.round_at = p;
                     if (auto fy = fiscal_year(r, p)) {
                         out.round = *fy;
                         has_round = true;
                     }
                 }},
                {"project", true, "the project's name as written in the report",
                 [&](const JsonValue& n, const AnnotationPlace& p) {
                     out.project_at = p;
                     if (n.kind != Kind::string || detail::trim(n.text).empty()) {
                         expected(p, "the project's name as written in the report (a string)", n);
                         return;
                     }
                     out.project = std::string(detail::trim(n.text));
                     has_name = true;
                 }},
                {"budget", false, "informative",
                 [&](const JsonValue& b, const AnnotationPlace& p) {
                     informative(b, p, "a number or null", {Kind::number, Kind::string});
                 }},
                {"budget_scope", false, "",
                 [&](const JsonValue& s, const AnnotationPlace& p) {
                     read_enum(s, p, out.budget_scope, out.budget_scope_at);
                 }},
                {"own_budget", false, "",
                 [&](const JsonValue& m, const AnnotationPlace& p) {
                     if (m.kind == Kind::null) {
                         return;
                     }
                     out.own_budget = money(m, p);
                     out.own_budget_at = p;
                 }},
                {"note", false, "",
                 [&](const JsonValue& n, const AnnotationPlace& p) {
                     read_optional_string(n, p, out.note);
                 }},
                {"current", false, "informative",
                 [&](const JsonValue& c, const AnnotationPlace& p) {
                     informative(c, p, "an object or null", {Kind::object});
                 }},
                {"kpis", false, "", [&](const JsonValue& list, const AnnotationPlace& p) {
                     if (list.kind == Kind::null) {
                         return;
                     }
                     if (list.kind != Kind::array) {
                         expected(p, "an array of KPI entries or null", list);
                         return;
                     }
                     for (std::size_t i = 0; i < list.elements.size(); ++i) {
                         std::string pointer = p.pointer;
                         append_pointer_token(pointer, std::to_string(i));
                         KpiAnnotation k;
                         kpi(list.elements[i], place(pointer, list.elements[i].at), k);
                         if (k.kpi == 0) {
                             continue;
                         }
                         const auto same = std::find_if(
                             out.kpis.begin(), out.kpis.end(),
                             [&](const KpiAnnotation& other) { return other.kpi == k.kpi; });
                         if (same != out.kpis.end()) {
                             error("GK078", k.at,
                                   "a second entry for KPI " + std::to_string(k.kpi) +
                                       " of this project: " + same->at.pointer + " (line " +
                                       std::to_string(same->at.line) +
                                       ") is one already; merge them");
                             continue;
                         }
                         out.kpis.push_back(std::move(k));
                     }
                 }}});
        keyed = has_round && has_name;
    }

    std::optional<Annotations> document(const JsonValue& root) {
        Annotations out;
        out.file = file_;
        const AnnotationPlace at = place({}, root.at);
        object(
            root, at, "a JSON object (a grantkpi annotation file)",
            {{"schema", true, "the string \"grantkpi.annotations/1\"",
              [&](const JsonValue& s, const AnnotationPlace& p) {
                  if (s.kind == Kind::string && s.text == annotations_schema_id) {
                      return;
                  }
                  error("GK079", p,
                        s.kind == Kind::string
                            ? "unsupported schema " + detail::quoted(s.text) + "; expected \"" +
                                  std::string(annotations_schema_id) + "\""
                            : "expected the string \"" + std::string(annotations_schema_id) +
                                  "\", got " + describe(s));
              }},
             {"report", false, "informative",
              [&](const JsonValue& r, const AnnotationPlace& p) {
                  informative(r, p, "an object or null", {Kind::object});
              }},
             {"projects", false, "", [&](const JsonValue& list, const AnnotationPlace& p) {
                  if (list.kind == Kind::null) {
                      return;
                  }
                  if (list.kind != Kind::array) {
                      expected(p, "an array of project entries or null", list);
                      return;
                  }
                  for (std::size_t i = 0; i < list.elements.size(); ++i) {
                      std::string pointer = p.pointer;
                      append_pointer_token(pointer, std::to_string(i));
                      ProjectAnnotation entry;
                      bool keyed = false;
                      project(list.elements[i], place(pointer, list.elements[i].at), entry, keyed);
                      if (!keyed) {
                          continue;
                      }
                      const auto same = std::find_if(out.projects.begin(), out.projects.end(),
                                                     [&](const ProjectAnnotation& other) {
                                                         return other.round == entry.round &&
                                                                other.project == entry.project;
                                                     });
                      if (same != out.projects.end()) {
                          error("GK078", entry.at,
                                "a second entry for project " + detail::quoted(entry.project) +
                                    " of the round of " +
                                    to_string(entry.round, FiscalYearStyle::gregorian) + ": " +
                                    same->at.pointer + " (line " + std::to_string(same->at.line) +
                                    ") is one already; merge them");
                          continue;
                      }
                      out.projects.push_back(std::move(entry));
                  }
              }}});
        if (has_errors(diagnostics)) {
            return std::nullopt;
        }
        return out;
    }

private:
    std::string file_;
};

} // namespace

AnnotationsReadResult read_annotations_json(std::string_view json, std::string file_name) {
    AnnotationsReadResult result;
    if (json.size() > max_input_bytes) {
        result.diagnostics.push_back(Diagnostic::at_text(Severity::error, "GK090", file_name, 0, 0,
                                                         detail::input_too_large_message()));
        return result;
    }
    auto parsed = detail::annotations::parse_json_tree(json);
    if (parsed.error) {
        result.diagnostics.push_back(
            Diagnostic::at(Severity::error, parsed.error->code,
                           Location{file_name, parsed.error->at.line, parsed.error->at.column,
                                    parsed.error->pointer},
                           parsed.error->message));
        return result;
    }
    Converter converter(std::move(file_name));
    result.annotations = converter.document(*parsed.tree);
    result.diagnostics = std::move(converter.diagnostics);
    return result;
}

AnnotationsReadResult load_annotations(const std::filesystem::path& file, std::string file_name) {
    if (file_name.empty()) {
        file_name = file.string();
    }
    auto bytes = detail::read_input_file(file);
    if (!bytes) {
        AnnotationsReadResult result;
        result.diagnostics.push_back(Diagnostic::from(bytes.error(), Severity::error, file_name));
        return result;
    }
    return read_annotations_json(*bytes, std::move(file_name));
}

} // namespace grantkpi
