// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// One printing story for every public value type: to_string(x) and `os << x` give the same
// text, the text the reports and the CLI use.
#include <grantkpi/decimal.hpp>
#include <grantkpi/diagnostic.hpp>
#include <grantkpi/error.hpp>
#include <grantkpi/evaluate.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/fraction.hpp>
#include <grantkpi/money.hpp>
#include <grantkpi/observation.hpp>
#include <grantkpi/provenance.hpp>
#include <grantkpi/quantity.hpp>
#include <grantkpi/unit.hpp>

#include "support/printers.hpp"
#include "support/values.hpp"

#include <doctest/doctest.h>

#include <string>

using grantkpi::Count;
using grantkpi::Decimal;
using grantkpi::Diagnostic;
using grantkpi::Error;
using grantkpi::FiscalYear;
using grantkpi::Fraction;
using grantkpi::Location;
using grantkpi::Money;
using grantkpi::Observation;
using grantkpi::Percent;
using grantkpi::Provenance;
using grantkpi::Unit;
using grantkpi::testing::d;
using grantkpi::testing::streamed;

namespace {

// to_string(value) is `expected`, and so is what operator<< writes.
template <class T>
void check_prints(const T& value, const std::string& expected) {
    CAPTURE(expected);
    CHECK(to_string(value) == expected);
    CHECK(streamed(value) == expected);
}

} // namespace

