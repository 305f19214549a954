// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// Uses of grantkpi that must not compile, one per value of GRANTKPI_MISUSE; the test suite
// compiles each (tests/examples/CMakeLists.txt) and expects the compiler to refuse the line
// marked REFUSED. With GRANTKPI_MISUSE 0 the file compiles: the refusals come from the
// marked lines, not from the setting. misuse.cpp states the same refusals as static_asserts.

// aggregate.hpp brings the model, the values, evaluate.hpp and views.hpp.
#include <grantkpi/aggregate.hpp>

#ifndef GRANTKPI_MISUSE
#define GRANTKPI_MISUSE 0
#endif

int main() {
    using namespace grantkpi;
    const Report report;
    (void)report;
#if GRANTKPI_MISUSE == 1
    (void)(Money{Decimal{27125}} + Count{Decimal{3}}); // REFUSED: yen-plus-persons
#elif GRANTKPI_MISUSE == 2
    const Decimal share(31.2); // REFUSED: decimal-from-double
#elif GRANTKPI_MISUSE == 3
    (void)confirmed(2.5); // REFUSED: cell-from-double
#elif GRANTKPI_MISUSE == 4
    (void)FiscalYear{2022.0}; // REFUSED: fiscal-year-from-double
#elif GRANTKPI_MISUSE == 5
    (void)views::kpis(evaluate(report)); // REFUSED: view-of-a-temporary
#elif GRANTKPI_MISUSE == 6
    (void)aggregate::summary(views::projects(report)); // REFUSED: verdicts-of-a-bare-report
#elif GRANTKPI_MISUSE == 7
    for (const auto& kpi : views::kpis(report)) {
        (void)kpi.evaluation(); // REFUSED: evaluation-of-a-bare-kpi
    }
#elif GRANTKPI_MISUSE == 8
    (void)(ValueSum<Money>{}.confirmed + ValueSum<Count>{}.confirmed); // REFUSED: typed-sums
#elif GRANTKPI_MISUSE == 9
    (void)aggregate::values(views::kpi_years(report)); // REFUSED: sum-of-kpi-years
#endif
    return 0;
}
