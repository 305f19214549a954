// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Reading a report whatever form it comes in: the JSON form or the published text layout,
// told apart by content.

#include <grantkpi/export.hpp>
#include <grantkpi/text_reader.hpp>

#include <filesystem>
#include <string_view>

namespace grantkpi {

enum class ReportFormat {
    json, ///< the grantkpi JSON form (docs/json-format.md)
    text, ///< the municipal report layout (UTF-8 or CP932)
};
BOOST_DESCRIBE_ENUM(ReportFormat, json, text)

/// JSON when the first character after an optional UTF-8 byte-order mark and white space is
/// `{`; the text layout otherwise (a report text never starts with `{`).
[[nodiscard]] GRANTKPI_API ReportFormat detect_report_format(std::string_view bytes) noexcept;

/// Reads either form. For JSON, a read error becomes one error diagnostic with the file,
/// line, column and JSON pointer; `options` other than `file_name` apply to text only.
[[nodiscard]] GRANTKPI_API TextReadResult read_report(std::string_view bytes,
                                                      const TextReadOptions& options = {});

/// Reads a file in either form; `file_name` defaults to the path. A file that cannot be read
/// or is larger than max_input_bytes (256 MiB, limits.hpp) gives one error diagnostic, as
/// load_report_text says.
[[nodiscard]] GRANTKPI_API TextReadResult load_report(const std::filesystem::path& file,
                                                      TextReadOptions options = {});

} // namespace grantkpi
