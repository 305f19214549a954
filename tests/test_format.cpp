// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// std::formatter (where the standard library has <format>) and the spec parser it shares
// with fmt::formatter. The parser is checked at compile time everywhere; the std::format
// cases only where GRANTKPI_HAS_STD_FORMAT is 1 (not g++ 12's libstdc++, which has no
// <format>).
#include <grantkpi/format.hpp>

#include <grantkpi/detail/formatting.hpp>

#include "support/values.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace gk = grantkpi;
using gk::detail::FormatStyle;
using gk::detail::parse_spec;
using gk::detail::SpecFamily;

// The shared parser: what each family takes, and that it refuses the others' specs.
static_assert(parse_spec("", SpecFamily::text).error == nullptr);
static_assert(parse_spec("grouped", SpecFamily::text).error != nullptr);
static_assert(parse_spec("grouped", SpecFamily::number).style == FormatStyle::grouped);
static_assert(parse_spec("plain", SpecFamily::number).style == FormatStyle::plain);
static_assert(parse_spec("era", SpecFamily::number).error != nullptr);
static_assert(parse_spec("era", SpecFamily::fiscal_year).style == FormatStyle::era);
static_assert(parse_spec("era_long", SpecFamily::fiscal_year).style == FormatStyle::era_long);
static_assert(parse_spec("fy", SpecFamily::fiscal_year).style == FormatStyle::fy);
static_assert(parse_spec("FY", SpecFamily::fiscal_year).error != nullptr);
static_assert(parse_spec("ja", SpecFamily::enumeration).style == FormatStyle::ja);
static_assert(parse_spec("percent", SpecFamily::ratio).style == FormatStyle::percent);
static_assert(parse_spec("percent", SpecFamily::number).error != nullptr);
// Over a parse context's range: up to the closing brace, which is left to the caller.
static_assert([] {
    constexpr std::string_view spec = "era_long}|rest";
    const char* end = nullptr;
    const auto parsed = gk::detail::parse_spec_range(spec.data(), spec.data() + spec.size(),
                                                     SpecFamily::fiscal_year, end);
    return parsed.style == FormatStyle::era_long && *end == '}' && end == spec.data() + 8;
}());
static_assert([] {
    constexpr std::string_view spec = "a_spec_far_too_long_for_any_type}";
    const char* end = nullptr;
    return gk::detail::parse_spec_range(spec.data(), spec.data() + spec.size(), SpecFamily::number,
                                        end)
               .error != nullptr;
}());
// The families of the types.
static_assert(gk::detail::spec_family_of<gk::Money>() == SpecFamily::number);
static_assert(gk::detail::spec_family_of<gk::Observation>() == SpecFamily::number);
static_assert(gk::detail::spec_family_of<gk::FiscalYear>() == SpecFamily::fiscal_year);
static_assert(gk::detail::spec_family_of<gk::Verdict>() == SpecFamily::enumeration);
static_assert(gk::detail::spec_family_of<gk::Ratio>() == SpecFamily::ratio);
static_assert(gk::detail::spec_family_of<gk::Unit>() == SpecFamily::text);
static_assert(gk::detail::formattable_value<gk::Percent>);
static_assert(!gk::detail::formattable_value<int>);
static_assert(!gk::detail::formattable_value<gk::Report>);

TEST_SUITE("format") {

    TEST_CASE("the text of each style") {
        using gk::detail::formatted;
        using gk::testing::d;
        CHECK(formatted(d("1216.5"), FormatStyle::standard) == "1216.5");
        CHECK(formatted(d("1216.5"), FormatStyle::grouped) == "1,216.5");
        CHECK(formatted(gk::Money{27125}, FormatStyle::standard) == "27,125千円");
        CHECK(formatted(gk::Money{27125}, FormatStyle::plain) == "27125千円");
        CHECK(formatted(gk::Observation::expected(gk::Decimal{1216}), FormatStyle::plain) ==
              "1216(見込)");
        CHECK(formatted(gk::FiscalYear{2022}, FormatStyle::era_long) == "令和4年度");
        CHECK(formatted(gk::FiscalYear{2022}, FormatStyle::fy) == "FY2022");
        CHECK(formatted(gk::Verdict::no_plan, FormatStyle::ja) == "目標値なし");
    }

#if GRANTKPI_HAS_STD_FORMAT
    TEST_CASE("std::format agrees with fmt and to_string") {
        using gk::testing::d;
        CHECK(std::format("{}", gk::Money{27125}) == "27,125千円");
        CHECK(std::format("{:plain}", gk::Money{27125}) == "27125千円");
        CHECK(std::format("{} {:grouped}", d("1216.5"), d("1216.5")) == "1216.5 1,216.5");
        CHECK(std::format("{} {:era_long} {:fy}", gk::FiscalYear{2022}, gk::FiscalYear{2022},
                          gk::FiscalYear{2022}) == "R4 令和4年度 FY2022");
        CHECK(std::format("{} {:ja}", gk::Verdict::met, gk::Verdict::met) == "met 達成");
        CHECK(std::format("{}", gk::Observation::expected(gk::Decimal{16})) == "16(見込)");
        const auto ratio = *gk::make_ratio(std::size_t{4}, std::size_t{7});
        CHECK(std::format("{} {:percent}", ratio, ratio) == "0.5714 57.1%");
        const gk::Decimal five = d("5");
        CHECK_THROWS_AS((void)std::vformat("{:era}", std::make_format_args(five)),
                        std::format_error);
    }
#endif

} // TEST_SUITE
