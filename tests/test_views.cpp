// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/views.hpp>

#include <grantkpi/evaluate.hpp>

#include "support/printers.hpp"
#include "support/random_report.hpp"
#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <ranges>
#include <string>
#include <vector>

// The flat views: every project, KPI and KPI-year of a report or of a set of reports, as
// std::ranges views, paired with their evaluations through the model links.

using namespace grantkpi;

// clang before 15 cannot compile the range adaptors of libstdc++ 12 (std::views::filter
// fails inside <ranges> itself, over any range): the adaptor checks run on the other
// toolchains (g++; clang 15 and later).
#if defined(__clang__) && __clang_major__ < 15 && defined(__GLIBCXX__)
#define GRANTKPI_TEST_RANGE_ADAPTORS 0
#else
#define GRANTKPI_TEST_RANGE_ADAPTORS 1
#endif

namespace {

// The views are forward, common std::ranges views, whatever they are made over.
template <class View>
constexpr bool is_flat_view = std::ranges::view<View>&& std::ranges::forward_range<View>&&
    std::ranges::common_range<View>&& std::forward_iterator<std::ranges::iterator_t<View>>;
static_assert(is_flat_view<decltype(views::projects(std::declval<const Report&>()))>);
static_assert(is_flat_view<decltype(views::kpis(std::declval<const Report&>()))>);
static_assert(is_flat_view<decltype(views::kpi_years(std::declval<const Report&>()))>);
static_assert(is_flat_view<decltype(views::projects(std::declval<const ReportEvaluation&>()))>);
static_assert(is_flat_view<decltype(views::kpis(std::declval<const CollectionEvaluation&>()))>);
static_assert(
    is_flat_view<decltype(views::kpi_years(std::declval<std::span<const ReportEvaluation>>()))>);
// What a view of a bare report does not have, asking for it does not compile; and a view of
// a temporary, which would dangle, does not compile either.
template <class E>
concept has_evaluation = requires(const E& e) {
    e.evaluation();
};
template <class E>
concept has_project_evaluation = requires(const E& e) {
    e.project_evaluation();
};
static_assert(!has_evaluation<KpiEntry> && !has_evaluation<KpiYearEntry>);
static_assert(!has_project_evaluation<ProjectEntry>);
static_assert(has_evaluation<EvaluatedKpiEntry> && has_evaluation<EvaluatedKpiYearEntry>);
template <class T>
concept has_views = requires(T&& source) {
    views::projects(std::forward<T>(source));
    views::kpis(std::forward<T>(source));
    views::kpi_years(std::forward<T>(source));
};
static_assert(has_views<const Report&> && has_views<const ReportEvaluation&> &&
              has_views<const CollectionEvaluation&> && has_views<std::vector<Report>&>);
static_assert(!has_views<Report> && !has_views<ReportEvaluation> &&
              !has_views<CollectionEvaluation> && !has_views<std::vector<Report>> &&
              !has_views<std::vector<ReportEvaluation>>);

// The same walk by hand: four nested loops, what the views replace.
std::vector<const Kpi*> kpis_by_loops(std::span<const Report> reports) {
    std::vector<const Kpi*> out;
    for (const Report& report : reports) {
        for (const Round& round : report.rounds) {
            for (const Project& project : round.projects) {
                for (const Kpi& kpi : project.kpis) {
                    out.push_back(&kpi);
                }
            }
        }
    }
    return out;
}

std::vector<Report> random_reports(std::uint64_t first_seed, int count) {
    std::vector<Report> reports;
    for (int i = 0; i < count; ++i) {
        reports.push_back(testing::random_report(first_seed + static_cast<std::uint64_t>(i),
                                                 {.provenance = true}));
    }
    return reports;
}

} // namespace

