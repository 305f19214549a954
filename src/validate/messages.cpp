// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "validate/messages.hpp"

#include "detail/kpi_label.hpp"

#include "unicode/unicode.hpp"

#include <charconv>
#include <iterator>

namespace grantkpi::detail::validation {
namespace {

// The report's own word for an expected figure, quoted in messages.
constexpr std::string_view expected_word = "見込";

} // namespace

std::string Pointer::str() const {
    std::string out;
    out.reserve(64);
    append_to(out);
    return out;
}

std::string operator+(const Pointer& pointer, const char* tail) {
    return pointer.str().append(tail);
}

void Pointer::append_to(std::string& out) const {
    if (parent_ != nullptr) {
        parent_->append_to(out);
    }
    out += key_;
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), index_).ptr;
    out.append(digits, end);
}

std::string fy_text(FiscalYear fy) {
    const std::string year = std::to_string(fy.gregorian());
    if (!fy.era()) {
        return concat("FY", year);
    }
    return concat("FY", year, " (", to_string(fy, FiscalYearStyle::era_short), ")");
}

std::string cell_text(const Observation& cell) {
    if (!cell.has_value()) {
        return "not set";
    }
    std::string value = cell.value()->to_grouped_string();
    if (!cell.is_expected()) {
        return value;
    }
    return concat(value, "(", expected_word, ")");
}

std::string kpi_name(const Kpi& kpi) {
    return kpi_label(kpi.number);
}

} // namespace grantkpi::detail::validation
