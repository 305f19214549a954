// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Writes a Report in the published text layout that read_report_text reads.

#include <grantkpi/export.hpp>
#include <grantkpi/report.hpp>

#include <string>

namespace grantkpi {

/// The report in the layout of examples/data/sapporo_fy2022.txt: UTF-8 without a byte-order
/// mark, LF line ends, tabs between table cells, blocks separated by blank lines:
///
///     title (when there is one)
///     ※report note
///     R1年度<scheme><1/2国費>【R1年度から3年間(note)実施】
///     ※round note
///     ○name<単独申請> (27,125千円)            (<道・A町と共同申請>, ` ※道全体の採択額`)
///     ※県全体の交付対象事業費                 (a scope note the reader read on the next line)
///     description paragraphs
///     ※project notes up to the last one that gives the schedule (`R6年度まで…`)
///     【KPI】
///     KPI①<TAB>title<TAB>...
///     <TAB>当初値<TAB>R1<TAB>R2<TAB>R3<TAB>単位   (one per run of KPIs with the same years
///                                               and baseline year: 当初値（H29）)
///     ①計画<TAB>120<TAB>150<TAB>…<TAB>件
///     ①実績<TAB>122<TAB>136<TAB>…<TAB>
///     ※the other project notes
///
/// Cells: the exact decimal with thousands separators (`1,216`, `31.20`, `-3,760`), an
/// expected value as `16(見込)`, not set as `—`. Fiscal years in short era form (`R1`, `H30`;
/// `FY1988` before Heisei). KPI numbers 1..20 as ① .. ⑳, others in digits.
///
/// The budget as written (`2,712.5万円`) when Project::budget_as_written reads back as the
/// budget, else in 千円; the scope note in the wording and place its basis names when that
/// reads back (docs/text-format.md, "What the writer emits").
///
/// read_report_text(write_report_text(r)) equals r (with the municipality given in the
/// options) for every report the text can express. The text form cannot carry:
/// - the bases (Provenance) other than those the reader infers from the text;
/// - Report::municipality (the reader takes it from its options) and Kpi::notes (not written);
/// - a KPI's direction or accumulation when they differ from what the reader infers (see
///   infer_direction, infer_accumulation: cumulative exactly when the title carries a marker
///   such as `(3年累計)`; `increment` never): pass a KpiOverride to the reader;
/// - a unit kind other than classify_unit(label);
/// - a project's first fiscal year other than its round's, a national share other than its
///   round's (1/2 when the round has none), a last fiscal year other than first + the round's
///   duration - 1 unless a project note says `R6年度まで…`; a duration note without a duration;
/// - plan and actual rows with different fiscal years (the plan's years are written, the
///   actual's missing cells as `—`), a KPI without fiscal years, years that are not
///   increasing or outside FY1000..FY9999, repeated or non-positive KPI numbers;
/// - partners of a single application, and the partners' separators (they are joined by `・`);
/// - line breaks (written as spaces), tabs in KPI titles and unit labels (written as spaces:
///   they are table cells), leading or trailing spaces (trimmed by the reader), empty notes
///   and paragraphs, and text the reader would take for a marker:
///   a line that begins with ※, ○, 【KPI】, `KPI①`, a row label such as `①計画`, or a fiscal
///   year and 年度 (a heading); `<`, `>`, `(`, `)` in names, partners and duration notes, `<`
///   or `【` in a scheme, `、` `・` `,` in partners, `※` in a project name; a scheme that
///   begins with a particle or punctuation (`は…`, `から…`, `、…`: the heading would read as
///   a sentence);
/// - a title that begins with `{`: the text reads back, but read_report and the `grantkpi`
///   tool take a text that starts with `{` for JSON (detect_report_format);
/// - a report without rounds (the reader requires a round heading), and a round without a
///   duration that has projects (the reader warns and takes their last years from the
///   tables).
///
/// Tabs in names, notes, paragraphs and the title are written as they are: the reader takes
/// those lines whole. A report that read_report_text read without an error is written so
/// that reading it again with the same options gives the same report.
[[nodiscard]] GRANTKPI_API std::string write_report_text(const Report& report);

} // namespace grantkpi
