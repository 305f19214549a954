// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/text_reader.hpp>

#include "encoding_view.hpp"
#include "input_file.hpp"
#include "report_text_layout.hpp"
#include "unicode.hpp"

#include <grantkpi/limits.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <utility>

namespace grantkpi {
namespace {

using namespace detail::layout;

// Markers only the reader accepts (variants the writer never writes), spelled as UTF-8
// escapes like those in report_text_layout.hpp.
constexpr std::string_view project_mark_large = "\xE2\x97\xAF";                    // ◯
constexpr std::string_view gan = "\xE5\x85\x83";                                   // 元
constexpr std::string_view reiwa = "\xE4\xBB\xA4\xE5\x92\x8C";                     // 令和
constexpr std::string_view heisei = "\xE5\xB9\xB3\xE6\x88\x90";                    // 平成
constexpr std::string_view yotei = "\xE4\xBA\x88\xE5\xAE\x9A";                     // 予定
constexpr std::string_view mikomi_long = "(\xE8\xA6\x8B\xE8\xBE\xBC\xE3\x81\xBF)"; // (見込み)

// Examples quoted in messages.
constexpr std::string_view example_round =
    "\"R1\xE5\xB9\xB4\xE5\xBA\xA6\xE5\x9C\xB0\xE6\x96\xB9\xE5\x89\xB5\xE7\x94\x9F\xE6\x8E\xA8\xE9"
    "\x80\xB2\xE4\xBA\xA4\xE4\xBB\x98\xE9\x87\x91<1/2\xE5\x9B\xBD\xE8\xB2\xBB>\xE3\x80\x90R1\xE5"
    "\xB9\xB4\xE5\xBA\xA6\xE3\x81\x8B\xE3\x82\x89"
    "3\xE5\xB9\xB4\xE9\x96\x93\xE5\xAE\x9F\xE6\x96\xBD"
    "\xE3\x80\x91\""; // "R1年度地方創生推進交付金<1/2国費>【R1年度から3年間実施】"
constexpr std::string_view example_duration =
    "\"\xE3\x80\x90R1\xE5\xB9\xB4\xE5\xBA\xA6\xE3\x81\x8B\xE3\x82\x89"
    "3\xE5\xB9\xB4\xE9\x96\x93\xE5"
    "\xAE\x9F\xE6\x96\xBD\xE3\x80\x91\""; // "【R1年度から3年間実施】"
constexpr std::string_view example_schedule_note =
    "\"\xE2\x80\xBBR6\xE5\xB9\xB4\xE5\xBA\xA6\xE3\x81\xBE\xE3\x81\xA7"
    "6\xE5\xB9\xB4\xE9\x96\x93\xE5"
    "\xAE\x9F\xE6\x96\xBD\xE4\xBA\x88\xE5\xAE\x9A\""; // "※R6年度まで6年間実施予定"
constexpr std::string_view example_cell_values =
    "a number, \"\xE2\x80\x94\" or \"(\xE8\xA6\x8B\xE8\xBE\xBC)\""; // a number, "—" or "(見込)"

constexpr std::size_t max_diagnostics = 1000;
constexpr int max_kpi_number = 9999;
constexpr int max_duration_years = 99;
constexpr std::size_t npos = std::string_view::npos;

// Comparisons with a marker. They compare as many bytes as the marker has, a number the
// compiler knows for the markers above: it then compares in line where std::string_view's
// operators call memcmp.
bool same_bytes(const char* text, std::string_view marker) noexcept {
    return std::char_traits<char>::compare(text, marker.data(), marker.size()) == 0;
}
bool equals(std::string_view text, std::string_view marker) noexcept {
    return text.size() == marker.size() && same_bytes(text.data(), marker);
}
bool starts_with(std::string_view text, std::string_view prefix) noexcept {
    return text.size() >= prefix.size() && same_bytes(text.data(), prefix);
}
bool ends_with(std::string_view text, std::string_view suffix) noexcept {
    return text.size() >= suffix.size() &&
           same_bytes(text.data() + (text.size() - suffix.size()), suffix);
}
bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}

std::size_t count_chars(std::string_view text) noexcept {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

/// Byte offset of the code point number `index` (or the end).
std::size_t offset_of_char(std::string_view text, std::size_t index) noexcept {
    std::size_t pos = 0;
    for (; pos < text.size() && index > 0; --index) {
        ++pos;
        while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
            ++pos;
        }
    }
    return pos;
}

char32_t code_point_at(std::string_view text, std::size_t pos) noexcept {
    if (pos >= text.size()) {
        return detail::invalid_code_point;
    }
    std::size_t length = 0;
    return detail::decode_utf8(text, pos, length);
}

/// A text with its full-width forms folded to ASCII (detail::fold_width). `plain` says that
/// the text holds none (the reader knows it for a whole line at once): the folded text is
/// then the text itself, and nothing is copied. Not copyable: the view may point into the
/// object.
class Folded {
public:
    Folded(std::string_view text, bool plain)
        : view_(text) {
        if (!plain) {
            storage_ = detail::fold_width(text);
            view_ = storage_;
        }
    }
    Folded(const Folded&) = delete;
    Folded& operator=(const Folded&) = delete;

    operator std::string_view() const noexcept { return view_; }
    [[nodiscard]] std::size_t size() const noexcept { return view_.size(); }

private:
    std::string storage_;
    std::string_view view_;
};

/// A trimmed piece of a line with its full-width forms folded to ASCII (fold_width maps one
/// code point to one code point, so character positions agree between the two spellings).
/// Parsing looks at `folded`; messages and the model get the text as written.
struct Piece {
    std::string_view original;
    std::size_t column = 1; ///< of original[0] in its line
    Folded folded;

    /// `plain`: the text holds no full-width form (see Folded).
    Piece(std::string_view text, std::size_t column_of_text, bool plain)
        : original(text)
        , column(column_of_text)
        , folded(text, plain) {}

    [[nodiscard]] std::size_t column_at(std::size_t folded_offset) const noexcept {
        return column + count_chars(std::string_view(folded).substr(0, folded_offset));
    }
    /// The original text of folded[begin, end); begin and end are code point boundaries.
    [[nodiscard]] std::string_view original_of(std::size_t begin, std::size_t end) const noexcept {
        const std::string_view f = folded;
        if (f.size() == original.size()) {
            // Nothing was folded (a fold makes 3 bytes 1): the same bytes, the same offsets.
            return original.substr(begin, end - begin);
        }
        const std::size_t first = count_chars(f.substr(0, begin));
        const std::size_t count = count_chars(f.substr(begin, end - begin));
        const std::size_t original_begin = offset_of_char(original, first);
        const std::size_t length = offset_of_char(original.substr(original_begin), count);
        return original.substr(original_begin, length);
    }
};

/// The offset of the first `byte` at or after `from`, npos when there is none. Eight bytes at
/// a time: most cells and lines are short, and a call to memchr would cost more than the
/// search.
std::size_t find_byte(std::string_view text, std::size_t from, char byte) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101u;
    const std::uint64_t pattern = ones * static_cast<unsigned char>(byte);
    std::size_t i = from;
    for (; text.size() - i >= 8; i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + i, sizeof word);
        word ^= pattern; // `byte` becomes a zero byte
        // The high bit of each zero byte, and maybe of bytes after the first zero one.
        const std::uint64_t zeros = (word - ones) & ~word & (ones << 7);
        if (zeros != 0) {
            if constexpr (std::endian::native == std::endian::little) {
                return i + static_cast<std::size_t>(std::countr_zero(zeros)) / 8;
            }
            break; // the loop below finds it
        }
    }
    for (; i < text.size(); ++i) {
        if (text[i] == byte) {
            return i;
        }
    }
    return npos;
}

