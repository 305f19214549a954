// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The rules on the years and the order of a KPI's plan and actual rows: GK401, GK402, GK404,
// GK405, GK408 (src/validate/series_rules.hpp). The validator asks cheap questions first and
// runs a rule's full check only when the answer is "maybe" (src/validate/fast_path.hpp); the
// cases after the tables take the paths the triggering and passing rows do not: columns out of
// year order, a year twice, rows with the same years in another order, rows of 9,000 years.

#include <grantkpi/validate.hpp>

#include "support/printers.hpp"
#include "support/random_report.hpp"
#include "support/validate_helpers.hpp"
#include "support/values.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

using namespace grantkpi;
using namespace grantkpi::testing::validation;
using testing::c;
using testing::e;

namespace grantkpi::testing::validation {

std::vector<Triggers> series_triggering() {
    std::vector<Triggers> rows;
    const auto row = row_adder(rows);
    row(
        "GK401", "a plan for R4 in a R1..R3 project",
        [](Report& r) {
            kpi(r, 0).plan.values.push_back({FiscalYear{2022}, c("40")});
        },
        "/rounds/0/projects/0/kpis/0/plan/2022",
        kpi1 + " plan for FY2022 (R4) is outside the project's fiscal years FY2019 (R1) to "
               "FY2021 (R3)");
    row(
        "GK401", "an actual for H30 in a R1..R3 project",
        [](Report& r) {
            auto& values = kpi(r, 0).actual.values;
            values.insert(values.begin(), {FiscalYear{2018}, c("4")});
        },
        "/rounds/0/projects/0/kpis/0/actual/2018",
        kpi1 + " actual for FY2018 (H30) is outside the project's fiscal years FY2019 (R1) to "
               "FY2021 (R3)");
    row(
        "GK402", "R2 twice in an actual row",
        [](Report& r) {
            kpi(r, 0).actual.values.push_back({FiscalYear{2020}, c("26")});
        },
        "/rounds/0/projects/0/kpis/0/actual/2020",
        kpi1 + " actual row has FY2020 (R2) twice (columns 2 and 4)");
    row(
        "GK404", "a running total that falls from 15 to 10",
        [](Report& r) { kpi(r, 1).actual.values[2].value = c("10"); },
        "/rounds/0/projects/0/kpis/1/actual/2021",
        kpi2 + " is cumulative but its actual falls from 15 in FY2020 (R2) to 10 in FY2021 "
               "(R3); a running total cannot decrease");
    row(
        "GK405", "R2 expected and R3 confirmed",
        [](Report& r) { kpi(r, 0).actual.values[1].value = e("25"); },
        "/rounds/0/projects/0/kpis/0/actual/2020",
        kpi1 + " actual for FY2020 (R2) is expected (25(" + std::string(expected_word) +
            ")) but the later FY2021 (R3) is confirmed (31)");
    row(
        "GK408", "no R3 column in the actual row",
        [](Report& r) { kpi(r, 0).actual.values.pop_back(); },
        "/rounds/0/projects/0/kpis/0/plan/2021",
        kpi1 + " plan row has FY2021 (R3) but the actual row has no such column");
    return rows;
}

std::vector<Passes> series_passing() {
    std::vector<Passes> rows;
    const auto row = row_adder(rows);
    row("GK401", "the last year of the project", [](Report& r) {
        project0(r).last_fiscal_year = FiscalYear{2022};
        kpi(r, 0).plan.values.push_back({FiscalYear{2022}, c("40")});
        kpi(r, 0).actual.values.push_back({FiscalYear{2022}, Observation::not_set()});
    });
    // The years out of column order send the row to the full check.
    row("GK402", "each year once, in another column order in the actual row", [](Report& r) {
        kpi(r, 0).actual.values = {
            {FiscalYear{2021}, c("31")}, {FiscalYear{2019}, c("8")}, {FiscalYear{2020}, c("25")}};
    });
    row("GK404", "a running total that stays flat",
        [](Report& r) { kpi(r, 1).actual.values[2].value = c("15"); });
    row("GK404", "a fall from an expected figure", [](Report& r) {
        kpi(r, 1).actual.values[1].value = e("20");
        kpi(r, 1).actual.values[2].value = c("18");
    });
    row("GK404", "a level KPI that falls",
        [](Report& r) { kpi(r, 0).actual.values[2].value = c("1"); });
    // The seed's 16(見込) in R4 is such a value.
    row("GK405", "only the last year expected",
        [](Report& r) { kpi(r, 0).actual.values[2].value = e("31"); });
    row("GK405", "expected then not set",
        [](Report& r) { kpi(r, 2).actual.values[1].value = e("61"); });
    row("GK408", "a not-set cell keeps the column",
        [](Report& r) { kpi(r, 0).actual.values[2].value = Observation::not_set(); });
    return rows;
}

} // namespace grantkpi::testing::validation

