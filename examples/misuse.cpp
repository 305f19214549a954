// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// What grantkpi refuses. At compile time: the static_asserts below, each also a compile-fail
// test (misuse_compile_fail.cpp, run by the test suite); at run time: each refusal below,
// printed with its message.

#include <grantkpi/grantkpi.hpp>

#include <functional>
#include <iostream>
#include <string>
#include <utility>

namespace refused {
using namespace grantkpi;
template <class A, class B>
concept addable = requires(A a, B b) {
    a + b;
};
template <class T>
concept cell = requires(T value) {
    confirmed(value);
};
template <class T>
concept viewable = requires(T&& report) {
    views::kpis(std::forward<T>(report));
};
template <class E>
concept judged = requires(const E& entry) {
    entry.evaluation();
};

static_assert(!addable<Money, Count>);                    // yen are not persons
static_assert(!std::is_constructible_v<Decimal, double>); // 31.2 has no exact binary value
static_assert(!cell<double>);                             // confirmed(2.5): write "2.5"
static_assert(!std::is_constructible_v<FiscalYear, double>);
static_assert(!addable<FiscalYear, double>);
static_assert(!viewable<Report> && !viewable<ReportEvaluation>); // a view of a temporary
static_assert(!judged<KpiEntry>);                                // a bare report has no verdicts
static_assert(!std::invocable<decltype(aggregate::kpi_counts), EntryView<KpiEntry>>);
static_assert(!addable<ValueSum<Money>, ValueSum<Count>>);
} // namespace refused

int main() {
    using namespace grantkpi;
    const auto attempt = [](const char* what, const std::function<void()>& misuse) {
        try {
            misuse();
            std::cout << what << ": accepted?!\n";
        } catch (const error_exception& e) {
            std::cout << what << ":\n  " << e.what() << '\n';
        }
    };
    std::cout << "refused at run time, with these messages:\n";
    attempt("Decimal::parse(\"12.3.4\")", [] { (void)Decimal::parse("12.3.4").value(); });
    attempt("a cell written as text that is not a number", [] { (void)expected("16見込"); });
    attempt("FiscalYear::parse(\"R1.5\")", [] { (void)FiscalYear::parse("R1.5").value(); });
    attempt("Fraction::make(1, 0)", [] { (void)Fraction::make(1, 0).value(); });
    attempt("27,125千円 x 1/3, which has no finite decimal", [] {
        (void)(Money{Decimal{27125}} * Fraction{1, 3});
    });
    attempt("an 18-digit sum overflowing",
            [] { (void)(Decimal{Decimal::max_coefficient} + Decimal{1}); });
    attempt("a column the row does not have", [] {
        const Series row = Series::from(FiscalYear{2019}, {confirmed(150), confirmed(160)});
        (void)row.at(FiscalYear{2022});
    });

    Report report = read_report_json(R"({"schema": "grantkpi.report/2", "rounds": [
      {"fiscal_year": 2019, "scheme": "地方創生推進交付金", "projects": [
        {"name": "移住促進事業", "application": "single", "budget": 10000,
         "budget_scope": "own", "national_share": "1/2",
         "first_fiscal_year": 2019, "last_fiscal_year": 2021, "kpis": [
           {"number": 1, "title": "移住相談件数", "unit": {"label": "件", "kind": "count"},
            "direction": "increase", "accumulation": "level",
            "baseline": {"plan": null, "actual": null},
            "plan": {"2019": 20}, "actual": {"2019": 25}},
           {"number": 2, "title": "移住者数", "unit": {"label": "人", "kind": "count"},
            "direction": "increase", "accumulation": "level",
            "baseline": {"plan": null, "actual": null},
            "plan": {"2019": 5}, "actual": {"2019": 4}}]}]}]})")
                        .value();
    attempt("adding values of different units",
            [&] { (void)aggregate::values(views::kpis(report)).value(); });
    attempt("件 summed as Money",
            [&] { (void)aggregate::values_as<Money>(views::kpis(report)).value(); });
    attempt("an evaluation option outside (0, 1]", [&] {
        EvaluationOptions options;
        options.close_to_target = Fraction{5, 4};
        (void)evaluate(report, options);
    });
    const ReportEvaluation evaluation = evaluate(report);
    report.rounds[0].projects[0].kpis.pop_back(); // the evaluation no longer matches
    attempt("a view of an evaluation whose report changed", [&] { (void)views::kpis(evaluation); });
    attempt("a JSON report with an unknown key", [] {
        (void)read_report_json(R"({"schema": "grantkpi.report/2", "round": []})").value();
    });
    return 0;
}