class Cells;

/// A tab-separated cell of a line, trimmed. Its column, the one where its text starts (where
/// the cell starts when it is empty), is counted only when asked for: only diagnostics need
/// it.
struct Cell {
    std::string_view text;
    const Cells* cells = nullptr; ///< that gave the cell
    std::size_t offset = 0;       ///< in the line, of the byte whose column is the cell's

    [[nodiscard]] std::size_t column() const noexcept;
};

/// The tab-separated cells of a line, one at a time: a line of ten million tabs costs no
/// memory.
class Cells {
public:
    explicit Cells(std::string_view line, std::size_t first_column = 1) noexcept
        : line_(line)
        , counted_column_(first_column) {}
    Cells(const Cells&) = delete; // its cells point to it
    Cells& operator=(const Cells&) = delete;

    /// The next cell; false after the last one.
    bool next(Cell& cell) noexcept {
        if (done_) {
            return false;
        }
        const std::size_t tab = find_byte(line_, start_, '\t');
        const std::size_t end = tab == npos ? line_.size() : tab;
        const std::string_view text = line_.substr(start_, end - start_);
        const std::string_view trimmed = detail::trim(text);
        const std::size_t leading =
            trimmed.empty() ? 0 : static_cast<std::size_t>(trimmed.data() - text.data());
        cell = Cell{trimmed, this, start_ + leading};
        done_ = tab == npos;
        start_ = tab + 1;
        return true;
    }

    /// The column of line[offset]: the first column plus the characters before it. Counted
    /// from the offset asked for last, forward or back: the reader asks in line order, but
    /// for one look back at the first cells when a row or a header ends, so a line costs time
    /// linear in its length however many diagnostics it has.
    [[nodiscard]] std::size_t column_at(std::size_t offset) const noexcept {
        if (offset >= counted_offset_) {
            counted_column_ += count_chars(line_.substr(counted_offset_, offset - counted_offset_));
        } else {
            counted_column_ -= count_chars(line_.substr(offset, counted_offset_ - offset));
        }
        counted_offset_ = offset;
        return counted_column_;
    }

private:
    std::string_view line_;
    std::size_t start_ = 0;
    bool done_ = false;
    mutable std::size_t counted_offset_ = 0; ///< column_at's last offset
    mutable std::size_t counted_column_;     ///< and its column
};

std::size_t Cell::column() const noexcept {
    return cells->column_at(offset);
}

/// The parenthetical reason at the end of a parser's message (`(more than 18 significant
/// digits)`), with a leading space, or nothing.
std::string reason_of(const Error& error) {
    const std::string_view message = error.message;
    const std::size_t at = message.rfind("\" (");
    if (at == npos || !ends_with(message, ")")) {
        return {};
    }
    return std::string(message.substr(at + 1));
}

/// `①` .. `⑳`, `㉑` .. `㊿` or ASCII digits at folded[pos]: the number and its byte length;
/// 0 when there is none, -1 when the digits are out of range.
int kpi_number_at(std::string_view folded, std::size_t pos, std::size_t& length) noexcept {
    length = 0;
    const char32_t cp = code_point_at(folded, pos);
    if (cp >= 0x2460 && cp <= 0x2473) {
        length = 3;
        return static_cast<int>(cp - 0x2460 + 1);
    }
    if (cp >= 0x3251 && cp <= 0x325F) {
        length = 3;
        return static_cast<int>(cp - 0x3251 + 21);
    }
    if (cp >= 0x32B1 && cp <= 0x32BF) {
        length = 3;
        return static_cast<int>(cp - 0x32B1 + 36);
    }
    int number = 0;
    bool out_of_range = false;
    while (pos + length < folded.size() && is_digit(folded[pos + length])) {
        number = number * 10 + (folded[pos + length] - '0');
        if (number > max_kpi_number) {
            out_of_range = true;
            number = max_kpi_number + 1; // keeps the arithmetic bounded
        }
        ++length;
    }
    if (length == 0) {
        return 0;
    }
    return out_of_range || number == 0 ? -1 : number;
}

/// The byte length of the era fiscal year (`R1`, `H30`, `令和元`, `FY1988`) at the start of
/// `folded` when it is followed by 年度, else npos.
std::size_t era_year_length(std::string_view folded) noexcept {
    std::size_t pos = 0;
    if (starts_with(folded, "R") || starts_with(folded, "H")) {
        pos = 1;
    } else if (starts_with(folded, reiwa) || starts_with(folded, heisei)) {
        pos = reiwa.size();
    } else if (starts_with(folded, "FY")) {
        pos = 2;
    } else {
        return npos;
    }
    const std::size_t digits = pos;
    if (starts_with(folded.substr(pos), gan)) {
        pos += gan.size();
    } else {
        while (pos < folded.size() && is_digit(folded[pos])) {
            ++pos;
        }
        if (pos == digits) {
            return npos;
        }
    }
    return starts_with(folded.substr(pos), nendo) ? pos : npos;
}

/// True when the line begins like a round heading: a fiscal year, 年度, and a scheme name.
/// A sentence such as `R4年度は…`, `R2年度から…` or `R3年度、…` is not one: a particle or
/// punctuation follows 年度 there, never a scheme name. Spaces or tabs in between change
/// nothing (`R4年度　は…` is a sentence too): the scheme would begin with the particle, and
/// the writer, which puts the scheme right after 年度, would write a sentence.
bool is_round_heading(std::string_view folded) noexcept {
    const std::size_t year = era_year_length(folded);
    if (year == npos) {
        return false;
    }
    std::string_view rest = folded.substr(year + nendo.size());
    rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(" \t")));
    switch (code_point_at(rest, 0)) {
    case 0x306F: // は
    case 0x304C: // が
    case 0x3092: // を
    case 0x306B: // に
    case 0x3067: // で
    case 0x3068: // と
    case 0x306E: // の
    case 0x3082: // も
    case 0x3078: // へ
    case 0x3084: // や
    case 0x3001: // 、
    case 0x3002: // 。
    case U',':
    case U'.':
    case U':':
        return false;
    default:
        return !starts_with(rest, kara) && !starts_with(rest, made) &&
               !starts_with(rest, "\xE3\x82\x88\xE3\x82\x8A"); // より
    }
}

