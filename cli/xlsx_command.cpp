// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// grantkpi export --format xlsx INPUT... -o FILE.xlsx: the Excel workbook (docs/excel.md),
// when the tool is built with the optional xlsx component.

#include "commands.hpp"

#if GRANTKPI_CLI_HAVE_XLSX
#include <grantkpi/xlsx.hpp>
#endif

#include <iostream>

namespace grantkpi::cli {

int run_export_xlsx(const ExportOptions& options) {
    if (options.excel || !options.table.empty()) {
        std::cerr << "grantkpi export: --excel and --table apply to CSV; a workbook has every "
                     "table\n";
        return exit_usage;
    }
    if (options.output.empty() || options.output == "-") {
        std::cerr << "grantkpi export: --format xlsx writes a binary file: give -o FILE.xlsx\n";
        return exit_usage;
    }
#if GRANTKPI_CLI_HAVE_XLSX
    auto loaded = load_inputs(options.inputs, {});
    if (!loaded) {
        return exit_input_error;
    }
    const std::vector<Report>& reports = loaded->reports;
    WorkbookOptions workbook_options;
    workbook_options.threads = 0;
    workbook_options.sources = loaded->labels(); // corpus.json:/reports/12 in a collection
    auto workbook = write_workbook_xlsx(reports, workbook_options);
    if (!workbook) {
        std::cerr << "grantkpi: error: " << workbook.error().to_string() << '\n';
        return exit_input_error;
    }
    return emit(options.output, *workbook);
#else
    std::cerr << "grantkpi export: this grantkpi was built without the xlsx component "
                 "(libxlsxwriter; CMake option GRANTKPI_WITH_XLSX)\n";
    return exit_usage;
#endif
}

} // namespace grantkpi::cli
