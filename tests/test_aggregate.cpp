// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/aggregate.hpp>

#include <grantkpi/evaluate.hpp>
#include <grantkpi/views.hpp>

#include "support/operators.hpp"
#include "support/printers.hpp"
#include "support/random_report.hpp"
#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <ranges>
#include <string>
#include <vector>

// group_by and the aggregates over the flat views. The counts, shares and budgets must be
// evaluate_collection's own, exactly, on the seed and on random collections with joint
// projects reported twice.

using namespace grantkpi;
using grantkpi::testing::addable;
using grantkpi::testing::equality_comparable_with;

namespace {

Decimal dec(std::int64_t v) {
    return Decimal{v};
}

// Random reports, with some of their joint projects reported again by a later report (a
// copy of an earlier report under another municipality), which evaluate_collection merges.
std::vector<Report> random_collection(std::uint64_t seed) {
    std::vector<Report> reports;
    for (std::uint64_t i = 0; i < 6; ++i) {
        reports.push_back(testing::random_report(seed * 100 + i, {.provenance = true}));
    }
    Report again = reports[seed % 3];
    again.municipality = "again";
    reports.push_back(std::move(again));
    return reports;
}

// Adds up the summaries' counts and budgets of groups, to compare with the whole.
KpiCounts add(KpiCounts a, const KpiCounts& b) {
    a.total += b.total;
    a.met_confirmed += b.met_confirmed;
    a.met_provisional += b.met_provisional;
    a.not_met_confirmed += b.not_met_confirmed;
    a.not_met_provisional += b.not_met_provisional;
    a.no_plan += b.no_plan;
    a.not_reported += b.not_reported;
    a.weak_direction += b.weak_direction;
    return a;
}

} // namespace