bool is_dash(char32_t cp) noexcept {
    switch (cp) {
    case U'-':   // also the fold of － U+FF0D
    case 0x2010: // ‐
    case 0x2011: // ‑
    case 0x2012: // ‒
    case 0x2013: // –
    case 0x2014: // —
    case 0x2015: // ―
    case 0x2212: // −
    case 0x30FC: // ー, the long-vowel mark typed for a dash
    case 0xFF70: // ｰ
        return true;
    default:
        return false;
    }
}

bool only_dashes(std::string_view folded) noexcept {
    if (folded.empty()) {
        return false;
    }
    for (std::size_t pos = 0, length = 0; pos < folded.size(); pos += length) {
        if (!is_dash(detail::decode_utf8(folded, pos, length))) {
            return false;
        }
    }
    return true;
}

/// A fiscal-year column of a table header that could be read.
struct Column {
    std::size_t index = 0; ///< of the cell in the line: 2 for the first year, after 当初値
    FiscalYear year;
    std::string label; ///< as written: R2
};

struct Table {
    std::vector<Column> columns; ///< increasing years; unreadable header cells left out
    std::size_t unit_index = 2;  ///< the cell of 単位: after every fiscal-year cell
    std::size_t line = 0;        ///< of the header

    /// `R1 R2 R3`, as written.
    [[nodiscard]] std::string years() const {
        std::string out;
        for (const Column& column : columns) {
            out += out.empty() ? "" : " ";
            out += column.label;
        }
        return out;
    }
};

struct KpiState {
    Kpi kpi;
    std::size_t line = 0;
    std::size_t column = 0;
    bool has_plan = false;
    bool has_actual = false;
    std::string actual_unit;           ///< the 単位 cell of the actual row, when it has one
    std::size_t first_row_line = 0;    ///< of the first of its rows
    std::size_t first_header_line = 0; ///< of the table header above that row
};

struct ProjectState {
    Project project;
    std::size_t line = 0;
    std::size_t column = 0;
    bool skipped = false; ///< a project that cannot be placed: its lines are ignored
    bool in_kpi_section = false;
    std::optional<FiscalYear> last_year_from_note;
    std::optional<Table> table;
    std::vector<KpiState> kpis; ///< in the order of their title lines; see Reader::kpi_slots_
};

enum class RowKind { plan, actual };

class Reader {
public:
    explicit Reader(const TextReadOptions& options)
        : options_(options) {}

    void read(std::string_view text) {
        if (detail::trim(text).empty()) {
            error(1, 1,
                  "the input is empty (expected a report with round headings such as " +
                      std::string(example_round) + ")");
            return;
        }
        std::size_t number = 0;
        std::size_t pos = 0;
        // The next line feed, carriage return and full-width form at or after `pos`, each
        // searched for again only once `pos` has passed it: the text is searched once for
        // each of them, however its lines end and whatever they hold.
        std::size_t lf = text.find('\n');
        std::size_t cr = text.find('\r');
        std::size_t foldable = detail::find_foldable(text);
        while (!stopped_) {
            if (lf < pos) {
                lf = find_byte(text, pos, '\n');
            }
            if (cr < pos) {
                cr = text.find('\r', pos);
            }
            if (foldable < pos) {
                foldable = detail::find_foldable(text, pos);
            }
            const std::size_t end = std::min(lf, cr);
            line_ = ++number;
            line_text_ = text.substr(pos, end == npos ? npos : end - pos);
            line_plain_ = foldable >= end;
            process_line();
            if (end == npos) {
                break;
            }
            pos = end + 1;
            if (text[end] == '\r' && pos < text.size() && text[pos] == '\n') {
                ++pos;
            }
        }
        finish_project();
        if (!stopped_ && report_.rounds.empty() && !skipping_round_) {
            error(1, 1, "no round heading such as " + std::string(example_round) + " in the input");
        }
    }

    TextReadResult finish() {
        if (!stopped_) {
            apply_overrides();
        }
        TextReadResult result;
        const bool failed = options_.strict && has_errors(diagnostics_);
        if (!failed) {
            report_.municipality = options_.municipality;
            result.report = std::move(report_);
        }
        result.diagnostics = std::move(diagnostics_);
        return result;
    }

private:
    // --- diagnostics ------------------------------------------------------------------------

    void add(Severity severity, std::size_t line, std::size_t column, std::string message) {
        if (stopped_) {
            return;
        }
        diagnostics_.push_back(
            Diagnostic{severity, {}, std::move(message), options_.file_name, line, column, {}});
        if (severity == Severity::error && options_.strict) {
            stopped_ = true;
        } else if (diagnostics_.size() >= max_diagnostics) {
            diagnostics_.push_back(
                Diagnostic{Severity::error,
                           {},
                           "too many problems: stopped after " + std::to_string(max_diagnostics),
                           options_.file_name,
                           line,
                           column,
                           {}});
            stopped_ = true;
        }
    }
    void error(std::size_t line, std::size_t column, std::string message) {
        add(Severity::error, line, column, std::move(message));
    }
    void error(std::size_t column, std::string message) {
        add(Severity::error, line_, column, std::move(message));
    }
    void warning(std::size_t column, std::string message) {
        add(Severity::warning, line_, column, std::move(message));
    }

    // --- lines ------------------------------------------------------------------------------

    void process_line() {
        const std::string_view trimmed = detail::trim(line_text_);
        if (trimmed.empty()) {
            return;
        }
        const std::size_t column =
            1 + count_chars(line_text_.substr(
                    0, static_cast<std::size_t>(trimmed.data() - line_text_.data())));
        const Piece piece(trimmed, column, line_plain_);
        const std::string_view f = piece.folded;
        if (starts_with(f, note_mark)) {
            on_note(piece);
        } else if (starts_with(f, project_mark) || starts_with(f, project_mark_large)) {
            on_project_heading(piece);
        } else if (is_round_heading(f)) {
            on_round_heading(piece);
        } else if (project_) {
            if (!project_->skipped) {
                on_project_line(piece);
            }
        } else if (skipping_round_) {
            // The lines of a round whose heading could not be read.
        } else if (!report_.rounds.empty()) {
            error(piece.column, "expected a project heading such as \"" +
                                    std::string(project_mark) + "name<" + std::string(tandoku) +
                                    "> (27,125" + std::string(sen_en) + ")\", a " +
                                    std::string(note_mark) + " note or a round heading, got " +
                                    detail::quoted(piece.original));
        } else if (!report_.title && report_.notes.empty()) {
            report_.title = std::string(piece.original);
        } else {
            error(piece.column,
                  "expected a " + std::string(note_mark) + " note or a round heading such as " +
                      std::string(example_round) + ", got " + detail::quoted(piece.original));
        }
    }

