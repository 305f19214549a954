// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The Japanese fiscal year (年度): April 1 to March 31, named by its Gregorian start year or
// in era notation (R4, 令和4年度, H30, 平成30年度).

#include <grantkpi/detail/hash.hpp>
#include <grantkpi/enum_names.hpp>
#include <grantkpi/error.hpp>
#include <grantkpi/export.hpp>

#include <boost/describe/enum.hpp>

#include <chrono>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace grantkpi {

/// The eras a fiscal year can be written in.
enum class Era {
    heisei, ///< 平成, H: FY1989 (平成元年度) .. FY2019 (H31)
    reiwa,  ///< 令和, R: FY2019 (令和元年度, R1) onwards
};
BOOST_DESCRIBE_ENUM(Era, heisei, reiwa)

/// How `to_string` spells a fiscal year.
enum class FiscalYearStyle {
    era_short, ///< R4, R1, H30
    era_long,  ///< 令和4年度, 令和元年度, 平成30年度
    gregorian, ///< FY2022
};
BOOST_DESCRIBE_ENUM(FiscalYearStyle, era_short, era_long, gregorian)

/// A fiscal year, identified by the Gregorian year in which it starts: FiscalYear{2022} is
/// R4 = 令和4年度, April 1 2022 to March 31 2023.
///
/// Like std::chrono::year, an out-of-range value is representable and checked with `ok()`:
/// a fiscal year has four digits, 1000..9999, as `parse` and the JSON format's year keys
/// have them (so that every ok() year is written back readable). The parser never produces
/// another.
class GRANTKPI_API FiscalYear {
public:
    static constexpr int min_year = 1000;
    static constexpr int max_year = 9999;

    /// Year 0: not ok(), the value of an unset field.
    constexpr FiscalYear() noexcept = default;
    constexpr explicit FiscalYear(int gregorian_start_year) noexcept
        : year_(gregorian_start_year) {}
    template <std::floating_point F>
    explicit FiscalYear(F) = delete;

    /// Reads `R4`, `R元`, `R4年度`, `令和元年度`, `令和4年度`, `H30`, `H31` (= R1), `平成30年度`,
    /// `FY2022`, `2022年度`, with full-width digits and letters (`Ｒ４`) accepted. A Gregorian
    /// year has four digits (`FY2022`, not `FY22` or `4`), as in the JSON format's year keys.
    /// Heisei years after H31 (`H32`, `平成33年度`), written in documents drafted before the
    /// era changed, count on: H32 = R2 = FY2020, up to H40 = FY2028 (see
    /// heisei_past_its_end); a larger Heisei year is an error.
    [[nodiscard]] static Result<FiscalYear> parse(std::string_view text);

    [[nodiscard]] constexpr int gregorian() const noexcept { return year_; }
    [[nodiscard]] constexpr bool ok() const noexcept {
        return year_ >= min_year && year_ <= max_year;
    }

    /// The canonical era of this fiscal year (FY2019 is Reiwa), nullopt before FY1989.
    [[nodiscard]] constexpr std::optional<Era> era() const noexcept {
        if (year_ >= 2019) {
            return Era::reiwa;
        }
        if (year_ >= 1989) {
            return Era::heisei;
        }
        return std::nullopt;
    }
    /// The year within `era()`: 1 for FY2019 (R1); 0 when era() is nullopt.
    [[nodiscard]] constexpr int era_year() const noexcept {
        if (year_ >= 2019) {
            return year_ - 2018;
        }
        if (year_ >= 1989) {
            return year_ - 1988;
        }
        return 0;
    }

    /// April 1 of the start year.
    [[nodiscard]] constexpr std::chrono::year_month_day first_day() const noexcept {
        return std::chrono::year{year_} / std::chrono::April / 1;
    }
    /// March 31 of the following year.
    [[nodiscard]] constexpr std::chrono::year_month_day last_day() const noexcept {
        return std::chrono::year{year_ + 1} / std::chrono::March / 31;
    }
    [[nodiscard]] constexpr bool contains(std::chrono::year_month_day day) const noexcept {
        return first_day() <= day && day <= last_day();
    }
    /// The fiscal year a day falls in.
    static constexpr FiscalYear of(std::chrono::year_month_day day) noexcept {
        const int y = static_cast<int>(day.year());
        return FiscalYear{day.month() >= std::chrono::April ? y : y - 1};
    }

    /// Years are counted, not added: FY + n years, and the number of years between two.
    friend constexpr FiscalYear operator+(FiscalYear fy, int years) noexcept {
        return FiscalYear{fy.year_ + years};
    }
    friend constexpr FiscalYear operator-(FiscalYear fy, int years) noexcept {
        return FiscalYear{fy.year_ - years};
    }
    friend constexpr int operator-(FiscalYear later, FiscalYear earlier) noexcept {
        return later.year_ - earlier.year_;
    }
    /// A fiscal year is a whole year: FY + 1.5 and FiscalYear{2022.5} do not compile (they
    /// would cut the fraction silently).
    template <std::floating_point F>
    friend FiscalYear operator+(FiscalYear, F) = delete;
    template <std::floating_point F>
    friend FiscalYear operator-(FiscalYear, F) = delete;

    // clang-tidy 14 takes the 0 of the comparison it synthesizes for a pointer (libstdc++'s
    // ordering operators take a pointer type for it); the operator has no 0 of its own.
    // NOLINTNEXTLINE(modernize-use-nullptr): a false positive on the defaulted operator
    friend constexpr auto operator<=>(FiscalYear, FiscalYear) noexcept = default;

private:
    int year_ = 0;
};

/// `R4` (era_short), `令和4年度` (era_long, 令和元年度 for the first year) or `FY2022`.
/// Era styles of a year before FY1989 fall back to `FY1988`: grantkpi knows no earlier era.
[[nodiscard]] GRANTKPI_API std::string
to_string(FiscalYear fy, FiscalYearStyle style = FiscalYearStyle::era_short);

/// Writes to_string(fy): the era_short form (R4). Other styles: to_string(fy, style), or
/// `{:era_long}` / `{:fy}` with <grantkpi/fmt.hpp>.
GRANTKPI_API std::ostream& operator<<(std::ostream& os, FiscalYear fy);

/// True when `text` is a Heisei year after H31 (`H32`, `平成33`), the era's end: FiscalYear::parse
/// reads it (H32 = FY2020), and the text reader warns.
[[nodiscard]] GRANTKPI_API bool heisei_past_its_end(std::string_view text) noexcept;

} // namespace grantkpi

/// The hash of the Gregorian start year: std::unordered_map<FiscalYear, T> works.
template <>
struct std::hash<grantkpi::FiscalYear> {
    [[nodiscard]] constexpr std::size_t operator()(grantkpi::FiscalYear fy) const noexcept {
        return static_cast<std::size_t>(
            grantkpi::detail::hash_mix(static_cast<std::uint64_t>(fy.gregorian())));
    }
};
