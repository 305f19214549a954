// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/report.hpp>

#include <grantkpi/json.hpp>

#include "support/printers.hpp"

#include "support/seed.hpp"
#include "support/values.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string_view>

// Figures of the seed report (examples/data/sapporo_fy2022.txt, Sapporo city), checked in its
// JSON form (examples/data/sapporo_fy2022.json). Each check names the figure in the report.

using namespace grantkpi;
using testing::d;

namespace {

const Report& seed() {
    return testing::seed_report();
}

const Project& project(std::string_view name_start) {
    for (const auto& round : seed().rounds) {
        for (const auto& p : round.projects) {
            if (std::string_view(p.name).starts_with(name_start)) {
                return p;
            }
        }
    }
    FAIL("no project starts with " << name_start);
    throw;
}

Observation cell(const Series& series, int year) {
    const Observation* found = series.find(FiscalYear{year});
    REQUIRE(found != nullptr);
    return *found;
}

// Project names as written in the report.
constexpr std::string_view uij_return = "UIJ ターンに";  // UIJ ターンに...
constexpr std::string_view uij_new_job = "UIJ ターン新"; // UIJ ターン新規...
constexpr std::string_view foreign = "外国人";           // 外国人の活躍...
constexpr std::string_view digital = "デジタル";         // デジタル技術...
constexpr std::string_view ishikari = "いしかり";        // いしかり...
constexpr std::string_view smart_city = "地域の";        // 地域のデジタル改革...

} // namespace