    void on_note(const Piece& piece) {
        const std::string_view content =
            detail::trim(piece.original_of(note_mark.size(), piece.folded.size()));
        if (content.empty()) {
            warning(piece.column, "an empty " + std::string(note_mark) + " note is ignored");
            return;
        }
        const std::size_t column =
            piece.column +
            count_chars(piece.original.substr(
                0, static_cast<std::size_t>(content.data() - piece.original.data())));
        if (project_) {
            if (!project_->skipped) {
                project_->project.notes.emplace_back(content);
                read_schedule_note(Piece(content, column, line_plain_));
            }
        } else if (skipping_round_) {
            // belongs to a round whose heading could not be read
        } else if (!report_.rounds.empty()) {
            report_.rounds.back().notes.emplace_back(content);
        } else {
            report_.notes.emplace_back(content);
        }
    }

    /// A project note `R6年度まで6年間実施予定` gives the project's last fiscal year.
    void read_schedule_note(const Piece& note) {
        const std::string_view f = note.folded;
        const std::size_t year_length = era_year_length(f);
        if (year_length == npos || !starts_with(f.substr(year_length + nendo.size()), made)) {
            return;
        }
        const auto year = FiscalYear::parse(note.original_of(0, year_length));
        if (!year) {
            error(note.column,
                  year.error().message + " in the note " + detail::quoted(note.original));
            return;
        }
        const FiscalYear first = project_->project.first_fiscal_year;
        if (*year < first) {
            error(note.column, "the note " + detail::quoted(note.original) +
                                   " ends the project in " + to_string(*year) +
                                   ", before its first fiscal year " + to_string(first));
            return;
        }
        project_->last_year_from_note = *year;
    }

    // --- round headings ---------------------------------------------------------------------

    void on_round_heading(const Piece& piece) {
        finish_project();
        const std::string_view f = piece.folded;
        const std::size_t year_length = era_year_length(f);
        const auto year = FiscalYear::parse(piece.original_of(0, year_length));
        if (!year) {
            error(piece.column, year.error().message + " at the start of the round heading");
            skipping_round_ = true;
            return;
        }
        skipping_round_ = false;
        Round round;
        round.fiscal_year = *year;
        std::size_t pos = year_length + nendo.size();
        std::size_t scheme_end = std::min(f.find('<', pos), f.find(bracket_open, pos));
        if (scheme_end == npos) {
            scheme_end = f.size();
        }
        round.scheme = std::string(detail::trim(piece.original_of(pos, scheme_end)));
        if (round.scheme.empty()) {
            error(piece.column_at(pos),
                  "expected the grant scheme after " + detail::quoted(piece.original_of(0, pos)) +
                      " in the round heading, as in " + std::string(example_round));
        }
        pos = scheme_end;
        // One problem per heading: the rest of a broken heading says nothing more.
        while (pos < f.size() && !stopped_) {
            while (pos < f.size() && f[pos] == ' ') {
                ++pos;
            }
            if (pos == f.size()) {
                break;
            }
            if (f[pos] == '<' && !round.national_share) {
                pos = read_national_share(piece, pos, round);
            } else if (starts_with(f.substr(pos), bracket_open) && !round.duration_years) {
                pos = read_duration(piece, pos, round);
            } else {
                error(piece.column_at(pos), "expected the national share \"<1/2" +
                                                std::string(kokuhi) + ">\" or the duration " +
                                                std::string(example_duration) +
                                                " in the round heading, got " +
                                                detail::quoted(piece.original_of(pos, f.size())));
                break;
            }
        }
        report_.rounds.push_back(std::move(round));
    }

    /// Reads `<1/2国費>` at folded[pos]; returns the position after it, npos after an error.
    std::size_t read_national_share(const Piece& piece, std::size_t pos, Round& round) {
        const std::string_view f = piece.folded;
        const std::size_t close = f.find('>', pos);
        const std::size_t end = close == npos ? f.size() : close + 1;
        const std::string_view inner =
            f.substr(pos + 1, (close == npos ? f.size() : close) - pos - 1);
        const auto expected = [&] {
            return "expected the national share such as \"<1/2" + std::string(kokuhi) +
                   ">\" in the round heading, got " + detail::quoted(piece.original_of(pos, end));
        };
        if (close == npos || !ends_with(inner, kokuhi)) {
            error(piece.column_at(pos), expected());
            return npos;
        }
        const auto share = Fraction::parse(inner.substr(0, inner.size() - kokuhi.size()));
        if (!share || share->numerator() <= 0 || *share > Fraction{1, 1}) {
            error(piece.column_at(pos), expected());
            return npos;
        }
        round.national_share = *share;
        return end;
    }

    /// Reads `【R1年度から3年間(一部は6年間)実施】` at folded[pos]; returns the position after it,
    /// npos after an error.
    std::size_t read_duration(const Piece& piece, std::size_t pos, Round& round) {
        const std::string_view f = piece.folded;
        const std::size_t close = f.find(bracket_close, pos);
        const std::size_t end = close == npos ? f.size() : close + bracket_close.size();
        const std::size_t inner_end = close == npos ? f.size() : close;
        const auto expected = [&] {
            return "expected the duration such as " + std::string(example_duration) +
                   " in the round heading, got " + detail::quoted(piece.original_of(pos, end));
        };
        std::size_t at = pos + bracket_open.size();
        if (close == npos) {
            error(piece.column_at(pos), expected());
            return npos;
        }
        // Optional start year: R1年度から.
        const std::size_t start_length = era_year_length(f.substr(at, inner_end - at));
        if (start_length != npos) {
            const std::size_t after_year = at + start_length + nendo.size();
            if (!starts_with(f.substr(after_year, inner_end - after_year), kara)) {
                error(piece.column_at(pos), expected());
                return npos;
            }
            const auto start = FiscalYear::parse(piece.original_of(at, at + start_length));
            if (!start) {
                error(piece.column_at(at), start.error().message + " in the round heading");
                return npos;
            }
            if (*start != round.fiscal_year) {
                warning(piece.column_at(at),
                        "the duration starts in " + to_string(*start) +
                            ", not in the round's year " + to_string(round.fiscal_year) +
                            "; the projects start in " + to_string(round.fiscal_year));
            }
            at = after_year + kara.size();
        }
        // N年間
        const std::size_t digits = at;
        while (at < inner_end && is_digit(f[at]) && at - digits <= 3) {
            ++at;
        }
        if (at == digits || !starts_with(f.substr(at, inner_end - at), nenkan)) {
            error(piece.column_at(pos), expected());
            return npos;
        }
        int years = 0;
        for (std::size_t i = digits; i < at; ++i) {
            years = years * 10 + (f[i] - '0');
        }
        if (years < 1 || years > max_duration_years) {
            error(piece.column_at(digits), "the duration of " + std::to_string(years) +
                                               " years is outside 1.." +
                                               std::to_string(max_duration_years));
            return npos;
        }
        // The projects' last fiscal year, the round's year + years - 1 (finish_project), must
        // be a fiscal year too: R7981 (FY9999) with 99 years would end in FY10097, which
        // FiscalYear::ok() refuses and the JSON form cannot hold.
        const int last = round.fiscal_year.gregorian() + (years - 1);
        if (last > FiscalYear::max_year) {
            error(piece.column_at(digits), "the duration of " + std::to_string(years) +
                                               " years from " + to_string(round.fiscal_year) +
                                               " would end in FY" + std::to_string(last) +
                                               ", after FY" + std::to_string(FiscalYear::max_year) +
                                               " (year number out of range)");
            return npos;
        }
        at += nenkan.size();
        // (一部は6年間)
        std::optional<std::string> note;
        if (at < inner_end && f[at] == '(') {
            const std::size_t note_close = f.find(')', at);
            if (note_close == npos || note_close > inner_end) {
                error(piece.column_at(pos), expected());
                return npos;
            }
            note = std::string(detail::trim(piece.original_of(at + 1, note_close)));
            at = note_close + 1;
        }
        // 実施 or 実施予定, or nothing.
        std::string_view rest = f.substr(at, inner_end - at);
        if (starts_with(rest, jisshi)) {
            rest.remove_prefix(jisshi.size());
            if (starts_with(rest, yotei)) {
                rest.remove_prefix(yotei.size());
            }
        }
        if (!detail::trim(rest).empty()) {
            error(piece.column_at(pos), expected());
            return npos;
        }
        round.duration_years = years;
        if (note && !note->empty()) {
            round.duration_note = std::move(*note);
        }
        return end;
    }