TEST_SUITE("views") {
    TEST_CASE("the seed report: 6 projects, 17 KPIs, each with its round and project") {
        const Report& seed = testing::seed_report();
        // docs/evaluation.md, "The seed report's figures": 3 + 2 + 0 + 1 projects, 17 KPIs.
        CHECK(std::ranges::distance(views::projects(seed)) == 6);
        CHECK(std::ranges::distance(views::kpis(seed)) == 17);
        const auto first = *views::kpis(seed).begin();
        CHECK(first.kpi().title == "窓口を利用したさっぽろ圏の就職内定件数");
        CHECK(first.project().name == "UIJ ターンによるさっぽろ型人材還流促進事業");
        CHECK(first.round().fiscal_year == FiscalYear{2019});
        CHECK(&first.report() == &seed);
        CHECK(first.kpi_pointer() == "/rounds/0/projects/0/kpis/0");
        // The R3 round adopted nothing: the R4 project follows the R2 ones.
        ProjectEntry last;
        for (const ProjectEntry& p : views::projects(seed)) {
            last = p;
        }
        CHECK(last.round().fiscal_year == FiscalYear{2022});
        CHECK(last.project_pointer() == "/rounds/3/projects/0");
        CHECK(last.round_index() == 3);
    }

    TEST_CASE("the views work with std::ranges algorithms, and are multi-pass") {
        const Report& seed = testing::seed_report();
        // KPIs in 件: UIJ ターンによる ①, 外国人 ①②, デジタル ①②, スマートシティ ①②.
        CHECK(std::ranges::count_if(views::kpis(seed), [](const KpiEntry& k) {
                  return k.kpi().unit.label == "件";
              }) == 7);
        // Joint projects (道と共同申請): UIJ ターン新規, 外国人, いしかり.
        CHECK(std::ranges::count_if(views::projects(seed), [](const ProjectEntry& p) {
                  return p.project().application == Application::joint;
              }) == 3);
        const auto kpis = views::kpis(seed);
        const auto cumulative = std::ranges::find_if(kpis, [](const KpiEntry& k) {
            return k.kpi().accumulation == Accumulation::cumulative;
        });
        CHECK((*cumulative).kpi().title == "セミナー等事業参加企業数 (3年累計)");
        std::vector<KpiYearEntry> expected;
        std::ranges::copy_if(views::kpi_years(seed), std::back_inserter(expected),
                             [](const auto& y) { return y.actual().is_expected(); });
        CHECK(expected.size() == 3); // デジタル R4: 16, 11, 12 (見込)
        // Multi-pass: a view can be walked twice, and an iterator copied keeps its place.
        const auto all = views::kpis(seed);
        auto it = all.begin();
        auto copy = it;
        ++it;
        CHECK((*copy).kpi().number == 1);
        CHECK((*it).kpi().number == 2);
        CHECK(std::ranges::distance(all) == std::ranges::distance(all));
    }

#if GRANTKPI_TEST_RANGE_ADAPTORS
    TEST_CASE("the views compose with the std::views adaptors") {
        const Report& seed = testing::seed_report();
        // The seed's 見込 cells: デジタル R4 actuals 16, 11 and 12.
        auto expected_years =
            views::kpi_years(seed) |
            std::views::filter([](const auto& y) { return y.actual().is_expected(); }) |
            std::views::transform([](const auto& y) { return *y.actual().value(); });
        const std::vector<Decimal> values(expected_years.begin(), expected_years.end());
        CHECK(values == std::vector<Decimal>{Decimal{16}, Decimal{11}, Decimal{12}});
        // The seed's not-met confirmed KPIs: 外国人 ②③④ (docs/evaluation.md).
        const ReportEvaluation evaluation = evaluate(seed);
        auto not_met =
            views::kpis(evaluation) | std::views::filter([](const auto& k) {
                return k.evaluation().verdict == Verdict::not_met && !k.evaluation().provisional;
            }) |
            std::views::transform([](const auto& k) { return k.kpi().number; });
        CHECK(std::vector<int>(not_met.begin(), not_met.end()) == std::vector<int>{2, 3, 4});
        auto joint = views::projects(seed) | std::views::filter([](const ProjectEntry& p) {
                         return p.project().application == Application::joint;
                     });
        CHECK(std::ranges::distance(joint) == 3);
        CHECK(std::ranges::distance(views::kpis(seed) | std::views::take(5)) == 5);
    }
#endif

    TEST_CASE("a view over an evaluation pairs each element with its evaluation") {
        const Report& seed = testing::seed_report();
        const ReportEvaluation evaluation = evaluate(seed);
        std::size_t kpis = 0;
        for (const EvaluatedKpiEntry& k : views::kpis(evaluation)) {
            CHECK(k.evaluation().model.get() == &k.kpi());
            CHECK(k.project_evaluation().model.get() == &k.project());
            CHECK(k.round_evaluation().model.get() == &k.round());
            CHECK(&k.report_evaluation() == &evaluation);
            ++kpis;
        }
        CHECK(kpis == 17);
        // The seed's not-met confirmed KPIs: 外国人 ②③④ (docs/evaluation.md).
        std::vector<int> numbers;
        for (const auto& k : views::kpis(evaluation)) {
            if (k.evaluation().verdict == Verdict::not_met && !k.evaluation().provisional) {
                CHECK(k.project().name == "外国人の活躍×グローバルビジネス拡大プロジェクト");
                numbers.push_back(k.kpi().number);
            }
        }
        CHECK(numbers == std::vector<int>{2, 3, 4});
        // KPI-years: UIJ ターンによる KPI① R1, 136 against 150, ratio 0.9067.
        const auto year = *views::kpi_years(evaluation).begin();
        CHECK(year.year() == FiscalYear{2019});
        CHECK(year.plan() == confirmed(150));
        CHECK(year.actual() == confirmed(136));
        CHECK(year.evaluation().ratio->rounded == Decimal{9067, 4});
        CHECK(&year.evaluation() == &year.kpi_evaluation().years.front());
    }

    TEST_CASE("random reports: the views walk what the nested loops walk, in the same order") {
        const std::vector<Report> reports = random_reports(1200, 40);
        const std::vector<const Kpi*> by_loops = kpis_by_loops(reports);
        std::vector<const Kpi*> by_view;
        for (const auto& k : views::kpis(reports)) {
            by_view.push_back(&k.kpi());
            CHECK(&k.report() == &reports[k.report_index()]);
            CHECK(&k.kpi() == &reports[k.report_index()]
                                   .rounds[k.round_index()]
                                   .projects[k.project_index()]
                                   .kpis[k.kpi_index()]);
        }
        CHECK(by_view == by_loops);

        // Over the evaluations, the KPI-years are exactly KpiEvaluation::years, and the view of
        // the bare reports gives the same years with the same cells.
        std::vector<ReportEvaluation> evaluations;
        for (const Report& report : reports) {
            evaluations.push_back(evaluate(report));
        }
        std::size_t years = 0;
        for (const ReportEvaluation& e : evaluations) {
            for (const RoundEvaluation& r : e.rounds) {
                for (const ProjectEvaluation& p : r.projects) {
                    for (const KpiEvaluation& k : p.kpis) {
                        years += k.years.size();
                    }
                }
            }
        }
        const auto evaluated = views::kpi_years(evaluations);
        const auto bare = views::kpi_years(reports);
        CHECK(static_cast<std::size_t>(std::ranges::distance(evaluated)) == years);
        REQUIRE(std::ranges::distance(bare) == std::ranges::distance(evaluated));
        auto b = bare.begin();
        for (const auto& y : evaluated) {
            const auto model = *b++;
            CAPTURE(y.kpi_pointer());
            CHECK(&model.kpi() == &y.kpi());
            CHECK(model.year() == y.year());
            CHECK(model.plan() == y.evaluation().plan);
            CHECK(model.actual() == y.evaluation().actual);
            CHECK(y.plan() == y.evaluation().plan);
        }
    }

    TEST_CASE("a year twice in a row is one KPI-year with its first cells, as evaluate has it") {
        Report report;
        Kpi kpi;
        kpi.number = 1;
        kpi.plan = Series::from({{FiscalYear{2020}, confirmed(10)},
                                 {FiscalYear{2021}, not_set()},
                                 {FiscalYear{2020}, confirmed(99)}});
        kpi.actual =
            Series::from({{FiscalYear{2022}, confirmed(3)}, {FiscalYear{2020}, confirmed(12)}});
        report.rounds.emplace_back().fiscal_year = FiscalYear{2020};
        report.rounds[0].projects.emplace_back().kpis.push_back(kpi);
        std::vector<FiscalYear> years;
        for (const auto& y : views::kpi_years(report)) {
            years.push_back(y.year());
        }
        // R2 (plan 10, actual 12), R4 (actual only); R3 has no value, R2's second plan cell is
        // the same year.
        CHECK(years == std::vector<FiscalYear>{FiscalYear{2020}, FiscalYear{2022}});
        CHECK((*views::kpi_years(report).begin()).plan() == confirmed(10));
        const ReportEvaluation e = evaluate(report);
        REQUIRE(e.rounds[0].projects[0].kpis[0].years.size() == 2);
        CHECK(e.rounds[0].projects[0].kpis[0].years[1].year == FiscalYear{2022});
    }

    TEST_CASE("a collection's views leave out the joint projects' merged copies") {
        // The seed twice: its three joint projects (道と共同申請) are counted once, its three
        // single ones twice.
        std::vector<Report> reports{testing::seed_report(), testing::seed_report()};
        reports[1].municipality = "another";
        const CollectionEvaluation c = evaluate_collection(reports);
        REQUIRE(c.duplicates_merged == 3);
        CHECK(std::ranges::distance(views::projects(c)) == 9);
        CHECK(static_cast<std::size_t>(std::ranges::distance(views::projects(c))) ==
              c.summary.projects.total);
        CHECK(static_cast<std::size_t>(std::ranges::distance(views::kpis(c))) ==
              c.summary.kpis.total);
        for (const auto& p : views::projects(c)) {
            if (p.report_index() == 1) {
                CHECK(p.project().application == Application::single);
            }
        }
        // The reports' own views keep every copy.
        CHECK(std::ranges::distance(
                  views::projects(std::span<const ReportEvaluation>(c.reports))) == 12);
    }

    TEST_CASE("an evaluation without its report is refused with a message") {
        const ReportEvaluation detached;
        CHECK_THROWS_AS((void)views::projects(detached), error_exception);
        ReportEvaluation copy = evaluate(testing::seed_report());
        copy.model = {};
        CHECK_THROWS_WITH_AS((void)views::kpis(copy),
                             "views: the evaluation of report 0 has no link to its report (a "
                             "default or deserialized evaluation): evaluate the report, and keep "
                             "it alive",
                             error_exception);
        Report changed = testing::seed_report();
        const ReportEvaluation stale = evaluate(changed);
        changed.rounds[1].projects.pop_back();
        CHECK_THROWS_WITH_AS((void)views::projects(stale),
                             "/rounds/1: views: the evaluation of report 0 does not match its "
                             "report any more",
                             error_exception);
        // A report without rounds is an empty range.
        const Report empty;
        CHECK(views::kpis(empty).empty());
        const auto none = views::kpis(empty);
        CHECK(none.begin() == none.end());
    }
}
