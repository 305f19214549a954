// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The malformed-input corpus (tests/data/malformed/, README.md there): every file read the
// way the grantkpi tool reads it (load_report: JSON or text told apart by content), each
// with its exact diagnostics, in lenient mode (every problem) and in strict mode (up to the
// first error). The huge items are generated here instead of checked in. Also the input size
// limit of every reader (include/grantkpi/limits.hpp).
#include <grantkpi/input.hpp>

#include <grantkpi/annotations.hpp>
#include <grantkpi/json.hpp>
#include <grantkpi/limits.hpp>

#include "support/printers.hpp"

#include "support/seed.hpp"
#include "support/small_report.hpp"

#include <doctest/doctest.h>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/mman.h>
#include <sys/stat.h>
#define GRANTKPI_TEST_HAS_MMAP 1
#define GRANTKPI_TEST_HAS_FIFO 1
#endif

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace grantkpi;

const std::filesystem::path malformed_dir = GRANTKPI_SOURCE_DIR "/tests/data/malformed";

std::vector<std::string> messages(const TextReadResult& result) {
    std::vector<std::string> out;
    for (const Diagnostic& d : result.diagnostics) {
        out.push_back(d.to_string());
    }
    return out;
}

/// Lenient mode reports `expected`; strict mode the same up to the first error, and a
/// report exactly when there is no error.
void check_read(const std::string& name, std::string_view bytes,
                const std::vector<std::string>& expected) {
    TextReadOptions options;
    options.file_name = name;
    options.strict = false;
    const TextReadResult lenient = read_report(bytes, options);
    CHECK_EQ(messages(lenient), expected);
    options.strict = true;
    const TextReadResult strict = read_report(bytes, options);
    std::vector<std::string> up_to_error;
    for (const Diagnostic& d : lenient.diagnostics) {
        up_to_error.push_back(d.to_string());
        if (d.severity == Severity::error) {
            break;
        }
    }
    CHECK_EQ(messages(strict), up_to_error);
    CHECK_EQ(strict.report.has_value(), !has_errors(strict.diagnostics));
}

using grantkpi::testing::read_file;

struct Item {
    std::string file;
    std::vector<std::string> diagnostics; ///< lenient mode; empty: the input is valid
};

// The example in the message of a text without a round heading.
const std::string example_round = "\"R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】\"";

const std::vector<Item> corpus = {
    {"empty.txt",
     {"empty.txt:1:1: error: GK001: the input is empty (expected a report with round headings such "
      "as " +
      example_round + ")"}},
    {"bom_only.txt",
     {"bom_only.txt:1:1: error: GK001: the input is empty (expected a report with round headings "
      "such "
      "as " +
      example_round + ")"}},
    {"truncated_in_table.txt",
     {"truncated_in_table.txt:8:1: error: GK040: KPI② \"就職者数\" has no table rows \"②計画\" and "
      "\"②実績\""}},
    {"truncated_in_character.txt",
     {"truncated_in_character.txt:10:3: error: GK093: the input ends in the middle of a UTF-8 "
      "character: byte 0xE7 at offset 222 begins a character whose other bytes are missing"}},
    {"neither_utf8_nor_cp932.txt",
     {"neither_utf8_nor_cp932.txt:9:11: error: GK096: the input is neither UTF-8 nor CP932 "
      "(Shift_JIS) "
      "text: byte 0x80 at offset 206 does not begin a valid UTF-8 character (the CP932 reading "
      "failed earlier, at offset 78)"}},
    {"number_beyond_decimal.txt",
     {"number_beyond_decimal.txt:9:8: error: GK041: expected a number, \"—\" or \"(見込)\" in "
      "column R4, "
      "got \"99999999999999999999\" (more than 18 significant digits)"}},
    {"number_exponent.txt",
     {"number_exponent.txt:9:8: error: GK041: expected a number, \"—\" or \"(見込)\" in column R4, "
      "got "
      "\"1e308\""}},
    {"number_nan.txt",
     {"number_nan.txt:9:8: error: GK041: expected a number, \"—\" or \"(見込)\" in column R4, got "
      "\"NaN\""}},
    {"number_infinity.txt",
     {"number_infinity.txt:9:8: error: GK041: expected a number, \"—\" or \"(見込)\" in column R4, "
      "got "
      "\"Infinity\""}},
    {"fiscal_year_r99999.txt",
     {"fiscal_year_r99999.txt:8:9: error: GK036: expected a fiscal year such as \"R4\", \"R元\" or "
      "\"H30\", or \"単位\", in the table header, got \"R99999\" (year number out of range)"}},
    {"more_cells_than_header.txt",
     {"more_cells_than_header.txt:9:19: error: GK037: unexpected cell \"50\" after the 単位 column "
      "of "
      "the row \"①計画\" (the table header has 3 fiscal-year columns)"}},
    {"fewer_cells_than_header.txt", {}}, // valid: the missing cells are not set
    {"rows_under_different_headers.txt",
     {"rows_under_different_headers.txt:11:1: error: GK038: the row \"①実績\" comes under the "
      "table "
      "header of line 10 (R5 R6), the other row of KPI① (line 9) under the one of line 8; both "
      "rows of a KPI need the same fiscal years"}},
    {"row_without_kpi_title.txt",
     // One error for the KPI, not one per row (errors do not cascade).
     {"row_without_kpi_title.txt:11:1: error: GK018: the row \"②計画\" is for KPI②, which has no "
      "title line \"KPI②<TAB>title\" before it"}},
};

