// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "inputs.hpp"

#include "annotate_command.hpp"

#include <grantkpi/diagnostic.hpp>
#include <grantkpi/input.hpp>
#include <grantkpi/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string_view>

namespace grantkpi::cli {

std::string ReportSource::pointer() const {
    return index ? "/reports/" + std::to_string(*index) : std::string();
}

std::string ReportSource::label() const {
    return index ? file + ":" + pointer() : file;
}

std::string ReportSource::name() const {
    const std::string base = std::filesystem::path(file).filename().string();
    return index ? base + ":" + pointer() : base;
}

namespace {

bool is_json_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Reads a JSON string without escapes at `pos` (just past its opening quote); nullopt when
/// it has an escape or does not end in `text`. A key or schema that needs an escape is not
/// one this looks for.
std::optional<std::string_view> plain_string(std::string_view text, std::size_t& pos) {
    const std::size_t end = text.find_first_of("\"\\", pos);
    if (end == std::string_view::npos || text[end] != '"') {
        return std::nullopt;
    }
    const std::string_view value = text.substr(pos, end - pos);
    pos = end + 1;
    return value;
}

void skip_space(std::string_view text, std::size_t& pos) {
    while (pos < text.size() && is_json_space(text[pos])) {
        ++pos;
    }
}

} // namespace

bool is_collection_file(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    // Enough for a byte-order mark, white space and {"schema": "grantkpi.collection/2"
    // however it is indented.
    char head[4096];
    in.read(head, sizeof head);
    std::string_view text(head, static_cast<std::size_t>(in.gcount()));
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    std::size_t pos = 0;
    skip_space(text, pos);
    if (pos >= text.size() || text[pos] != '{') {
        return false; // report text, or not JSON at all
    }
    ++pos;
    skip_space(text, pos);
    if (pos >= text.size() || text[pos] != '"') {
        return false;
    }
    ++pos;
    const auto key = plain_string(text, pos);
    if (key == "reports") {
        return true; // a report has no such key
    }
    if (key != "schema") {
        return false;
    }
    skip_space(text, pos);
    if (pos >= text.size() || text[pos] != ':') {
        return false;
    }
    ++pos;
    skip_space(text, pos);
    if (pos >= text.size() || text[pos] != '"') {
        return false;
    }
    ++pos;
    const auto schema = plain_string(text, pos);
    return schema && schema->starts_with("grantkpi.collection/");
}

// A folder of municipal reports is one argument.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
    std::vector<std::string> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(input, ec)) {
            files.push_back(input);
            continue;
        }
        std::vector<std::string> found;
        for (const auto& entry : std::filesystem::directory_iterator(input, ec)) {
            const auto extension = entry.path().extension();
            if (entry.is_regular_file(ec) && (extension == ".txt" || extension == ".json")) {
                found.push_back(entry.path().string());
            }
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

std::optional<Report> load(const std::string& path, const TextReadOptions& options) {
    TextReadOptions lenient = options;
    lenient.strict = false; // report every problem at once
    TextReadResult result = load_report(path, lenient);
    for (const auto& diagnostic : result.diagnostics) {
        std::cerr << diagnostic.to_string() << '\n';
    }
    if (!result.ok() || !apply_annotations_option(*result.report, path)) { // --annotations
        return std::nullopt;
    }
    return std::move(result.report);
}

bool load_file(const std::string& file, const TextReadOptions& options,
               const std::function<void(ReportSource, Report&&)>& on_report) {
    if (!is_collection_file(file)) {
        auto report = load(file, options);
        if (report) {
            on_report(ReportSource{file, std::nullopt}, std::move(*report));
        }
        return report.has_value();
    }
    auto reports = load_collection_json(file);
    if (!reports) {
        const Error& e = reports.error();
        std::cerr << Diagnostic::from(e, Severity::error, file).to_string() << '\n';
        return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < reports->size(); ++i) {
        ReportSource source{file, i};
        Report& report = (*reports)[i];
        if (!apply_annotations_option(report, source.label())) {
            ok = false;
            continue;
        }
        on_report(std::move(source), std::move(report));
    }
    return ok;
}

std::vector<std::string> LoadedInputs::labels() const {
    std::vector<std::string> out;
    out.reserve(sources.size());
    for (const auto& source : sources) {
        out.push_back(source.label());
    }
    return out;
}

std::optional<LoadedInputs> load_inputs(const std::vector<std::string>& inputs,
                                        const TextReadOptions& options) {
    const std::vector<std::string> files = expand_inputs(inputs);
    if (files.empty()) {
        std::cerr << "grantkpi: no report (*.txt, *.json) in the given folders\n";
        return std::nullopt;
    }
    LoadedInputs loaded;
    bool errors = false;
    for (const auto& file : files) {
        errors = !load_file(file, options, [&](ReportSource source, Report&& report) {
            loaded.sources.push_back(std::move(source));
            loaded.reports.push_back(std::move(report));
        }) || errors;
    }
    if (errors) {
        return std::nullopt;
    }
    if (loaded.reports.empty()) {
        std::cerr << "grantkpi: the inputs hold no report (a collection without reports)\n";
        return std::nullopt;
    }
    return loaded;
}

} // namespace grantkpi::cli
