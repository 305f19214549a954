// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// What <grantkpi/fmt.hpp> (fmt::formatter) and <grantkpi/format.hpp> (std::formatter) share:
// the format specs each type accepts, parsed once for both, and the text each spec gives.
//
//   {}            to_string(value), what operator<< writes
//   {:grouped}    numbers (Decimal, Money/Count/Percent, Observation): thousands separators
//   {:plain}      the same numbers without them
//   {:era}        FiscalYear: R4 (the default); {:era_long} 令和4年度; {:fy} FY2022
//   {:ja}         enums: label_ja (達成, 見込, 単独申請); {} is the English name (met)
//   {:percent}    Ratio: 57.1%; {} is the 4-decimal rounding (0.5714)

#include <grantkpi/decimal.hpp>
#include <grantkpi/diagnostic.hpp>
#include <grantkpi/enum_names.hpp>
#include <grantkpi/error.hpp>
#include <grantkpi/evaluate.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/fraction.hpp>
#include <grantkpi/observation.hpp>
#include <grantkpi/provenance.hpp>
#include <grantkpi/quantity.hpp>
#include <grantkpi/unit.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace grantkpi::detail {

/// The spec a value was formatted with; `standard` is an empty spec.
enum class FormatStyle : unsigned char {
    standard,
    grouped,
    plain,
    era,
    era_long,
    fy,
    ja,
    percent,
};

/// Which specs a type accepts.
enum class SpecFamily : unsigned char {
    text,        ///< only {}: Fraction, Unit, Error, Diagnostic, Provenance
    number,      ///< {:grouped}, {:plain}: Decimal, the quantities, Observation
    fiscal_year, ///< {:era}, {:era_long}, {:fy}
    enumeration, ///< {:ja}
    ratio,       ///< {:percent}
};

/// Every grantkpi enum: the ones enum_names.hpp names.
template <class E>
concept named_enum = std::is_enum_v<E> && requires(E e) {
    { label_ja(e) } -> std::same_as<std::string>;
};

/// Money, Count, Percent and any other Quantity.
template <class T>
inline constexpr bool is_quantity = false;
template <class UnitTag>
inline constexpr bool is_quantity<Quantity<UnitTag>> = true;

/// Not constexpr on purpose: a format string checked at compile time with a spec its type
/// does not take reaches this, and the compiler's error names it.
inline void format_spec_is_not_one_this_type_takes() {}

/// The outcome of parsing a spec: the style, or the message of a format_error.
struct ParsedSpec {
    FormatStyle style = FormatStyle::standard;
    const char* error = nullptr;
};

constexpr ParsedSpec parse_spec(std::string_view spec, SpecFamily family) noexcept {
    if (spec.empty()) {
        return {};
    }
    switch (family) {
    case SpecFamily::text:
        break;
    case SpecFamily::number:
        if (spec == "grouped") {
            return {FormatStyle::grouped};
        }
        if (spec == "plain") {
            return {FormatStyle::plain};
        }
        return {FormatStyle::standard, "grantkpi: a number's format spec is {}, {:grouped} or "
                                       "{:plain}"};
    case SpecFamily::fiscal_year:
        if (spec == "era") {
            return {FormatStyle::era};
        }
        if (spec == "era_long") {
            return {FormatStyle::era_long};
        }
        if (spec == "fy") {
            return {FormatStyle::fy};
        }
        return {FormatStyle::standard, "grantkpi: a FiscalYear's format spec is {}, {:era}, "
                                       "{:era_long} or {:fy}"};
    case SpecFamily::enumeration:
        if (spec == "ja") {
            return {FormatStyle::ja};
        }
        return {FormatStyle::standard, "grantkpi: an enum's format spec is {} or {:ja}"};
    case SpecFamily::ratio:
        if (spec == "percent") {
            return {FormatStyle::percent};
        }
        return {FormatStyle::standard, "grantkpi: a Ratio's format spec is {} or {:percent}"};
    }
    return {FormatStyle::standard, "grantkpi: this type takes no format spec, only {}"};
}