TEST_SUITE("printing") {

    TEST_CASE("Decimal: the digits as written, no grouping") {
        check_prints(d("31.20"), "31.20");  // smart-city KPI ③ baseline: the zero is kept
        check_prints(d("-3,760"), "-3760"); // KPI ③ actual R2 of the foreign-residents project
        check_prints(d("0.05"), "0.05");
        CHECK(d("1,216").to_grouped_string() == "1,216");
    }

    TEST_CASE("Fraction and FiscalYear") {
        check_prints(Fraction{1, 2}, "1/2"); // <1/2国費>
        check_prints(Fraction{2, 4}, "1/2");
        check_prints(FiscalYear{2022}, "R4");
        check_prints(FiscalYear{2019}, "R1");
        check_prints(FiscalYear{2018}, "H30");
        check_prints(FiscalYear{1988}, "FY1988"); // before the eras grantkpi knows
    }

    TEST_CASE("Money, Count and Percent are grouped, with their unit's symbol") {
        // The first project of the seed: (27,125千円); its national share at 1/2.
        check_prints(Money{Decimal{27125}}, "27,125千円");
        check_prints(Money{Decimal{27125}} * Fraction{1, 2}, "13,562.5千円");
        check_prints(Money{d("-1234567.5")}, "-1,234,567.5千円");
        check_prints(Count{d("1,216")}, "1,216");
        check_prints(Percent{d("31.20")}, "31.20%");
        check_prints(Percent{d("1234.5")}, "1,234.5%");
    }

    TEST_CASE("normalized() drops trailing fraction zeros only") {
        // The seed's own budgets at 1/2 add up to 47,002.0: the sum keeps the largest scale
        // of its terms (18,387.5 + 24,435 + 0 + 4,179.5, the rounds' national shares).
        const Money total =
            Money{d("18387.5")} + Money{d("24435")} + Money{Decimal{0}} + Money{d("4179.5")};
        CHECK(to_string(total) == "47,002.0千円");
        check_prints(total.normalized(), "47,002千円");
        CHECK(total.normalized() == total);
        static_assert(Decimal{470020, 1}.normalized().scale() == 0);
        CHECK(d("31.20").normalized().to_string() == "31.2");
        CHECK(d("33.00").normalized().to_string() == "33");
        CHECK(d("100").normalized().to_string() == "100"); // integer zeros are not fraction zeros
        CHECK(d("0.000").normalized().to_string() == "0");
        CHECK(d("-5.50").normalized().to_string() == "-5.5");
        CHECK(d("35674.5").normalized().to_string() == "35674.5");
    }

    TEST_CASE("Unit and Observation") {
        check_prints(Unit::from_label("件"), "件");
        check_prints(Unit::from_label("千円"), "千円");
        check_prints(Observation::expected(Decimal{16}), "16(見込)"); // KPI ①, R4 actual
        check_prints(Observation::confirmed(Decimal{1216}), "1,216");
        check_prints(Observation{}, "—");
    }

    TEST_CASE("Ratio: its 4-decimal rounding, and a percent form") {
        // KPI ① of the first project, R1: actual 136 of plan 150 = 0.90666... (evaluate.hpp).
        const auto ratio = grantkpi::make_ratio(Decimal{136}, Decimal{150});
        REQUIRE(ratio);
        check_prints(*ratio, "0.9067");
        CHECK(to_percent_string(*ratio) == "90.7%");
        CHECK(to_percent_string(*ratio, 2) == "90.67%");
        CHECK(to_percent_string(*ratio, 0) == "91%");
        // The seed's headline: 4 of 7 KPIs met (confirmed, of judged) = 57.1%.
        const auto share = grantkpi::make_ratio(std::size_t{4}, std::size_t{7});
        REQUIRE(share);
        check_prints(*share, "0.5714");
        CHECK(to_percent_string(*share) == "57.1%");
        CHECK(to_percent_string(*grantkpi::make_ratio(std::size_t{3}, std::size_t{3})) == "100.0%");
        CHECK(to_percent_string(*grantkpi::make_ratio(Decimal{12345}, Decimal{1000})) ==
              "1,234.5%");
    }

    TEST_CASE("Error, Diagnostic and Provenance") {
        const Error error =
            Error::at(Location{"seed.json", 3, 14, "/rounds/0"}, "expected a number, got \"x\"");
        check_prints(error, "seed.json:3:14: /rounds/0: expected a number, got \"x\"");
        check_prints(Error::plain("no report"), "no report");
        const Diagnostic diagnostic =
            Diagnostic::at_pointer(grantkpi::Severity::warning, "GK410", "sapporo_fy2022.txt",
                                   "/rounds/0/projects/0/kpis/0/direction",
                                   "KPI① direction increase (higher is better) is assumed");
        check_prints(diagnostic, "sapporo_fy2022.txt:/rounds/0/projects/0/kpis/0/direction: "
                                 "warning: GK410: KPI① direction increase (higher is better) "
                                 "is assumed");
        // A reader's error keeps its place and code as a diagnostic, which prints the code
        // after the severity; Error::to_string() does not print it.
        const Error read =
            Error::at(Location{"", 3, 17, "/rounds/0/foo"}, "unknown key \"foo\"", "GK056");
        check_prints(read, "3:17: /rounds/0/foo: unknown key \"foo\"");
        const Diagnostic found = Diagnostic::from(read, grantkpi::Severity::error, "a.json");
        check_prints(found, "a.json:3:17: error: GK056: /rounds/0/foo: unknown key \"foo\"");
        CHECK(static_cast<const Location&>(found) == Location{"a.json", 3, 17, "/rounds/0/foo"});
        CHECK(found.code == read.code);
        check_prints(Diagnostic::at_text(grantkpi::Severity::note, "GK004", "a.txt", 12, 1,
                                         "skipped \"- 5 -\", a page number of the copy"),
                     "a.txt:12:1: note: GK004: skipped \"- 5 -\", a page number of the copy");
        check_prints(Error::at_pointer("/rounds", "expected an array"),
                     "/rounds: expected an array");
        check_prints(Error::at_text("a.txt", 2, 5, "bad"), "a.txt:2:5: bad");
        check_prints(Provenance{}, "stated");
        check_prints(Provenance::stated_by("annotations.json"), "stated by annotations.json");
        check_prints(Provenance::inferred_by("title: 待機児童"), "inferred by title: 待機児童");
        check_prints(Provenance::inferred_by("plan falls from the baseline", true),
                     "inferred by plan falls from the baseline (uncertain)");
        check_prints(Provenance::assumed_default(), "assumed");
    }

} // TEST_SUITE
