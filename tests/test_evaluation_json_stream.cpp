// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// The streamed evaluation JSON (write_evaluation_json to a std::ostream): the bytes of the
// writer that built the whole document in one string (support/string_evaluation_json.hpp,
// frozen), written in chunks.
#include <grantkpi/evaluation_json.hpp>

#include "support/corpus.hpp"

#include "json/json_output.hpp"

#include "support/random_report.hpp"
#include "support/seed.hpp"
#include "support/string_evaluation_json.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

using namespace grantkpi;

namespace {

/// Keeps each write apart, as a file or a pipe gets them, and refuses the write that would
/// take the text past `fail_after` bytes (a full disk).
class WriteRecorder : public std::streambuf {
public:
    std::string text;
    std::vector<std::size_t> writes;
    std::size_t attempts = 0;
    std::size_t fail_after = std::numeric_limits<std::size_t>::max();

protected:
    std::streamsize xsputn(const char* data, std::streamsize size) override {
        ++attempts;
        const auto n = static_cast<std::size_t>(size);
        if (text.size() + n > fail_after) {
            return 0;
        }
        text.append(data, n);
        writes.push_back(n);
        return size;
    }
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) {
            return traits_type::not_eof(c);
        }
        const char byte = traits_type::to_char_type(c);
        return xsputn(&byte, 1) == 1 ? c : traits_type::eof();
    }
};

template <class Evaluation>
std::string streamed(const Evaluation& evaluation) {
    std::ostringstream out;
    write_evaluation_json(evaluation, out);
    REQUIRE(out.good());
    return out.str();
}

/// The streamed text, the string writer's and the frozen old writer's are the same bytes.
template <class Evaluation>
void check_same_bytes(const Evaluation& evaluation) {
    const std::string old = testing::string_writer::write_evaluation_json(evaluation);
    CHECK(write_evaluation_json(evaluation) == old);
    CHECK(streamed(evaluation) == old);
}

/// The writer's line breaks and indentation, on their own (it writes no struct: no
/// omit_absent).
class PlainWriter : public detail::PrettyJsonWriter<PlainWriter> {
public:
    using PrettyJsonWriter::indent;
    using PrettyJsonWriter::line;
    using PrettyJsonWriter::PrettyJsonWriter;
};

/// The documented chunk: 64 KiB.
constexpr std::size_t chunk_bytes = std::size_t{64} << 10;

} // namespace

TEST_SUITE_BEGIN("evaluation_json");

TEST_CASE("the streamed JSON is the old writer's, byte for byte: the seed") {
    const Report& seed = testing::seed_report();
    check_same_bytes(evaluate(seed));
    Report other = seed;
    other.municipality = "\"quoted\\\" \n name";
    const std::vector<Report> reports{seed, other};
    check_same_bytes(evaluate_collection(reports));
    // Every kind of byte a string may hold: escapes, control characters, DEL, a character
    // outside the BMP, and invalid UTF-8 (a stray continuation byte, a truncated sequence,
    // an overlong form, a surrogate, 0xFF), each invalid byte written as U+FFFD.
    Report odd = seed;
    odd.title =
        std::string("\"\\/\b\f\n\r\t\x01\x1f\x7f 𠮷 \x80 \xe3\x81 \xc0\xaf \xed\xa0\x80 \xff札幌");
    odd.rounds[0].projects[0].name += "\xe3\x81";
    check_same_bytes(evaluate(odd));
    CHECK(
        write_evaluation_json(evaluate(odd))
            .find("\"title\": \"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\x7f 𠮷 \uFFFD \uFFFD\uFFFD "
                  "\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD \uFFFD札幌\",") != std::string::npos);
    // The seed's evaluation is 50 KiB (below one chunk): one write, the whole text.
    WriteRecorder recorder;
    std::ostream out(&recorder);
    write_evaluation_json(evaluate(seed), out);
    CHECK(out.good());
    CHECK(recorder.writes.size() == 1);
    CHECK(recorder.text == write_evaluation_json(evaluate(seed)));
}

