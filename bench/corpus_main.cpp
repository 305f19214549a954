// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// grantkpi_corpus: writes the synthetic national corpus (tests/support/corpus.hpp) as one JSON
// collection and, with --text, as one report text per municipality.
//
//     grantkpi_corpus --out DIR [--scale N] [--municipalities N] [--seed S] [--text]
//
// DIR/corpus.json holds the collection (docs/json-format.md, "Collections"); DIR/text/
// holds 00000.txt, 00001.txt ... in the published text layout.

#include "support/corpus.hpp"

#include <grantkpi/json.hpp>
#include <grantkpi/text_writer.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace {

bool write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out);
}

int usage() {
    std::cerr << "usage: grantkpi_corpus --out DIR [--scale N] [--municipalities N] [--seed S] "
                 "[--text]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    grantkpi::bench::CorpusOptions options;
    std::filesystem::path out;
    bool text = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--out" && has_value) {
            out = argv[++i];
        } else if (arg == "--scale" && has_value) {
            options.municipalities =
                grantkpi::bench::national_municipalities * std::atoi(argv[++i]);
        } else if (arg == "--municipalities" && has_value) {
            options.municipalities = std::atoi(argv[++i]);
        } else if (arg == "--seed" && has_value) {
            options.seed = std::strtoull(argv[++i], nullptr, 10);
        } else if (arg == "--text") {
            text = true;
        } else {
            return usage();
        }
    }
    if (out.empty() || options.municipalities <= 0) {
        return usage();
    }
    std::filesystem::create_directories(out);
    const auto reports = grantkpi::bench::generate_corpus(options);
    std::size_t projects = 0;
    std::size_t kpis = 0;
    std::size_t kpi_years = 0;
    for (const auto& report : reports) {
        for (const auto& round : report.rounds) {
            projects += round.projects.size();
            for (const auto& project : round.projects) {
                kpis += project.kpis.size();
                for (const auto& kpi : project.kpis) {
                    kpi_years += kpi.plan.size();
                }
            }
        }
    }
    const std::string json = grantkpi::write_collection_json(reports);
    if (!write_file(out / "corpus.json", json)) {
        std::cerr << "cannot write " << (out / "corpus.json").string() << '\n';
        return 1;
    }
    std::size_t text_bytes = 0;
    if (text) {
        std::filesystem::create_directories(out / "text");
        for (std::size_t i = 0; i < reports.size(); ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "%05zu.txt", i);
            const std::string bytes = grantkpi::write_report_text(reports[i]);
            text_bytes += bytes.size();
            if (!write_file(out / "text" / name, bytes)) {
                std::cerr << "cannot write " << (out / "text" / name).string() << '\n';
                return 1;
            }
        }
    }
    std::cout << "municipalities " << reports.size() << ", projects " << projects << ", KPIs "
              << kpis << ", KPI-years " << kpi_years << ", JSON " << json.size() << " bytes";
    if (text) {
        std::cout << ", texts " << text_bytes << " bytes";
    }
    std::cout << '\n';
    return 0;
}
