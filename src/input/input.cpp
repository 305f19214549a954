// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/input.hpp>

#include <grantkpi/json.hpp>

#include "input/input_file.hpp"

#include <utility>

namespace grantkpi {

ReportFormat detect_report_format(std::string_view bytes) noexcept {
    if (bytes.substr(0, 3) == "\uFEFF") {
        bytes.remove_prefix(3);
    }
    const auto first = bytes.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && bytes[first] == '{' ? ReportFormat::json
                                                                  : ReportFormat::text;
}

TextReadResult read_report(std::string_view bytes, const TextReadOptions& options) {
    if (detect_report_format(bytes) == ReportFormat::text) {
        return read_report_text(bytes, options);
    }
    TextReadResult result;
    auto report = read_report_json(bytes);
    if (report) {
        result.report = std::move(*report);
        return result;
    }
    const Error& e = report.error();
    result.diagnostics.push_back(Diagnostic::from(e, Severity::error, options.file_name));
    return result;
}

TextReadResult load_report(const std::filesystem::path& file, TextReadOptions options) {
    return detail::load_input_file(
        file, std::move(options),
        [](std::string_view bytes, const TextReadOptions& o) { return read_report(bytes, o); });
}

} // namespace grantkpi
