// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// Format values with streams and with {fmt}: every grantkpi value prints the same text
// through to_string, operator<< and fmt's "{}", and fmt's specs choose the other forms
// ({:era_long} 令和4年度, {:ja} 達成, {:percent} 57.1%, {:plain} 27125千円).
//
//   format_values [REPORT]   (default: the bundled Sapporo report text)
//
// The fmt half is built where {fmt} is found (GRANTKPI_EXAMPLE_HAVE_FMT); the stream half
// always.

#include <grantkpi/grantkpi.hpp>
#if GRANTKPI_EXAMPLE_HAVE_FMT
#include <grantkpi/fmt.hpp> // opt-in: fmt::formatter for every grantkpi type
#endif

#include <iostream>
#include <string>

using namespace grantkpi::literals; // 27125_kyen, 2022_fy, "31.20"_dec

namespace {

// Values written in code: literals, checked at compile time.
void print_values_with_streams() {
    const grantkpi::Money budget = 27125_kyen; // (27,125千円): the seed's first project
    const grantkpi::Money national = budget * grantkpi::Fraction{1, 2}; // <1/2国費>
    const grantkpi::FiscalYear year = 2022_fy;
    std::cout << "streams: " << budget << " x " << grantkpi::Fraction{1, 2} << " = " << national
              << '\n';
    // A FiscalYear streams as R4; the other spellings through to_string(fy, style).
    std::cout << "streams: " << year << " / "
              << to_string(year, grantkpi::FiscalYearStyle::era_long) << " / "
              << to_string(year, grantkpi::FiscalYearStyle::gregorian) << '\n';
    // A cell as the report writes it; a Decimal with its written digits ("31.20").
    std::cout << "streams: " << grantkpi::Observation::expected(grantkpi::Decimal{16}) << ", "
              << grantkpi::Observation{} << ", "
              << "31.20"_dec << '\n';
    // Enums: the English name (the JSON's) streams; label_ja gives the Japanese label.
    std::cout << "streams: " << grantkpi::Verdict::met << " = " << label_ja(grantkpi::Verdict::met)
              << ", " << grantkpi::Application::joint << " = "
              << label_ja(grantkpi::Application::joint) << '\n';
}

#if GRANTKPI_EXAMPLE_HAVE_FMT
void print_values_with_fmt() {
    const grantkpi::Money budget = 27125_kyen;
    const grantkpi::Money national = budget * grantkpi::Fraction{1, 2};
    const grantkpi::FiscalYear year = 2022_fy;
    fmt::print("fmt:     {} x {} = {}\n", budget, grantkpi::Fraction{1, 2}, national);
    fmt::print("fmt:     {} / {:era_long} / {:fy}\n", year, year, year);
    fmt::print("fmt:     {}, {}, {}\n", grantkpi::Observation::expected(grantkpi::Decimal{16}),
               grantkpi::Observation{}, "31.20"_dec);
    fmt::print("fmt:     {} = {:ja}, {} = {:ja}\n", grantkpi::Verdict::met, grantkpi::Verdict::met,
               grantkpi::Application::joint, grantkpi::Application::joint);
    // Specs the streams have no spelling for: money without separators, a Decimal with them.
    fmt::print("fmt:     {:plain} / {:grouped}\n", budget, "1216.5"_dec);
}
#endif

// Figures of a read and evaluated report: a computed total is normalized (47,002千円, not
// the 47,002.0千円 its halves sum to), a judged KPI prints its year, cells and ratio.
void print_report(const grantkpi::Report& report) {
    const grantkpi::ReportEvaluation evaluation = grantkpi::evaluate(report);
    const grantkpi::Summary& summary = evaluation.summary;
    std::cout << "own budgets " << summary.budget.own.normalized() << ", national share "
              << summary.budget.own_national_share.normalized() << " (exact sum "
              << summary.budget.own_national_share << ")\n";
    const grantkpi::Share& met = summary.kpis_met.confirmed_of_judged;
    std::cout << "KPIs met (confirmed, of judged): " << met.count << " of " << met.of;
    if (met.value) {
        std::cout << " = " << *met.value << " = " << to_percent_string(*met.value);
    }
    std::cout << '\n';
    for (const auto& kpi : evaluation.rounds.at(0).projects.at(0).kpis) {
        for (const auto& year : kpi.years) {
            if (year.year != kpi.latest_year) {
                continue;
            }
            std::cout << "KPI " << kpi.number << ' ' << year.year << ": plan " << year.plan
                      << ", actual " << year.actual << ", " << kpi.verdict << " ("
                      << label_ja(kpi.verdict) << ")";
            if (year.ratio) {
                std::cout << ", " << to_percent_string(*year.ratio);
            }
            std::cout << '\n';
#if GRANTKPI_EXAMPLE_HAVE_FMT
            fmt::print("KPI {} {:era_long}: plan {}, actual {}, {:ja}{}\n", kpi.number, year.year,
                       year.plan, year.actual, kpi.verdict,
                       year.ratio ? fmt::format(", {:percent}", *year.ratio) : std::string());
#endif
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    print_values_with_streams();
#if GRANTKPI_EXAMPLE_HAVE_FMT
    print_values_with_fmt();
#endif
    const std::string path = argc > 1 ? argv[1] : GRANTKPI_EXAMPLE_REPORT;
    grantkpi::TextReadResult read = grantkpi::load_report(path);
    for (const auto& diagnostic : read.diagnostics) {
        std::cerr << diagnostic << '\n'; // Diagnostic streams as file:line:column: severity: …
    }
    if (!read.ok()) {
        return 1;
    }
    print_report(*read.report);
    return 0;
}