TEST_SUITE("seed_report") {

    TEST_CASE("shape: 4 rounds, 6 projects, 17 KPIs, 140 table cells") {
        const Report& report = seed();
        CHECK(report.municipality == "札幌市");
        REQUIRE(report.rounds.size() == 4); // R1, R2, R3 (no new project), R4
        CHECK(report.rounds[0].fiscal_year == FiscalYear{2019});
        CHECK(report.rounds[1].fiscal_year == FiscalYear{2020});
        CHECK(report.rounds[2].fiscal_year == FiscalYear{2021});
        CHECK(report.rounds[2].projects.empty()); // ※R3年度...新規採択事業なし
        CHECK(report.rounds[3].fiscal_year == FiscalYear{2022});
        std::size_t projects = 0;
        std::size_t kpis = 0;
        std::size_t cells = 0;
        for (const auto& round : report.rounds) {
            projects += round.projects.size();
            for (const auto& p : round.projects) {
                kpis += p.kpis.size();
                for (const auto& k : p.kpis) {
                    cells += 2 + k.plan.size() + k.actual.size();
                }
            }
        }
        CHECK(projects == 6);
        CHECK(kpis == 17);   // 3 + 2 + 4 + 3 + 2 + 3
        CHECK(cells == 140); // (2 + 2 x years) per KPI: 3x8 + 2x10 + 4x8 + 3x8 + 2x8 + 3x8
    }

    TEST_CASE("rounds: R1年度地方創生推進交付金<1/2国費>【R1年度から3年間(一部は6年間)実施】") {
        const Round& r1 = seed().rounds[0];
        CHECK(r1.national_share == Fraction{1, 2});
        CHECK(r1.duration_years == 3);
        CHECK(r1.duration_note == "一部は"
                                  "6年間"); // 一部は6年間
        CHECK(r1.projects.size() == 3);
        CHECK_FALSE(seed().rounds[2].national_share); // R3年度地方創生推進交付金: no share given
    }

    TEST_CASE("project headings: application, partners, budget and its scope, years") {
        const Project& first = project(uij_return);
        CHECK(first.application == Application::single); // <単独申請>
        CHECK(first.budget == Money{Decimal{27125}});    // (27,125千円)
        CHECK(first.budget_scope == BudgetScope::own);
        CHECK(first.first_fiscal_year == FiscalYear{2019});
        CHECK(first.last_fiscal_year == FiscalYear{2021});                 // 3 years from R1
        CHECK(first.budget * first.national_share == Money{d("13562.5")}); // 27,125 x 1/2

        const Project& joint = project(uij_new_job);
        CHECK(joint.application == Application::joint); // <道と共同申請>
        CHECK(joint.partners == std::vector<std::string>{"道"});
        CHECK(joint.budget == Money{Decimal{71349}});          // (71,349千円)
        CHECK(joint.budget_scope == BudgetScope::joint_total); // ※道全体の採択額
        CHECK(joint.last_fiscal_year == FiscalYear{2024}); // ※ R6年度まで6年間実施予定
        CHECK(joint.notes.size() == 2); // that note, 札幌市の実績値のみ記載

        CHECK(project(foreign).budget == Money{Decimal{9650}}); // (9,650千円)
        CHECK(project(foreign).budget_scope == BudgetScope::own);
        CHECK(project(digital).budget == Money{Decimal{25370}});         // (25,370千円)
        CHECK(project(ishikari).budget == Money{Decimal{23500}});        // (23,500千円)
        CHECK(project(smart_city).budget == Money{Decimal{8359}});       // (8,359千円)
        CHECK(project(smart_city).last_fiscal_year == FiscalYear{2024}); // R4 + 3 years
    }

    TEST_CASE("KPI ① of the first project: baseline 120 (plan) vs 122 (actual), R1-R3") {
        const Kpi& kpi = project(uij_return).kpis.at(0);
        CHECK(kpi.number == 1);
        CHECK(kpi.unit == Unit{"件", UnitKind::count});
        CHECK(kpi.baseline.plan == Observation::confirmed(Decimal{120}));
        CHECK(kpi.baseline.actual == Observation::confirmed(Decimal{122}));
        CHECK(cell(kpi.plan, 2019) == Observation::confirmed(Decimal{150}));
        CHECK(cell(kpi.actual, 2019) == Observation::confirmed(Decimal{136}));
        CHECK(cell(kpi.plan, 2021) == Observation::confirmed(Decimal{170}));
        CHECK(cell(kpi.actual, 2021) == Observation::confirmed(Decimal{212}));
        // KPI ② R3 actual 1,216 人
        CHECK(cell(project(uij_return).kpis.at(1).actual, 2021) ==
              Observation::confirmed(Decimal{1216}));
    }

    TEST_CASE("KPI ③ of the foreign-residents project: actual -3,760 for R2, -274 for R3") {
        const Kpi& kpi = project(foreign).kpis.at(2);
        CHECK(kpi.title == "外国人居住者"
                           "数");                           // 外国人居住者数
        CHECK(kpi.accumulation == Accumulation::increment); // yearly change (DOMAIN.md)
        CHECK(cell(kpi.actual, 2020) == Observation::confirmed(d("-3760")));
        CHECK(cell(kpi.actual, 2021) == Observation::confirmed(d("-274")));
        CHECK(cell(kpi.plan, 2020) == Observation::confirmed(d("2324")));
        CHECK(kpi.baseline.plan == Observation::not_set()); // —
        // KPI ④: 千円, R2 actual 66,160
        CHECK(project(foreign).kpis.at(3).unit.kind == UnitKind::currency);
        CHECK(cell(project(foreign).kpis.at(3).actual, 2020) == Observation::confirmed(d("66160")));
    }

    TEST_CASE("the R2 project's R4 actuals are expected values 16, 11, 12 (見込)") {
        const Project& p = project(digital);
        const int values[] = {16, 11, 12};
        for (std::size_t k = 0; k < 3; ++k) {
            CAPTURE(k);
            CHECK(cell(p.kpis.at(k).actual, 2022) == Observation::expected(Decimal{values[k]}));
        }
        // KPI ② plan 0 and actual 0 in R2
        CHECK(cell(p.kpis.at(1).plan, 2020) == Observation::confirmed(Decimal{0}));
        CHECK(cell(p.kpis.at(1).actual, 2020) == Observation::confirmed(Decimal{0}));
    }

    TEST_CASE("the second project has no plans: every plan cell is — (not set)") {
        REQUIRE(project(uij_new_job).kpis.size() == 2); // KPI① and KPI②
        for (const Kpi& kpi : project(uij_new_job).kpis) {
            CHECK(kpi.plan.size() == 4); // R1..R4 columns
            CHECK(std::all_of(kpi.plan.begin(), kpi.plan.end(),
                              [](const PeriodValue& v) { return !v.value.has_value(); }));
        }
        // KPI① R2 実績 6.
        CHECK(cell(project(uij_new_job).kpis.at(0).actual, 2020) ==
              Observation::confirmed(Decimal{6}));
    }

    TEST_CASE("the いしかり project's KPI ② is cumulative: 66, 171, 257 (3年累計)") {
        const Kpi& kpi = project(ishikari).kpis.at(1);
        CHECK(kpi.accumulation == Accumulation::cumulative);
        CHECK(cell(kpi.actual, 2020) == Observation::confirmed(Decimal{66}));
        CHECK(cell(kpi.actual, 2022) == Observation::confirmed(Decimal{257}));
    }

    TEST_CASE("the smart-city KPI ③ baseline is 31.20 %, written with both digits") {
        const Kpi& kpi = project(smart_city).kpis.at(2);
        CHECK(kpi.unit == Unit{"%", UnitKind::percent});
        REQUIRE(kpi.baseline.plan.value());
        CHECK(same_representation(*kpi.baseline.plan.value(), d("31.20")));
        CHECK(same_representation(*kpi.baseline.actual.value(), d("31.20")));
        CHECK(same_representation(*cell(kpi.plan, 2024).value(), d("33.00")));
        CHECK_FALSE(cell(kpi.actual, 2022).has_value()); // — : not yet reported
        // KPI ② baseline 3,000 ダウンロード, R6 plan 67,000
        CHECK(cell(project(smart_city).kpis.at(1).plan, 2024) ==
              Observation::confirmed(Decimal{67000}));
    }

} // TEST_SUITE
