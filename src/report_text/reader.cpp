// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// Size: 684 lines, over the 600 of docs/architecture.md: the Reader class (the dispatch of
// line kinds and the report, round, project and KPI being read) is one state machine, kept
// whole until the reader diagnostics get their codes (issue 14, open).
#include <grantkpi/kpi_inference.hpp>
#include <grantkpi/text_reader.hpp>

#include "direction_words.hpp"
#include "encoding/encoding_view.hpp"
#include "grammar.hpp"
#include "headings.hpp"
#include "input/input_file.hpp"
#include "lines.hpp"
#include "sink.hpp"
#include "table.hpp"
#include "trend.hpp"

#include <grantkpi/limits.hpp>

#include <algorithm>
#include <cstdio>
#include <utility>

// The reader of the text layout (docs/text-format.md): it scans the lines, tells each line's
// kind by its first marker, hands it to the heading or table parser, and keeps the report,
// the round and the project being read.

namespace grantkpi {
namespace {

using namespace detail::layout;
using namespace detail::text;

struct ProjectState {
    Project project;
    std::size_t line = 0;
    std::size_t column = 0;
    bool skipped = false; ///< a project that cannot be placed: its lines are ignored
    bool in_kpi_section = false;
    std::optional<FiscalYear> last_year_from_note;
    std::optional<Table> table;
    std::vector<KpiState> kpis;   ///< in the order of their title lines; see Reader::kpi_slots_
    bool after_heading = false;   ///< no line but the heading's own (budget, scope) yet
    bool budget_pending = false;  ///< the heading has no budget: a 事業費 line may give it
    bool scope_note_seen = false; ///< a scope note on the line after the heading
    bool header_missing_reported = false; ///< rows without a header: one error per project
    std::string budget_error;             ///< for the heading, when no 事業費 line follows
    std::size_t budget_error_column = 0;
    /// The line of the last KPI title line (or of its last continuation), and its KPI's
    /// index: a line right after it may continue the title (a wrapped title).
    std::size_t title_line = 0;
    std::size_t title_kpi = 0;
    /// A title line came after the last table header: a header now starts a new table
    /// (else a header with the same years is one repeated after a page break).
    bool title_since_header = true;
    /// The KPI numbers of rows without a title line, reported once each.
    std::vector<int> untitled;
};

class Reader {
public:
    explicit Reader(const TextReadOptions& options)
        : options_(options)
        , sink_(options.file_name, options.strict) {}

    void read(std::string_view text) {
        if (detail::trim(text).empty()) {
            sink_.error("GK001", 1, 1,
                        "the input is empty (expected a report with round headings such as " +
                            std::string(example_round) + ")");
            return;
        }
        LineScanner lines(text);
        auto fragment = fragments_.begin();
        while (!sink_.stopped() && lines.next(line_)) {
            sink_.line = line_.number;
            for (; fragment != fragments_.end() && fragment->line <= line_.number; ++fragment) {
                error("GK003", fragment->column,
                      "the bytes here are UTF-8 of " + detail::quoted(fragment->utf8) +
                          ", which this file's encoding, CP932 (Shift_JIS), reads as " +
                          detail::quoted(fragment->cp932) +
                          ": the file mixes two encodings (text pasted from a UTF-8 file?); "
                          "save it in one encoding");
            }
            process_line();
        }
        finish_project();
        if (!sink_.stopped() && report_.rounds.empty() && !skipping_round_) {
            sink_.error("GK002", 1, 1,
                        "no round heading such as " + std::string(example_round) + " in the input");
        }
    }

    /// UTF-8 fragments in a text read as CP932: an error at each, in line order.
    void mixed_encoding(std::vector<detail::Utf8Fragment> fragments) {
        fragments_ = std::move(fragments);
    }

    TextReadResult finish() {
        if (!sink_.stopped()) {
            apply_overrides();
        }
        TextReadResult result;
        result.diagnostics = sink_.take();
        const bool failed = options_.strict && has_errors(result.diagnostics);
        if (!failed) {
            report_.municipality = options_.municipality;
            result.report = std::move(report_);
        }
        return result;
    }

private:
    void error(ReaderCode code, std::size_t column, std::string message) {
        sink_.error(code, column, std::move(message));
    }
    void warning(ReaderCode code, std::size_t column, std::string message) {
        sink_.warning(code, column, std::move(message));
    }

    // --- lines ------------------------------------------------------------------------------

    void note(ReaderCode code, std::size_t column, std::string message) {
        sink_.note(code, column, std::move(message));
    }