// GK402, GK405 and GK408 look years up in a row sorted once, not by scanning the row for each
// cell: a row may have 9,000 years (FY1000..FY9999), and a crafted file of many rows in
// shuffled order took minutes. The findings must be exactly those of the old scans below.

namespace {

std::string fy_words(FiscalYear year) {
    const std::string gregorian = "FY" + std::to_string(year.gregorian());
    return year.era() ? gregorian + " (" + to_string(year) + ")" : gregorian;
}

std::string cell_words(const Observation& cell) {
    const std::string value = cell.value()->to_grouped_string();
    return cell.is_expected() ? value + "(" + std::string(expected_word) + ")" : value;
}

std::string kpi_words(int number) { // KPI① .. KPI⑳ (U+2460 ..)
    return "KPI\xE2\x91" + std::string(1, static_cast<char>(0xA0 + number - 1));
}

// GK402, GK405, GK408 of one KPI as the validator found them before it sorted: each cell
// compared with the cells of its row or of the other row. Printed as Diagnostic::to_string.
std::vector<std::string> row_rules_the_old_way(const Kpi& kpi, const std::string& at) {
    std::vector<std::string> found;
    const std::array<std::pair<const Series*, std::string>, 2> rows = {
        {{&kpi.plan, "plan"}, {&kpi.actual, "actual"}}};
    for (const auto& [series, row] : rows) {
        for (std::size_t i = 0; i < series->values.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                if (series->values[j].year == series->values[i].year) {
                    const FiscalYear year = series->values[i].year;
                    found.push_back(at + "/" + row + "/" + std::to_string(year.gregorian()) +
                                    ": error: GK402: " + kpi_words(kpi.number) + " " + row +
                                    " row has " + fy_words(year) + " twice (columns " +
                                    std::to_string(j + 1) + " and " + std::to_string(i + 1) + ")");
                    break;
                }
            }
        }
    }
    const auto& cells = kpi.actual.values;
    bool in_year_order = true;
    for (std::size_t i = 1; i < cells.size(); ++i) {
        in_year_order = in_year_order && cells[i - 1].year < cells[i].year;
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const PeriodValue& v = cells[i];
        if (!v.value.is_expected()) {
            continue;
        }
        const PeriodValue* next_confirmed = nullptr;
        if (in_year_order) {
            for (std::size_t j = i + 1; j < cells.size() && next_confirmed == nullptr; ++j) {
                if (cells[j].value.is_confirmed()) {
                    next_confirmed = &cells[j];
                }
            }
        } else {
            for (const auto& later : cells) {
                if (later.year > v.year && later.value.is_confirmed() &&
                    (next_confirmed == nullptr || later.year < next_confirmed->year)) {
                    next_confirmed = &later;
                }
            }
        }
        if (next_confirmed != nullptr) {
            found.push_back(at + "/actual/" + std::to_string(v.year.gregorian()) +
                            ": warning: GK405: " + kpi_words(kpi.number) + " actual for " +
                            fy_words(v.year) + " is expected (" + cell_words(v.value) +
                            ") but the later " + fy_words(next_confirmed->year) +
                            " is confirmed (" + cell_words(next_confirmed->value) + ")");
        }
    }
    for (const auto& [series, row] : rows) {
        const Series& other = series == &kpi.plan ? kpi.actual : kpi.plan;
        const std::string other_row = series == &kpi.plan ? "actual" : "plan";
        for (const auto& v : *series) {
            if (other.find(v.year) == nullptr) {
                found.push_back(at + "/" + row + "/" + std::to_string(v.year.gregorian()) +
                                ": warning: GK408: " + kpi_words(kpi.number) + " " + row +
                                " row has " + fy_words(v.year) + " but the " + other_row +
                                " row has no such column");
            }
        }
    }
    return found;
}

