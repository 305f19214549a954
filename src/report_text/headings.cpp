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
        sink.error(piece.column_at(pos), expected());
        return npos;
    }
    const auto share = Fraction::parse(inner.substr(0, inner.size() - kokuhi.size()));
    if (!share || share->numerator() <= 0 || *share > Fraction{1, 1}) {
        sink.error(piece.column_at(pos), expected());
        return npos;
    }
    round.national_share = *share;
    return end;
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
        sink.error(piece.column_at(pos), expected());
        return npos;
    }
    // Optional start year: R1年度から.
    const std::size_t start_length = era_year_length(f.substr(at, inner_end - at));
    if (start_length != npos) {
        const std::size_t after_year = at + start_length + nendo.size();
        if (!starts_with(f.substr(after_year, inner_end - after_year), kara)) {
            sink.error(piece.column_at(pos), expected());
            return npos;
        }
        const auto start = FiscalYear::parse(piece.original_of(at, at + start_length));
        if (!start) {
            sink.error(piece.column_at(at), start.error().message + " in the round heading");
            return npos;
        }
        if (*start != round.fiscal_year) {
            sink.warning(piece.column_at(at),
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
        sink.error(piece.column_at(pos), expected());
        return npos;
    }
    int years = 0;
    for (std::size_t i = digits; i < at; ++i) {
        years = years * 10 + (f[i] - '0');
    }
    if (years < 1 || years > max_duration_years) {
        sink.error(piece.column_at(digits), "the duration of " + std::to_string(years) +
                                                " years is outside 1.." +
                                                std::to_string(max_duration_years));
        return npos;
    }
    // The projects' last fiscal year, the round's year + years - 1 (finish_project), must
    // be a fiscal year too: R7981 (FY9999) with 99 years would end in FY10097, which
    // FiscalYear::ok() refuses and the JSON form cannot hold.
    const int last = round.fiscal_year.gregorian() + (years - 1);
    if (last > FiscalYear::max_year) {
        sink.error(piece.column_at(digits),
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
            sink.error(piece.column_at(pos), expected());
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
        sink.error(piece.column_at(pos), expected());
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
        sink.error(piece.column_at(less), "expected the application \"<" + std::string(tandoku) +
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

} // namespace

std::optional<Round> parse_round_heading(const Piece& piece, DiagnosticSink& sink) {
    const std::string_view f = piece.folded;
    const std::size_t year_length = era_year_length(f);
    const auto year = FiscalYear::parse(piece.original_of(0, year_length));
    if (!year) {
        sink.error(piece.column, year.error().message + " at the start of the round heading");
        return std::nullopt;
    }
    Round round;
    round.fiscal_year = *year;
    std::size_t pos = year_length + nendo.size();
    std::size_t scheme_end = std::min(f.find('<', pos), f.find(bracket_open, pos));
    if (scheme_end == npos) {
        scheme_end = f.size();
    }
    round.scheme = std::string(detail::trim(piece.original_of(pos, scheme_end)));
    if (round.scheme.empty()) {
        sink.error(piece.column_at(pos),
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
            sink.error(piece.column_at(pos), "expected the national share \"<1/2" +
                                                 std::string(kokuhi) + ">\" or the duration " +
                                                 std::string(example_duration) +
                                                 " in the round heading, got " +
                                                 detail::quoted(piece.original_of(pos, f.size())));
            break;
        }
    }
    return round;
}

Project parse_project_heading(const Piece& piece, const Round& round, DiagnosticSink& sink) {
    Project project;
    project.first_fiscal_year = round.fiscal_year;
    project.last_fiscal_year = round.fiscal_year;
    if (round.national_share) {
        project.national_share = *round.national_share;
    }

    const std::string_view f = piece.folded;
    const std::size_t mark =
        starts_with(f, project_mark) ? project_mark.size() : project_mark_large.size();
    project.budget_scope_basis = Provenance::assumed_default("no scope note");
    // A trailing ※ part: ※道全体の採択額 is the budget scope, other text a project note.
    std::size_t heading_end = f.find(note_mark, mark);
    if (heading_end != npos) {
        const std::string_view remark =
            detail::trim(piece.original_of(heading_end + note_mark.size(), f.size()));
        if (ends_with(detail::fold_width(remark), zentai_saitaku)) {
            project.budget_scope = BudgetScope::joint_total;
            project.budget_scope_basis = Provenance::inferred_by(
                std::string(heading_rule) + std::string(note_mark) + std::string(remark));
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
        sink.error(piece.column_at(heading_end),
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
            sink.error(piece.column_at(open), expected);
        } else if (const auto amount =
                       Decimal::parse(inner.substr(0, inner.size() - sen_en.size()))) {
            project.budget = Money{*amount};
        } else {
            sink.error(piece.column_at(open), expected + reason_of(amount.error()));
        }
    }
    // The application: <単独申請>, <道と共同申請>, <A町・B村と共同申請>.
    std::size_t name_end = before_budget;
    while (name_end > mark && f[name_end - 1] == ' ') {
        --name_end;
    }
    const std::size_t less = name_end > mark ? f.rfind('<', name_end - 1) : npos;
    if (name_end == mark || f[name_end - 1] != '>' || less == npos || less < mark) {
        sink.error(piece.column_at(name_end), "expected the application \"<" +
                                                  std::string(tandoku) + ">\" or \"<\xE9\x81\x93" +
                                                  std::string(to_particle) + std::string(kyodo) +
                                                  ">\" before the budget, as in " + example() +
                                                  ", got " + detail::quoted(piece.original));
    } else {
        read_application(piece, less, name_end, project, sink);
        name_end = less;
    }
    project.name = std::string(detail::trim(piece.original_of(mark, name_end)));
    if (project.name.empty()) {
        sink.error(piece.column, "the project heading " + detail::quoted(piece.original) +
                                     " has no name; expected " + example());
    }
    if (!round.national_share) {
        sink.warning(piece.column, "the round heading gives no national share such as \"<1/2" +
                                       std::string(kokuhi) + ">\"; taking 1/2 for the project " +
                                       detail::quoted(project.name));
    }
    return project;
}

std::optional<FiscalYear> parse_schedule_note(const Piece& note, FiscalYear first,
                                              DiagnosticSink& sink) {
    const std::size_t year_length = schedule_note_year_length(note.folded);
    if (year_length == npos) {
        return std::nullopt;
    }
    const auto year = FiscalYear::parse(note.original_of(0, year_length));
    if (!year) {
        sink.error(note.column,
                   year.error().message + " in the note " + detail::quoted(note.original));
        return std::nullopt;
    }
    if (*year < first) {
        sink.error(note.column, "the note " + detail::quoted(note.original) +
                                    " ends the project in " + to_string(*year) +
                                    ", before its first fiscal year " + to_string(first));
        return std::nullopt;
    }
    return *year;
}

} // namespace grantkpi::detail::text
