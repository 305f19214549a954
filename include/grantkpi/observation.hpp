// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// One cell of a KPI table: a value and how sure it is.

#include <grantkpi/decimal.hpp>
#include <grantkpi/detail/checked_int.hpp>
#include <grantkpi/detail/hash.hpp>
#include <grantkpi/enum_names.hpp>
#include <grantkpi/export.hpp>

#include <boost/describe/enum.hpp>

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace grantkpi {

enum class ObservationStatus : std::uint8_t {
    confirmed, ///< a final figure
    expected,  ///< 見込: projected, not yet confirmed (e.g. "16(見込)")
    not_set,   ///< — : no target, or not reported
};
BOOST_DESCRIBE_ENUM(ObservationStatus, confirmed, expected, not_set)

/// A table cell. A not-set cell has no value; a value is always confirmed or expected, so an
/// expected figure cannot be read as a confirmed one by accident.
class Observation {
public:
    /// Not set.
    constexpr Observation() noexcept = default;

    [[nodiscard]] static constexpr Observation confirmed(Decimal value) noexcept {
        return Observation{ObservationStatus::confirmed, value};
    }
    [[nodiscard]] static constexpr Observation expected(Decimal value) noexcept {
        return Observation{ObservationStatus::expected, value};
    }
    [[nodiscard]] static constexpr Observation not_set() noexcept { return Observation{}; }

    [[nodiscard]] constexpr ObservationStatus status() const noexcept { return status_; }
    [[nodiscard]] constexpr bool has_value() const noexcept {
        return status_ != ObservationStatus::not_set;
    }
    [[nodiscard]] constexpr bool is_confirmed() const noexcept {
        return status_ == ObservationStatus::confirmed;
    }
    [[nodiscard]] constexpr bool is_expected() const noexcept {
        return status_ == ObservationStatus::expected;
    }
    /// The value, nullopt when not set.
    [[nodiscard]] constexpr std::optional<Decimal> value() const noexcept {
        return has_value() ? std::optional<Decimal>{value_} : std::nullopt;
    }
    /// The value only when it is confirmed.
    [[nodiscard]] constexpr std::optional<Decimal> confirmed_value() const noexcept {
        return is_confirmed() ? std::optional<Decimal>{value_} : std::nullopt;
    }

    /// Same status and, when set, the same value (by value: 5.0 equals 5).
    friend constexpr bool operator==(const Observation& a, const Observation& b) noexcept {
        return a.status_ == b.status_ && (!a.has_value() || a.value_ == b.value_);
    }

private:
    constexpr Observation(ObservationStatus status, Decimal value) noexcept
        : value_(value)
        , status_(status) {}

    // The status lives in the Decimal's tail padding: 16 bytes a cell instead of 24 (GCC and
    // Clang; MSVC ignores the attribute and keeps 24). Cells are most of a loaded corpus.
    [[no_unique_address]] Decimal value_;
    ObservationStatus status_ = ObservationStatus::not_set;
};

/// The cell as the reports write it: the value grouped by thousands with its written digits
/// (`1,216`, `31.20`), an expected one followed by `(見込)` (`16(見込)`), and `—` (U+2014)
/// when not set.
[[nodiscard]] GRANTKPI_API std::string to_string(const Observation& cell);
/// Writes to_string(cell).
GRANTKPI_API std::ostream& operator<<(std::ostream& out, const Observation& cell);

// ------------------------------------------------------------------ building cells in code

/// Shorthands for cells written in code, exact like the cells of a report:
///
///     confirmed(20)         // 20
///     expected("16")        // 16(見込)
///     confirmed("31.20")    // 31.20, its written digits kept
///     confirmed("△8.1")     // -8.1, read as Decimal::parse reads a report's cell
///     not_set()             // —
///
/// An integer is taken as it is; text is read with Decimal::parse and throws error_exception
/// with its message when it is not a number. A floating-point number is refused at compile
/// time (2.5 has no exact binary value): write "2.5", or a Decimal.
[[nodiscard]] constexpr Observation confirmed(Decimal value) noexcept {
    return Observation::confirmed(value);
}
[[nodiscard]] constexpr Observation expected(Decimal value) noexcept {
    return Observation::expected(value);
}
template <detail::plain_integer I>
[[nodiscard]] constexpr Observation confirmed(I value) {
    return Observation::confirmed(Decimal{value});
}
template <detail::plain_integer I>
[[nodiscard]] constexpr Observation expected(I value) {
    return Observation::expected(Decimal{value});
}
[[nodiscard]] GRANTKPI_API Observation confirmed(std::string_view text);
[[nodiscard]] GRANTKPI_API Observation expected(std::string_view text);
template <std::floating_point F>
Observation confirmed(F) = delete;
template <std::floating_point F>
Observation expected(F) = delete;
[[nodiscard]] constexpr Observation not_set() noexcept {
    return Observation::not_set();
}

} // namespace grantkpi

/// Consistent with ==: the status and, when set, the value's hash (16 and 16.0 alike).
template <>
struct std::hash<grantkpi::Observation> {
    [[nodiscard]] constexpr std::size_t
    operator()(const grantkpi::Observation& cell) const noexcept {
        const auto status = static_cast<std::uint64_t>(cell.status());
        if (const auto value = cell.value()) {
            return static_cast<std::size_t>(
                grantkpi::detail::hash_combine(std::hash<grantkpi::Decimal>{}(*value), status));
        }
        return static_cast<std::size_t>(grantkpi::detail::hash_mix(status));
    }
};