    void process_line() {
        const std::string_view trimmed = detail::trim(line_.text);
        if (trimmed.empty()) {
            return;
        }
        const std::size_t column =
            1 + detail::count_code_points(line_.text.substr(
                    0, static_cast<std::size_t>(trimmed.data() - line_.text.data())));
        const Piece piece(trimmed, column, line_.plain);
        const std::string_view f = piece.folded;
        if (is_furniture(piece)) {
            return;
        }
        // The lines right after a project heading: its budget line, its scope note.
        if (project_ && project_->after_heading) {
            if (on_heading_continuation(piece)) {
                return;
            }
            end_heading_continuation();
        }
        if (starts_with(f, note_mark)) {
            on_note(piece);
        } else if (const std::size_t mark = project_mark_length(f); mark != 0) {
            on_project_heading(piece, mark);
        } else if (is_round_heading(f)) {
            on_round_heading(piece);
        } else if (!starts_with(f, "\xE2\x91") && // not a table row ①計画 (cheap, first)
                   looks_like_project_heading(f) &&
                   !(project_ && project_->in_kpi_section && line_.text.find('\t') != npos)) {
            on_unmarked_project_heading(piece);
        } else if (is_running_header(f) &&
                   (report_.title || !report_.notes.empty() || !report_.rounds.empty())) {
            // (The first line of all is the report's title, whatever it says.)
            note("GK004", piece.column,
                 "skipped " + detail::quoted(piece.original) +
                     ", a running header of the page (a fiscal year and a grant "
                     "scheme, but not a round heading)");
        } else if (project_) {
            if (!project_->skipped) {
                on_project_line(piece);
            }
        } else if (skipping_round_) {
            // The lines of a round whose heading could not be read.
        } else if (!report_.rounds.empty()) {
            if (is_sentence(piece)) {
                report_.rounds.back().notes.emplace_back(piece.original);
                note("GK005", piece.column,
                     "the line " + detail::quoted(piece.original) + " has no " +
                         std::string(note_mark) + ": taken as a note of the round");
                return;
            }
            error("GK006", piece.column,
                  "expected a project heading such as " + example_project_heading() + ", a " +
                      std::string(note_mark) + " note or a round heading, got " +
                      detail::quoted(piece.original));
        } else if (!report_.title && report_.notes.empty()) {
            report_.title = std::string(piece.original);
        } else if (is_sentence(piece)) {
            report_.notes.emplace_back(piece.original);
            note("GK005", piece.column,
                 "the line " + detail::quoted(piece.original) + " has no " +
                     std::string(note_mark) + ": taken as a note of the report");
        } else {
            error("GK006", piece.column,
                  "expected a " + std::string(note_mark) + " note or a round heading such as " +
                      std::string(example_round) + ", got " + detail::quoted(piece.original));
        }
    }

    /// A sentence (it ends with 。) or a remark that starts with a fiscal year
    /// (`R3年度以降は町の単独事業として継続する`), on a line without tabs.
    bool is_sentence(const Piece& piece) const {
        const std::string_view f = piece.folded;
        return line_.text.find('\t') == npos && (ends_with(f, kuten) || era_year_length(f) != npos);
    }

    /// Page furniture of a PDF copy, skipped with a note: a page number, the report's title
    /// repeated as a running header.
    bool is_furniture(const Piece& piece) {
        const std::string_view f = piece.folded;
        // (A page number starts with a digit or a dash: ①計画 is none.)
        if (!f.empty() &&
            (is_digit(f.front()) || f.front() == '-' ||
             (static_cast<unsigned char>(f.front()) >= 0x80 && is_dash(code_point_at(f, 0)))) &&
            is_page_number(f)) {
            note("GK004", piece.column,
                 "skipped " + detail::quoted(piece.original) + ", a page number of the copy");
            return true;
        }
        if (report_.title && piece.original.size() == report_.title->size() &&
            piece.original == *report_.title) {
            note("GK004", piece.column,
                 "skipped " + detail::quoted(piece.original) +
                     ", the report's title repeated as a running header");
            return true;
        }
        return false;
    }