// A row of `size` cells in the years first..first + spread - 1, in random order (so with
// repeats), each confirmed, expected or not set.
Series random_row(testing::Random& random, std::int64_t size, int first, int spread) {
    Series series;
    for (std::int64_t i = 0; i < size; ++i) {
        const FiscalYear year{first + static_cast<int>(random.between(0, spread - 1))};
        const Decimal value{random.between(0, 40)};
        const auto status = random.between(1, 10);
        series.values.push_back(PeriodValue{year, status <= 5   ? Observation::confirmed(value)
                                                  : status <= 8 ? Observation::expected(value)
                                                                : Observation::not_set()});
    }
    return series;
}

// The same years as `model` in another random order (or the same), with other cells.
Series shuffled_years(testing::Random& random, const Series& model) {
    Series series = random_row(random, static_cast<std::int64_t>(model.size()), 2019, 1);
    std::vector<FiscalYear> years;
    for (const auto& v : model) {
        years.push_back(v.year);
    }
    for (std::size_t i = years.size(); i > 1; --i) {
        std::swap(
            years[i - 1],
            years[static_cast<std::size_t>(random.between(0, static_cast<std::int64_t>(i) - 1))]);
    }
    for (std::size_t i = 0; i < years.size(); ++i) {
        series.values[i].year = years[i];
    }
    return series;
}

std::vector<std::string> printed_with_codes(const std::vector<Diagnostic>& all,
                                            std::initializer_list<std::string_view> codes) {
    std::vector<std::string> printed;
    for (const auto& d : all) {
        if (std::find(codes.begin(), codes.end(), d.code) != codes.end()) {
            printed.push_back(d.to_string());
        }
    }
    return printed;
}

// The 9,000-year rows below: every year FY1000..FY9999 is in a row, some twice, some missing,
// in falling or scrambled column order.

Observation confirmed_as_year(int year) {
    return Observation::confirmed(Decimal{year});
}

// The column (from 1) of `year` in `row`.
std::size_t column_of(const Series& row, int year) {
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (row.values[i].year == FiscalYear{year}) {
            return i + 1;
        }
    }
    FAIL("no column for " << year);
    return 0;
}

// KPI①: plan FY9999 down to FY1000 without FY3333, then FY5000 again; actual in a scrambled
// order (column i has FY1000 + 7919 i mod 9000) without FY2000 and FY7777, then FY4242
// again. FY1500, FY1501, FY4000 and FY9999 are expected (見込).
void make_scrambled(Kpi& scrambled) {
    scrambled.plan = {};
    scrambled.actual = {};
    for (int year = 9999; year >= 1000; --year) {
        if (year != 3333) {
            scrambled.plan.values.push_back(PeriodValue{FiscalYear{year}, c("10")});
        }
    }
    scrambled.plan.values.push_back(PeriodValue{FiscalYear{5000}, c("1")});
    const std::set<int> expected_years = {1500, 1501, 4000, 9999};
    for (int i = 0; i < 9000; ++i) {
        const int year = 1000 + i * 7919 % 9000;
        if (year != 2000 && year != 7777) {
            scrambled.actual.values.push_back(
                PeriodValue{FiscalYear{year}, expected_years.count(year) != 0
                                                  ? Observation::expected(Decimal{year})
                                                  : confirmed_as_year(year)});
        }
    }
    scrambled.actual.values.push_back(PeriodValue{FiscalYear{4242}, c("0")});
    REQUIRE(scrambled.plan.size() == 9000);
    REQUIRE(scrambled.actual.size() == 8999);
}

// KPI②, cumulative: both rows FY1000 .. FY9999 in order, every actual expected but the last:
// each expected year names FY9999.
void make_in_order(Kpi& in_order) {
    in_order.plan = {};
    in_order.actual = {};
    for (int year = 1000; year <= 9999; ++year) {
        in_order.plan.values.push_back(PeriodValue{FiscalYear{year}, c("10")});
        in_order.actual.values.push_back(
            PeriodValue{FiscalYear{year}, year == 9999 ? confirmed_as_year(year)
                                                       : Observation::expected(Decimal{year})});
    }
}