/// A broken variant of the small report (support/small_report.hpp) in format 1, as a file
/// of the corpus: its first `from` replaced by `to`, or, with `cut`, the document cut right
/// after `from` (the file ends there).
struct JsonVariant {
    std::string name; ///< the file name its diagnostics give
    std::string from;
    std::string to;
    bool cut = false;
    std::vector<std::string> diagnostics; ///< lenient mode
};

// Lines 11 (the budget), 6 (the scheme) and 5 (the fiscal year) of the small report; each
// diagnostic points at the end of the token that broke it.
const std::vector<JsonVariant> json_variants = {
    {"truncated.json",
     "\"kpis\": [\n  ",
     {},
     true,
     {"truncated.json:17:3: error: GK050: /rounds/0/projects/0/kpis: invalid JSON: incomplete "
      "JSON"}},
    {"number_beyond_decimal.json",
     "\"budget\": 27125",
     "\"budget\": 99999999999999999999",
     false,
     {"number_beyond_decimal.json:11:41: error: GK053: /rounds/0/projects/0/budget: the number "
      "\"99999999999999999999\" has more than 18 significant digits"}},
    {"number_exponent.json",
     "\"budget\": 27125",
     "\"budget\": 1e308",
     false,
     {"number_exponent.json:11:26: error: GK053: /rounds/0/projects/0/budget: the number \"1e308\" "
      "has "
      "an exponent; write its digits (e.g. 31.20, -3760)"}},
    {"number_nan.json",
     "\"budget\": 27125",
     "\"budget\": NaN",
     false,
     {"number_nan.json:11:21: error: GK050: /rounds/0/projects/0/budget: invalid JSON: syntax "
      "error at "
      "\"NaN\""}},
    {"number_infinity.json",
     "\"budget\": 27125",
     "\"budget\": Infinity",
     false,
     {"number_infinity.json:11:21: error: GK050: /rounds/0/projects/0/budget: invalid JSON: syntax "
      "error at \"Infinity\""}},
    {"duplicate_key.json",
     "\"scheme\": \"S\",\n",
     "\"scheme\": \"S\",\n      \"scheme\": \"T\",\n",
     false,
     {"duplicate_key.json:7:14: error: GK057: /rounds/0/scheme: duplicate key \"scheme\""}},
    {"fiscal_year_99999.json",
     "\"fiscal_year\": 2019,",
     "\"fiscal_year\": 99999,",
     false,
     {"fiscal_year_99999.json:5:27: error: GK054: /rounds/0/fiscal_year: expected a fiscal year as "
      "an "
      "integer 1000..9999 such as 2019, got 99999"}},
};

