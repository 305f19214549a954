// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// A JSON writer over the Boost.Describe members of the evaluation structs: a new member is
// written without touching this file. Numbers come from the exact Decimals, never from a
// double.

#include <grantkpi/evaluation_json.hpp>

#include "json/json_output.hpp"

#include <ostream>

namespace grantkpi {
namespace {

/// What the full evaluation and the summary write alike.
template <class Derived>
class EvaluationWriterBase : public detail::PrettyJsonWriter<Derived> {
    using Base = detail::PrettyJsonWriter<Derived>;

public:
    static constexpr bool omit_absent = false; // every figure is there, null when undefined

    using Base::Base;
    using Base::value;

    /// A ratio as a JSON number rounded to 4 decimals, computed exactly from the Decimals.
    void value(const Ratio& ratio, int) { this->out() += ratio.rounded.to_string(); }

    /// A basis on one line: {"source": "inferred", "rule": "title: 待機児童", "uncertain": false}.
    void value(const Provenance& basis, int level) { this->inline_object(basis, level); }
};

/// The whole evaluation: every member of every struct.
class EvaluationWriter : public EvaluationWriterBase<EvaluationWriter> {
public:
    using EvaluationWriterBase::EvaluationWriterBase;
    using EvaluationWriterBase::value;
};

/// The summary: a collection evaluation whose reports are written without their rounds.
class SummaryWriter : public EvaluationWriterBase<SummaryWriter> {
public:
    using EvaluationWriterBase::EvaluationWriterBase;
    using EvaluationWriterBase::value;

    /// A report's headline: who it is and its summary; its options are the collection's.
    void value(const ReportEvaluation& report, int level) {
        out() += '{';
        member("title", report.title, level, /*first=*/true);
        member("municipality", report.municipality, level, /*first=*/false);
        member("summary", report.summary, level, /*first=*/false);
        line(level);
        out() += '}';
    }

private:
    template <class T>
    void member(std::string_view name, const T& member, int level, bool first) {
        next_line(first, level + 1);
        string(name);
        out() += ": ";
        value(member, level + 1);
    }
};

/// Thrown by the sink of a stream that no longer takes the text: the writing stops there.
struct StreamFailed {};

template <class Writer, class T>
void write_to_stream(std::string_view schema, const T& evaluation, std::ostream& out) {
    if (!out) {
        return;
    }
    std::string buffer;
    try {
        Writer{buffer,
               [&out](std::string_view chunk) {
                   if (!out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()))) {
                       throw StreamFailed{};
                   }
               }}
            .document(schema, evaluation);
    } catch (const StreamFailed&) { // out's state says so
    }
}

} // namespace

std::string write_evaluation_json(const ReportEvaluation& evaluation) {
    std::string out;
    EvaluationWriter{out}.document(evaluation_schema_id, evaluation);
    return out;
}

std::string write_evaluation_json(const CollectionEvaluation& evaluation) {
    std::string out;
    EvaluationWriter{out}.document(collection_evaluation_schema_id, evaluation);
    return out;
}

void write_evaluation_json(const ReportEvaluation& evaluation, std::ostream& out) {
    write_to_stream<EvaluationWriter>(evaluation_schema_id, evaluation, out);
}

void write_evaluation_json(const CollectionEvaluation& evaluation, std::ostream& out) {
    write_to_stream<EvaluationWriter>(collection_evaluation_schema_id, evaluation, out);
}

std::string write_evaluation_summary_json(const CollectionEvaluation& evaluation) {
    std::string out;
    SummaryWriter{out}.document(evaluation_summary_schema_id, evaluation);
    return out;
}

void write_evaluation_summary_json(const CollectionEvaluation& evaluation, std::ostream& out) {
    write_to_stream<SummaryWriter>(evaluation_summary_schema_id, evaluation, out);
}

} // namespace grantkpi
