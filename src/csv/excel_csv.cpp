// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/excel_csv.hpp>

namespace grantkpi {

std::string to_excel_csv(std::string_view csv) {
    constexpr std::string_view bom = "\uFEFF";
    std::string out;
    out.reserve(csv.size() + csv.size() / 16 + bom.size());
    if (!csv.starts_with(bom)) {
        out += bom;
    }
    // A quote opens or closes a quoted field; a doubled quote inside one closes and reopens
    // it, which leaves the state as it was.
    bool quoted = false;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\n' && !quoted && (i == 0 || csv[i - 1] != '\r')) {
            out += '\r';
        }
        out += c;
    }
    return out;
}

std::string to_csv_dialect(std::string_view csv, CsvDialect dialect) {
    return dialect == CsvDialect::excel ? to_excel_csv(csv) : std::string(csv);
}

} // namespace grantkpi