TEST_SUITE("aggregate") {
    TEST_CASE("group_by: the seed's projects by round, KPIs by unit") {
        const Report& seed = testing::seed_report();
        const auto by_round = group_by(views::projects(seed), by::round);
        // R1: 3 projects, R2: 2, R3: none (no group), R4: 1.
        REQUIRE(by_round.size() == 3);
        CHECK(by_round.at(FiscalYear{2019}).size() == 3);
        CHECK(by_round.at(FiscalYear{2020}).size() == 2);
        CHECK(by_round.at(FiscalYear{2022}).size() == 1);
        CHECK(by_round.at(FiscalYear{2022}).front().project().name ==
              "地域のデジタル改革によるスマートシティ推進事業");
        CHECK(group_by(views::projects(seed), by::scheme).begin()->first == "地方創生推進交付金");

        const auto kpis_by_unit =
            group_by(views::kpis(seed), by::unit, [](const auto& group) { return group.size(); });
        // 件 7 (see test_views), 人 6, 社 2, 千円 1, % 1: the 17.
        CHECK(kpis_by_unit.at("件") == 7);
        CHECK(kpis_by_unit.at("人") == 6);
        CHECK(kpis_by_unit.at("社") == 2);
        CHECK(kpis_by_unit.at("千円") == 1);
        CHECK(kpis_by_unit.at("%") == 1);
        const auto partners = group_by(views::projects(seed), by::partners);
        CHECK(partners.at({}).size() == 3);
        CHECK(partners.at({"道"}).size() == 3);
        // Two keys: the R1 projects by application (single 1, joint 2).
        const auto by_round_and_application =
            group_by(views::projects(seed), by::keys(by::round, by::application));
        CHECK(by_round_and_application.at({FiscalYear{2019}, Application::joint}).size() == 2);
        CHECK(by_round_and_application.begin()->first ==
              std::tuple{FiscalYear{2019}, Application::single});
        const auto years = group_by(views::kpi_years(seed), by::fiscal_year);
        CHECK(years.begin()->first == FiscalYear{2019});
        CHECK(years.rbegin()->first == FiscalYear{2024}); // the R4 project's plan runs to R6
    }

    TEST_CASE("the seed's summary, counts, headline shares and budgets are evaluate's") {
        const ReportEvaluation e = evaluate(testing::seed_report());
        CHECK(aggregate::summary(views::projects(e)) == e.summary);
        CHECK(aggregate::kpi_counts(views::kpis(e)) == e.summary.kpis);
        CHECK(aggregate::kpi_counts(views::projects(e)) == e.summary.kpis);
        CHECK(aggregate::kpis_met(views::kpis(e)) == e.summary.kpis_met);
        CHECK(aggregate::project_counts(views::projects(e)) == e.summary.projects);
        CHECK(aggregate::projects_met_at_least_one(views::projects(e)) ==
              e.summary.projects_met_at_least_one);

        // docs/evaluation.md, "The seed report's figures".
        const KpiCounts counts = aggregate::kpi_counts(views::kpis(e));
        CHECK(counts.met_confirmed == 4);
        CHECK(counts.met_provisional == 3);
        CHECK(counts.not_met_confirmed == 3);
        CHECK(counts.no_plan == 4);
        CHECK(counts.not_reported == 3);
        const HeadlineShare kpis_met = aggregate::kpis_met(views::kpis(e));
        CHECK(kpis_met.confirmed_of_judged.value->rounded == Decimal{5714, 4});     // 4 / 7
        CHECK(kpis_met.with_provisional_of_all.value->rounded == Decimal{4118, 4}); // 7 / 17
        const BudgetTotals budget = aggregate::budget(views::projects(e));
        CHECK(budget.own == Money{dec(94004)}); // 27,125 + 9,650 + 25,370 + 23,500 + 8,359
        CHECK(budget.own_national_share == Money{dec(47002)});
        CHECK(budget.joint_total == Money{dec(71349)}); // UIJ ターン新規就業支援事業
        CHECK(budget.joint_total_national_share == Money{Decimal{356745, 1}});

        // KPI groups: the counts of the groups add up to the whole.
        KpiCounts sum;
        for (const auto& [kind, group_counts] :
             group_by(views::kpis(e), by::unit_kind, aggregate::kpi_counts)) {
            sum = add(sum, group_counts);
        }
        CHECK(sum == counts);
        // By verdict: 7 met (4 confirmed + 3 provisional), 3 not met.
        const auto verdicts = group_by(views::kpis(e), by::verdict);
        CHECK(verdicts.at(Verdict::met).size() == 7);
        CHECK(verdicts.at(Verdict::not_met).size() == 3);
    }

    TEST_CASE("over a collection, the totals are evaluate_collection's: joint projects once") {
        std::vector<Report> reports{testing::seed_report(), testing::seed_report()};
        reports[1].municipality = "another";
        const CollectionEvaluation c = evaluate_collection(reports);
        REQUIRE(c.duplicates_merged == 3);
        const Summary s = aggregate::summary(views::projects(c));
        CHECK(s == c.summary);
        CHECK(s.projects.total == 9); // 6 + the copy's 3 single projects
        // The joint total is the seed's once: 71,349, not twice.
        CHECK(s.budget.joint_total == Money{dec(71349)});
        CHECK(aggregate::kpi_counts(views::kpis(c)) == c.summary.kpis);
        CHECK(aggregate::kpis_met(views::kpis(c)) == c.summary.kpis_met);

        // By municipality: 札幌市 all six, the copy only its three single projects.
        const auto by_town = group_by(views::projects(c), by::municipality, aggregate::summary);
        REQUIRE(by_town.size() == 2);
        CHECK(by_town.at("札幌市").projects.total == 6);
        CHECK(by_town.at("another").projects.total == 3);
    }

    TEST_CASE("random collections: every total agrees with evaluate_collection's summary") {
        std::size_t merged = 0;
        for (std::uint64_t seed = 1; seed <= 40; ++seed) {
            CAPTURE(seed);
            const std::vector<Report> reports = random_collection(seed);
            const CollectionEvaluation c = evaluate_collection(reports);
            merged += c.duplicates_merged;
            CHECK(aggregate::summary(views::projects(c)) == c.summary);
            CHECK(aggregate::kpi_counts(views::kpis(c)) == c.summary.kpis);
            CHECK(aggregate::kpis_met(views::kpis(c)) == c.summary.kpis_met);
            CHECK(aggregate::budget(views::projects(c)) == c.summary.budget);
            // Grouped by scheme and round, the groups add up to the collection.
            KpiCounts kpis;
            std::size_t projects = 0;
            Money own;
            for (const auto& [key, summary] : group_by(
                     views::projects(c),
                     [](const auto& p) {
                         return std::pair{p.round().scheme, p.round().fiscal_year};
                     },
                     aggregate::summary)) {
                kpis = add(kpis, summary.kpis);
                projects += summary.projects.total;
                own += summary.budget.own;
            }
            CHECK(kpis == c.summary.kpis);
            CHECK(projects == c.summary.projects.total);
            CHECK(own == c.summary.budget.own);
            // And each report alone is its own summary.
            for (const ReportEvaluation& e : c.reports) {
                CHECK(aggregate::summary(views::projects(e)) == e.summary);
            }
        }
        CHECK(merged > 0); // the copies were there to merge
    }

    TEST_CASE("sums of values: level and increment per year, a cumulative KPI its latest only") {
        const Report& seed = testing::seed_report();
        const auto totals = aggregate::values_by_unit(views::kpis(seed));
        // 件, actual: R1 136 (UIJ ターンによる①) + 22 + 5 (外国人①②) = 163; R2 144 + 41 + 3 +
        // 2 + 0 (デジタル①②) = 190; R3 212 + 115 + 2 + 11 + 7 = 347; R4 only 見込: 16 + 11.
        const ValueTotals<>& cases = totals.at("件");
        CHECK(cases.kpis == 7);
        CHECK(cases.per_year.at(FiscalYear{2019}).confirmed == dec(163));
        CHECK(cases.per_year.at(FiscalYear{2020}).confirmed == dec(190));
        CHECK(cases.per_year.at(FiscalYear{2021}).confirmed == dec(347));
        const ValueSum<>& r4 = cases.per_year.at(FiscalYear{2022});
        CHECK(r4.confirmed_cells == 0);
        CHECK(r4.expected == dec(27));
        CHECK(r4.expected_cells == 2);
        CHECK(r4.with_expected() == dec(27));
        CHECK(cases.cumulative_kpis == 0);
        // 社: UIJ ターンによる③ 726, 795, 900 per year; いしかり② (3年累計) 66, 171, 257
        // contributes 257 only, never 66 + 171 + 257 = 494.
        const ValueTotals<>& companies = totals.at("社");
        CHECK(companies.per_year.at(FiscalYear{2019}).confirmed == dec(726));
        CHECK(companies.per_year.count(FiscalYear{2022}) == 0);
        CHECK(companies.cumulative_kpis == 1);
        CHECK(companies.cumulative_latest.confirmed == dec(257));
        CHECK(companies.cumulative_latest.confirmed_cells == 1);
        // Plans: 件 R4 plan 9 + 5 (デジタル) + 10 + 23,000 (スマートシティ ①②).
        CHECK(aggregate::values_by_unit(views::kpis(seed), TableRow::plan)
                  .at("件")
                  .per_year.at(FiscalYear{2022})
                  .confirmed == dec(23024));
    }

    TEST_CASE("sums refuse values of different units, with a message; typed sums at compile time") {
        const Report& seed = testing::seed_report();
        const auto mixed = aggregate::values(views::kpis(seed));
        REQUIRE_FALSE(mixed);
        CHECK(mixed.error().message ==
              "aggregate::values: KPI 2 of UIJ ターンによるさっぽろ型人材還流促進事業 (report 0, "
              "/rounds/0/projects/0/kpis/1) is in 人, the KPIs before it in 件: values of "
              "different units are not added (group by::unit first, or use "
              "aggregate::values_by_unit)");
        // Grouped by unit first, each group sums (a group is a vector of entries, a range too).
        const auto in = group_by(views::kpis(seed), by::unit);
        const auto people = aggregate::values(in.at("人"));
        REQUIRE(people);
        // 人, R2: 932 (UIJ ターンによる②) + 6 + 1 (UIJ ターン新規①②) - 3,760 (外国人③) + 73
        // (いしかり①) = -2,748; the デジタル③ 8 makes -2,740.
        CHECK(people->per_year.at(FiscalYear{2020}).confirmed == dec(-2740));

        // Typed: 千円 as Money (外国人④: 12,905, 66,160, 20,060), refused for a count.
        const auto yen = aggregate::values_as<Money>(in.at("千円"));
        REQUIRE(yen);
        CHECK(yen->per_year.at(FiscalYear{2020}).confirmed == Money{dec(66160)});
        const auto not_yen = aggregate::values_as<Money>(in.at("件"));
        REQUIRE_FALSE(not_yen);
        CHECK(
            not_yen.error().message ==
            "aggregate::values_as: KPI 1 of UIJ ターンによるさっぽろ型人材還流促進事業 (report 0, "
            "/rounds/0/projects/0/kpis/0) is in 件, not in 千円 (Money)");
        const auto counted = aggregate::values_as<Count>(in.at("件"));
        REQUIRE(counted);
        CHECK(counted->per_year.at(FiscalYear{2019}).confirmed == Count{dec(163)});
        using MoneySum = decltype(yen->cumulative_latest.confirmed);
        using CountSum = decltype(counted->cumulative_latest.confirmed);
        static_assert(!addable<MoneySum, CountSum> &&
                      !equality_comparable_with<MoneySum, CountSum>);
        static_assert(addable<MoneySum, MoneySum>);
        // The aggregates that count verdicts need an evaluation: a bare report's entries have
        // none (summary over them is a static_assert with a message; the others do not match).
        static_assert(
            !std::invocable<decltype(aggregate::kpi_counts), decltype(views::kpis(seed))>);
        static_assert(
            !std::invocable<decltype(aggregate::budget), decltype(views::projects(seed))>);
        // Sums read KPI rows: KPI-years are not summed (each year would count its row again).
        static_assert(
            !std::invocable<decltype(aggregate::values), decltype(views::kpi_years(seed))>);
    }

    TEST_CASE("sums over a collection count a joint project once; overflow is an error") {
        std::vector<Report> reports{testing::seed_report(), testing::seed_report()};
        reports[1].municipality = "another";
        const CollectionEvaluation c = evaluate_collection(reports);
        const auto totals = aggregate::values_by_unit(views::kpis(c));
        // 件 R1: the single UIJ ターンによる① twice (136 + 136), the joint 外国人①② once (22 + 5).
        CHECK(totals.at("件").per_year.at(FiscalYear{2019}).confirmed == dec(299));

        Report big;
        Kpi kpi;
        kpi.unit = Unit::from_label("件");
        kpi.actual = Series::from(FiscalYear{2020}, {confirmed(Decimal::max_coefficient)});
        big.rounds.emplace_back().fiscal_year = FiscalYear{2020};
        Project& project = big.rounds[0].projects.emplace_back();
        project.name = "p";
        project.kpis = {kpi, kpi};
        const auto overflow = aggregate::values(views::kpis(big));
        REQUIRE_FALSE(overflow);
        CHECK(overflow.error().message.starts_with(
            "aggregate::values: KPI 0 of p (report 0, /rounds/0/projects/0/kpis/1): "));
        CHECK_THROWS_AS((void)aggregate::values_by_unit(views::kpis(big)), error_exception);
    }
}
