// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// What a KPI table does not state, inferred from the KPI's title and its plan: its direction
// (is lower better?) and its accumulation (is it a running total?), each with the rule that
// gave it (Provenance). The rules and every word they know are in docs/kpi-inference.md.

#include <grantkpi/export.hpp>
#include <grantkpi/kpi.hpp>
#include <grantkpi/provenance.hpp>

#include <span>
#include <string_view>

namespace grantkpi {

/// A direction and what it rests on.
struct DirectionInference {
    Direction direction = Direction::increase;
    Provenance basis;

    friend bool operator==(const DirectionInference&, const DirectionInference&) = default;
};

/// An accumulation and what it rests on.
struct AccumulationInference {
    Accumulation accumulation = Accumulation::level;
    Provenance basis;

    friend bool operator==(const AccumulationInference&, const AccumulationInference&) = default;
};

/// A KPI's direction, from its title first and then from its plan's trend.
///
/// 1. The title, normalised (full-width ASCII folded to ASCII, half-width katakana widened,
///    Latin letters upper-cased, spaces removed), is searched for the phrases of
///    kpi_direction_words(). Where two found phrases overlap, the longer wins (空き家バンク over
///    空き家, 人口減少の抑制 over 人口減少). Of the phrases left, those outside brackets
///    decide; phrases inside `()` only when none is outside; phrases inside `【】`, `〔〕` and
///    `[]` (tags naming a programme, a place or an aim) never. Of the deciding phrases the
///    one that ends last wins: a Japanese noun phrase names what it counts last
///    (空き家の活用件数 counts uses, 支援を受けた企業の離職率 is a rate of leaving), except
///    that a thing acted upon (DirectionWord::acted_on: 空き家) yields to the last action
///    upon it before it (DirectionWord::acts_on: 活用された空き家の件数). The rule names the
///    longest found phrase (outside or in `()`) that agrees with the decision
///    (空き家バンクの成約件数: `title: 空き家バンク`; 町の総人口（人口減少の抑制）: `title:
///    人口減少の抑制`). The result is `inferred`, rule `title: <phrase>` (the phrase as the list
///    spells it), uncertain when every agreeing phrase is marked weak or when the plan's trend
///    clearly disagrees: the plan rises for a lower-is-better phrase, or falls for a
///    higher-is-better one whose deciding and named phrases do not expect a fall (人口減少の抑制,
///    人口 and 維持 expect one: DirectionWord::expects_fall).
/// 2. Else the plan's trend: the baseline value (the plan row's, else the actual row's, when
///    set) followed by the plan values that are set (confirmed or expected), in column order,
///    not-set cells skipped. The plan falls when there are at least two such values, none is
///    above the one before, and the last is below the first (8 -> 5, 5, 0). Then `decrease`,
///    `inferred`, rule `plan falls from the baseline`, uncertain (a falling target may be a
///    slowed decline).
/// 3. Else `increase`, `assumed`, rule `no rule fired`, uncertain.
///
/// Runs in time linear in the title (one lookup per character in a sorted table); no regex.
[[nodiscard]] GRANTKPI_API DirectionInference infer_kpi_direction(std::string_view title,
                                                                  const Baseline& baseline,
                                                                  const Series& plan);

/// A KPI's accumulation, from its title alone.
///
/// 1. A bracketed note (`()`, `【】`, `〔〕`, `[]`) holding 累計, 累積 or 通算 (`(3年累計)`,
///    `（累計）`, `（R2～R4年度の累計）`): `cumulative`, `inferred`, rule `title: <the bracket as
///    written>`, e.g. `title: (3年累計)`; unless the note says 年間累計 (a year's own total):
///    `level`, rule `title: 年間累計`.
/// 2. Else the phrases of kpi_accumulation_words() anywhere in the normalised title (the
///    longer of two overlapping phrases wins): a cumulative phrase (累計, 累積, 通算) over an
///    increment phrase (増加数, 増減数, 純増; always uncertain: a count of growth may still be
///    a level) over a level phrase (年間, 単年度, 時点). `inferred`, rule `title: <phrase>`.
///    年間 preceded by a digit or か/ヶ/カ/ヵ/ケ/数 is a duration (3年間), not a marker.
/// 3. Else `level`, `assumed`, rule `no rule fired`, uncertain. `increment` is never assumed.
[[nodiscard]] GRANTKPI_API AccumulationInference infer_kpi_accumulation(std::string_view title);

/// Sets what a KPI table does not state from the KPI's title and plan: `direction` and
/// `direction_basis` by infer_kpi_direction, `accumulation` and `accumulation_basis` by
/// infer_kpi_accumulation. For a reader of text; a caller that knows better (an override, an
/// annotation) sets the fields after it, with a stated Provenance.
GRANTKPI_API void apply_kpi_inference(Kpi& kpi);

/// One phrase of the direction list. Phrases are written normalised (see
/// infer_kpi_direction): half-width ASCII, upper-case Latin, full-width katakana, no spaces.
struct DirectionWord {
    std::string_view phrase;
    Direction direction;
    /// A falling plan is what the phrase leads one to expect (the aim is to slow a decline or
    /// hold a level): a falling plan does not make the inference uncertain.
    bool expects_fall = false;
    /// Weak evidence on its own: the inference is uncertain unless an agreeing phrase that is
    /// not weak was found too.
    bool weak = false;
    /// A thing an action may act upon (空き家, 空き店舗, 耕作放棄地): when it decides but an
    /// action (acts_on) stands before it, the action decides instead (活用された空き家の件数
    /// counts vacant houses brought into use).
    bool acted_on = false;
    /// An action upon such a thing (活用, 改修, 入居, 除却): higher is better.
    bool acts_on = false;
    /// Why the phrase means what it does (English), as docs/kpi-inference.md gives it.
    std::string_view reason;
};

/// One phrase of the accumulation list (normalised like DirectionWord::phrase).
struct AccumulationWord {
    std::string_view phrase;
    Accumulation accumulation;
    bool weak = false;
    std::string_view reason;
};

/// Every phrase infer_kpi_direction knows, in the order docs/kpi-inference.md lists them.
[[nodiscard]] GRANTKPI_API std::span<const DirectionWord> kpi_direction_words() noexcept;

/// Every phrase infer_kpi_accumulation knows outside brackets.
[[nodiscard]] GRANTKPI_API std::span<const AccumulationWord> kpi_accumulation_words() noexcept;

} // namespace grantkpi