    void on_note(const Piece& piece) {
        const std::string_view content =
            detail::trim(piece.original_of(note_mark.size(), piece.folded.size()));
        if (content.empty()) {
            warning("GK007", piece.column,
                    "an empty " + std::string(note_mark) + " note is ignored");
            return;
        }
        if (project_) {
            if (!project_->skipped) {
                project_->project.notes.emplace_back(content);
                const Piece note(content, piece.column_of(content), line_.plain);
                if (auto last =
                        parse_schedule_note(note, project_->project.first_fiscal_year, sink_)) {
                    project_->last_year_from_note = *last;
                }
            }
        } else if (skipping_round_) {
            // belongs to a round whose heading could not be read
        } else if (!report_.rounds.empty()) {
            report_.rounds.back().notes.emplace_back(content);
        } else {
            report_.notes.emplace_back(content);
        }
    }

    // --- headings ---------------------------------------------------------------------------

    void on_round_heading(const Piece& piece) {
        finish_project();
        auto round = parse_round_heading(piece, sink_);
        skipping_round_ = !round;
        if (round) {
            report_.rounds.push_back(std::move(*round));
        }
    }

    /// A line shaped like a project heading that starts with something other than a project
    /// mark: an error that shows the code point, and the line read as a heading, so that the
    /// project's own lines do not each give an error.
    void on_unmarked_project_heading(const Piece& piece) {
        const std::string_view f = piece.folded;
        std::size_t length = 0;
        const char32_t cp = detail::decode_utf8(f, 0, length);
        const bool symbol = cp >= 0x2000 && !(cp >= 0x3040 && cp <= 0x30FF) &&
                            !(cp >= 0x3400 && cp <= 0x9FFF) && !(cp >= 0xFF00 && cp <= 0xFFEF);
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
        if (symbol) {
            error("GK008", piece.column,
                  "expected the project mark \"" + std::string(project_mark) +
                      "\" (U+25CB) at the start of the project heading, found " +
                      detail::quoted(piece.original_of(0, length)) + " (" + code + ") in " +
                      detail::quoted(piece.original));
        } else {
            error("GK008", piece.column,
                  "the line " + detail::quoted(piece.original) +
                      " looks like a project heading but does not start with the "
                      "project mark \"" +
                      std::string(project_mark) + "\" (U+25CB); it starts with " +
                      detail::quoted(piece.original_of(0, length)) + " (" + code + ")");
        }
        on_project_heading(piece, symbol ? length : 0);
    }

    void on_project_heading(const Piece& piece, std::size_t mark) {
        finish_project();
        project_.emplace();
        ProjectState& state = *project_;
        state.kpis = std::move(spare_kpis_); // into the memory of the last project's
        state.kpis.clear();
        state.line = line_.number;
        state.column = piece.column;
        if (skipping_round_) {
            state.skipped = true;
            return;
        }
        if (report_.rounds.empty()) {
            error("GK009", piece.column,
                  "the project heading " + detail::quoted(piece.original) +
                      " comes before any round heading such as " + std::string(example_round));
            state.skipped = true;
            return;
        }
        ProjectHeading heading = parse_project_heading(piece, mark, report_.rounds.back(), sink_);
        state.project = std::move(heading.project);
        state.after_heading = true;
        if (heading.budget_missing) {
            state.budget_error = std::move(heading.budget_error);
            state.budget_error_column = heading.budget_error_column;
            state.budget_pending = true;
        }
    }

    /// A line right after a project heading: its budget `事業費：27,125千円` when the heading
    /// has none, or a scope note `※県全体の交付対象事業費` (one each, in any order). False when
    /// the line is neither: the heading's lines have ended.
    bool on_heading_continuation(const Piece& piece) {
        ProjectState& state = *project_;
        if (state.skipped) {
            return false;
        }
        if (state.budget_pending && parse_budget_line(piece, state.project, sink_)) {
            state.budget_pending = false;
            return true;
        }
        const std::string_view f = piece.folded;
        if (!state.scope_note_seen && starts_with(f, note_mark)) {
            const std::string_view content =
                detail::trim(piece.original_of(note_mark.size(), f.size()));
            if (!content.empty()) {
                const Piece wording(content, piece.column_of(content), line_.plain);
                const ScopeWording::Kind kind = classify_scope_wording(wording.folded).kind;
                // A schedule note (R6年度まで…) is never a scope note.
                if (kind != ScopeWording::Kind::none &&
                    schedule_note_year_length(wording.folded) == npos) {
                    state.scope_note_seen = true;
                    if (state.project.budget_scope_basis.source == Source::inferred) {
                        warning("GK010", piece.column,
                                "a second scope note " + detail::quoted(content) + " for " +
                                    detail::quoted(state.project.name) + "; the heading's is kept");
                        state.project.notes.emplace_back(content);
                        return true;
                    }
                    // Unclear (a warning): an ordinary note too, read as one by on_note.
                    return apply_scope_note(state.project, wording, next_line_rule, sink_);
                }
            }
        }
        return false;
    }