// KPI③, cumulative: both rows FY9999 down to FY1000; the running total falls at FY6000 and
// FY1000 is expected.
void make_falling(Kpi& falling) {
    falling.accumulation = Accumulation::cumulative;
    falling.unit = Unit::from_label("件");
    falling.baseline = Baseline{};
    falling.plan = {};
    falling.actual = {};
    for (int year = 9999; year >= 1000; --year) {
        falling.plan.values.push_back(PeriodValue{FiscalYear{year}, c("10")});
        falling.actual.values.push_back(
            PeriodValue{FiscalYear{year}, year == 6000   ? c("1")
                                          : year == 1000 ? Observation::expected(Decimal{year})
                                                         : confirmed_as_year(year)});
    }
}

const std::string expected_text = "(" + std::string(expected_word) + ")";

// What validate finds in the scrambled KPI① at `at` (.../kpis/), printed.
std::vector<std::string> scrambled_findings(const Kpi& scrambled, const std::string& at) {
    std::vector<std::string> expected = {
        at + "0/plan/5000: error: GK402: " + kpi1 +
            " plan row has FY5000 (R2982) twice (columns 5000 and 9000)",
        at + "0/actual/4242: error: GK402: " + kpi1 + " actual row has FY4242 (R2224) twice " +
            "(columns " + std::to_string(column_of(scrambled.actual, 4242)) + " and 8999)",
    };
    // GK405 of KPI① in column order: FY1500 and FY1501 name FY1502, FY4000 names FY4001,
    // FY9999 has no later year.
    std::vector<std::pair<std::size_t, std::string>> by_column = {
        {column_of(scrambled.actual, 1500),
         "1500: warning: GK405: " + kpi1 + " actual for FY1500 is expected (1,500" + expected_text +
             ") but the later FY1502 is confirmed (1,502)"},
        {column_of(scrambled.actual, 1501),
         "1501: warning: GK405: " + kpi1 + " actual for FY1501 is expected (1,501" + expected_text +
             ") but the later FY1502 is confirmed (1,502)"},
        {column_of(scrambled.actual, 4000),
         "4000: warning: GK405: " + kpi1 + " actual for FY4000 (R1982) is expected (4,000" +
             expected_text + ") but the later FY4001 (R1983) is confirmed (4,001)"},
    };
    std::sort(by_column.begin(), by_column.end());
    for (const auto& [column, text] : by_column) {
        expected.push_back(at + "0/actual/" + text);
    }
    // GK408: the plan's FY7777 (column 2223) and FY2000, then the actual's FY3333.
    using Missing = std::tuple<std::string, int, std::string>; // row, year, other row
    for (const auto& [row, year, other] : std::array<Missing, 3>{
             {{"plan", 7777, "actual"}, {"plan", 2000, "actual"}, {"actual", 3333, "plan"}}}) {
        expected.push_back(at + "0/" + row + "/" + std::to_string(year) + ": warning: GK408: " +
                           kpi1 + " " + row + " row has " + fy_words(FiscalYear{year}) +
                           " but the " + other + " row has no such column");
    }
    return expected;
}

// What validate finds in KPI② and KPI③ at `at` (.../kpis/), printed.
std::vector<std::string> in_order_and_falling_findings(const std::string& at) {
    std::vector<std::string> expected;
    for (int year = 1000; year < 9999; ++year) {
        expected.push_back(at + "1/actual/" + std::to_string(year) + ": warning: GK405: " + kpi2 +
                           " actual for " + fy_words(FiscalYear{year}) + " is expected (" +
                           Decimal{year}.to_grouped_string() + expected_text +
                           ") but the later FY9999 (R7981) is confirmed (9,999)");
    }
    expected.push_back(at + "2/actual/6000: error: GK404: " + kpi3 +
                       " is cumulative but its actual falls from 5,999 in FY5999 (R3981) to 1 "
                       "in FY6000 (R3982); a running total cannot decrease");
    expected.push_back(at + "2/actual/1000: warning: GK405: " + kpi3 +
                       " actual for FY1000 is expected (1,000" + expected_text +
                       ") but the later FY1001 is confirmed (1,001)");
    return expected;
}

} // namespace