TEST_CASE("the streamed JSON is the old writer's, byte for byte: random reports") {
    int compared = 0;
    for (std::uint64_t seed_value = 1; seed_value <= 60; ++seed_value) {
        CAPTURE(seed_value);
        testing::RandomReportOptions options;
        options.provenance = seed_value % 2 == 0;
        const Report report = testing::random_report(seed_value, options);
        if (auto evaluation = try_evaluate(report)) {
            check_same_bytes(*evaluation);
            ++compared;
        }
        // Three reports in a collection (each with its JSON special characters).
        const std::vector<Report> reports{report, testing::random_report(seed_value + 1000),
                                          testing::random_report(seed_value + 2000, options)};
        if (auto collection = try_evaluate_collection(reports)) {
            check_same_bytes(*collection);
            ++compared;
        }
    }
    CHECK(compared >= 100); // of 120: a random budget may overflow a sum, rarely
}

TEST_CASE("the streamed JSON is the old writer's, byte for byte: a generated corpus, in chunks") {
    // 150 municipalities of the benchmark's national corpus (bench/corpus.hpp), with their
    // joint projects merged: about 9 MB of JSON.
    const std::vector<Report> reports = bench::generate_corpus(bench::CorpusOptions{7, 150});
    const CollectionEvaluation collection = evaluate_collection(reports);
    REQUIRE(collection.duplicates_merged > 0);
    const std::string old = testing::string_writer::write_evaluation_json(collection);
    REQUIRE(old.size() > 100 * chunk_bytes);

    WriteRecorder recorder;
    std::ostream out(&recorder);
    write_evaluation_json(collection, out);
    CHECK(out.good());
    CHECK(recorder.text == old);
    CHECK(write_evaluation_json(collection) == old);
    // In chunks: never the document at once. Each write but the last holds at least a chunk
    // and at most a chunk and the end of the element that passed it (a KPI's members after
    // its years, at most a few KiB).
    CHECK(recorder.writes.size() >= old.size() / (chunk_bytes + chunk_bytes / 4));
    CHECK(recorder.writes.size() <= old.size() / chunk_bytes + 1);
    const std::size_t largest = *std::max_element(recorder.writes.begin(), recorder.writes.end());
    CHECK(largest < chunk_bytes + chunk_bytes / 4);
    for (std::size_t i = 0; i + 1 < recorder.writes.size(); ++i) {
        CHECK(recorder.writes[i] >= chunk_bytes);
    }
}

TEST_CASE("a stream that refuses a write stops the writing there") {
    const std::vector<Report> reports = bench::generate_corpus(bench::CorpusOptions{7, 40});
    const CollectionEvaluation collection = evaluate_collection(reports);
    const std::string whole = write_evaluation_json(collection);
    REQUIRE(whole.size() > 10 * chunk_bytes);

    WriteRecorder recorder;
    recorder.fail_after = 3 * chunk_bytes - 1; // the third chunk finds the disk full
    std::ostream out(&recorder);
    write_evaluation_json(collection, out);
    CHECK(out.bad());
    CHECK(recorder.writes.size() == 2);      // two chunks of just over 64 KiB went through
    CHECK(recorder.attempts == 3);           // the third was refused, and nothing tried after
    CHECK(whole.starts_with(recorder.text)); // what went through is the document's start

    // A stream that has already failed is not written to.
    WriteRecorder unused;
    std::ostream failed(&unused);
    failed.setstate(std::ios::badbit);
    write_evaluation_json(collection, failed);
    CHECK(unused.attempts == 0);
}

TEST_CASE("the writer indents any depth, two spaces a level") {
    // Deeper than the writers go (an evaluation is 11 levels deep): past the 32 levels that
    // one piece of white space covers.
    for (int level = 0; level <= 100; ++level) {
        CAPTURE(level);
        const std::string spaces(static_cast<std::size_t>(level) * 2, ' ');
        std::string text = "x";
        PlainWriter writer{text};
        writer.indent(level);
        CHECK(text == "x" + spaces);
        writer.line(level);
        CHECK(text == "x" + spaces + "\n" + spaces);
    }
}

TEST_SUITE_END();
