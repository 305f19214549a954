// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "headings.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace grantkpi::detail::text {
namespace {

using namespace layout;

/// Reads `<1/2国費>` at folded[pos]; returns the position after it, npos after an error.
std::size_t read_national_share(const Piece& piece, std::size_t pos, Round& round,
                                DiagnosticSink& sink) {
    const std::string_view f = piece.folded;
    const std::size_t close = f.find('>', pos);
    const std::size_t end = close == npos ? f.size() : close + 1;
    const std::string_view inner = f.substr(pos + 1, (close == npos ? f.size() : close) - pos - 1);
    const auto expected = [&] {
        return "expected the national share such as \"<1/2" + std::string(kokuhi) +
               ">\" in the round heading, got " + detail::quoted(piece.original_of(pos, end));
    };
    if (close == npos || !ends_with(inner, kokuhi)) {
        sink.error("GK021", piece.column_at(pos), expected());
        return npos;
    }
    const auto share = Fraction::parse(inner.substr(0, inner.size() - kokuhi.size()));
    if (!share || share->numerator() <= 0 || *share > Fraction{1, 1}) {
        sink.error("GK021", piece.column_at(pos), expected());
        return npos;
    }
    round.national_share = *share;
    return end;
}

/// The optional start year of a duration, `R1年度から` at folded[at] (the duration's
/// bracket at folded[pos]): moves `at` past it; false after an error.
template <class Expected>
bool read_duration_start(const Piece& piece, std::size_t pos, std::size_t inner_end,
                         std::size_t& at, const Round& round, DiagnosticSink& sink,
                         const Expected& expected) {
    const std::string_view f = piece.folded;
    const std::size_t start_length = era_year_length(f.substr(at, inner_end - at));
    if (start_length != npos) {
        const std::size_t after_year = at + start_length + nendo.size();
        if (!starts_with(f.substr(after_year, inner_end - after_year), kara)) {
            sink.error("GK021", piece.column_at(pos), expected());
            return false;
        }
        const auto start = FiscalYear::parse(piece.original_of(at, at + start_length));
        if (!start) {
            sink.error("GK044", piece.column_at(at),
                       start.error().message + " in the round heading");
            return false;
        }
        warn_if_heisei_past_its_end(piece.original_of(at, at + start_length), *start,
                                    piece.column_at(at), sink);
        if (*start != round.fiscal_year) {
            sink.warning("GK023", piece.column_at(at),
                         "the duration starts in " + to_string(*start) +
                             ", not in the round's year " + to_string(round.fiscal_year) +
                             "; the projects start in " + to_string(round.fiscal_year));
        }
        at = after_year + kara.size();
    }
    return true;
}

/// Reads `【R1年度から3年間(一部は6年間)実施】` at folded[pos]; returns the position after it,
/// npos after an error.
std::size_t read_duration(const Piece& piece, std::size_t pos, Round& round, DiagnosticSink& sink) {
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
        sink.error("GK021", piece.column_at(pos), expected());
        return npos;
    }
    // Optional start year: R1年度から.
    if (!read_duration_start(piece, pos, inner_end, at, round, sink, expected)) {
        return npos;
    }
    // N年間
    const std::size_t digits = at;
    while (at < inner_end && is_digit(f[at]) && at - digits <= 3) {
        ++at;
    }
    if (at == digits || !starts_with(f.substr(at, inner_end - at), nenkan)) {
        sink.error("GK021", piece.column_at(pos), expected());
        return npos;
    }
    int years = 0;
    for (std::size_t i = digits; i < at; ++i) {
        years = years * 10 + (f[i] - '0');
    }
    if (years < 1 || years > max_text_duration_years) {
        sink.error("GK022", piece.column_at(digits),
                   "the duration of " + std::to_string(years) + " years is outside 1.." +
                       std::to_string(max_text_duration_years));
        return npos;
    }
    // The projects' last fiscal year, the round's year + years - 1 (finish_project), must
    // be a fiscal year too: R7981 (FY9999) with 99 years would end in FY10097, which
    // FiscalYear::ok() refuses and the JSON form cannot hold.
    const int last = round.fiscal_year.gregorian() + (years - 1);
    if (last > FiscalYear::max_year) {
        sink.error("GK022", piece.column_at(digits),
                   "the duration of " + std::to_string(years) + " years from " +
                       to_string(round.fiscal_year) + " would end in FY" + std::to_string(last) +
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
            sink.error("GK021", piece.column_at(pos), expected());
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
        sink.error("GK021", piece.column_at(pos), expected());
        return npos;
    }
    round.duration_years = years;
    if (note && !note->empty()) {
        round.duration_note = std::move(*note);
    }
    return end;
}

/// Reads `<…申請>` at folded[less, end).
void read_application(const Piece& piece, std::size_t less, std::size_t end, Project& project,
                      DiagnosticSink& sink) {
    const std::string_view f = piece.folded;
    const std::string_view inner = f.substr(less + 1, end - 1 - less - 1);
    if (equals(inner, tandoku)) {
        project.application = Application::single;
        return;
    }
    if (!ends_with(inner, kyodo)) {
        sink.error("GK024", piece.column_at(less),
                   "expected the application \"<" + std::string(tandoku) + ">\" or \"<道" +
                       std::string(to_particle) + std::string(kyodo) + ">\", got " +
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

} // namespace

std::optional<Round> parse_round_heading(const Piece& piece, DiagnosticSink& sink) {
    const std::string_view f = piece.folded;
    const std::size_t year_length = era_year_length(f);
    const auto year = FiscalYear::parse(piece.original_of(0, year_length));
    if (!year) {
        sink.error("GK044", piece.column,
                   year.error().message + " at the start of the round heading");
        return std::nullopt;
    }
    warn_if_heisei_past_its_end(piece.original_of(0, year_length), *year, piece.column, sink);
    Round round;
    round.fiscal_year = *year;
    std::size_t pos = year_length + nendo.size();
    std::size_t scheme_end = std::min(f.find('<', pos), f.find(bracket_open, pos));
    if (scheme_end == npos) {
        scheme_end = f.size();
    }
    round.scheme = std::string(detail::trim(piece.original_of(pos, scheme_end)));
    if (round.scheme.empty()) {
        sink.error("GK021", piece.column_at(pos),
                   "expected the grant scheme after " + detail::quoted(piece.original_of(0, pos)) +
                       " in the round heading, as in " + std::string(example_round));
    }
    pos = scheme_end;
    // One problem per heading: the rest of a broken heading says nothing more.
    while (pos < f.size() && !sink.stopped()) {
        while (pos < f.size() && f[pos] == ' ') {
            ++pos;
        }
        if (pos == f.size()) {
            break;
        }
        if (f[pos] == '<' && !round.national_share) {
            pos = read_national_share(piece, pos, round, sink);
        } else if (starts_with(f.substr(pos), bracket_open) && !round.duration_years) {
            pos = read_duration(piece, pos, round, sink);
        } else {
            sink.error("GK021", piece.column_at(pos),
                       "expected the national share \"<1/2" + std::string(kokuhi) +
                           ">\" or the duration " + std::string(example_duration) +
                           " in the round heading, got " +
                           detail::quoted(piece.original_of(pos, f.size())));
            break;
        }
    }
    return round;
}

bool apply_scope_note(Project& project, const Piece& wording, std::string_view place,
                      DiagnosticSink& sink) {
    const std::string_view f = wording.folded;
    const ScopeWording scope = classify_scope_wording(f);
    if (scope.kind == ScopeWording::Kind::none) {
        return false;
    }
    const std::string rule =
        std::string(place) + std::string(note_mark) + std::string(wording.original);
    switch (scope.kind) {
    case ScopeWording::Kind::none:
        return false;
    case ScopeWording::Kind::unclear:
        sink.warning("GK025", wording.column,
                     "the note " + detail::quoted(wording.original) +
                         " seems to be about the budget, but says neither clearly that it is "
                         "the whole joint project's (such as \"※道" +
                         std::string(zentai_saitaku) +
                         "\") nor that it is the municipality's own; the budget is taken as "
                         "the project's own: state its scope in an annotation if it is not");
        project.budget_scope_basis =
            Provenance::assumed_default("scope note not understood: " + rule.substr(place.size()));
        return false;
    case ScopeWording::Kind::own:
        project.budget_scope = BudgetScope::own;
        project.budget_scope_basis = Provenance::inferred_by(rule);
        return true;
    case ScopeWording::Kind::joint_total:
        break;
    }
    project.budget_scope = BudgetScope::joint_total;
    project.budget_scope_basis = Provenance::inferred_by(rule);
    if (scope.own_end > scope.own_begin) {
        const std::string_view amount = f.substr(scope.own_begin, scope.own_end - scope.own_begin);
        YenUnit unit = YenUnit::thousand;
        const auto own = thousand_yen(amount, &unit);
        if (!own) {
            sink.error("GK011", wording.column_at(scope.own_begin),
                       "expected the own part in thousand yen such as \"8,000" +
                           std::string(sen_en) + "\", got " +
                           detail::quoted(wording.original_of(scope.own_begin, scope.own_end)) +
                           reason_of(own.error()));
            return true;
        }
        project.own_budget = Money{*own};
        if (unit != YenUnit::thousand) {
            sink.note("GK026", wording.column_at(scope.own_begin),
                      "the own part " +
                          detail::quoted(wording.original_of(scope.own_begin, scope.own_end)) +
                          " is read as " + own->to_grouped_string() + std::string(sen_en));
        }
        if (!project.budget.amount().is_zero() && project.budget.amount() < *own) {
            sink.warning("GK028", wording.column_at(scope.own_begin),
                         "the own part " + own->to_grouped_string() + std::string(sen_en) +
                             " is more than the whole budget " +
                             project.budget.amount().to_grouped_string() + std::string(sen_en));
        }
    }
    return true;
}

std::optional<Decimal> read_budget(const Piece& piece, std::size_t begin, std::size_t end,
                                   Project& project, DiagnosticSink& sink) {
    const std::string_view f = piece.folded;
    const std::string_view amount = f.substr(begin, end - begin);
    // The message is built only for a diagnostic.
    const auto expected = [&] {
        return "expected the budget in thousand yen such as \"(27,125" + std::string(sen_en) +
               ")\" (or in " + std::string(man_en) + " or " + std::string(en) + "), got " +
               detail::quoted(piece.original_of(begin, end));
    };
    YenUnit unit = YenUnit::thousand;
    const auto value = thousand_yen(detail::trim(amount), &unit);
    if (!value) {
        const bool has_unit = yen_amount_number_length(detail::trim(amount), unit) != npos;
        sink.error("GK011", piece.column_at(begin),
                   expected() + (has_unit ? reason_of(value.error()) : ""));
        return std::nullopt;
    }
    project.budget = Money{*value};
    if (unit != YenUnit::thousand) {
        const std::string_view written = detail::trim(piece.original_of(begin, end));
        project.budget_as_written = std::string(written);
        sink.note("GK026", piece.column_at(begin),
                  "the budget " + detail::quoted(written) + " is read as " +
                      value->to_grouped_string() + std::string(sen_en));
    }
    return *value;
}

/// A scope note in brackets after the budget, (71,349千円)（道全体の採択額）, ending the
/// heading at folded[heading_end]: its opening bracket (heading_end moved before it), or npos.
std::size_t bracket_scope_note(std::string_view f, std::size_t mark, std::size_t& heading_end) {
    std::size_t bracket_note = npos;
    if (heading_end > mark && f[heading_end - 1] == ')') {
        const std::size_t open = f.rfind('(', heading_end - 1);
        if (open != npos && open > mark) {
            const std::string_view inner = f.substr(open + 1, heading_end - 1 - open - 1);
            YenUnit unit = YenUnit::thousand;
            const ScopeWording::Kind kind = classify_scope_wording(inner).kind;
            if (yen_amount_number_length(detail::trim(inner), unit) == npos &&
                inner.find_first_of("()") == npos &&
                (kind == ScopeWording::Kind::joint_total || kind == ScopeWording::Kind::own)) {
                bracket_note = open;
                heading_end = open;
                while (heading_end > mark && f[heading_end - 1] == ' ') {
                    --heading_end;
                }
            }
        }
    }
    return bracket_note;
}

/// Reads the bracketed scope note that starts at folded[bracket_note] into `project`.
void apply_bracket_scope_note(const Piece& piece, std::size_t bracket_note, Project& project,
                              DiagnosticSink& sink) {
    const std::string_view f = piece.folded;
    const std::string_view written = detail::trim(piece.original_of(bracket_note, f.size()));
    const std::size_t inner_begin = bracket_note + 1;
    std::size_t inner_end = f.size();
    while (inner_end > inner_begin && f[inner_end - 1] == ' ') {
        --inner_end;
    }
    --inner_end; // the closing bracket
    const std::string_view inner = piece.original_of(inner_begin, inner_end);
    const Piece wording(inner, piece.column_of(inner), f.size() == piece.original.size());
    const ScopeWording scope = classify_scope_wording(wording.folded);
    project.budget_scope =
        scope.kind == ScopeWording::Kind::joint_total ? BudgetScope::joint_total : BudgetScope::own;
    apply_scope_note(project, wording, heading_rule, sink);
    // The rule names the note as written, brackets included.
    project.budget_scope_basis =
        Provenance::inferred_by(std::string(heading_rule) + std::string(written));
}

/// The ※ part of a project heading, at folded[remark_at]: a scope note or a project note.
void apply_heading_remark(const Piece& piece, std::size_t remark_at, Project& project,
                          DiagnosticSink& sink) {
    const std::string_view f = piece.folded;
    const std::string_view remark =
        detail::trim(piece.original_of(remark_at + note_mark.size(), f.size()));
    if (!remark.empty()) {
        const Piece wording(remark, piece.column_of(remark), f.size() == piece.original.size());
        if (schedule_note_year_length(wording.folded) != npos ||
            !apply_scope_note(project, wording, heading_rule, sink)) {
            project.notes.emplace_back(remark);
        }
    }
}

/// The application before the budget (at folded[before_budget]) of a project heading:
/// returns where the project's name ends.
std::size_t read_heading_application(const Piece& piece, std::size_t mark,
                                     std::size_t before_budget, Project& project,
                                     DiagnosticSink& sink) {
    const std::string_view f = piece.folded;
    std::size_t name_end = before_budget;
    while (name_end > mark && f[name_end - 1] == ' ') {
        --name_end;
    }
    const std::size_t less = name_end > mark ? f.rfind('<', name_end - 1) : npos;
    if (name_end == mark || f[name_end - 1] != '>' || less == npos || less < mark) {
        sink.error("GK024", piece.column_at(name_end),
                   "expected the application \"<" + std::string(tandoku) + ">\" or \"<道" +
                       std::string(to_particle) + std::string(kyodo) +
                       ">\" before the budget, as in " + example_project_heading() + ", got " +
                       detail::quoted(piece.original));
    } else {
        read_application(piece, less, name_end, project, sink);
        name_end = less;
    }
    return name_end;
}

ProjectHeading parse_project_heading(const Piece& piece, std::size_t mark, const Round& round,
                                     DiagnosticSink& sink) {
    ProjectHeading heading;
    Project& project = heading.project;
    project.first_fiscal_year = round.fiscal_year;
    project.last_fiscal_year = round.fiscal_year;
    if (round.national_share) {
        project.national_share = *round.national_share;
    }

    const std::string_view f = piece.folded;
    project.budget_scope_basis = Provenance::assumed_default("no scope note");
    // A trailing ※ part: a scope note (※道全体の採択額), other text a project note. Read after
    // the budget, which an own part is compared with.
    std::size_t heading_end = f.find(note_mark, mark);
    const std::size_t remark_at = heading_end;
    if (heading_end == npos) {
        heading_end = f.size();
    }
    while (heading_end > mark && f[heading_end - 1] == ' ') {
        --heading_end;
    }
    // A scope note in brackets after the budget: (71,349千円)（道全体の採択額）.
    const std::size_t bracket_note =
        remark_at == npos ? bracket_scope_note(f, mark, heading_end) : npos;
    const auto example = [] {
        return example_project_heading();
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
        // The reader looks for a line `事業費：27,125千円` next; this is the error otherwise.
        heading.budget_missing = true;
        heading.budget_error_column = piece.column_at(heading_end);
        heading.budget_error = "expected the budget such as \"(27,125" + std::string(sen_en) +
                               ")\" at the end of the project heading (or a line \"" +
                               std::string(jigyohi) + "：" + "27,125" + std::string(sen_en) +
                               "\" after it), as in " + example() + ", got " +
                               detail::quoted(piece.original);
    } else {
        before_budget = open;
        read_budget(piece, open + 1, heading_end - 1, project, sink);
    }
    // The application: <単独申請>, <道と共同申請>, <A町・B村と共同申請>.
    const std::size_t name_end =
        read_heading_application(piece, mark, before_budget, project, sink);
    project.name = std::string(detail::trim(piece.original_of(mark, name_end)));
    if (project.name.empty()) {
        sink.error("GK029", piece.column,
                   "the project heading " + detail::quoted(piece.original) +
                       " has no name; expected " + example());
    }
    if (bracket_note != npos) {
        apply_bracket_scope_note(piece, bracket_note, project, sink);
    }
    if (remark_at != npos) {
        apply_heading_remark(piece, remark_at, project, sink);
    }
    if (!round.national_share) {
        sink.warning("GK030", piece.column,
                     "the round heading gives no national share such as \"<1/2" +
                         std::string(kokuhi) + ">\"; taking 1/2 for the project " +
                         detail::quoted(project.name));
    }
    return heading;
}

bool parse_budget_line(const Piece& piece, Project& project, DiagnosticSink& sink) {
    const std::string_view f = piece.folded;
    std::size_t pos = 0;
    if (starts_with(f, "総")) { // 総事業費
        pos = 3;
    }
    if (!starts_with(f.substr(pos), jigyohi)) {
        return false;
    }
    pos += jigyohi.size();
    while (pos < f.size() && (f[pos] == ' ' || f[pos] == ':')) {
        ++pos;
    }
    std::size_t end = f.size();
    if (pos < end && f[pos] == '(' && f[end - 1] == ')') {
        ++pos;
        --end;
    }
    YenUnit unit = YenUnit::thousand;
    if (pos == end ||
        yen_amount_number_length(detail::trim(f.substr(pos, end - pos)), unit) == npos) {
        return false;
    }
    if (read_budget(piece, pos, end, project, sink)) {
        sink.note("GK027", piece.column,
                  "the budget of " + detail::quoted(project.name) + " is read from the line " +
                      detail::quoted(piece.original));
    }
    return true;
}

std::optional<FiscalYear> parse_schedule_note(const Piece& note, FiscalYear first,
                                              DiagnosticSink& sink) {
    const std::size_t year_length = schedule_note_year_length(note.folded);
    if (year_length == npos) {
        return std::nullopt;
    }
    const auto year = FiscalYear::parse(note.original_of(0, year_length));
    if (!year) {
        sink.error("GK031", note.column,
                   year.error().message + " in the note " + detail::quoted(note.original));
        return std::nullopt;
    }
    warn_if_heisei_past_its_end(note.original_of(0, year_length), *year, note.column, sink);
    if (*year < first) {
        sink.error("GK031", note.column,
                   "the note " + detail::quoted(note.original) + " ends the project in " +
                       to_string(*year) + ", before its first fiscal year " + to_string(first));
        return std::nullopt;
    }
    return *year;
}

} // namespace grantkpi::detail::text