    void end_heading_continuation() {
        ProjectState& state = *project_;
        state.after_heading = false;
        if (state.budget_pending) {
            state.budget_pending = false;
            sink_.error("GK011", state.line, state.budget_error_column,
                        std::move(state.budget_error));
        }
    }

    // --- inside a project -------------------------------------------------------------------

    void on_project_line(const Piece& piece) {
        ProjectState& state = *project_;
        const std::string_view f = piece.folded;
        if (equals(f, kpi_section)) {
            if (state.in_kpi_section) {
                error("GK012", piece.column,
                      "a second " + std::string(kpi_section) + " in the project " +
                          detail::quoted(state.project.name));
            }
            state.in_kpi_section = true;
            return;
        }
        if (!state.in_kpi_section) {
            if (looks_like_table(piece, line_.text)) {
                warning("GK013", piece.column,
                        "no " + std::string(kpi_section) + " line before the KPIs of " +
                            detail::quoted(state.project.name));
                state.in_kpi_section = true;
            } else {
                state.project.description.emplace_back(piece.original);
                return;
            }
        }
        const KpiTitleLine title = parse_kpi_title(piece, sink_);
        if (title.kind == KpiTitleLine::Kind::title) {
            on_kpi_title(piece, title);
            return;
        }
        if (title.kind == KpiTitleLine::Kind::refused) {
            state.title_line = 0;
            return;
        }
        const TableLine table_line = classify_table_line(piece, line_.plain, sink_);
        switch (table_line.kind) {
        case TableLine::Kind::header:
            on_table_header(piece);
            return;
        case TableLine::Kind::row:
            on_table_row(piece, table_line.number, table_line.row);
            return;
        case TableLine::Kind::refused:
            if (table_line.number == 0) { // a header: its rows are not read
                Table refused;
                refused.line = line_.number;
                refused.refused = true;
                state.table = std::move(refused);
                state.title_since_header = false;
            } else if (const std::size_t found = find_kpi(table_line.number); found != npos) {
                state.kpis[found].row_refused = true;
            }
            return;
        case TableLine::Kind::none:
            break;
        }
        if (state.title_line != 0 && state.title_line + 1 == line_.number &&
            continues_title(piece) && !is_sentence(piece)) {
            Kpi& kpi = state.kpis[state.title_kpi].kpi;
            join_title(kpi.title, piece.original);
            state.title_line = line_.number;
            return;
        }
        if (is_sentence(piece)) { // `R3年度以降は町の単独事業として継続する。` after the table
            state.project.notes.emplace_back(piece.original);
            note("GK005", piece.column,
                 "the line " + detail::quoted(piece.original) + " has no " +
                     std::string(note_mark) + ": taken as a note of the project");
            return;
        }
        error("GK006", piece.column,
              "expected a KPI title line \"KPI①<TAB>title\", the table header \"<TAB>" +
                  std::string(toshochi) + "<TAB>R1<TAB>...<TAB>" + std::string(tani) +
                  "\", a row \"①" + std::string(keikaku) + "\" or \"①" + std::string(jisseki) +
                  "\", or a " + std::string(note_mark) + " note, got " +
                  detail::quoted(piece.original));
    }

    /// A table header; one repeated after a page break (the same years, no title line since
    /// the last) is skipped with a note.
    void on_table_header(const Piece& piece) {
        ProjectState& state = *project_;
        // Into the memory of the columns of an earlier table (this project's, or the last
        // project's; see spare_columns_).
        Table header = parse_table_header(piece, line_.plain, std::move(spare_columns_), sink_);
        if (state.table && !state.table->refused && !header.refused && !state.title_since_header &&
            same_header(*state.table, header)) {
            sink_.note("GK014", piece.column,
                       "a repeated table header (as after a page break) with the "
                       "fiscal years of the header of line " +
                           std::to_string(state.table->line) + " (" + state.table->years() +
                           ") is skipped");
            spare_columns_ = std::move(header.columns);
            return;
        }
        if (state.table) {
            spare_columns_ = std::move(state.table->columns);
        }
        state.table = std::move(header);
        state.title_since_header = false;
    }

