// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// A JSON writer over the Boost.Describe members of the evaluation structs: a new member is
// written without touching this file. Numbers come from the exact Decimals, never from a
// double.

#include <grantkpi/evaluation_json.hpp>

#include "json/json_output.hpp"

namespace grantkpi {
namespace {

class EvaluationWriter : public detail::PrettyJsonWriter<EvaluationWriter> {
public:
    static constexpr bool omit_absent = false; // every figure is there, null when undefined

    using PrettyJsonWriter::PrettyJsonWriter;
    using PrettyJsonWriter::value;

    /// A ratio as a JSON number rounded to 4 decimals, computed exactly from the Decimals.
    void value(const Ratio& ratio, int) { out() += ratio.rounded.to_string(); }

    /// A basis on one line: {"source": "inferred", "rule": "title: 待機児童", "uncertain": false}.
    void value(const Provenance& basis, int level) { inline_object(basis, level); }
};

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

} // namespace grantkpi