    // --- project headings -------------------------------------------------------------------

    void on_project_heading(const Piece& piece) {
        finish_project();
        project_.emplace();
        ProjectState& state = *project_;
        state.kpis = std::move(spare_kpis_); // into the memory of the last project's
        state.kpis.clear();
        state.line = line_;
        state.column = piece.column;
        if (skipping_round_) {
            state.skipped = true;
            return;
        }
        if (report_.rounds.empty()) {
            error(piece.column, "the project heading " + detail::quoted(piece.original) +
                                    " comes before any round heading such as " +
                                    std::string(example_round));
            state.skipped = true;
            return;
        }
        const Round& round = report_.rounds.back();
        Project& project = state.project;
        project.first_fiscal_year = round.fiscal_year;
        project.last_fiscal_year = round.fiscal_year;
        if (round.national_share) {
            project.national_share = *round.national_share;
        }

        const std::string_view f = piece.folded;
        const std::size_t mark =
            starts_with(f, project_mark) ? project_mark.size() : project_mark_large.size();
        // A trailing ※ part: ※道全体の採択額 is the budget scope, other text a project note.
        std::size_t heading_end = f.find(note_mark, mark);
        if (heading_end != npos) {
            const std::string_view remark =
                detail::trim(piece.original_of(heading_end + note_mark.size(), f.size()));
            if (ends_with(detail::fold_width(remark), zentai_saitaku)) {
                project.budget_scope = BudgetScope::joint_total;
            } else if (!remark.empty()) {
                project.notes.emplace_back(remark);
            }
        } else {
            heading_end = f.size();
        }
        while (heading_end > mark && f[heading_end - 1] == ' ') {
            --heading_end;
        }
        const auto example = [] {
            return "\"" + std::string(project_mark) + "name<" + std::string(tandoku) + "> (27,125" +
                   std::string(sen_en) + ")\"";
        };
        // The budget: (27,125千円) at the end.
        const std::size_t open = heading_end > mark ? f.rfind('(', heading_end - 1) : npos;
        std::size_t before_budget = heading_end;
        if (heading_end == mark || f[heading_end - 1] != ')' || open == npos || open < mark) {
            // Still look for the application, which ends at the last '>'.
            const std::size_t greater = heading_end > mark ? f.rfind('>', heading_end - 1) : npos;
            if (greater != npos && greater >= mark) {
                before_budget = greater + 1;
            }
            error(piece.column_at(heading_end),
                  "expected the budget such as \"(27,125" + std::string(sen_en) +
                      ")\" at the end of the project heading, as in " + example() + ", got " +
                      detail::quoted(piece.original));
        } else {
            before_budget = open;
            const std::string_view inner = f.substr(open + 1, heading_end - 1 - open - 1);
            const std::string expected = "expected the budget in thousand yen such as \"(27,125" +
                                         std::string(sen_en) + ")\", got " +
                                         detail::quoted(piece.original_of(open, heading_end));
            if (!ends_with(inner, sen_en)) {
                error(piece.column_at(open), expected);
            } else if (const auto amount =
                           Decimal::parse(inner.substr(0, inner.size() - sen_en.size()))) {
                project.budget = Money{*amount};
            } else {
                error(piece.column_at(open), expected + reason_of(amount.error()));
            }
        }
        // The application: <単独申請>, <道と共同申請>, <A町・B村と共同申請>.
        std::size_t name_end = before_budget;
        while (name_end > mark && f[name_end - 1] == ' ') {
            --name_end;
        }
        const std::size_t less = name_end > mark ? f.rfind('<', name_end - 1) : npos;
        if (name_end == mark || f[name_end - 1] != '>' || less == npos || less < mark) {
            error(piece.column_at(name_end), "expected the application \"<" + std::string(tandoku) +
                                                 ">\" or \"<\xE9\x81\x93" +
                                                 std::string(to_particle) + std::string(kyodo) +
                                                 ">\" before the budget, as in " + example() +
                                                 ", got " + detail::quoted(piece.original));
        } else {
            read_application(piece, less, name_end, project);
            name_end = less;
        }
        project.name = std::string(detail::trim(piece.original_of(mark, name_end)));
        if (project.name.empty()) {
            error(piece.column, "the project heading " + detail::quoted(piece.original) +
                                    " has no name; expected " + example());
        }
        if (!round.national_share) {
            warning(piece.column, "the round heading gives no national share such as \"<1/2" +
                                      std::string(kokuhi) + ">\"; taking 1/2 for the project " +
                                      detail::quoted(project.name));
        }
    }

    /// Reads `<…申請>` at folded[less, end).
    void read_application(const Piece& piece, std::size_t less, std::size_t end, Project& project) {
        const std::string_view f = piece.folded;
        const std::string_view inner = f.substr(less + 1, end - 1 - less - 1);
        if (equals(inner, tandoku)) {
            project.application = Application::single;
            return;
        }
        if (!ends_with(inner, kyodo)) {
            error(piece.column_at(less), "expected the application \"<" + std::string(tandoku) +
                                             ">\" or \"<\xE9\x81\x93" + std::string(to_particle) +
                                             std::string(kyodo) + ">\", got " +
                                             detail::quoted(piece.original_of(less, end)));
            return;
        }
        project.application = Application::joint;
        std::size_t partners_end = end - 1 - kyodo.size();
        if (ends_with(f.substr(less + 1, partners_end - less - 1), to_particle)) {
            partners_end -= to_particle.size();
        }
        // Partners as written, split at ・ 、 and commas (full-width ones included).
        const std::string_view partners = piece.original_of(less + 1, partners_end);
        std::size_t start = 0;
        for (std::size_t pos = 0, length = 0; pos <= partners.size(); pos += length) {
            char32_t cp = U',';
            length = 1;
            if (pos < partners.size()) {
                cp = detail::fold_width(detail::decode_utf8(partners, pos, length));
            }
            if (cp == U',' || cp == 0x30FB /* ・ */ || cp == 0x3001 /* 、 */) {
                const std::string_view partner = detail::trim(partners.substr(start, pos - start));
                if (!partner.empty()) {
                    project.partners.emplace_back(partner);
                }
                start = pos + length;
            }
        }
    }