/// The bytes of a variant.
std::string json_variant(const JsonVariant& variant) {
    const std::string v1 = grantkpi::testing::replaced(grantkpi::testing::small_report_json(),
                                                       "\"schema\": \"grantkpi.report/2\"",
                                                       "\"schema\": \"grantkpi.report/1\"");
    if (variant.cut) {
        const auto at = v1.find(variant.from);
        REQUIRE(at != std::string::npos);
        return v1.substr(0, at + variant.from.size());
    }
    return grantkpi::testing::replaced(v1, variant.from, variant.to);
}

// A report text with `projects` projects of `kpis` KPIs each: 2 x projects x kpis rows.
std::string many_kpis(int projects, int kpis) {
    std::string text = "R4年度地方創生推進交付金<1/2国費>【R4年度から3年間実施】\n";
    for (int p = 1; p <= projects; ++p) {
        text += "\n○事業" + std::to_string(p) + "<単独申請> (1,000千円)\n\n【KPI】\n";
        for (int k = 1; k <= kpis; ++k) {
            text += "KPI" + std::to_string(k) + "\t指標" + std::to_string(k) + "\n";
        }
        text += "\t当初値\tR4\tR5\tR6\t単位\n";
        for (int k = 1; k <= kpis; ++k) {
            const std::string n = std::to_string(k);
            text += n + "計画\t1\t2\t3\t4\t件\n" + n + "実績\t1\t2\t3(見込)\t—\t\n";
        }
    }
    return text;
}

#ifdef GRANTKPI_TEST_HAS_MMAP
/// A read-only view of `size` zero bytes that costs no memory until it is read (the readers
/// refuse it before they read it).
class ZeroPages {
public:
    explicit ZeroPages(std::size_t size)
        : size_(size)
        , data_(::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1,
                       0)) {
        REQUIRE(data_ != MAP_FAILED);
    }
    ~ZeroPages() { ::munmap(data_, size_); }
    ZeroPages(const ZeroPages&) = delete;
    ZeroPages& operator=(const ZeroPages&) = delete;
    [[nodiscard]] std::string_view view() const { return {static_cast<const char*>(data_), size_}; }

private:
    std::size_t size_;
    void* data_;
};
#endif

} // namespace

