// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// One cell of a KPI table: a number (most are written plainly and read in place), 16(見込),
// or not set (empty or dashes).
#include "table.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace grantkpi::detail::text {

using namespace layout;

namespace {

/// A number as Decimal::parse reads it, when it is written plainly: ASCII, an optional sign,
/// digits with thousands separators in groups of three, an optional fraction, at most 18
/// digits in all (leading zeros too). Nullopt for anything else, which Decimal::parse reads
/// (or refuses, saying why): most cells are plain, and this reads them without building a
/// Result.
std::optional<Decimal> plain_decimal(std::string_view text) noexcept {
    const std::size_t n = text.size();
    std::size_t i = 0;
    bool negative = false;
    if (i < n && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    }
    std::int64_t value = 0;
    int digits = 0;
    int integer_digits = 0;
    int group_digits = 0;
    bool grouped = false;
    for (; i < n && text[i] != '.'; ++i) {
        const char c = text[i];
        if (c == ',') {
            if (integer_digits == 0 || (grouped && group_digits != 3) ||
                (!grouped && group_digits > 3)) {
                return std::nullopt;
            }
            grouped = true;
            group_digits = 0;
            continue;
        }
        if (c < '0' || c > '9' || ++digits > 18) {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
        ++integer_digits;
        ++group_digits;
    }
    if (integer_digits == 0 || (grouped && group_digits != 3)) {
        return std::nullopt;
    }
    int scale = 0;
    if (i < n) { // at '.'
        if (++i == n) {
            return std::nullopt;
        }
        for (; i < n; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9' || ++digits > 18) {
                return std::nullopt;
            }
            value = value * 10 + (c - '0');
            ++scale;
        }
    }
    return Decimal(negative ? -value : value, scale);
}

} // namespace

/// A table cell: a number, 16(見込), or not set (empty or dashes).
Observation read_cell(const Cell& cell, std::string_view column, bool plain, DiagnosticSink& sink) {
    if (cell.text.empty()) {
        return Observation::not_set();
    }
    const Folded folded(cell.text, plain);
    // A digit is no dash: most cells are numbers.
    if (!is_digit(std::string_view(folded).front()) && only_dashes(folded)) {
        return Observation::not_set();
    }
    std::string_view number = folded;
    bool expected = false;
    for (const std::string_view suffix : {mikomi, mikomi_long}) {
        if (ends_with(number, suffix)) {
            number.remove_suffix(suffix.size());
            expected = true;
            break;
        }
    }
    if (const std::optional<Decimal> value = plain_decimal(number)) {
        return expected ? Observation::expected(*value) : Observation::confirmed(*value);
    }
    const auto value = Decimal::parse(number);
    if (!value) {
        sink.error("GK041", cell.column(),
                   "expected " + std::string(example_cell_values) + " in column " +
                       std::string(column) + ", got " + detail::quoted(cell.text) +
                       reason_of(value.error()));
        return Observation::not_set();
    }
    return expected ? Observation::expected(*value) : Observation::confirmed(*value);
}

} // namespace grantkpi::detail::text
