// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// A JSON writer over the Boost.Describe members of the evaluation structs: a new member is
// written without touching this file. Numbers come from the exact Decimals, never from a
// double. The names a result reads through its model link (a KPI's title, a project's name
// and partners, a round's scheme, a report's title and municipality) are written from the
// link, each in its place among the described members (linked_before below).

#include <grantkpi/evaluation_json.hpp>

#include "json/json_output.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <ostream>
#include <string_view>
#include <utility>

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

    void value(const KpiEvaluation& kpi, int level) { linked_object(kpi, level); }
    void value(const ProjectEvaluation& project, int level) { linked_object(project, level); }
    void value(const RoundEvaluation& round, int level) { linked_object(round, level); }
    void value(const ReportEvaluation& report, int level) { linked_object(report, level); }

    /// PrettyJsonWriter::document, with a report's names in their places.
    template <class T>
    void document(std::string_view schema, const T& document) {
        this->out() += "{\n";
        this->indent(1);
        this->out() += "\"schema\": ";
        this->string(schema);
        linked_members(document, 0, /*first=*/false);
        this->out() += "\n}\n";
        this->finish();
    }

protected:
    /// `"name": value` at level + 1, a comma before it unless `first`.
    template <class T>
    void member(std::string_view name, const T& member, int level, bool first) {
        this->next_line(first, level + 1);
        this->string(name);
        this->out() += ": ";
        self().value(member, level + 1);
    }

private:
    Derived& self() { return static_cast<Derived&>(*this); }

    template <class Descriptor>
    static constexpr bool is(std::string_view name) {
        return std::string_view(Descriptor::name) == name;
    }

    /// Like PrettyJsonWriter::value of a described struct (every member written: the
    /// evaluation writers omit nothing), with the linked names in their places.
    template <class T>
    void linked_object(const T& object, int level) {
        this->out() += '{';
        linked_members(object, level, /*first=*/true);
        this->line(level);
        this->out() += '}';
    }

    template <class T>
    void linked_members(const T& object, int level, bool first) {
        boost::mp11::mp_for_each<detail::public_members<T>>([&](auto d) {
            linked_before<decltype(d)>(object, level, first);
            this->next_line(first, level + 1);
            first = false;
            this->template key<decltype(d)>();
            self().value(object.*d.pointer, level + 1);
        });
    }

    // Nothing before the members of the other structs.
    template <class Descriptor, class T>
    void linked_before(const T&, int, bool&) {}

    // The names written before the described member `Descriptor`: where the results held
    // them before they read them through their links, so that the JSON stays the same.
    template <class Descriptor>
    void linked_before(const KpiEvaluation& kpi, int level, bool& first) {
        if constexpr (is<Descriptor>("direction")) {
            member("title", kpi.title(), level, std::exchange(first, false));
        }
    }
    template <class Descriptor>
    void linked_before(const ProjectEvaluation& project, int level, bool& first) {
        if constexpr (is<Descriptor>("application")) {
            member("name", project.name(), level, std::exchange(first, false));
        } else if constexpr (is<Descriptor>("budget")) {
            member("partners", project.partners(), level, std::exchange(first, false));
        }
    }
    template <class Descriptor>
    void linked_before(const RoundEvaluation& round, int level, bool& first) {
        if constexpr (is<Descriptor>("projects")) {
            member("scheme", round.scheme(), level, std::exchange(first, false));
        }
    }
    template <class Descriptor>
    void linked_before(const ReportEvaluation& report, int level, bool& first) {
        if constexpr (is<Descriptor>("options")) {
            member("title", report.title(), level, std::exchange(first, false));
            member("municipality", report.municipality(), level, std::exchange(first, false));
        }
    }
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
        member("title", report.title(), level, /*first=*/true);
        member("municipality", report.municipality(), level, /*first=*/false);
        member("summary", report.summary, level, /*first=*/false);
        line(level);
        out() += '}';
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