TEST_SUITE_BEGIN("validate");

TEST_CASE("each series rule: a change that triggers it") {
    check_triggering(series_triggering());
}

TEST_CASE("each series rule: a change close to it that does not trigger it") {
    check_passing(series_passing());
}

TEST_CASE("a wrong span is reported once and not once per year") {
    // GK301 makes every year "outside" the span; GK401 stays quiet until the span is fixed.
    Report report = valid_report();
    project0(report).first_fiscal_year = FiscalYear{2022};
    CHECK(with_code(validate(report), "GK301").size() == 1);
    CHECK(with_code(validate(report), "GK401").empty());
}

TEST_CASE("actual columns out of year order: GK404 and GK405 follow the years") {
    SUBCASE("a running total in year order rises, though not in column order") {
        Report report = valid_report();
        kpi(report, 1).actual = row({{2021, c("25")}, {2019, c("5")}, {2020, c("15")}});
        CHECK(validate(report).empty()); // the same years in another order: no GK408 either
    }
    SUBCASE("a running total that falls in year order") {
        Report report = valid_report();
        kpi(report, 1).actual = row({{2021, c("10")}, {2019, c("5")}, {2020, c("15")}});
        const auto found = validate(report);
        REQUIRE(found.size() == 1);
        CHECK(found[0].code == "GK404");
        CHECK(found[0].pointer == "/rounds/0/projects/0/kpis/1/actual/2021");
        CHECK(found[0].message == kpi2 + " is cumulative but its actual falls from 15 in FY2020 "
                                         "(R2) to 10 in FY2021 (R3); a running total cannot "
                                         "decrease");
    }
    SUBCASE("an expected actual with a later year confirmed in an earlier column") {
        Report report = valid_report();
        kpi(report, 0).actual = row({{2021, c("31")}, {2020, e("25")}, {2019, c("8")}});
        const auto found = validate(report);
        REQUIRE(found.size() == 1);
        CHECK(found[0].code == "GK405");
        CHECK(found[0].pointer == "/rounds/0/projects/0/kpis/0/actual/2020");
        CHECK(found[0].message == kpi1 + " actual for FY2020 (R2) is expected (25(" +
                                      std::string(expected_word) +
                                      ")) but the later FY2021 (R3) is confirmed (31)");
    }
    SUBCASE("an expected actual with only earlier years after it") {
        Report report = valid_report();
        kpi(report, 0).actual = row({{2021, e("31")}, {2019, c("8")}, {2020, c("25")}});
        CHECK(validate(report).empty());
    }
}

TEST_CASE("a year twice in the actual row of a cumulative KPI") {
    // GK404 takes the confirmed actuals in year order, equal years in column order: 5, 15,
    // 12, 20 falls once, from the first R2 column to the second.
    Report report = valid_report();
    kpi(report, 1).actual =
        row({{2019, c("5")}, {2020, c("15")}, {2020, c("12")}, {2021, c("20")}});
    const auto found = validate(report);
    CHECK(codes_and_pointers(found) ==
          std::vector<Found>{{"GK402", "/rounds/0/projects/0/kpis/1/actual/2020"},
                             {"GK404", "/rounds/0/projects/0/kpis/1/actual/2020"}});
    REQUIRE(found.size() == 2);
    CHECK(found[0].message == kpi2 + " actual row has FY2020 (R2) twice (columns 2 and 3)");
    CHECK(found[1].message == kpi2 + " is cumulative but its actual falls from 15 in FY2020 (R2) "
                                     "to 12 in FY2020 (R2); a running total cannot decrease");
}

TEST_CASE("rows with as many columns but other years: GK408 at each side") {
    Report report = valid_report();
    kpi(report, 0).actual = row({{2019, c("8")}, {2020, c("25")}, {2022, c("31")}});
    project0(report).last_fiscal_year = FiscalYear{2022};
    CHECK(codes_and_pointers(validate(report)) ==
          std::vector<Found>{{"GK408", "/rounds/0/projects/0/kpis/0/plan/2021"},
                             {"GK408", "/rounds/0/projects/0/kpis/0/actual/2022"}});
}

