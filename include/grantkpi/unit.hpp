// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The unit of a KPI as written in the report's 単位 column, with the kind of quantity it is.

#include <grantkpi/detail/hash.hpp>
#include <grantkpi/enum_names.hpp>
#include <grantkpi/export.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace grantkpi {

enum class UnitKind {
    count, ///< 件, 人, 社, 回, 千人, 人泊, 経営体, 件/年 ...
    /// 千円, 円, 万円, 百万円 ... The values stay in the unit as written, never rescaled: a
    /// KPI in 百万円 (1 百万円 = 1,000 千円) keeps its figures in 百万円.
    currency,
    percent,  ///< %, ％
    duration, ///< 分, 時間, 日 ...
    other,    ///< anything else, kept verbatim
};
BOOST_DESCRIBE_ENUM(UnitKind, count, currency, percent, duration, other)

/// The kind a label is known to denote; `other` for labels grantkpi does not know.
[[nodiscard]] GRANTKPI_API UnitKind classify_unit(std::string_view label) noexcept;

/// A unit label exactly as written plus its kind.
struct Unit {
    std::string label;
    UnitKind kind = UnitKind::other;

    /// The label with the kind `classify_unit` gives it.
    [[nodiscard]] static Unit from_label(std::string_view label) {
        return Unit{std::string(label), classify_unit(label)};
    }

    friend bool operator==(const Unit&, const Unit&) = default;
};
BOOST_DESCRIBE_STRUCT(Unit, (), (label, kind))

/// The label as written (`件`, `千円`, `%`); the kind is to_string(unit.kind).
[[nodiscard]] GRANTKPI_API std::string to_string(const Unit& unit);
/// Writes to_string(unit).
GRANTKPI_API std::ostream& operator<<(std::ostream& os, const Unit& unit);

} // namespace grantkpi

/// The hash of the label and the kind, as == compares them.
template <>
struct std::hash<grantkpi::Unit> {
    [[nodiscard]] std::size_t operator()(const grantkpi::Unit& unit) const noexcept {
        return static_cast<std::size_t>(grantkpi::detail::hash_combine(
            std::hash<std::string>{}(unit.label), static_cast<std::uint64_t>(unit.kind)));
    }
};
