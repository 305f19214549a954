// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Where a figure the table does not state came from: a KPI's direction and accumulation,
// a project's budget scope. Every such figure is stated (by the JSON, an annotation file or
// the caller), inferred by a named rule, or assumed (nothing spoke for it; the default).

#include <grantkpi/enum_names.hpp>
#include <grantkpi/export.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <iosfwd>
#include <string>
#include <utility>

namespace grantkpi {

/// Who says so.
enum class Source {
    stated,   ///< the JSON, an annotation file or the caller gives it
    inferred, ///< a documented rule fired (Provenance::rule names it)
    assumed,  ///< nothing spoke for it: the default was taken
};
BOOST_DESCRIBE_ENUM(Source, stated, inferred, assumed)

/// The basis of one figure: its source, the rule or place that gave it, and whether the
/// evidence is weak (an inference from the plan's trend alone, or a title and a trend that
/// disagree).
struct Provenance {
    Source source = Source::stated;
    /// The rule that fired (`title: 待機児童`, `plan falls from the baseline`,
    /// `title: (3年累計)`, `heading: ※県全体の採択額`), or where a statement came from
    /// (`annotations.json`); empty when the caller stated it.
    std::string rule;
    /// Inferred on weak evidence, or assumed: a verdict resting on it deserves a look.
    bool uncertain = false;

    [[nodiscard]] static Provenance stated_by(std::string rule = {}) {
        return Provenance{Source::stated, std::move(rule), false};
    }
    [[nodiscard]] static Provenance inferred_by(std::string rule, bool uncertain = false) {
        return Provenance{Source::inferred, std::move(rule), uncertain};
    }
    [[nodiscard]] static Provenance assumed_default(std::string rule = {}) {
        return Provenance{Source::assumed, std::move(rule), true};
    }

    /// The default: stated by whoever built the model, with no rule to name.
    [[nodiscard]] bool is_plain_statement() const noexcept {
        return source == Source::stated && rule.empty() && !uncertain;
    }
    /// A verdict resting on this deserves a look: assumed, or inferred on weak evidence.
    [[nodiscard]] bool is_weak() const noexcept {
        return source == Source::assumed || (source == Source::inferred && uncertain);
    }

    friend bool operator==(const Provenance&, const Provenance&) = default;
};
BOOST_DESCRIBE_STRUCT(Provenance, (), (source, rule, uncertain))

/// The source, the rule when there is one, and `(uncertain)` for an inference on weak
/// evidence: `stated`, `stated by annotations.json`, `inferred by title: 待機児童`,
/// `inferred by plan falls from the baseline (uncertain)`, `assumed`.
[[nodiscard]] GRANTKPI_API std::string to_string(const Provenance& basis);
/// Writes to_string(basis).
GRANTKPI_API std::ostream& operator<<(std::ostream& os, const Provenance& basis);

} // namespace grantkpi
