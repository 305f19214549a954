// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: where the parsers of the text layout report their problems. It knows the file
// and the line being read, so a parser gives only the column; it stops the reading at the
// first error in strict mode, and after max_text_diagnostics in any mode.

#include <grantkpi/diagnostic.hpp>
#include <grantkpi/error.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/limits.hpp>

#include "diagnostics/reader_codes.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace grantkpi::detail::text {

using diagnostics::ReaderCode;

class DiagnosticSink {
public:
    DiagnosticSink(std::string file_name, bool strict)
        : file_name_(std::move(file_name))
        , strict_(strict) {}

    /// The line being read: the one error(column, …) and warning(column, …) name.
    std::size_t line = 0;

    /// A finding of the kind `code` (src/diagnostics/reader_codes.hpp).
    void add(Severity severity, ReaderCode code, std::size_t at_line, std::size_t column,
             std::string message);
    void error(ReaderCode code, std::size_t at_line, std::size_t column, std::string message) {
        add(Severity::error, code, at_line, column, std::move(message));
    }
    void error(ReaderCode code, std::size_t column, std::string message) {
        add(Severity::error, code, line, column, std::move(message));
    }
    void warning(ReaderCode code, std::size_t column, std::string message) {
        add(Severity::warning, code, line, column, std::move(message));
    }
    void note(ReaderCode code, std::size_t column, std::string message) {
        add(Severity::note, code, line, column, std::move(message));
    }

    /// True once nothing more is taken: after an error in strict mode, or too many problems.
    [[nodiscard]] bool stopped() const noexcept { return stopped_; }
    [[nodiscard]] bool strict() const noexcept { return strict_; }
    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const noexcept {
        return diagnostics_;
    }
    [[nodiscard]] std::vector<Diagnostic> take() noexcept { return std::move(diagnostics_); }

private:
    std::string file_name_;
    bool strict_;
    bool stopped_ = false;
    std::vector<Diagnostic> diagnostics_;
};

inline void DiagnosticSink::add(Severity severity, ReaderCode code, std::size_t at_line,
                                std::size_t column, std::string message) {
    if (stopped_) {
        return;
    }
    diagnostics_.push_back(Diagnostic::at_text(severity, std::string(code.code()), file_name_,
                                               at_line, column, std::move(message)));
    if (severity == Severity::error && strict_) {
        stopped_ = true;
    } else if (diagnostics_.size() >= max_text_diagnostics) {
        diagnostics_.push_back(Diagnostic::at_text(
            Severity::error, "GK043", file_name_, at_line, column,
            "too many problems: stopped after " + std::to_string(max_text_diagnostics)));
        stopped_ = true;
    }
}

/// The parenthetical reason at the end of a parser's message (`(more than 18 significant
/// digits)`), with a leading space, or nothing.
inline std::string reason_of(const Error& error) {
    const std::string_view message = error.message;
    const std::size_t at = message.rfind("\" (");
    if (at == std::string_view::npos || message.empty() || message.back() != ')') {
        return {};
    }
    return std::string(message.substr(at + 1));
}

/// A warning when `written` (a fiscal year the reader read as `year`) counts Heisei past its
/// end, as headers drafted before May 2019 do (`H32` = R2 = FY2020).
inline void warn_if_heisei_past_its_end(std::string_view written, FiscalYear year,
                                        std::size_t column, DiagnosticSink& sink) {
    if (!written.empty() &&
        (written.front() == 'H' || written.front() == '\xE5' || written.front() == '\xEF') &&
        heisei_past_its_end(written)) {
        sink.warning("GK042", column,
                     "\"" + std::string(written) +
                         "\" counts Heisei past its end (H31 = R1 = FY2019, a document "
                         "drafted before the era changed): read as " +
                         to_string(year) + " = FY" + std::to_string(year.gregorian()));
    }
}

} // namespace grantkpi::detail::text
