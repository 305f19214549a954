// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// grantkpi_bench: the timings of bench/run, with Google Benchmark (manual time: only the
// work itself is timed, not freeing what it built).
//
//     grantkpi_bench --corpus x1/corpus.json [--texts x1/text] [--scaling a.json,b.json,...]
//                    [--benchmark_* flags]
//     grantkpi_bench --figures OUT --corpus x1/corpus.json
//
// Benchmarks: load/typed (read_collection_json), load/dom (boost::json::parse),
// load/null_parser (basic_parser with a handler that does nothing: the parser's own
// speed), evaluate/validate_and_evaluate (on one thread, and on every core), its parts
// evaluate/evaluate_only and evaluate/validate_only, evaluate/floor/walk and
// evaluate/floor/verdicts (the least an evaluation does), load_and_evaluate,
// load_validate_and_evaluate (one thread; the DuckDB peer's measure), text/import (every
// report text, read_report_text), scaling/<file> (load + evaluate; counter kpi_years). --figures
// writes the reference figures (tests/support/figures.hpp) of the corpus instead.

#include "support/figures.hpp"

#include <grantkpi/evaluate.hpp>
#include <grantkpi/json.hpp>
#include <grantkpi/text_reader.hpp>
#include <grantkpi/validate.hpp>

#include <benchmark/benchmark.h>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path.string());
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<grantkpi::Report> load(std::string_view json) {
    auto reports = grantkpi::read_collection_json(json);
    if (!reports) {
        throw std::runtime_error(reports.error().to_string());
    }
    return std::move(*reports);
}

/// Calls `visit(kpi)` for every KPI of every project of every round of every report.
template <class Visit>
void for_each_kpi(const std::vector<grantkpi::Report>& reports, Visit&& visit) {
    for (const auto& report : reports) {
        for (const auto& round : report.rounds) {
            for (const auto& project : round.projects) {
                for (const auto& kpi : project.kpis) {
                    visit(kpi);
                }
            }
        }
    }
}

std::size_t kpi_years(const std::vector<grantkpi::Report>& reports) {
    std::size_t n = 0;
    for_each_kpi(reports, [&](const grantkpi::Kpi& kpi) { n += kpi.plan.size(); });
    return n;
}

/// The handler that does nothing: what is left is the parser's own work.
struct NullHandler {
    static constexpr std::size_t max_object_size = std::numeric_limits<std::size_t>::max();
    static constexpr std::size_t max_array_size = std::numeric_limits<std::size_t>::max();
    static constexpr std::size_t max_key_size = std::numeric_limits<std::size_t>::max();
    static constexpr std::size_t max_string_size = std::numeric_limits<std::size_t>::max();
    using ec = boost::system::error_code;
    using sv = boost::json::string_view;
    bool on_document_begin(ec&) { return true; }
    bool on_document_end(ec&) { return true; }
    bool on_object_begin(ec&) { return true; }
    bool on_object_end(std::size_t, ec&) { return true; }
    bool on_array_begin(ec&) { return true; }
    bool on_array_end(std::size_t, ec&) { return true; }
    bool on_key_part(sv, std::size_t, ec&) { return true; }
    bool on_key(sv, std::size_t, ec&) { return true; }
    bool on_string_part(sv, std::size_t, ec&) { return true; }
    bool on_string(sv, std::size_t, ec&) { return true; }
    bool on_number_part(sv, ec&) { return true; }
    bool on_int64(std::int64_t, sv, ec&) { return true; }
    bool on_uint64(std::uint64_t, sv, ec&) { return true; }
    bool on_double(double, sv, ec&) { return true; }
    bool on_bool(bool, ec&) { return true; }
    bool on_null(ec&) { return true; }
    bool on_comment_part(sv, ec&) { return true; }
    bool on_comment(sv, ec&) { return true; }
};

/// The inputs, read once.
struct Inputs {
    std::string corpus;                    // the x1 collection
    std::vector<grantkpi::Report> reports; // loaded from it
    std::vector<std::string> texts;        // the report texts
    std::size_t text_bytes = 0;
};

Inputs& inputs() {
    static Inputs in;
    return in;
}

/// One scaling corpus at a time in memory.
const std::string& scaling_corpus(const std::string& path) {
    static std::string loaded_path;
    static std::string bytes;
    if (loaded_path != path) {
        bytes.clear();
        bytes.shrink_to_fit();
        bytes = read_file(path);
        loaded_path = path;
    }
    return bytes;
}