/// Reads a spec from a parse context's [begin, end): up to the closing `}` (fmt and
/// std::format give the text after the `:`). `end_of_spec` is set to the `}` (or end).
template <class Iterator>
constexpr ParsedSpec parse_spec_range(Iterator begin, Iterator end, SpecFamily family,
                                      Iterator& end_of_spec) noexcept {
    constexpr std::size_t longest = 16; // longer than every spec: an error either way
    char buffer[longest] = {};
    std::size_t size = 0;
    Iterator it = begin;
    for (; it != end && *it != '}'; ++it) {
        if (size == longest) {
            end_of_spec = it;
            return {FormatStyle::standard, "grantkpi: unknown format spec"};
        }
        buffer[size++] = *it;
    }
    end_of_spec = it;
    return parse_spec(std::string_view(buffer, size), family);
}

// The text of each value in each style the spec allows.

inline std::string formatted(Decimal value, FormatStyle style) {
    return style == FormatStyle::grouped ? value.to_grouped_string() : value.to_string();
}

template <class UnitTag>
std::string formatted(Quantity<UnitTag> quantity, FormatStyle style) {
    if (style == FormatStyle::plain) {
        return quantity.amount().to_string() + std::string(UnitTag::symbol);
    }
    return to_string(quantity);
}

inline std::string formatted(const Observation& cell, FormatStyle style) {
    if (style != FormatStyle::plain || !cell.has_value()) {
        return to_string(cell);
    }
    std::string text = cell.value()->to_string();
    if (cell.is_expected()) {
        text += "(\xE8\xA6\x8B\xE8\xBE\xBC)"; // (見込)
    }
    return text;
}

inline std::string formatted(FiscalYear fy, FormatStyle style) {
    switch (style) {
    case FormatStyle::era_long:
        return to_string(fy, FiscalYearStyle::era_long);
    case FormatStyle::fy:
        return to_string(fy, FiscalYearStyle::gregorian);
    default:
        return to_string(fy, FiscalYearStyle::era_short);
    }
}

template <named_enum E>
std::string formatted(E value, FormatStyle style) {
    return style == FormatStyle::ja ? label_ja(value) : to_string(value);
}

inline std::string formatted(const Ratio& ratio, FormatStyle style) {
    return style == FormatStyle::percent ? to_percent_string(ratio) : to_string(ratio);
}

template <class T>
requires std::same_as<T, Fraction> || std::same_as<T, Unit> || std::same_as<T, Error> ||
    std::same_as<T, Diagnostic> || std::same_as<T, Provenance>
        std::string formatted(const T& value, FormatStyle) {
    return to_string(value);
}

/// The spec family of each formattable type.
template <class T>
constexpr SpecFamily spec_family_of() noexcept {
    if constexpr (std::same_as<T, Decimal> || std::same_as<T, Observation> || is_quantity<T>) {
        return SpecFamily::number; // quantities: Money, Count, Percent
    } else if constexpr (std::same_as<T, FiscalYear>) {
        return SpecFamily::fiscal_year;
    } else if constexpr (named_enum<T>) {
        return SpecFamily::enumeration;
    } else if constexpr (std::same_as<T, Ratio>) {
        return SpecFamily::ratio;
    } else {
        return SpecFamily::text;
    }
}

/// The grantkpi types the formatters cover.
template <class T>
concept formattable_value = std::same_as<T, Decimal> || std::same_as<T, Fraction> ||
    std::same_as<T, FiscalYear> || std::same_as<T, Observation> || std::same_as<T, Unit> ||
    std::same_as<T, Error> || std::same_as<T, Diagnostic> || std::same_as<T, Provenance> ||
    std::same_as<T, Ratio> || named_enum<T> || is_quantity<T>;

/// The body of fmt::formatter<T> (fmt.hpp) and std::formatter<T> (format.hpp): one parser and
/// one writer for both; FormatError is the library's format_error, thrown for a spec the type
/// does not take when the format string is checked at run time.
template <class T, class FormatError>
struct ValueFormatter {
    FormatStyle style = FormatStyle::standard;

    template <class ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        auto end = ctx.begin();
        const auto parsed = parse_spec_range(ctx.begin(), ctx.end(), spec_family_of<T>(), end);
        if (parsed.error != nullptr) {
            if (std::is_constant_evaluated()) {
                format_spec_is_not_one_this_type_takes();
            }
            throw FormatError(parsed.error);
        }
        style = parsed.style;
        return end;
    }

    template <class FormatContext>
    auto format(const T& value, FormatContext& ctx) const -> decltype(ctx.out()) {
        const std::string text = formatted(value, style);
        return std::copy(text.begin(), text.end(), ctx.out());
    }
};

} // namespace grantkpi::detail
