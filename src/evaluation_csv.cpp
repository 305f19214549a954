// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluation_csv.hpp>

#include "unicode.hpp"

namespace grantkpi {
namespace {

// Valid UTF-8, then RFC 4180 quoting when the field needs it.
void field(std::string& out, std::string_view text) {
    std::string clean;
    clean.reserve(text.size());
    bool quote = false;
    for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
        const char32_t cp = detail::decode_utf8(text, pos, length);
        if (cp == detail::invalid_code_point) {
            clean += "\xEF\xBF\xBD"; // U+FFFD REPLACEMENT CHARACTER
            continue;
        }
        if (cp == U',' || cp == U'"' || cp == U'\r' || cp == U'\n') {
            quote = true;
        }
        if (cp == U'"') {
            clean += '"';
        }
        clean.append(text.substr(pos, length));
    }
    if (quote) {
        out += '"';
        out += clean;
        out += '"';
    } else {
        out += clean;
    }
}

std::string_view status_name(ObservationStatus status) noexcept {
    switch (status) {
    case ObservationStatus::confirmed:
        return "confirmed";
    case ObservationStatus::expected:
        return "expected";
    case ObservationStatus::not_set:
        return "not_set";
    }
    return "not_set";
}

std::string cell(const Observation& observation) {
    return observation.has_value() ? observation.value()->to_string() : std::string();
}

} // namespace

void write_kpi_years_csv(const ReportEvaluation& evaluation, std::string& out) {
    out += kpi_years_csv_header;
    out += '\n';
    for (const auto& round : evaluation.rounds) {
        for (const auto& project : round.projects) {
            for (const auto& kpi : project.kpis) {
                for (const auto& year : kpi.years) {
                    field(out, project.name);
                    out += ',';
                    out += std::to_string(kpi.number);
                    out += ',';
                    out += std::to_string(year.year.gregorian());
                    out += ',';
                    out += cell(year.plan);
                    out += ',';
                    out += cell(year.actual);
                    out += ',';
                    out += status_name(year.actual.status());
                    out += ',';
                    if (year.met) {
                        out += *year.met ? "yes" : "no";
                    }
                    out += ',';
                    if (year.ratio) {
                        out += year.ratio->rounded.to_string();
                    }
                    out += '\n';
                }
            }
        }
    }
}

std::string write_kpi_years_csv(const ReportEvaluation& evaluation) {
    std::string out;
    write_kpi_years_csv(evaluation, out);
    return out;
}

} // namespace grantkpi