    // --- inside a project -------------------------------------------------------------------

    void on_project_line(const Piece& piece) {
        ProjectState& state = *project_;
        const std::string_view f = piece.folded;
        if (equals(f, kpi_section)) {
            if (state.in_kpi_section) {
                error(piece.column, "a second " + std::string(kpi_section) + " in the project " +
                                        detail::quoted(state.project.name));
            }
            state.in_kpi_section = true;
            return;
        }
        if (!state.in_kpi_section) {
            if (looks_like_table(piece)) {
                warning(piece.column, "no " + std::string(kpi_section) +
                                          " line before the KPIs of " +
                                          detail::quoted(state.project.name));
                state.in_kpi_section = true;
            } else {
                state.project.description.emplace_back(piece.original);
                return;
            }
        }
        if (read_kpi_title(piece)) {
            return;
        }
        Cells cells(line_text_);
        Cell label;
        Cell second;
        cells.next(label);
        const bool has_second = cells.next(second);
        if (has_second && equals(second.text, toshochi)) {
            read_table_header(cells, second);
            return;
        }
        const Folded folded_label(label.text, line_plain_);
        std::size_t number_length = 0;
        const int number = kpi_number_at(folded_label, 0, number_length);
        if (number != 0) {
            const std::string_view kind =
                detail::trim(std::string_view(folded_label).substr(number_length));
            const bool plan = equals(kind, keikaku);
            if (plan || equals(kind, jisseki)) {
                read_table_row(cells, label, has_second ? &second : nullptr, number,
                               plan ? RowKind::plan : RowKind::actual);
                return;
            }
        }
        error(piece.column,
              "expected a KPI title line \"KPI\xE2\x91\xA0<TAB>title\", the table header \"<TAB>" +
                  std::string(toshochi) + "<TAB>R1<TAB>...<TAB>" + std::string(tani) +
                  "\", a row \"\xE2\x91\xA0" + std::string(keikaku) + "\" or \"\xE2\x91\xA0" +
                  std::string(jisseki) + "\", or a " + std::string(note_mark) + " note, got " +
                  detail::quoted(piece.original));
    }

    /// `KPI①<TAB>…` or a table header, seen before 【KPI】.
    bool looks_like_table(const Piece& piece) const {
        std::size_t length = 0;
        const std::string_view f = piece.folded;
        if (f.size() > 3 && (f[0] == 'K' || f[0] == 'k') && (f[1] == 'P' || f[1] == 'p') &&
            (f[2] == 'I' || f[2] == 'i') && kpi_number_at(f, 3, length) != 0) {
            const std::size_t after = 3 + length;
            return after < f.size() && (f[after] == '\t' || f[after] == ':');
        }
        const std::size_t tab = line_text_.find('\t');
        return tab != npos &&
               detail::trim(line_text_.substr(tab + 1, line_text_.find('\t', tab + 1) - tab - 1)) ==
                   toshochi;
    }

    /// `KPI①<TAB>title<TAB><TAB>…`; false when the line is not a title line.
    bool read_kpi_title(const Piece& piece) {
        const std::string_view f = piece.folded;
        if (f.size() < 3 || (f[0] != 'K' && f[0] != 'k') || (f[1] != 'P' && f[1] != 'p') ||
            (f[2] != 'I' && f[2] != 'i')) {
            return false;
        }
        std::size_t length = 0;
        const int number = kpi_number_at(f, 3, length);
        if (number == 0) {
            return false;
        }
        ProjectState& state = *project_;
        const std::string_view written = piece.original_of(0, 3 + length);
        if (number < 0) {
            error(piece.column, "the KPI number in " + detail::quoted(written) + " is outside 1.." +
                                    std::to_string(max_kpi_number));
            return true;
        }
        std::size_t pos = 3 + length;
        while (pos < f.size() && f[pos] == ' ') {
            ++pos;
        }
        if (pos < f.size() && f[pos] == ':') {
            ++pos;
        }
        const std::string_view rest = piece.original_of(pos, f.size());
        Cells cells(rest, piece.column_at(pos));
        std::string_view title;
        for (Cell cell; cells.next(cell);) {
            if (cell.text.empty()) {
                continue;
            }
            if (title.empty()) {
                title = cell.text;
            } else {
                warning(cell.column(), "ignored the cell " + detail::quoted(cell.text) +
                                           " after the title of " + detail::quoted(written));
                break;
            }
        }
        if (title.empty()) {
            error(piece.column, "expected a title after " + detail::quoted(written) +
                                    ", as in \"KPI\xE2\x91\xA0<TAB>title\"");
            return true;
        }
        if (find_kpi(number) != npos) {
            error(piece.column, "a second title line for KPI" + circled_number(number) +
                                    " in the project " + detail::quoted(state.project.name));
            return true;
        }
        add_kpi_slot(number, state.kpis.size());
        KpiState& kpi = state.kpis.emplace_back(); // in place: a KpiState is large
        kpi.kpi.number = number;
        kpi.kpi.title = std::string(title);
        kpi.kpi.accumulation = infer_accumulation(title);
        kpi.line = line_;
        kpi.column = piece.column;
        return true;
    }