TEST_SUITE("malformed") {

    TEST_CASE("every file of the corpus has its exact diagnostics, and every file is listed") {
        std::set<std::string> listed;
        for (const Item& item : corpus) {
            CAPTURE(item.file);
            listed.insert(item.file);
            const std::string bytes = read_file(malformed_dir / item.file);
            check_read(item.file, bytes, item.diagnostics);
            // The file loaders say the same, naming the file.
            TextReadOptions options;
            options.file_name = item.file;
            options.strict = false;
            CHECK_EQ(messages(load_report(malformed_dir / item.file, options)), item.diagnostics);
        }
        for (const auto& entry : std::filesystem::directory_iterator(malformed_dir)) {
            const std::string name = entry.path().filename().string();
            if (name != "README.md") {
                CHECK_MESSAGE(listed.count(name) == 1, name << " has no expected diagnostics");
            }
        }
    }

    TEST_CASE("every JSON variant of the small report has its exact diagnostics") {
        const std::filesystem::path dir = GRANTKPI_TEST_OUTPUT_DIR "/malformed";
        std::filesystem::create_directories(dir);
        std::set<std::string> names;
        for (const JsonVariant& variant : json_variants) {
            CAPTURE(variant.name);
            // One name per variant, and none that a file of the corpus has.
            CHECK(names.insert(variant.name).second);
            CHECK_FALSE(std::filesystem::exists(malformed_dir / variant.name));
            const std::string bytes = json_variant(variant);
            check_read(variant.name, bytes, variant.diagnostics);
            // The file loader says the same, naming the file.
            const std::filesystem::path file = dir / variant.name;
            std::ofstream(file, std::ios::binary) << bytes;
            TextReadOptions options;
            options.file_name = variant.name;
            options.strict = false;
            CHECK_EQ(messages(load_report(file, options)), variant.diagnostics);
        }
    }

    TEST_CASE("a row with fewer cells than the header has columns: the rest are not set") {
        TextReadOptions options;
        options.file_name = "fewer_cells_than_header.txt";
        const TextReadResult result = load_report(malformed_dir / options.file_name, options);
        REQUIRE(result.ok());
        const Kpi& kpi = result.report->rounds.at(0).projects.at(0).kpis.at(0);
        REQUIRE_EQ(kpi.actual.size(), 3);
        CHECK_EQ(*kpi.actual.find(FiscalYear{2022}), Observation::confirmed(Decimal{18}));
        CHECK_EQ(*kpi.actual.find(FiscalYear{2023}), Observation::not_set());
        CHECK_EQ(*kpi.actual.find(FiscalYear{2024}), Observation::not_set());
    }

    TEST_CASE("generated: a 10 MB single line") {
        constexpr std::size_t ten_mb = 10'000'000;
        SUBCASE("text: one line of 10 MB is a title, and no round heading follows") {
            std::string line;
            while (line.size() < ten_mb) {
                line += "あ";
            }
            check_read("line.txt", line,
                       {"line.txt:1:1: error: GK002: no round heading such as " + example_round +
                        " in the input"});
        }
        SUBCASE("JSON: a valid report on one line with a 10 MB description") {
            const std::string json =
                R"({"schema":"grantkpi.report/1","rounds":[{"fiscal_year":2022,"scheme":"S",)"
                R"("projects":[{"name":"P","description":[")" +
                std::string(ten_mb, 'x') +
                R"("],"application":"single","budget":1,"budget_scope":"own",)"
                R"("national_share":"1/2","first_fiscal_year":2022,"last_fiscal_year":2024}]}]})";
            check_read("line.json", json, {});
            const auto report = read_report_json(json);
            REQUIRE(report);
            CHECK_EQ(report->rounds.at(0).projects.at(0).description.at(0).size(), ten_mb);
        }
    }

    TEST_CASE("generated: 100,000 KPI rows read, in 10 projects of 5,000 KPIs") {
        const std::string text = many_kpis(10, 5000);
        check_read("rows.txt", text, {});
        const TextReadResult result = read_report(text);
        REQUIRE(result.ok());
        std::size_t kpis = 0;
        for (const Project& project : result.report->rounds.at(0).projects) {
            kpis += project.kpis.size();
        }
        CHECK_EQ(kpis, 50'000);
        const Kpi& last = result.report->rounds.at(0).projects.back().kpis.back();
        CHECK_EQ(last.number, 5000);
        CHECK_EQ(*last.actual.find(FiscalYear{2023}), Observation::expected(Decimal{3}));
        CHECK_EQ(*last.actual.find(FiscalYear{2024}), Observation::not_set());
    }

    TEST_CASE("generated: JSON nested 10,000 deep is refused at its first wrong value") {
        // The schema is at most 9 levels deep: the reader refuses the first value of a wrong
        // type, so the parser's own limit (depth 64) is never reached.
        const std::string deep(10'000, '[');
        check_read("deep.json", "{\"rounds\": " + deep + std::string(10'000, ']') + "}",
                   {"deep.json:1:13: error: GK052: /rounds/0: expected an object, got an array"});
        check_read("deep.json",
                   "{\"schema\": \"grantkpi.report/1\", \"rounds\": [{\"projects\": " + deep,
                   {"deep.json:1:58: error: GK052: /rounds/0/projects/0: expected an object, got "
                    "an array"});
        std::string objects;
        for (int i = 0; i < 10'000; ++i) {
            objects += "{\"a\": ";
        }
        check_read(
            "deep.json", objects,
            {"deep.json:1:4: error: GK056: /a: unknown key \"a\"; expected one of \"title\", "
             "\"municipality\", \"notes\", \"rounds\""});
        const auto root = read_report_json(deep + std::string(10'000, ']'));
        REQUIRE_FALSE(root);
        CHECK_EQ(root.error().to_string(),
                 "1:1: expected a JSON object (a grantkpi report), got an array");
    }

    TEST_CASE("inputs beyond 256 MiB are refused before they are read") {
        const std::string message =
            "the input is larger than 256 MiB (268435456 bytes), the most grantkpi reads";
#ifdef GRANTKPI_TEST_HAS_MMAP
        const ZeroPages huge(max_input_bytes + 1);
        TextReadOptions options;
        options.file_name = "huge.txt";
        CHECK_EQ(messages(read_report_text(huge.view(), options)),
                 std::vector<std::string>{"huge.txt: error: GK090: " + message});
        CHECK_EQ(messages(read_report(huge.view(), options)),
                 std::vector<std::string>{"huge.txt: error: GK090: " + message});
        const auto json = read_report_json(huge.view());
        REQUIRE_FALSE(json);
        CHECK_EQ(json.error().to_string(), message);
        CHECK_EQ(json.error().code, "GK090");
#endif

        // A sparse file of 256 MiB + 1 byte: the loaders look at its size, not its bytes.
        const std::filesystem::path dir = GRANTKPI_TEST_OUTPUT_DIR;
        std::filesystem::create_directories(dir);
        const std::filesystem::path file = dir / "huge-sparse-input.txt";
        { std::ofstream create(file, std::ios::binary); }
        std::filesystem::resize_file(file, max_input_bytes + 1);
        const std::string name = file.string();
        CHECK_EQ(messages(load_report(file)),
                 std::vector<std::string>{name + ": error: GK090: " + message});
        CHECK_EQ(messages(load_report_text(file)),
                 std::vector<std::string>{name + ": error: GK090: " + message});
        const auto loaded = load_report_json(file);
        REQUIRE_FALSE(loaded);
        CHECK_EQ(loaded.error().to_string(), name + ": " + message);
        std::filesystem::remove(file);
    }

    TEST_CASE("a directory given as the input is an error, not an exception") {
        // libstdc++ throws std::ios_base::failure when a directory is read as a file: the
        // loaders check first (load_report and load_report_json used to let it escape).
        const std::string dir = malformed_dir.string();
        const std::vector<std::string> expected{dir +
                                                ": error: GK092: cannot read the file: it is a "
                                                "directory"};
        CHECK_EQ(messages(load_report(malformed_dir)), expected);
        CHECK_EQ(messages(load_report_text(malformed_dir)), expected);
        const auto json = load_report_json(malformed_dir);
        REQUIRE_FALSE(json);
        CHECK_EQ(json.error().to_string(), dir + ": cannot read the file: it is a directory");
    }

    TEST_CASE("every loader says in the same words why it cannot read a file") {
        // One reader of files (src/input/input_file.hpp) for the text, JSON, collection and
        // annotation loaders.
        struct Loader {
            const char* name;
            std::string (*message)(const std::filesystem::path&);
        };
        const Loader loaders[] = {
            {"load_report",
             [](const std::filesystem::path& f) {
                 return messages(load_report(f)).at(0);
             }},
            {"load_report_text",
             [](const std::filesystem::path& f) {
                 return messages(load_report_text(f)).at(0);
             }},
            {"load_report_json",
             [](const std::filesystem::path& f) {
                 return load_report_json(f).error().to_string();
             }},
            {"load_collection_json",
             [](const std::filesystem::path& f) {
                 return load_collection_json(f).error().to_string();
             }},
            {"load_annotations",
             [](const std::filesystem::path& f) {
                 return load_annotations(f).diagnostics.at(0).to_string();
             }},
        };
        const std::filesystem::path missing = malformed_dir / "no-such-file.json";
        for (const Loader& loader : loaders) {
            CAPTURE(loader.name);
            const std::string message = loader.message(missing);
            // The diagnostics say "error:" after the file, the errors of the JSON readers do not.
            CHECK(message.starts_with(missing.string() + ": "));
            CHECK(message.ends_with(": cannot open the file for reading: it does not exist"));
            CHECK(loader.message(malformed_dir)
                      .ends_with(": cannot read the file: it is a "
                                 "directory"));
        }
    }

#ifdef GRANTKPI_TEST_HAS_FIFO
    TEST_CASE("a pipe is read: a file that does not say its size") {
        const std::filesystem::path dir = GRANTKPI_TEST_OUTPUT_DIR;
        std::filesystem::create_directories(dir);
        const std::filesystem::path fifo = dir / "collection.fifo";
        std::filesystem::remove(fifo);
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        const std::string json =
            R"({"schema": "grantkpi.collection/2", "reports": [{"rounds": []}]})";
        std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << json; });
        const auto read = load_collection_json(fifo);
        writer.join();
        std::filesystem::remove(fifo);
        REQUIRE_MESSAGE(read, read.error().to_string());
        CHECK_EQ(read->size(), 1);
    }
#endif

} // TEST_SUITE
