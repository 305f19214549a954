// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/text_writer.hpp>

#include <grantkpi/json.hpp>
#include <grantkpi/kpi_inference.hpp>
#include <grantkpi/text_reader.hpp>

#include <support/random.hpp>
#include <support/random_report.hpp>
#include <support/seed.hpp>
#include <support/text_read.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

namespace {

using namespace grantkpi;

const std::string seed_text = GRANTKPI_SOURCE_DIR "/examples/data/sapporo_fy2022.txt";

TextReadOptions sapporo_options() {
    return testing::seed_text_options();
}

Report read_ok(std::string_view text, const TextReadOptions& options = {}) {
    return testing::require_clean_read(read_report_text(text, options));
}

std::string read_bytes(const std::string& path) {
    return testing::read_file(path);
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

/// Adjusts a random report (tests/support/random_report.hpp) to one that the text layout can
/// express, as the writer's header lists it, so that write -> read must give it back:
/// - at least one round (the reader requires a round heading);
/// - a round with projects has a national share (its projects' share) and a duration
///   (3 years when it had none); a duration note only with a duration;
/// - a project whose last fiscal year is not first + the round's duration - 1 gets the note
///   `<last>年度まで<N>年間実施予定` at the end of its notes, the text's way to say it;
/// - a single application has no partners;
/// - KPI notes are dropped; `increment` becomes `level`; a cumulative KPI's title ends with
///   `(N年累計)` (N = its number of columns), other titles contain no 累計 (the random words
///   never do); the direction is the one the reader infers from the baseline and the plan.
/// Strings need no change: the generator's words (without JSON special characters) hold no
/// tab, line break, ※, ○, brackets or separators, never begin with a fiscal year or a
/// marker, and plan and actual rows already share the same increasing fiscal years.
Report make_text_expressible(Report report) {
    if (report.rounds.empty()) {
        Round round;
        round.fiscal_year = FiscalYear{2022};
        round.scheme = "地方創生推進交付金";
        report.rounds.push_back(round);
    }
    for (Round& round : report.rounds) {
        if (!round.duration_years) {
            round.duration_note.reset();
        }
        if (round.projects.empty()) {
            continue;
        }
        round.national_share = round.projects.front().national_share;
        if (!round.duration_years) {
            round.duration_years = 3;
        }
        for (Project& project : round.projects) {
            project.national_share = *round.national_share;
            project.first_fiscal_year = round.fiscal_year;
            if (project.application == Application::single) {
                project.partners.clear();
            }
            if (project.budget_scope == BudgetScope::joint_total) {
                // As the writer words it, on the heading.
                const std::string partner =
                    project.application == Application::joint && !project.partners.empty()
                        ? project.partners.front()
                        : std::string();
                project.budget_scope_basis =
                    Provenance::inferred_by("heading: ※" + partner + "全体の採択額");
            } else {
                project.budget_scope_basis = Provenance::assumed_default("no scope note");
            }
            project.own_budget.reset();
            project.budget_as_written.reset();
            const int years = project.duration_years();
            if (years != *round.duration_years) {
                project.notes.push_back(to_string(project.last_fiscal_year) + "年度まで" +
                                        std::to_string(years) + "年間実施予定");
            }
            for (Kpi& kpi : project.kpis) {
                kpi.notes.clear();
                if (kpi.accumulation == Accumulation::increment) {
                    kpi.accumulation = Accumulation::level;
                }
                if (kpi.accumulation == Accumulation::cumulative) {
                    kpi.title += '(';
                    kpi.title += std::to_string(kpi.plan.size());
                    kpi.title += "年累計)";
                }
                // The text carries no direction, accumulation or basis: what the reader
                // infers from the title and the plan (docs/kpi-inference.md).
                apply_kpi_inference(kpi);
            }
        }
    }
    return report;
}

} // namespace

TEST_SUITE("text_writer") {

    TEST_CASE("the seed report: read -> write -> read gives an equal model") {
        const Report seed = read_ok(read_bytes(seed_text), sapporo_options());
        const std::string written = write_report_text(seed);
        CHECK(read_ok(written, sapporo_options()) == seed);
        // Writing what was read back gives the same bytes.
        CHECK_EQ(write_report_text(read_ok(written, sapporo_options())), written);
    }

    TEST_CASE("the seed report is written in its own layout") {
        // The text differs from the published file only where the model keeps no choice: the
        // leading blank lines, the space after ※, the space before a budget and the final newline.
        std::string expected = read_bytes(seed_text);
        expected.erase(0, expected.find_first_not_of('\n'));
        replace_all(expected, "※ ", "※");
        replace_all(expected, ">(", "> (");
        expected += '\n';
        CHECK_EQ(write_report_text(read_ok(read_bytes(seed_text), sapporo_options())), expected);
    }

    TEST_CASE("cells, headings and KPI numbers") {
        Report report;
        report.title = "札幌市の交付金事業\nの効果"; // a line break cannot be written: a space
        Round round;
        round.fiscal_year = FiscalYear{2018};
        round.scheme = "地方創生推進交付金";
        round.national_share = Fraction{3, 4};
        round.duration_years = 5;
        round.duration_note = "一部は6年間";
        Project project;
        project.name = "共同事業";
        project.application = Application::joint; // no partners: <共同申請>
        project.budget = Money{Decimal{-1234567, 1}};
        project.budget_scope = BudgetScope::joint_total;
        project.national_share = Fraction{3, 4};
        project.first_fiscal_year = FiscalYear{2018};
        project.last_fiscal_year = FiscalYear{2024};
        project.notes = {"札幌市の実績値のみ記載", "R6年度まで"}; // a schedule note comes last
        Kpi kpi;
        kpi.number = 21;
        kpi.title = "待ち\t時間"; // a tab in a table cell cannot be written: a space
        kpi.unit = Unit::from_label("分");
        kpi.baseline = Baseline{Observation::confirmed(Decimal{-3760}), Observation::not_set(), {}};
        kpi.plan.values = {{FiscalYear{2018}, Observation::expected(Decimal{3120, 2})},
                           {FiscalYear{2019}, Observation::not_set()}};
        kpi.actual.values = {{FiscalYear{2018}, Observation::confirmed(Decimal{1216})}};
        project.kpis.push_back(kpi);
        Kpi other = kpi;
        other.number = 2;
        other.plan.values.push_back({FiscalYear{2020}, Observation::not_set()});
        project.kpis.push_back(other);
        round.projects.push_back(project);
        report.rounds.push_back(round);

        CHECK_EQ(write_report_text(report),
                 "札幌市の交付金事業 の効果\n"
                 "\n"
                 "H30年度地方創生推進交付金<3/4国費>【H30年度から5年間(一部は6年間)実施】\n"
                 "\n"
                 "○共同事業<共同申請> (-123,456.7千円) ※全体の採択額\n"
                 "\n"
                 "※札幌市の実績値のみ記載\n"
                 "\n"
                 "※R6年度まで\n"
                 "\n"
                 "【KPI】\n"
                 "\n"
                 "KPI21\t待ち 時間\t\t\t\n"
                 "KPI②\t待ち 時間\t\t\t\n"
                 "\t当初値\tH30\tR1\t単位\n"
                 "21計画\t-3,760\t31.20(見込)\t—\t分\n"
                 "21実績\t—\t1,216\t—\t\n"
                 "\t当初値\tH30\tR1\tR2\t単位\n"
                 "②計画\t-3,760\t31.20(見込)\t—\t—\t分\n"
                 "②実績\t—\t1,216\t—\t—\t\n");
    }

    TEST_CASE("an actual row in other columns is written as Series::find finds each year") {
        // The text writes the actual row under the plan row's years. A misaligned actual row
        // (other order, repeats, years missing or extra) must be written exactly as the same
        // KPI whose actual row is, column by column, Series::find of each plan year (the
        // first such cell, or not set): the writer sorts a misaligned row to look years up.
        testing::Random random{20261128};
        const auto build = [](const Kpi& kpi) {
            Report report;
            Round& round = report.rounds.emplace_back();
            round.fiscal_year = FiscalYear{2019};
            round.scheme = "地方創生推進交付金";
            Project& project = round.projects.emplace_back();
            project.name = "事業";
            project.budget = Money{Decimal{1000}};
            project.first_fiscal_year = FiscalYear{2019};
            project.last_fiscal_year = FiscalYear{2019};
            project.kpis.push_back(kpi);
            return report;
        };
        std::size_t misaligned = 0;
        for (int n = 0; n < 300; ++n) {
            const bool long_row = n % 100 == 0; // three rows of 9,000 years
            const std::int64_t years = long_row ? 9000 : random.between(1, 8);
            Kpi kpi;
            kpi.number = 1;
            kpi.title = "件数";
            kpi.unit = Unit::from_label("件");
            for (std::int64_t y = 0; y < years; ++y) {
                kpi.plan.values.push_back(
                    {FiscalYear{static_cast<int>(1000 + y)}, Observation::confirmed(Decimal{y})});
            }
            const std::int64_t cells = long_row ? 9000 : random.between(0, 10);
            for (std::int64_t i = 0; i < cells; ++i) {
                const auto year = long_row ? 1000 + (i * 7919) % 9000 // every year, scrambled
                                           : 1000 + random.between(0, years + 1);
                kpi.actual.values.push_back(
                    {FiscalYear{static_cast<int>(year)}, Observation::confirmed(Decimal{i})});
            }
            Kpi reference = kpi;
            reference.actual.values.clear();
            for (const PeriodValue& column : kpi.plan) {
                const Observation* cell = kpi.actual.find(column.year);
                reference.actual.values.push_back(
                    {column.year, cell != nullptr ? *cell : Observation::not_set()});
            }
            misaligned +=
                kpi.actual.values.size() != reference.actual.values.size() ||
                        !std::equal(kpi.actual.begin(), kpi.actual.end(), reference.actual.begin(),
                                    [](const PeriodValue& a, const PeriodValue& b) {
                                        return a.year == b.year;
                                    })
                    ? 1
                    : 0;
            CAPTURE(n);
            REQUIRE(write_report_text(build(kpi)) == write_report_text(build(reference)));
        }
        CHECK(misaligned > 250);
    }

    TEST_CASE("300 random text-expressible reports: write -> read gives them back") {
        std::size_t cells = 0;
        for (std::uint64_t seed = 1; seed <= 300; ++seed) {
            CAPTURE(seed);
            const Report report = make_text_expressible(testing::random_report(
                seed, testing::RandomReportOptions{.json_special_characters = false}));
            const std::string text = write_report_text(report);
            TextReadOptions options;
            options.municipality = report.municipality;
            const Report read = testing::require_clean_read(read_report_text(text, options));
            if (!(read == report)) {
                CAPTURE(text);
                CHECK_EQ(write_report_json(read), write_report_json(report));
            }
            CHECK(read == report);
            for (const Round& round : report.rounds) {
                for (const Project& project : round.projects) {
                    for (const Kpi& kpi : project.kpis) {
                        cells += kpi.plan.size() + kpi.actual.size();
                    }
                }
            }
        }
        CHECK(cells > 10'000); // the round trips carried tables, not only headings
    }

} // TEST_SUITE
