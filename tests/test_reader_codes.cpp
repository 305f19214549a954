// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The readers' diagnostic codes (src/diagnostics/reader_codes.hpp) and the page that
// documents them (docs/reader-diagnostics.md): the same codes and names, each in the range of
// its reader, and each reported by at least one site of src/.

#include "diagnostics/reader_codes.hpp"
#include "support/seed.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>

using grantkpi::detail::diagnostics::reader_catalogue;

namespace {

// `| GK012 | `name` | ...` rows of the page: code to name.
std::map<std::string, std::string> documented_codes(const std::string& page) {
    std::map<std::string, std::string> rows;
    std::size_t at = 0;
    while ((at = page.find("\n| GK", at)) != std::string::npos) {
        const std::size_t code_begin = at + 3;
        const std::string code = page.substr(code_begin, 5);
        const std::size_t name_begin = page.find('`', code_begin) + 1;
        const std::size_t name_end = page.find('`', name_begin);
        rows.emplace(code, page.substr(name_begin, name_end - name_begin));
        at = name_end;
    }
    return rows;
}

// The folders of src/ whose sources may report a code of the range of `code`.
std::set<std::string> folders_of(std::string_view code) {
    const int number = std::stoi(std::string(code.substr(2)));
    if (number < 50) {
        return {"report_text"};
    }
    if (number < 70) {
        return {"json"};
    }
    if (number < 90) {
        return {"annotations"};
    }
    return {"input", "encoding", "report_text", "json", "annotations"};
}

} // namespace

TEST_CASE("docs/reader-diagnostics.md documents each reader code with its name") {
    const auto page =
        grantkpi::testing::read_file(GRANTKPI_SOURCE_DIR "/docs/reader-diagnostics.md");
    const auto documented = documented_codes(page);
    CHECK(documented.size() == reader_catalogue.size());
    for (const auto& entry : reader_catalogue) {
        const std::string code(entry.code);
        CAPTURE(code);
        REQUIRE(documented.count(code) == 1);
        CHECK(documented.at(code) == entry.name);
        // GK0xx, below validation's GK1xx.
        CHECK(code.starts_with("GK0"));
        CHECK(!entry.meaning.empty());
    }
}

TEST_CASE("every reader code is reported by a site in the sources of its reader") {
    namespace fs = std::filesystem;
    std::map<std::string, std::string> sources; // folder -> the text of its files
    for (const auto& file : fs::recursive_directory_iterator(GRANTKPI_SOURCE_DIR "/src")) {
        const fs::path& path = file.path();
        if (!file.is_regular_file() || path.filename() == "reader_codes.hpp" ||
            (path.extension() != ".cpp" && path.extension() != ".hpp")) {
            continue;
        }
        sources[path.parent_path().filename().string()] += grantkpi::testing::read_file(path);
    }
    // Every code written in the sources is one of the catalogue.
    std::set<std::string> catalogued;
    for (const auto& entry : reader_catalogue) {
        catalogued.emplace(entry.code);
    }
    for (const auto& source : sources) {
        const std::string& folder = source.first;
        const std::string& text = source.second;
        for (std::size_t at = text.find("\"GK0"); at != std::string::npos;
             at = text.find("\"GK0", at + 1)) {
            const std::string code = text.substr(at + 1, 5);
            CAPTURE(folder);
            CHECK(catalogued.count(code) == 1);
        }
    }
    for (const auto& entry : reader_catalogue) {
        const std::string quoted = "\"" + std::string(entry.code) + "\"";
        CAPTURE(quoted);
        bool used = false;
        for (const std::string& folder : folders_of(entry.code)) {
            used = used || sources[folder].find(quoted) != std::string::npos;
        }
        CHECK(used);
    }
}