    void on_kpi_title(const Piece& piece, const KpiTitleLine& title) {
        ProjectState& state = *project_;
        if (find_kpi(title.number) != npos) {
            error("GK015", piece.column,
                  "a second title line for KPI" + detail::kpi_number_label(title.number) +
                      " in the project " + detail::quoted(state.project.name));
            return;
        }
        add_kpi_slot(title.number, state.kpis.size());
        KpiState& kpi = state.kpis.emplace_back(); // in place: a KpiState is large
        kpi.kpi.number = title.number;
        kpi.kpi.title = std::string(title.title);
        kpi.line = line_.number;
        kpi.column = piece.column;
        state.title_line = line_.number;
        state.title_kpi = state.kpis.size() - 1;
        state.title_since_header = true;
    }

    /// `①計画<TAB>120<TAB>150<TAB>…<TAB>件` (or its cells separated by runs of spaces).
    void on_table_row(const Piece& piece, int number, RowKind kind) {
        ProjectState& state = *project_;
        const std::size_t found = find_kpi(number);
        const Separator separator = separator_of(piece);
        Cells cells(piece.original, piece.column, separator);
        Cell label;
        cells.next(label);
        if (!state.table) {
            if (!state.header_missing_reported) { // once: the other rows have the same cause
                state.header_missing_reported = true;
                error("GK017", label.column(),
                      "expected the table header \"<TAB>" + std::string(toshochi) +
                          "<TAB>R1<TAB>...<TAB>" + std::string(tani) + "\" before the row " +
                          detail::quoted(label.text) +
                          " (the project's other rows without one are skipped)");
            }
            if (found != npos) { // and its KPI says nothing more
                state.kpis[found].row_refused = true;
            }
            return;
        }
        const Table& table = *state.table;
        if (table.refused || table.columns.empty()) {
            // The header's problem has been reported; its rows say nothing more.
            if (found != npos) {
                state.kpis[found].row_refused = true;
            }
            return;
        }
        if (found == npos) {
            if (std::find(state.untitled.begin(), state.untitled.end(), number) !=
                state.untitled.end()) {
                return; // its other row has been reported
            }
            state.untitled.push_back(number);
            error("GK018", label.column(),
                  "the row " + detail::quoted(label.text) + " is for KPI" +
                      detail::kpi_number_label(number) + ", which has no title line \"KPI" +
                      detail::kpi_number_label(number) + "<TAB>title\" before it");
            return;
        }
        KpiState& kpi = state.kpis[found];
        if (separator == Separator::spaces && !spaced_row_fits(piece, table, line_.plain, sink_)) {
            kpi.row_refused = true;
            return;
        }
        Cell second;
        const bool has_second = cells.next(second);
        parse_table_row(cells, label, has_second ? &second : nullptr, kind, table, kpi, line_.plain,
                        sink_);
        kpi.kpi.baseline.year = table.baseline_year;
    }

    // --- the KPIs of the project by number ---------------------------------------------------

    /// The index in project_->kpis of the KPI numbered `number`, npos when it has none.
    [[nodiscard]] std::size_t find_kpi(int number) const noexcept {
        const auto n = static_cast<std::size_t>(number);
        return number > 0 && n < kpi_slots_.size() && kpi_slots_[n] != 0 ? kpi_slots_[n] - 1 : npos;
    }
    void add_kpi_slot(int number, std::size_t index) {
        const auto n = static_cast<std::size_t>(number);
        if (n >= kpi_slots_.size()) {
            kpi_slots_.resize(n + 1);
        }
        kpi_slots_[n] = index + 1;
    }

    // --- the end of a project ---------------------------------------------------------------