    /// `<TAB>当初値<TAB>R1<TAB>R2<TAB>R3<TAB>単位`; `cells` stands after the 当初値 cell.
    void read_table_header(Cells& cells, const Cell& baseline) {
        ProjectState& state = *project_;
        Table table;
        // Into the memory of the columns of an earlier table (this project's, or the last
        // project's; see spare_columns_).
        if (state.table) {
            spare_columns_ = std::move(state.table->columns);
        }
        table.columns = std::move(spare_columns_);
        table.columns.clear();
        std::size_t index = 2;
        // A run of empty cells not yet known to be trailing, and its first cell. (Not an
        // optional Cell: g++ 12 then warns, wrongly, that the cell may be used uninitialized.)
        bool empty_run = false;
        Cell first_empty;
        bool unit_seen = false;
        for (Cell cell; !stopped_ && cells.next(cell); ++index) {
            if (unit_seen) {
                if (!cell.text.empty()) {
                    error(cell.column(), "unexpected cell " + detail::quoted(cell.text) +
                                             " after the " + std::string(tani) +
                                             " column of the table header");
                    break;
                }
                continue;
            }
            if (cell.text.empty()) {
                if (!empty_run) {
                    empty_run = true;
                    first_empty = cell;
                    table.unit_index = index;
                }
                continue;
            }
            if (empty_run) { // empty cells between the fiscal years
                error(first_empty.column(), "expected a fiscal year such as \"R4\", \"R" +
                                                std::string(gan) + "\" or \"H30\", or \"" +
                                                std::string(tani) +
                                                "\", in the table header, got an empty cell");
                empty_run = false;
            }
            table.unit_index = index + 1;
            if (equals(cell.text, tani)) {
                table.unit_index = index;
                unit_seen = true;
                continue;
            }
            const auto year = FiscalYear::parse(cell.text);
            if (!year) {
                error(cell.column(), "expected a fiscal year such as \"R4\", \"R" +
                                         std::string(gan) + "\" or \"H30\", or \"" +
                                         std::string(tani) + "\", in the table header, got " +
                                         detail::quoted(cell.text) + reason_of(year.error()));
            } else if (!table.columns.empty() && *year <= table.columns.back().year) {
                error(cell.column(), "the fiscal year " + detail::quoted(cell.text) +
                                         " in the table header does not come after " +
                                         to_string(table.columns.back().year));
            } else {
                table.columns.push_back(Column{index, *year, std::string(cell.text)});
            }
        }
        if (table.unit_index == 2 && !stopped_) {
            error(baseline.column(), "the table header has no fiscal-year columns: expected \"" +
                                         std::string(toshochi) +
                                         "\", fiscal years such as \"R1\", \"R2\", \"R3\" and \"" +
                                         std::string(tani) + "\", separated by tabs");
        }
        table.line = line_;
        state.table = std::move(table);
    }

    /// `①計画<TAB>120<TAB>150<TAB>…<TAB>件`; `cells` stands after `baseline`.
    void read_table_row(Cells& cells, const Cell& label, const Cell* baseline_cell, int number,
                        RowKind kind) {
        ProjectState& state = *project_;
        if (!state.table) {
            error(label.column(), "expected the table header \"<TAB>" + std::string(toshochi) +
                                      "<TAB>R1<TAB>...<TAB>" + std::string(tani) +
                                      "\" before the row " + detail::quoted(label.text));
            return;
        }
        const Table& table = *state.table;
        if (table.columns.empty()) {
            return; // the header's problem has been reported
        }
        const std::size_t found = find_kpi(number);
        if (found == npos) {
            error(label.column(), "the row " + detail::quoted(label.text) + " is for KPI" +
                                      circled_number(number) + ", which has no title line \"KPI" +
                                      circled_number(number) + "<TAB>title\" before it");
            return;
        }
        KpiState& kpi = state.kpis[found];
        bool& seen = kind == RowKind::plan ? kpi.has_plan : kpi.has_actual;
        if (seen) {
            error(label.column(), "a second row " + detail::quoted(label.text) + " for KPI" +
                                      circled_number(number));
            return;
        }
        seen = true;
        // Both rows of a KPI under one header's fiscal years: the model has one list of years
        // per KPI in the text layout, and the writer writes one header for both rows.
        const bool other_seen = kind == RowKind::plan ? kpi.has_actual : kpi.has_plan;
        if (!other_seen) {
            kpi.first_row_line = line_;
            kpi.first_header_line = table.line;
        } else {
            const Series& other = kind == RowKind::plan ? kpi.kpi.actual : kpi.kpi.plan;
            const bool same_years =
                std::equal(other.begin(), other.end(), table.columns.begin(), table.columns.end(),
                           [](const PeriodValue& value, const Column& column) {
                               return value.year == column.year;
                           });
            if (!same_years) {
                error(label.column(),
                      "the row " + detail::quoted(label.text) +
                          " comes under the table header of line " + std::to_string(table.line) +
                          " (" + table.years() + "), the other row of KPI" +
                          circled_number(number) + " (line " + std::to_string(kpi.first_row_line) +
                          ") under the one of line " + std::to_string(kpi.first_header_line) +
                          "; both rows of a KPI need the same fiscal years");
                Series& mine = kind == RowKind::plan ? kpi.kpi.plan : kpi.kpi.actual;
                for (const PeriodValue& value : other) { // keep the other row's years, not set
                    mine.values.push_back(PeriodValue{value.year, Observation::not_set()});
                }
                return;
            }
        }
        const Observation baseline =
            baseline_cell != nullptr ? read_cell(*baseline_cell, toshochi) : Observation::not_set();
        Series series;
        series.values.reserve(table.columns.size());
        std::optional<Cell> unit_cell;
        auto column = table.columns.begin();
        std::size_t index = 2;
        for (Cell cell; !stopped_ && cells.next(cell); ++index) {
            if (column != table.columns.end() && column->index == index) {
                // Filled in place: a PeriodValue built aside would be copied in with wide
                // loads of its narrow stores, which wait for them (a store-forwarding stall).
                PeriodValue& value = series.values.emplace_back();
                value.year = column->year;
                value.value = read_cell(cell, column->label);
                ++column;
            } else if (index == table.unit_index) {
                unit_cell = cell;
            } else if (index > table.unit_index && !cell.text.empty()) {
                error(cell.column(), "unexpected cell " + detail::quoted(cell.text) +
                                         " after the " + std::string(tani) + " column of the row " +
                                         detail::quoted(label.text) + " (the table header has " +
                                         std::to_string(table.unit_index - 2) +
                                         " fiscal-year columns)");
                break;
            }
        }
        for (; column != table.columns.end(); ++column) { // a row cut short: not set
            series.values.push_back(PeriodValue{column->year, Observation::not_set()});
        }
        const std::string_view unit = unit_cell ? unit_cell->text : std::string_view{};
        const auto unit_column = [&] {
            return unit_cell ? unit_cell->column() : label.column();
        };
        const auto differ = [&](std::string_view first, std::string_view second) {
            return "the units of the rows of KPI" + circled_number(number) +
                   " differ: " + detail::quoted(first) + " and " + detail::quoted(second) +
                   "; the " + std::string(keikaku) + " row's is kept";
        };
        if (kind == RowKind::plan) {
            kpi.kpi.baseline.plan = baseline;
            kpi.kpi.plan = std::move(series);
            kpi.kpi.unit = Unit::from_label(unit);
            if (unit.empty()) {
                warning(unit_column(), "no unit in the " + std::string(tani) +
                                           " column of the row " + detail::quoted(label.text));
            } else if (kpi.has_actual && !kpi.actual_unit.empty() && kpi.actual_unit != unit) {
                warning(unit_column(), differ(unit, kpi.actual_unit));
            }
        } else {
            kpi.kpi.baseline.actual = baseline;
            kpi.kpi.actual = std::move(series);
            kpi.actual_unit = std::string(unit);
            if (kpi.has_plan && !unit.empty() && unit != kpi.kpi.unit.label) {
                warning(unit_column(), differ(kpi.kpi.unit.label, unit));
            }
        }
    }

