// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// A downstream program, built the way a user of the package builds one: it knows grantkpi
// only through grantkpi::grantkpi. It reads the bundled seed report and checks one real
// figure, so a package whose headers, library or dependencies are broken cannot pass.
//
//   app REPORT.json      (the seed: examples/data/sapporo_fy2022.json)
//
// Exit status 0 when the report holds the seed's figures; 1, with a message on stderr,
// when it cannot be read or a figure differs.

#include <grantkpi/grantkpi.hpp>

#include <cstddef>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

int fail(std::string_view message) {
    std::cerr << "grantkpi consumer: " << message << '\n';
    return EXIT_FAILURE;
}

// The bytes of a u8 literal: UTF-8 whatever the compiler's execution character set.
std::string_view utf8(std::u8string_view text) {
    return {reinterpret_cast<const char*>(text.data()), text.size()};
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        return fail("usage: app REPORT.json");
    }

#ifdef GRANTKPI_CONSUMER_EXPECTED_VERSION
    // The generated version header is part of the package too.
    if (std::string_view{GRANTKPI_VERSION_STRING} != GRANTKPI_CONSUMER_EXPECTED_VERSION) {
        return fail(std::string{"grantkpi/version.hpp says "} + GRANTKPI_VERSION_STRING +
                    ", expected " + GRANTKPI_CONSUMER_EXPECTED_VERSION);
    }
#endif

    const grantkpi::Result<grantkpi::Report> report = grantkpi::load_report_json(argv[1]);
    if (!report) {
        return fail(report.error().to_string());
    }

    std::vector<const grantkpi::Project*> projects;
    for (const grantkpi::Round& round : report->rounds) {
        for (const grantkpi::Project& project : round.projects) {
            projects.push_back(&project);
        }
    }
    constexpr std::size_t expected_projects = 6;
    if (projects.size() != expected_projects) {
        return fail("expected " + std::to_string(expected_projects) + " projects, found " +
                    std::to_string(projects.size()));
    }

    const grantkpi::Project& project = *projects[2];
    const std::string_view expected_name =
        utf8(u8"外国人の活躍×グローバルビジネス拡大プロジェクト");
    if (project.name != expected_name) {
        return fail("the third project is \"" + project.name + "\", expected \"" +
                    std::string{expected_name} + "\"");
    }

    const grantkpi::Kpi* kpi = nullptr;
    for (const grantkpi::Kpi& k : project.kpis) {
        if (k.number == 3) {
            kpi = &k;
        }
    }
    if (kpi == nullptr) {
        return fail("the third project has no KPI 3");
    }

    const grantkpi::FiscalYear year{2020};
    const grantkpi::Observation* actual = kpi->actual.find(year);
    if (actual == nullptr) {
        return fail("KPI 3 of the third project has no actual value for FY2020");
    }
    const grantkpi::Decimal expected_actual{-3760};
    if (!actual->is_confirmed() || *actual->value() != expected_actual) {
        const std::string found =
            actual->has_value() ? actual->value()->to_string() : std::string{"not set"};
        return fail("KPI 3 of the third project, FY2020 actual: expected confirmed " +
                    expected_actual.to_string() + ", found " + found +
                    (actual->is_expected() ? " (expected/provisional)" : ""));
    }

    std::cout << "grantkpi " << GRANTKPI_VERSION_STRING << ": " << projects.size()
              << " projects; KPI " << kpi->number << " of \"" << project.name << "\", "
              << grantkpi::to_string(year, grantkpi::FiscalYearStyle::gregorian)
              << " actual = " << actual->value()->to_string() << '\n';
    return EXIT_SUCCESS;
}
