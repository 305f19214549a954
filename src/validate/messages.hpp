// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the pieces every rule's message and pointer are built from: the JSON pointer of
// an element, fiscal years, cells and KPIs as the messages write them, enum names. Each
// rule's own wording is in the file of its rule (README.md).

#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/kpi.hpp>
#include <grantkpi/observation.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace grantkpi::detail::validation {

/// A message or a pointer from its pieces: text, the report's own strings, numbers spelled
/// out by std::to_string. One allocation.
template <class... Pieces>
std::string concat(const Pieces&... pieces) {
    const std::array<std::string_view, sizeof...(Pieces)> views = {std::string_view(pieces)...};
    std::size_t size = 0;
    for (const std::string_view view : views) {
        size += view.size();
    }
    std::string text;
    text.reserve(size);
    for (const std::string_view view : views) {
        text.append(view);
    }
    return text;
}

/// The JSON pointer of an element of the report, spelled out only when a diagnostic needs it:
/// the validator visits every cell of a report, and nearly all of them are fine.
class Pointer {
public:
    /// `/rounds/3`: a top-level element.
    Pointer(std::string_view key, std::size_t index)
        : key_(key)
        , index_(index) {}
    /// `<parent>/projects/2`.
    Pointer(const Pointer& parent, std::string_view key, std::size_t index)
        : parent_(&parent)
        , key_(key)
        , index_(index) {}

    [[nodiscard]] std::string str() const;
    friend std::string operator+(const Pointer& pointer, const char* tail);

private:
    void append_to(std::string& out) const;

    const Pointer* parent_ = nullptr;
    std::string_view key_;
    std::size_t index_;
};

/// "FY2025 (R7)": the Gregorian year the JSON format uses, with the era form the report uses.
std::string fy_text(FiscalYear fy);

/// A cell as the messages quote it: `1,216`, `16(見込)`, `not set`.
std::string cell_text(const Observation& cell);

/// KPI① as the report writes it (① .. ⑳ are U+2460 .. U+2473), KPI21 beyond.
std::string kpi_name(const Kpi& kpi);

/// The name of an enumerator as the JSON format writes it (Boost.Describe), `fallback` for a
/// value that is none of them.
template <class Enum>
std::string_view enum_name(Enum value, std::string_view fallback) noexcept {
    const char* name = boost::describe::enum_to_string(value, nullptr);
    return name != nullptr ? std::string_view(name) : fallback;
}

} // namespace grantkpi::detail::validation
