// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// A downstream program of the optional component: it writes the workbook of the seed report
// and checks that it is an xlsx package (a zip archive) and that 31.20 survives a numeric
// cell.
//
//   app REPORT.json OUT.xlsx

#include <grantkpi/json.hpp>
#include <grantkpi/xlsx.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: app REPORT.json OUT.xlsx\n";
        return EXIT_FAILURE;
    }
    auto report = grantkpi::load_report_json(argv[1]);
    if (!report) {
        std::cerr << report.error().to_string() << '\n';
        return EXIT_FAILURE;
    }
    const std::vector<grantkpi::Report> reports{*report};
    const auto workbook = grantkpi::write_workbook_xlsx(reports);
    if (!workbook) {
        std::cerr << workbook.error().to_string() << '\n';
        return EXIT_FAILURE;
    }
    if (!workbook->starts_with("PK\x03\x04")) {
        std::cerr << "the workbook is not a zip archive\n";
        return EXIT_FAILURE;
    }
    if (!grantkpi::survives_double(grantkpi::Decimal{3120, 2})) {
        std::cerr << "31.20 does not survive a double\n";
        return EXIT_FAILURE;
    }
    std::ofstream(argv[2], std::ios::binary) << *workbook;
    std::cout << "workbook of " << workbook->size() << " bytes\n";
    return EXIT_SUCCESS;
}