    void finish_project() {
        if (!project_) {
            return;
        }
        if (project_->after_heading) {
            end_heading_continuation();
        }
        ProjectState state = std::move(*project_);
        project_.reset();
        for (const KpiState& kpi : state.kpis) {
            kpi_slots_[static_cast<std::size_t>(kpi.kpi.number)] = 0;
        }
        if (state.table) { // its memory, for the next project's
            spare_columns_ = std::move(state.table->columns);
        }
        if (state.skipped || sink_.stopped()) {
            return;
        }
        Project& project = state.project;
        project.kpis.reserve(state.kpis.size());
        for (KpiState& kpi : state.kpis) {
            finish_kpi(kpi, !state.header_missing_reported);
            project.kpis.push_back(std::move(kpi.kpi));
        }
        Round& round = report_.rounds.back();
        if (state.last_year_from_note) {
            project.last_fiscal_year = *state.last_year_from_note;
        } else if (round.duration_years) {
            // In FY1000..FY9999: read_duration refuses a duration that ends later.
            project.last_fiscal_year = round.fiscal_year + (*round.duration_years - 1);
        } else {
            FiscalYear latest = project.first_fiscal_year;
            for (const Kpi& kpi : project.kpis) {
                for (const Series* series : {&kpi.plan, &kpi.actual}) {
                    for (const PeriodValue& value : *series) {
                        latest = std::max(latest, value.year);
                    }
                }
            }
            project.last_fiscal_year = latest;
            sink_.add(Severity::warning, "GK019", state.line, state.column,
                      "neither the round heading (a duration such as " +
                          std::string(example_duration) + ") nor a note such as " +
                          std::string(example_schedule_note) + " gives the last fiscal year of " +
                          detail::quoted(project.name) + "; taking " + to_string(latest) +
                          (project.kpis.empty() ? ", its first" : ", the last of its KPI tables"));
        }
        round.projects.push_back(std::move(project));
        spare_kpis_ = std::move(state.kpis); // its memory, for the next project's
    }

    void finish_kpi(KpiState& state, bool report_missing_rows) {
        complete_rows(state, report_missing_rows, sink_);
        Kpi& kpi = state.kpi;
        // The one place where the reader infers what the table does not say, once the
        // title is whole (a wrapped title is joined line by line).
        // The title first, then the plan's trend (docs/kpi-inference.md). The title is
        // well-formed: the text was decoded and checked before it was read.
        detail::apply_kpi_inference_well_formed(kpi);
    }

    void apply_overrides() {
        for (const KpiOverride& override : options_.overrides) {
            bool matched = false;
            for (Round& round : report_.rounds) {
                for (Project& project : round.projects) {
                    if (project.name != override.project) {
                        continue;
                    }
                    for (Kpi& kpi : project.kpis) {
                        if (kpi.number != override.kpi) {
                            continue;
                        }
                        matched = true;
                        if (override.direction) {
                            kpi.direction = *override.direction;
                            kpi.direction_basis = Provenance::stated_by();
                        }
                        if (override.accumulation) {
                            kpi.accumulation = *override.accumulation;
                            kpi.accumulation_basis = Provenance::stated_by();
                        }
                    }
                }
            }
            if (!matched) {
                sink_.add(Severity::warning, "GK020", 0, 0,
                          "the override for KPI" + detail::kpi_number_label(override.kpi) +
                              " of the project " + detail::quoted(override.project) +
                              " matches no KPI");
            }
        }
    }

    const TextReadOptions& options_;
    DiagnosticSink sink_;
    Report report_;
    std::optional<ProjectState> project_;
    /// By KPI number (1..max_text_kpi_number): 1 + the index in project_->kpis of the KPI of that
    /// number, or 0. Kept from project to project (finish_project resets the entries it
    /// set): no memory per KPI, and constant time per KPI whatever its number.
    std::vector<std::size_t> kpi_slots_;
    // The memory of vectors of finished projects and tables, reused by the next ones (after
    // clearing them): most projects have as many KPIs and columns as the one before.
    std::vector<KpiState> spare_kpis_;
    std::vector<Column> spare_columns_;
    bool skipping_round_ = false;
    Line line_;
    std::vector<detail::Utf8Fragment> fragments_;
};

} // namespace

TextReadResult read_report_text(std::string_view bytes, const TextReadOptions& options) {
    const auto failure = [&](const Error& error) {
        TextReadResult result;
        result.diagnostics.push_back(Diagnostic::from(error, Severity::error, options.file_name));
        return result;
    };
    if (bytes.size() > max_input_bytes) {
        return failure(Error::plain(detail::input_too_large_message(), "GK090"));
    }
    // UTF-8 input is read where it is; only text converted from CP932 is held in `storage`.
    std::string storage;
    const auto text = detail::decode_to_utf8_view(bytes, options.encoding, storage);
    if (!text) {
        return failure(text.error());
    }
    Reader reader(options);
    if (text->data() == storage.data() && !storage.empty()) { // read as CP932
        reader.mixed_encoding(detail::find_utf8_fragments_in_cp932(bytes));
    }
    reader.read(*text);
    return reader.finish();
}

TextReadResult load_report_text(const std::filesystem::path& file, TextReadOptions options) {
    return detail::load_input_file(file, std::move(options),
                                   [](std::string_view bytes, const TextReadOptions& o) {
                                       return read_report_text(bytes, o);
                                   });
}

} // namespace grantkpi
