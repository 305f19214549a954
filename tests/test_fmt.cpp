// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// fmt::formatter for every public type (built when {fmt} is found): {} agrees with to_string
// and operator<<, and the specs mean what <grantkpi/fmt.hpp> says.
#include <grantkpi/fmt.hpp>

#include <grantkpi/evaluate.hpp>

#include "support/values.hpp"

#include <doctest/doctest.h>

#include <string>

namespace gk = grantkpi;
using grantkpi::testing::d;
using grantkpi::testing::streamed;

namespace {
// {} is what to_string and operator<< give.
template <class T>
void check_default(const T& value) {
    const std::string text = fmt::format("{}", value);
    CAPTURE(text);
    CHECK(text == to_string(value));
    CHECK(text == streamed(value));
}
} // namespace

TEST_SUITE("fmt") {

    TEST_CASE("{} agrees with to_string and operator<< for every type") {
        check_default(d("31.20"));
        check_default(gk::Fraction{1, 2});
        check_default(gk::FiscalYear{2022});
        check_default(gk::Money{27125});
        check_default(gk::Count{1216});
        check_default(gk::Percent{d("31.20")});
        check_default(gk::Unit::from_label("件"));
        check_default(gk::Observation::expected(gk::Decimal{16}));
        check_default(gk::Observation{});
        check_default(*gk::make_ratio(gk::Decimal{136}, gk::Decimal{150}));
        check_default(gk::Error::at_text("seed.json", 0, 0, "no report"));
        check_default(gk::Diagnostic::at_text(gk::Severity::note, {}, "a.txt", 12, 1,
                                              "a page number skipped"));
        check_default(gk::Provenance::inferred_by("title: 待機児童"));
        check_default(gk::Verdict::not_met);
        check_default(gk::EffectRating::close_to_target);
        check_default(gk::ObservationStatus::expected);
    }

    TEST_CASE("the specs: grouped, plain, era, era_long, fy, ja, percent") {
        // The seed's figures: (27,125千円), 1,216 (KPI ② actual R3), R4 = 令和4年度 = FY2022.
        CHECK(fmt::format("{}|{:grouped}|{:plain}", d("1216.5"), d("1216.5"), d("1216.5")) ==
              "1216.5|1,216.5|1216.5");
        CHECK(fmt::format("{}|{:plain}", gk::Money{27125}, gk::Money{27125}) ==
              "27,125千円|27125千円");
        CHECK(fmt::format("{:grouped}", gk::Money{27125}) == "27,125千円");
        CHECK(fmt::format("{:plain}", gk::Observation::expected(gk::Decimal{1216})) ==
              "1216(見込)");
        CHECK(fmt::format("{:plain}", gk::Observation{}) == "—");
        CHECK(fmt::format("{} {:era} {:era_long} {:fy}", gk::FiscalYear{2022}, gk::FiscalYear{2022},
                          gk::FiscalYear{2022}, gk::FiscalYear{2022}) == "R4 R4 令和4年度 FY2022");
        CHECK(fmt::format("{:era_long}", gk::FiscalYear{2019}) == "令和元年度");
        CHECK(fmt::format("{} {:ja}", gk::Verdict::met, gk::Verdict::met) == "met 達成");
        CHECK(fmt::format("{:ja}", gk::EffectRating::target_reached) == "非常に効果的");
        CHECK(fmt::format("{:ja}", gk::Application::joint) == "共同申請");
        const auto ratio = *gk::make_ratio(std::size_t{4}, std::size_t{7});
        CHECK(fmt::format("{} {:percent}", ratio, ratio) == "0.5714 57.1%");
    }

    TEST_CASE("a spec the type does not take is a format_error") {
        // At run time for a runtime format string (a checked one does not compile:
        // tests/compile_fail/fmt_spec_of_another_type.cpp).
        CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:era}"), d("5")),
                             "grantkpi: a number's format spec is {}, {:grouped} or {:plain}",
                             fmt::format_error);
        CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:grouped}"), gk::FiscalYear{2022}),
                             "grantkpi: a FiscalYear's format spec is {}, {:era}, {:era_long} or "
                             "{:fy}",
                             fmt::format_error);
        CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:ja}"), gk::Fraction{1, 2}),
                        fmt::format_error);
        CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:percentage_of_something}"),
                                          *gk::make_ratio(std::size_t{1}, std::size_t{2})),
                        fmt::format_error);
    }

} // TEST_SUITE
