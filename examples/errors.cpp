// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// Every kind of error grantkpi reports, and how to print it: a file that cannot be read, a
// bad cell in a report text (strict and lenient), a bad key in a JSON report, a report that
// reads but breaks a validation rule, and an evaluation that cannot be computed. Readers
// return diagnostics or a Result, never throw; the throwing conveniences throw
// grantkpi::error_exception with the same message.

#include <grantkpi/grantkpi.hpp>

#include <exception>
#include <iostream>
#include <string_view>

int main() try {
    using namespace grantkpi;

    // 1. A file that cannot be read: one error diagnostic, and no report.
    const TextReadResult missing = load_report("no_such_report.txt");
    std::cout << "1. missing file\n";
    for (const Diagnostic& d : missing.diagnostics) {
        std::cout << "   " << d.to_string() << '\n';
    }

    // 2. A bad cell: strict reading stops at the first error; lenient reading goes on,
    // reports every problem and keeps the rest (the bad cell becomes not set).
    constexpr std::string_view text = "R1年度地方創生推進交付金<1/2国費>【R1年度から2年間実施】\n"
                                      "\n"
                                      "○移住促進事業<単独申請> (10,000千円)\n"
                                      "\n"
                                      "【KPI】\n"
                                      "KPI①\t移住相談件数\n"
                                      "\t当初値\tR1\tR2\t単位\n"
                                      "①計画\t10\t20\t30\t件\n"
                                      "①実績\t12\tabc\t3O\n";
    TextReadOptions options;
    options.file_name = "bad_cell.txt";
    const TextReadResult strict = read_report_text(text, options);
    std::cout << "2. bad cell, strict: " << (strict.report ? "a report" : "no report") << '\n';
    for (const Diagnostic& d : strict.diagnostics) {
        std::cout << "   " << d.to_string() << '\n';
    }
    options.strict = false;
    const TextReadResult lenient = read_report_text(text, options);
    std::cout << "   lenient: " << (lenient.report ? "a report" : "no report") << ", "
              << lenient.diagnostics.size() << " diagnostics\n";
    for (const Diagnostic& d : lenient.diagnostics) {
        std::cout << "   " << d.to_string() << '\n';
    }

    // 3. A bad JSON key: the Error names the line, column and JSON pointer.
    const Result<Report> json = read_report_json(R"({
  "schema": "grantkpi.report/2",
  "rounds": [{"fiscal_year": 2019, "scheme": "地方創生推進交付金",
              "projects": [{"name": "移住促進事業", "budgett": 10000}]}]
})");
    std::cout << "3. bad JSON key\n   " << json.error().to_string() << '\n';

    // 4. A report that reads but breaks a rule (here R1 twice in the plan row): validate
    // gives the rule's code and the JSON pointer of the element.
    Report report = lenient.report.value();
    report.rounds[0].projects[0].kpis[0].plan.values.push_back({FiscalYear{2019}, confirmed(15)});
    std::cout << "4. validation\n";
    for (const Diagnostic& d : validate(report)) {
        std::cout << "   " << d.to_string() << '\n';
    }

    // 5. An evaluation that cannot be computed: the throwing form throws error_exception.
    EvaluationOptions wrong;
    wrong.project_quorum = Fraction{0, 1};
    try {
        (void)evaluate(report, wrong);
    } catch (const error_exception& e) {
        std::cout << "5. evaluation\n   " << e.what() << '\n';
    }
    return 0;
} catch (const std::exception& e) { // error_exception from a throwing convenience
    std::cerr << e.what() << '\n';
    return 1;
}
