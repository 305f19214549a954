// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "table_labels.hpp"

#include "unicode/unicode.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace grantkpi::detail::table {
namespace {

struct KnownLabel {
    std::string_view text;
    RowLabel kind;
};

constexpr std::array<KnownLabel, 6> row_labels = {{
    {"計画", RowLabel::plan},
    {"計画値", RowLabel::plan},
    {"目標", RowLabel::plan},
    {"目標値", RowLabel::plan},
    {"実績", RowLabel::actual},
    {"実績値", RowLabel::actual},
}};

constexpr std::array<std::string_view, 3> baseline_labels = {"当初値", "基準値", "現状値"};

bool starts_with(std::string_view text, std::string_view prefix) noexcept {
    return text.substr(0, prefix.size()) == prefix;
}

/// Up to 8 code points of a short text; false when it has more (or an invalid byte).
struct CodePoints {
    std::array<char32_t, 8> cp{};
    std::size_t size = 0;
};
bool decode_short(std::string_view text, CodePoints& out) noexcept {
    out.size = 0;
    for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
        const char32_t cp = decode_utf8(text, pos, length);
        if (cp == invalid_code_point || out.size == out.cp.size()) {
            return false;
        }
        out.cp[out.size++] = cp;
    }
    return true;
}

/// True when a and b differ by exactly one substitution, insertion or deletion.
bool one_off(const CodePoints& a, const CodePoints& b) noexcept {
    const CodePoints& longer = a.size >= b.size ? a : b;
    const CodePoints& shorter = a.size >= b.size ? b : a;
    if (longer.size - shorter.size > 1) {
        return false;
    }
    std::size_t i = 0;
    while (i < shorter.size && longer.cp[i] == shorter.cp[i]) {
        ++i;
    }
    if (longer.size == shorter.size) { // one substitution at i, the rest equal
        if (i == longer.size) {
            return false; // equal
        }
        for (std::size_t j = i + 1; j < longer.size; ++j) {
            if (longer.cp[j] != shorter.cp[j]) {
                return false;
            }
        }
        return true;
    }
    for (std::size_t j = i; j < shorter.size; ++j) { // longer.cp[i] inserted
        if (longer.cp[j + 1] != shorter.cp[j]) {
            return false;
        }
    }
    return true;
}

} // namespace

RowLabel row_label(std::string_view kind) noexcept {
    for (const KnownLabel& label : row_labels) {
        if (kind == label.text) {
            return label.kind;
        }
    }
    return RowLabel::none;
}

std::string_view row_label_suggestion(std::string_view kind) noexcept {
    CodePoints written;
    if (kind.empty() || row_label(kind) != RowLabel::none || !decode_short(kind, written)) {
        return {};
    }
    // Only a typo of a word: no ASCII (a number or a title), nothing but letters of the
    // scripts the labels are written in.
    for (std::size_t i = 0; i < written.size; ++i) {
        if (written.cp[i] < 0x3000) {
            return {};
        }
    }
    std::string_view found;
    RowLabel found_kind = RowLabel::none;
    for (const KnownLabel& label : row_labels) {
        CodePoints known;
        decode_short(label.text, known);
        if (!one_off(written, known)) {
            continue;
        }
        if (found_kind != RowLabel::none && found_kind != label.kind) {
            return {}; // one off a plan label and an actual label: ambiguous
        }
        if (found.empty()) {
            found = label.text;
            found_kind = label.kind;
        }
    }
    return found;
}

std::size_t row_label_before_space(std::string_view kind) noexcept {
    std::size_t best = 0;
    for (const KnownLabel& label : row_labels) {
        if (kind.size() > label.text.size() && starts_with(kind, label.text) &&
            kind[label.text.size()] == ' ') {
            best = std::max(best, label.text.size()); // 計画値 before 計画
        }
    }
    return best;
}

BaselineHeader baseline_header(std::string_view folded_cell) noexcept {
    BaselineHeader header;
    for (const std::string_view label : baseline_labels) {
        if (starts_with(folded_cell, label)) {
            header.matched = true;
            header.label_size = label.size();
            break;
        }
    }
    if (!header.matched) {
        return header;
    }
    std::string_view rest = trim(folded_cell.substr(header.label_size));
    if (rest.empty()) {
        return header;
    }
    if (rest.front() != '(' || rest.back() != ')' || rest.size() < 2) {
        header.trailing = true;
        return header;
    }
    header.year_text = trim(rest.substr(1, rest.size() - 2));
    return header;
}

std::size_t baseline_label_length(std::string_view folded) noexcept {
    for (const std::string_view label : baseline_labels) {
        if (starts_with(folded, label) &&
            (folded.size() == label.size() || folded[label.size()] == ' ' ||
             folded[label.size()] == '(')) {
            return label.size();
        }
    }
    return 0;
}

bool has_space_run(std::string_view folded) noexcept {
    const std::string_view text = trim(folded);
    const std::size_t run = text.find("  ");
    return run != std::string_view::npos;
}

} // namespace grantkpi::detail::table
