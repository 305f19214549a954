// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// resolve_pointer (report_pointer.hpp): the pointer split into unescaped segments, then
// walked down the model: rounds, projects, KPIs and plan/actual columns by hand (they set
// the location), any other member through its Boost.Describe name, as the JSON names it.
#include <grantkpi/report_pointer.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <limits>
#include <span>
#include <type_traits>
#include <vector>

namespace grantkpi {
namespace {

using Segments = std::span<const std::string>;

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

// RFC 6901: "" is the document; otherwise '/'-separated segments, "~1" for '/', "~0" for
// '~', any other '~' malformed.
std::optional<std::vector<std::string>> split(std::string_view pointer) {
    std::vector<std::string> segments;
    if (pointer.empty()) {
        return segments;
    }
    if (pointer.front() != '/') {
        return std::nullopt;
    }
    for (std::size_t i = 1;; ++i) {
        std::string& segment = segments.emplace_back();
        for (; i < pointer.size() && pointer[i] != '/'; ++i) {
            if (pointer[i] != '~') {
                segment += pointer[i];
                continue;
            }
            if (++i == pointer.size() || (pointer[i] != '0' && pointer[i] != '1')) {
                return std::nullopt;
            }
            segment += pointer[i] == '0' ? '~' : '/';
        }
        if (i >= pointer.size()) {
            return segments;
        }
    }
}

// An array index: digits without a leading zero (RFC 6901), below `size`.
std::optional<std::size_t> index(std::string_view segment, std::size_t size) {
    if (segment.empty() || (segment.size() > 1 && segment.front() == '0')) {
        return std::nullopt;
    }
    std::size_t value = 0;
    for (const char c : segment) {
        if (c < '0' || c > '9' || value > (std::numeric_limits<std::size_t>::max() - 9) / 10) {
            return std::nullopt;
        }
        value = value * 10 + static_cast<std::size_t>(c - '0');
    }
    if (value >= size) {
        return std::nullopt;
    }
    return value;
}

// Whether `rest` names something inside `value`, as the JSON would: a member of a described
// struct by name, an element of a vector by index, the value of a set optional.
template <class T>
bool exists(const T& value, Segments rest) {
    if constexpr (is_optional<T>::value) {
        return value.has_value() && exists(*value, rest); // the JSON leaves an empty one out
    } else if (rest.empty()) {
        return true;
    } else if constexpr (boost::describe::has_describe_members<T>::value) {
        bool found = false;
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
            [&](auto d) {
                if (!found && rest.front() == d.name) {
                    found = exists(value.*d.pointer, rest.subspan(1));
                }
            });
        return found;
    } else if constexpr (!std::is_same_v<T, std::string> && requires {
                             value.size();
                             value[0];
                             typename T::value_type;
                         }) { // a vector (a string is a value)
        const auto i = index(rest.front(), value.size());
        return i && exists(value[*i], rest.subspan(1));
    } else {
        return false; // a value (a number, a string): nothing below it
    }
}

// The deepest element found so far, and the rest of the segments below it.
bool finish(const auto& element, Segments rest, ReportLocation& at) {
    if (!exists(element, rest)) {
        return false;
    }
    for (const std::string& segment : rest) {
        if (!at.member.empty()) {
            at.member += '/';
        }
        at.member += segment;
    }
    return true;
}

bool walk_series(const Series& row, Segments rest, ReportLocation& at) {
    at.row = &row;
    if (rest.empty()) {
        return true;
    }
    // The JSON's key is the fiscal year, as written: `2021`.
    const auto year = index(rest.front(), std::size_t{10000});
    if (!year) {
        return false;
    }
    for (const PeriodValue& column : row.values) {
        if (column.year.gregorian() == static_cast<int>(*year)) {
            at.column = &column;
            return rest.size() == 1; // a cell is a value: nothing below it
        }
    }
    return false;
}

bool walk_kpi(const Kpi& kpi, Segments rest, ReportLocation& at) {
    at.kpi = &kpi;
    if (!rest.empty() && (rest.front() == "plan" || rest.front() == "actual")) {
        return walk_series(rest.front() == "plan" ? kpi.plan : kpi.actual, rest.subspan(1), at);
    }
    return finish(kpi, rest, at);
}

bool walk_project(const Project& project, Segments rest, ReportLocation& at) {
    at.project = &project;
    if (rest.size() >= 2 && rest.front() == "kpis") {
        const auto k = index(rest[1], project.kpis.size());
        return k && walk_kpi(project.kpis[*k], rest.subspan(2), at);
    }
    return finish(project, rest, at);
}

bool walk_round(const Round& round, Segments rest, ReportLocation& at) {
    at.round = &round;
    if (rest.size() >= 2 && rest.front() == "projects") {
        const auto p = index(rest[1], round.projects.size());
        return p && walk_project(round.projects[*p], rest.subspan(2), at);
    }
    return finish(round, rest, at);
}

} // namespace

std::optional<ReportLocation> resolve_pointer(const Report& report, std::string_view pointer) {
    const auto segments = split(pointer);
    if (!segments) {
        return std::nullopt;
    }
    ReportLocation at;
    at.report = &report;
    const Segments rest(*segments);
    bool found = false;
    if (rest.size() >= 2 && rest.front() == "rounds") {
        const auto r = index(rest[1], report.rounds.size());
        found = r && walk_round(report.rounds[*r], rest.subspan(2), at);
    } else {
        found = finish(report, rest, at);
    }
    if (!found) {
        return std::nullopt;
    }
    return at;
}

} // namespace grantkpi
