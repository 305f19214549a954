// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// Every enumerator of every public enum has its English name (the JSON's) and a Japanese
// label; the enumerators are walked with Boost.Describe, so a new one without a label fails
// here, and the headers are scanned, so a new enum missing from the list below fails too.
#include <grantkpi/enum_names.hpp>

#include <grantkpi/aggregate.hpp>
#include <grantkpi/decimal.hpp>
#include <grantkpi/diagnostic.hpp>
#include <grantkpi/encoding.hpp>
#include <grantkpi/evaluate.hpp>
#include <grantkpi/excel_csv.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/input.hpp>
#include <grantkpi/kpi.hpp>
#include <grantkpi/observation.hpp>
#include <grantkpi/project.hpp>
#include <grantkpi/provenance.hpp>
#include <grantkpi/unit.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace gk = grantkpi;

namespace {

std::set<std::string> checked_enums;

// Every enumerator: to_string is its Describe name, << writes the same, label_ja is a label
// of its own (not "?", not another enumerator's).
template <class E>
void check_enum(const std::string& name) {
    CAPTURE(name);
    checked_enums.insert(name);
    std::set<std::string> labels;
    std::size_t count = 0;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto enumerator) {
        const E value = enumerator.value;
        CAPTURE(enumerator.name);
        CHECK(gk::to_string(value) == enumerator.name);
        std::ostringstream out;
        out << value;
        CHECK(out.str() == enumerator.name);
        const std::string label = gk::label_ja(value);
        CHECK(label != "?");
        CHECK(!label.empty());
        CHECK(labels.insert(label).second); // two enumerators never share a label
        ++count;
    });
    CHECK(count >= 2);
    // A value that is no enumerator (a cast integer) is named "?".
    CHECK(gk::to_string(static_cast<E>(99)) == "?");
    CHECK(gk::label_ja(static_cast<E>(99)) == "?");
}

} // namespace

TEST_SUITE("enum_names") {

    TEST_CASE("every enumerator of every public enum has a name and a Japanese label") {
        check_enum<gk::Rounding>("Rounding");
        check_enum<gk::Era>("Era");
        check_enum<gk::FiscalYearStyle>("FiscalYearStyle");
        check_enum<gk::ObservationStatus>("ObservationStatus");
        check_enum<gk::UnitKind>("UnitKind");
        check_enum<gk::Severity>("Severity");
        check_enum<gk::Source>("Source");
        check_enum<gk::Direction>("Direction");
        check_enum<gk::Accumulation>("Accumulation");
        check_enum<gk::Application>("Application");
        check_enum<gk::BudgetScope>("BudgetScope");
        check_enum<gk::TextEncoding>("TextEncoding");
        check_enum<gk::ReportFormat>("ReportFormat");
        check_enum<gk::CsvDialect>("CsvDialect");
        check_enum<gk::Verdict>("Verdict");
        check_enum<gk::EffectRating>("EffectRating");
        check_enum<gk::ProjectOutcome>("ProjectOutcome");
        check_enum<gk::TableRow>("TableRow");

        // The public headers declare no enum that the list above misses.
        std::set<std::string> declared;
        const std::regex describe(R"(BOOST_DESCRIBE_ENUM\((\w+))");
        const std::regex plain_enum(R"(\benum class (\w+))");
        for (const auto& entry : std::filesystem::directory_iterator(
                 std::filesystem::path(GRANTKPI_SOURCE_DIR) / "include" / "grantkpi")) {
            if (entry.path().extension() != ".hpp" || entry.path().filename() == "enum_names.hpp") {
                continue;
            }
            std::ifstream in(entry.path());
            const std::string text{std::istreambuf_iterator<char>(in), {}};
            for (const auto* pattern : {&describe, &plain_enum}) {
                for (std::sregex_iterator it(text.begin(), text.end(), *pattern), end; it != end;
                     ++it) {
                    declared.insert((*it)[1]);
                }
            }
        }
        CHECK(declared.size() == 18);
        CHECK(declared == checked_enums);
    }

    TEST_CASE("the Japanese labels are the words the reports and the HTML page use") {
        // The national form's four levels of effect (docs/html-report.md).
        CHECK(gk::label_ja(gk::EffectRating::target_reached) == "非常に効果的");
        CHECK(gk::label_ja(gk::EffectRating::close_to_target) == "相当程度効果があった");
        CHECK(gk::label_ja(gk::EffectRating::better_than_baseline) == "効果があった");
        CHECK(gk::label_ja(gk::EffectRating::not_better) == "効果がなかった");
        // <単独申請>, <道と共同申請> in the project headings.
        CHECK(gk::label_ja(gk::Application::single) == "単独申請");
        CHECK(gk::label_ja(gk::Application::joint) == "共同申請");
        // 16(見込): the R4 actual of the digital-innovation project's KPI ①.
        CHECK(gk::label_ja(gk::ObservationStatus::expected) == "見込");
        CHECK(gk::label_ja(gk::Verdict::met) == "達成");
        CHECK(gk::label_ja(gk::Verdict::not_met) == "未達成");
        CHECK(gk::label_ja(gk::BudgetScope::joint_total) == "共同事業の全体額"); // ※道全体の採択額
        CHECK(gk::label_ja(gk::Era::reiwa) == "令和");
        CHECK(gk::label_ja(gk::Rounding::half_away_from_zero) == "四捨五入");
    }

    TEST_CASE("the English names are the JSON's") {
        CHECK(gk::to_string(gk::ObservationStatus::expected) == "expected");
        CHECK(gk::to_string(gk::Verdict::not_reported) == "not_reported");
        CHECK(gk::to_string(gk::BudgetScope::joint_total) == "joint_total");
        CHECK(gk::to_string(gk::Accumulation::cumulative) == "cumulative");
        std::ostringstream out;
        out << gk::Direction::decrease << ' ' << gk::Severity::warning;
        CHECK(out.str() == "decrease warning");
    }

} // TEST_SUITE