TEST_CASE("GK402, GK405 and GK408 agree with scanning the rows for each cell") {
    // Small KPIs full of repeated, unordered and misaligned years, against the scans the
    // rules were first written with; some rows are in order, as most are.
    std::map<std::string, std::size_t> by_code;
    for (std::uint64_t seed_value = 1; seed_value <= 400; ++seed_value) {
        CAPTURE(seed_value);
        testing::Random random(seed_value);
        Report report = valid_report();
        Project& project = project0(report);
        project.first_fiscal_year = FiscalYear{1980};
        project.last_fiscal_year = FiscalYear{2040};
        const Kpi model = project.kpis[0];
        project.kpis.clear();
        std::vector<std::string> expected;
        for (auto k = random.between(1, 4); k > 0; --k) {
            Kpi& kpi = project.kpis.emplace_back(model);
            kpi.number = static_cast<int>(project.kpis.size());
            const int first = random.chance(20) ? 1985 : 2019; // FY1985 .. has no era
            const int spread = static_cast<int>(random.between(1, 8));
            const auto size = random.between(0, random.chance(10) ? 30 : 7);
            kpi.plan = random_row(random, size, first, spread);
            if (random.chance(25)) {
                // In order, as most rows are: the same years increasing in both rows.
                std::sort(
                    kpi.plan.values.begin(), kpi.plan.values.end(),
                    [](const PeriodValue& a, const PeriodValue& b) { return a.year < b.year; });
                kpi.plan.values.erase(std::unique(kpi.plan.values.begin(), kpi.plan.values.end(),
                                                  [](const PeriodValue& a, const PeriodValue& b) {
                                                      return a.year == b.year;
                                                  }),
                                      kpi.plan.values.end());
                kpi.actual = random_row(random, static_cast<std::int64_t>(kpi.plan.size()), 0, 1);
                for (std::size_t i = 0; i < kpi.plan.size(); ++i) {
                    kpi.actual.values[i].year = kpi.plan.values[i].year;
                }
            } else if (random.chance(40)) {
                kpi.actual = shuffled_years(random, kpi.plan);
            } else {
                kpi.actual = random_row(random, random.between(0, 8), first, spread);
            }
            const auto old = row_rules_the_old_way(
                kpi, "/rounds/0/projects/0/kpis/" + std::to_string(project.kpis.size() - 1));
            expected.insert(expected.end(), old.begin(), old.end());
        }
        const auto found = validate(report);
        for (const auto& d : found) {
            ++by_code[d.code];
        }
        CHECK(printed_with_codes(found, {"GK402", "GK405", "GK408"}) == expected);
    }
    // The comparison saw each rule many times.
    for (const std::string code : {"GK402", "GK405", "GK408"}) {
        CAPTURE(code);
        CHECK(by_code[code] >= 200);
    }
}

TEST_CASE("rows of 9,000 years in shuffled and falling order: exact findings, quickly") {
    // Comparing each cell with every other cell of its row took minutes on a file of many
    // such rows; sorted once, these rows are checked at once. The expected findings are known
    // from how the rows are built (make_scrambled, make_in_order, make_falling).
    const std::string at = "/rounds/0/projects/0/kpis/";
    Report report = valid_report();
    report.rounds[0].fiscal_year = FiscalYear{1000};
    Project& project = project0(report);
    project.first_fiscal_year = FiscalYear{1000};
    project.last_fiscal_year = FiscalYear{9999};
    make_scrambled(project.kpis[0]);
    make_in_order(project.kpis[1]);
    make_falling(project.kpis[2]);

    std::vector<std::string> expected = scrambled_findings(project.kpis[0], at);
    const std::vector<std::string> later = in_order_and_falling_findings(at);
    expected.insert(expected.end(), later.begin(), later.end());

    std::vector<std::string> printed;
    for (const auto& d : validate(report)) {
        printed.push_back(d.to_string());
    }
    REQUIRE(printed.size() == expected.size());
    // One CHECK, not one per line: on a difference, the first line that differs.
    const auto differ = std::mismatch(printed.begin(), printed.end(), expected.begin());
    CHECK(differ.first == printed.end());
    if (differ.first != printed.end()) {
        CHECK(*differ.first == *differ.second);
    }
}

TEST_SUITE_END();