    /// A table cell: a number, 16(見込), or not set (empty or dashes).
    Observation read_cell(const Cell& cell, std::string_view column) {
        if (cell.text.empty()) {
            return Observation::not_set();
        }
        const Folded folded(cell.text, line_plain_);
        if (only_dashes(folded)) {
            return Observation::not_set();
        }
        std::string_view number = folded;
        bool expected = false;
        for (const std::string_view suffix : {mikomi, mikomi_long}) {
            if (ends_with(number, suffix)) {
                number.remove_suffix(suffix.size());
                expected = true;
                break;
            }
        }
        const auto value = Decimal::parse(number);
        if (!value) {
            error(cell.column(), "expected " + std::string(example_cell_values) + " in column " +
                                     std::string(column) + ", got " + detail::quoted(cell.text) +
                                     reason_of(value.error()));
            return Observation::not_set();
        }
        return expected ? Observation::expected(*value) : Observation::confirmed(*value);
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
        ProjectState state = std::move(*project_);
        project_.reset();
        for (const KpiState& kpi : state.kpis) {
            kpi_slots_[static_cast<std::size_t>(kpi.kpi.number)] = 0;
        }
        if (state.table) { // its memory, for the next project's
            spare_columns_ = std::move(state.table->columns);
        }
        if (state.skipped || stopped_) {
            return;
        }
        Project& project = state.project;
        project.kpis.reserve(state.kpis.size());
        for (KpiState& kpi : state.kpis) {
            finish_kpi(kpi);
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
            add(Severity::warning, state.line, state.column,
                "neither the round heading (a duration such as " + std::string(example_duration) +
                    ") nor a note such as " + std::string(example_schedule_note) +
                    " gives the last fiscal year of " + detail::quoted(project.name) + "; taking " +
                    to_string(latest) +
                    (project.kpis.empty() ? ", its first" : ", the last of its KPI tables"));
        }
        round.projects.push_back(std::move(project));
        spare_kpis_ = std::move(state.kpis); // its memory, for the next project's
    }

    void finish_kpi(KpiState& state) {
        Kpi& kpi = state.kpi;
        if (!state.has_plan || !state.has_actual) {
            const std::string name = "KPI" + circled_number(kpi.number);
            const std::string plan_row = circled_number(kpi.number) + std::string(keikaku);
            const std::string actual_row = circled_number(kpi.number) + std::string(jisseki);
            std::string missing;
            if (!state.has_plan && !state.has_actual) {
                missing = "rows " + detail::quoted(plan_row) + " and " + detail::quoted(actual_row);
            } else {
                missing = "row " + detail::quoted(state.has_plan ? actual_row : plan_row);
            }
            add(Severity::error, state.line, state.column,
                name + " " + detail::quoted(kpi.title) + " has no table " + missing);
            // Keep the years the other row has, not set.
            Series& empty = state.has_plan ? kpi.actual : kpi.plan;
            const Series& other = state.has_plan ? kpi.plan : kpi.actual;
            for (const PeriodValue& value : other) {
                empty.values.push_back(PeriodValue{value.year, Observation::not_set()});
            }
        }
        kpi.direction = infer_direction(kpi.baseline, kpi.plan);
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
                        }
                        if (override.accumulation) {
                            kpi.accumulation = *override.accumulation;
                        }
                    }
                }
            }
            if (!matched) {
                add(Severity::warning, 0, 0,
                    "the override for KPI" + circled_number(override.kpi) + " of the project " +
                        detail::quoted(override.project) + " matches no KPI");
            }
        }
    }

    const TextReadOptions& options_;
    std::vector<Diagnostic> diagnostics_;
    bool stopped_ = false;
    Report report_;
    std::optional<ProjectState> project_;
    /// By KPI number (1..max_kpi_number): 1 + the index in project_->kpis of the KPI of that
    /// number, or 0. Kept from project to project (finish_project resets the entries it
    /// set): no memory per KPI, and constant time per KPI whatever its number.
    std::vector<std::size_t> kpi_slots_;
    // The memory of vectors of finished projects and tables, reused by the next ones (after
    // clearing them): most projects have as many KPIs and columns as the one before.
    std::vector<KpiState> spare_kpis_;
    std::vector<Column> spare_columns_;
    bool skipping_round_ = false;
    std::size_t line_ = 0;
    std::string_view line_text_;
    bool line_plain_ = true; ///< the line holds no full-width form: nothing to fold
};

} // namespace

Direction infer_direction(const Baseline& baseline, const Series& plan) noexcept {
    const auto base = baseline.plan.value();
    if (!base) {
        return Direction::increase;
    }
    std::optional<Decimal> previous = base;
    int falling = 0;
    for (const PeriodValue& value : plan) {
        const auto v = value.value.value();
        if (!v) {
            continue;
        }
        if (!(*v < *previous)) {
            return Direction::increase;
        }
        previous = v;
        ++falling;
    }
    return falling >= 2 ? Direction::decrease : Direction::increase;
}

Accumulation infer_accumulation(std::string_view title) noexcept {
    // Only a closing parenthesis, `)` or `）` (U+FF09, EF BC 89), can end a marker: most
    // titles have none.
    bool closing = title.find(')') != npos;
    for (std::size_t at = title.find('\xEF'); !closing && at != npos;
         at = title.find('\xEF', at + 1)) {
        closing = starts_with(title.substr(at), "\xEF\xBC\x89");
    }
    if (!closing) {
        return Accumulation::level;
    }
    bool open_seen = false;
    char32_t before_previous = 0;
    char32_t previous = 0;
    for (std::size_t pos = 0, length = 0; pos < title.size(); pos += length) {
        const char32_t cp = detail::fold_width(detail::decode_utf8(title, pos, length));
        if (cp == U'(') {
            open_seen = true;
        } else if (cp == U')' && open_seen && before_previous == 0x7D2F /* 累 */ &&
                   previous == 0x8A08 /* 計 */) {
            return Accumulation::cumulative;
        }
        if (!detail::is_space(cp)) {
            before_previous = previous;
            previous = cp;
        }
    }
    return Accumulation::level;
}

TextReadResult read_report_text(std::string_view bytes, const TextReadOptions& options) {
    const auto failure = [&](std::string message, std::size_t line, std::size_t column) {
        TextReadResult result;
        result.diagnostics.push_back(Diagnostic{
            Severity::error, {}, std::move(message), options.file_name, line, column, {}});
        return result;
    };
    if (bytes.size() > max_input_bytes) {
        return failure(detail::input_too_large_message(), 0, 0);
    }
    // UTF-8 input is read where it is; only text converted from CP932 is held in `storage`.
    std::string storage;
    const auto text = detail::decode_to_utf8_view(bytes, options.encoding, storage);
    if (!text) {
        return failure(text.error().message, text.error().line, text.error().column);
    }
    Reader reader(options);
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