void load_typed(benchmark::State& state) {
    const std::string& json = inputs().corpus;
    for (auto _ : state) {
        const auto start = Clock::now();
        auto reports = load(json);
        state.SetIterationTime(seconds_since(start));
        benchmark::DoNotOptimize(reports.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

void load_dom(benchmark::State& state) {
    const std::string& json = inputs().corpus;
    for (auto _ : state) {
        const auto start = Clock::now();
        boost::json::value dom = boost::json::parse(json);
        state.SetIterationTime(seconds_since(start));
        benchmark::DoNotOptimize(&dom);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

void load_null_parser(benchmark::State& state) {
    const std::string& json = inputs().corpus;
    for (auto _ : state) {
        const auto start = Clock::now();
        boost::json::basic_parser<NullHandler> parser(boost::json::parse_options{});
        boost::system::error_code ec;
        parser.write_some(false, json.data(), json.size(), ec);
        state.SetIterationTime(seconds_since(start));
        if (ec) {
            state.SkipWithError(ec.message().c_str());
        }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

/// Every report validated, and the collection evaluated: every KPI-year, KPI, project,
/// report and the national roll-up.
/// `threads` as the library functions take it (1: the calling thread only).
std::size_t validate_and_evaluate(const std::vector<grantkpi::Report>& reports,
                                  grantkpi::CollectionEvaluation& out, unsigned threads) {
    std::size_t diagnostics = 0;
    for (const auto& found : grantkpi::validate_collection(reports, threads)) {
        diagnostics += found.size();
    }
    out = grantkpi::evaluate_collection(reports, {}, threads);
    return diagnostics;
}

void evaluate(benchmark::State& state, unsigned threads) {
    const auto& reports = inputs().reports;
    for (auto _ : state) {
        grantkpi::CollectionEvaluation evaluation;
        const auto start = Clock::now();
        const std::size_t diagnostics = validate_and_evaluate(reports, evaluation, threads);
        state.SetIterationTime(seconds_since(start));
        benchmark::DoNotOptimize(diagnostics);
    }
    state.counters["kpi_years"] = static_cast<double>(kpi_years(reports));
}

void evaluate_only(benchmark::State& state) {
    const auto& reports = inputs().reports;
    for (auto _ : state) {
        const auto start = Clock::now();
        auto evaluation = grantkpi::evaluate_collection(reports);
        state.SetIterationTime(seconds_since(start));
        benchmark::DoNotOptimize(&evaluation);
    }
}

void validate_only(benchmark::State& state) {
    const auto& reports = inputs().reports;
    for (auto _ : state) {
        std::size_t diagnostics = 0;
        const auto start = Clock::now();
        for (const auto& report : reports) {
            diagnostics += grantkpi::validate(report).size();
        }
        state.SetIterationTime(seconds_since(start));
        benchmark::DoNotOptimize(diagnostics);
    }
}

/// The floors of figure 2: the least any evaluation of the corpus does, storing nothing, on
/// one thread. `walk` reads every plan and actual cell of every KPI. `verdicts` also judges
/// every year that has a plan and an actual value (met: actual >= plan, <= for a decrease
/// KPI) and takes each KPI's latest judged year, counting the KPIs met there. Repeated on the
/// same model with nothing in between, they run with warmer caches than the evaluation.
void floor_walk(benchmark::State& state) {
    const auto& reports = inputs().reports;
    for (auto _ : state) {
        std::int64_t sum = 0;
        const auto start = Clock::now();
        for_each_kpi(reports, [&](const grantkpi::Kpi& kpi) {
            for (const auto* row : {&kpi.plan, &kpi.actual}) {
                for (const auto& cell : *row) {
                    if (const auto value = cell.value.value()) {
                        sum += value->coefficient();
                    }
                }
            }
        });
        state.SetIterationTime(seconds_since(start));
        benchmark::DoNotOptimize(sum);
    }
}

void floor_verdicts(benchmark::State& state) {
    const auto& reports = inputs().reports;
    for (auto _ : state) {
        std::size_t met = 0;
        const auto start = Clock::now();
        for_each_kpi(reports, [&](const grantkpi::Kpi& kpi) {
            const auto& plans = kpi.plan.values;
            const auto& actuals = kpi.actual.values;
            std::optional<grantkpi::FiscalYear> latest;
            bool latest_met = false;
            for (std::size_t i = 0; i < plans.size(); ++i) {
                const grantkpi::Observation* actual =
                    i < actuals.size() && actuals[i].year == plans[i].year
                        ? &actuals[i].value
                        : kpi.actual.find(plans[i].year);
                const auto plan_value = plans[i].value.value();
                const auto actual_value = actual != nullptr ? actual->value() : std::nullopt;
                if (!plan_value || !actual_value || (latest && plans[i].year < *latest)) {
                    continue;
                }
                latest = plans[i].year;
                latest_met = kpi.direction == grantkpi::Direction::increase
                                 ? *actual_value >= *plan_value
                                 : *actual_value <= *plan_value;
            }
            met += latest_met ? 1 : 0;
        });
        state.SetIterationTime(seconds_since(start));
        benchmark::DoNotOptimize(met);
    }
}

/// Load + validate + evaluate on one thread: what the DuckDB peer is measured against
/// (speedup_vs_duckdb).
void load_validate_and_evaluate(benchmark::State& state) {
    const std::string& json = inputs().corpus;
    for (auto _ : state) {
        grantkpi::CollectionEvaluation evaluation;
        const auto start = Clock::now();
        auto reports = load(json);
        const std::size_t diagnostics = validate_and_evaluate(reports, evaluation, 1);
        state.SetIterationTime(seconds_since(start));
        benchmark::DoNotOptimize(diagnostics);
        benchmark::DoNotOptimize(&evaluation);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

/// Load + evaluate, what the Python reference does (it does not validate).
void load_and_evaluate(benchmark::State& state, const std::string& json) {
    std::size_t years = 0;
    for (auto _ : state) {
        const auto start = Clock::now();
        auto loaded = grantkpi::read_collection_json(json);
        if (!loaded) {
            state.SkipWithError(loaded.error().to_string().c_str());
            break;
        }
        auto reports = std::move(*loaded);
        auto evaluation = grantkpi::evaluate_collection(reports);
        state.SetIterationTime(seconds_since(start));
        years = kpi_years(reports);
        benchmark::DoNotOptimize(&evaluation);
    }
    state.counters["kpi_years"] = static_cast<double>(years);
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

void text_import(benchmark::State& state) {
    const auto& texts = inputs().texts;
    for (auto _ : state) {
        std::size_t read = 0;
        const auto start = Clock::now();
        for (const std::string& text : texts) {
            const auto result = grantkpi::read_report_text(text);
            read += result.ok() ? 1 : 0;
        }
        state.SetIterationTime(seconds_since(start));
        if (read != texts.size()) {
            state.SkipWithError("a report text did not read without errors");
        }
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * inputs().text_bytes));
}

std::vector<std::string> split(std::string_view list) {
    std::vector<std::string> out;
    while (!list.empty()) {
        const auto comma = list.find(',');
        out.emplace_back(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    std::string corpus;
    std::string texts;
    std::string scaling;
    std::string figures;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view arg = argv[i];
        if (arg == "--corpus") {
            corpus = argv[i + 1];
        } else if (arg == "--texts") {
            texts = argv[i + 1];
        } else if (arg == "--scaling") {
            scaling = argv[i + 1];
        } else if (arg == "--figures") {
            figures = argv[i + 1];
        } else {
            std::cerr << "unknown argument " << arg << '\n';
            return 2;
        }
    }
    if ((argc - 1) % 2 != 0) {
        std::cerr << "usage: grantkpi_bench --corpus FILE [--texts DIR] [--scaling A,B,C] "
                     "[--figures OUT]\n";
        return 2;
    }
    Inputs& in = inputs();
    if (!corpus.empty()) {
        in.corpus = read_file(corpus);
        in.reports = load(in.corpus);
    }
    if (!figures.empty()) {
        const auto evaluation = grantkpi::evaluate_collection(in.reports);
        std::ofstream out(figures, std::ios::binary);
        out << grantkpi::bench::reference_figures(evaluation);
        return out ? 0 : 1;
    }
    const auto configure = [](benchmark::internal::Benchmark* b) {
        b->UseManualTime()->Unit(benchmark::kMillisecond)->MinWarmUpTime(0.2);
    };
    if (!corpus.empty()) {
        configure(benchmark::RegisterBenchmark("load/typed", load_typed));
        configure(benchmark::RegisterBenchmark("load/dom", load_dom));
        configure(benchmark::RegisterBenchmark("load/null_parser", load_null_parser));
        configure(benchmark::RegisterBenchmark("evaluate/validate_and_evaluate", evaluate, 1U));
        // The same on every core: validate_collection and evaluate_collection with threads 0.
        const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
        configure(benchmark::RegisterBenchmark(
            ("evaluate/validate_and_evaluate/threads:" + std::to_string(cores)).c_str(), evaluate,
            0U));
        configure(benchmark::RegisterBenchmark("evaluate/evaluate_only", evaluate_only));
        configure(benchmark::RegisterBenchmark("evaluate/validate_only", validate_only));
        configure(benchmark::RegisterBenchmark("evaluate/floor/walk", floor_walk));
        configure(benchmark::RegisterBenchmark("evaluate/floor/verdicts", floor_verdicts));
        configure(benchmark::RegisterBenchmark("load_and_evaluate", [](benchmark::State& s) {
            load_and_evaluate(s, inputs().corpus);
        }));
        configure(
            benchmark::RegisterBenchmark("load_validate_and_evaluate", load_validate_and_evaluate));
    }
    if (!texts.empty()) {
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(texts)) {
            if (entry.path().extension() == ".txt") {
                files.push_back(entry.path());
            }
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            in.texts.push_back(read_file(file));
            in.text_bytes += in.texts.back().size();
        }
        configure(benchmark::RegisterBenchmark("text/import", text_import));
    }
    for (const std::string& file : split(scaling)) {
        configure(
            benchmark::RegisterBenchmark(("scaling/" + file).c_str(), [file](benchmark::State& s) {
                load_and_evaluate(s, scaling_corpus(file));
            }));
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
