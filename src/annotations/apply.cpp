// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// Applying annotations: each entry finds its round, project and KPI by key, and each value
// it gives becomes a statement naming the file and the key's JSON pointer. A first pass
// only checks; the second, run when the first found no error, changes the reports in place
// (references into them stay valid). No entry's check depends on another entry's changes:
// entries have distinct keys, and an own part is checked against the scope the entry states.

#include <grantkpi/annotations.hpp>

#include "detail/kpi_label.hpp"
#include "diagnostics/reader_codes.hpp"
#include "unicode/unicode.hpp"

#include <boost/describe/enum_to_string.hpp>

#include <algorithm>

namespace grantkpi {
namespace {

/// `"name"`, whole: a user copies a project's name from the message.
std::string name_quoted(std::string_view name) {
    return "\"" + std::string(name) + "\"";
}

/// A name without its spaces (ASCII, U+3000) and with full-width ASCII folded
/// (`ＵＩＪ　ターン` -> `UIJターン`): names that only typing tells apart.
std::string loose_name(std::string_view name) {
    std::string out = detail::fold_width(name);
    std::erase_if(out, [](char c) { return c == ' ' || c == '\t'; });
    return out;
}

std::string year_text(FiscalYear fy) {
    return to_string(fy, FiscalYearStyle::gregorian) + " (" + to_string(fy) + ")";
}

std::string basis_text(const Provenance& basis) {
    std::string out = boost::describe::enum_to_string(basis.source, "?");
    if (!basis.rule.empty()) {
        out += ": " + basis.rule;
    }
    return out;
}

class Applier {
public:
    /// `matches`: record what matched there instead of reporting what did not.
    Applier(std::span<Report> reports, const Annotations& annotations, bool commit,
            AnnotationMatches* matches = nullptr)
        : reports_(reports)
        , annotations_(annotations)
        , commit_(commit)
        , matches_(matches) {}

    std::vector<Diagnostic> diagnostics;

    void run() {
        for (std::size_t i = 0; i < annotations_.projects.size(); ++i) {
            entry_ = i;
            project(annotations_.projects[i]);
        }
    }

private:
    void report(Severity severity, detail::diagnostics::ReaderCode code, const AnnotationPlace& at,
                std::string message) {
        diagnostics.push_back(Diagnostic::at(
            severity, std::string(code.code()),
            Location{annotations_.file, at.line, at.column, at.pointer}, std::move(message)));
    }

    [[nodiscard]] Provenance stated(const AnnotationPlace& at) const {
        return Provenance::stated_by(
            annotations_.file.empty() ? at.pointer : annotations_.file + ":" + at.pointer);
    }

    /// The message for a key that matches no round or no project.
    std::string unmatched(const ProjectAnnotation& entry, bool round_found) const {
        const std::string where =
            reports_.size() == 1 ? "the report" : std::to_string(reports_.size()) + " reports";
        if (!round_found) {
            std::string out = "no round of " + year_text(entry.round) + " in " + where;
            std::string rounds;
            for (const Report& r : reports_) {
                for (const Round& round : r.rounds) {
                    rounds += rounds.empty() ? "" : ", ";
                    rounds += year_text(round.fiscal_year);
                }
            }
            if (reports_.size() == 1) {
                out += rounds.empty() ? " (it has no round)" : " (its rounds: " + rounds + ")";
            }
            return out;
        }
        std::string out = "no project " + name_quoted(entry.project) + " in the round of " +
                          year_text(entry.round);
        std::string names;
        std::string elsewhere;
        std::string similar;
        const std::string loose = loose_name(entry.project);
        for (const Report& r : reports_) {
            for (const Round& round : r.rounds) {
                for (const Project& p : round.projects) {
                    if (round.fiscal_year == entry.round) {
                        names += names.empty() ? "" : ", ";
                        names += name_quoted(p.name);
                        if (similar.empty() && loose_name(p.name) == loose) {
                            similar = p.name;
                        }
                    } else if (detail::trim(p.name) == entry.project && elsewhere.empty()) {
                        elsewhere = year_text(round.fiscal_year);
                    }
                }
            }
        }
        if (!similar.empty()) {
            out += "; did you mean " + name_quoted(similar) +
                   "? (the same name with other spaces or character widths)";
        } else if (reports_.size() == 1) {
            out += names.empty() ? " (it has no project)" : " (its projects: " + names + ")";
        }
        if (!elsewhere.empty()) {
            out += "; a project of that name is in the round of " + elsewhere;
        }
        out += "; the name must be as the report writes it";
        return out;
    }

    void project(const ProjectAnnotation& entry) {
        bool round_found = false;
        std::vector<Project*> matches;
        for (Report& r : reports_) {
            for (Round& round : r.rounds) {
                if (round.fiscal_year != entry.round) {
                    continue;
                }
                round_found = true;
                for (Project& p : round.projects) {
                    if (detail::trim(p.name) == entry.project) {
                        matches.push_back(&p);
                    }
                }
            }
        }
        if (matches.empty()) {
            if (matches_ == nullptr) {
                report(Severity::error, "GK080", round_found ? entry.project_at : entry.round_at,
                       unmatched(entry, round_found));
            }
            return;
        }
        if (matches_ != nullptr) {
            matches_->projects[entry_] = true;
        }
        budget(entry, matches);
        for (std::size_t i = 0; i < entry.kpis.size(); ++i) {
            kpi_ = i;
            kpi(entry, entry.kpis[i], matches);
        }
    }

    void budget(const ProjectAnnotation& entry, const std::vector<Project*>& matches) {
        if (entry.budget_scope) {
            for (Project* p : matches) {
                if (*entry.budget_scope == BudgetScope::own &&
                    p->budget_scope == BudgetScope::joint_total && p->own_budget &&
                    !entry.own_budget) {
                    report(Severity::warning, "GK081", entry.budget_scope_at,
                           "project " + name_quoted(p->name) + " had an own part of " +
                               to_string(*p->own_budget) +
                               " of a joint total; its budget scope is now stated own, so the "
                               "whole budget " +
                               to_string(p->budget) + " is its own and the own part is dropped");
                    if (commit_) {
                        p->own_budget.reset();
                    }
                }
                if (commit_) {
                    p->budget_scope = *entry.budget_scope;
                    p->budget_scope_basis = stated(entry.budget_scope_at);
                }
            }
        }
        if (!entry.own_budget) {
            return;
        }
        for (Project* p : matches) {
            if (entry.budget_scope == BudgetScope::own) {
                report(Severity::error, "GK082", entry.own_budget_at,
                       "own_budget is the own part of a joint total, but this entry states the "
                       "budget scope own");
                return;
            }
            if (entry.budget_scope.value_or(p->budget_scope) == BudgetScope::own) {
                report(Severity::error, "GK082", entry.own_budget_at,
                       "own_budget is the own part of a joint total, but the budget scope of "
                       "project " +
                           name_quoted(p->name) + " is own (" + basis_text(p->budget_scope_basis) +
                           "); state \"budget_scope\": \"joint_total\" in this entry too");
                return;
            }
            if (*entry.own_budget > p->budget) {
                report(Severity::error, "GK083", entry.own_budget_at,
                       "own_budget " + to_string(*entry.own_budget) +
                           " is larger than the whole budget of project " + name_quoted(p->name) +
                           ", " + to_string(p->budget) +
                           "; the own part of a joint total is a part of it");
                return;
            }
            if (commit_) {
                p->own_budget = *entry.own_budget;
            }
        }
    }

    void kpi(const ProjectAnnotation& entry, const KpiAnnotation& k,
             const std::vector<Project*>& matches) {
        bool found = false;
        bool title_warned = false;
        for (Project* p : matches) {
            for (Kpi& target : p->kpis) {
                if (target.number != k.kpi) {
                    continue;
                }
                found = true;
                if (k.title && *k.title != target.title && !title_warned) {
                    title_warned = true;
                    report(Severity::warning, "GK084", k.title_at,
                           detail::kpi_label(k.kpi) + " of project " + name_quoted(p->name) +
                               " is titled " + name_quoted(target.title) + " in the report, not " +
                               name_quoted(*k.title) +
                               "; the entry is applied all the same: is it meant for this KPI?");
                }
                if (k.direction && commit_) {
                    target.direction = *k.direction;
                    target.direction_basis = stated(k.direction_at);
                }
                if (k.accumulation && commit_) {
                    target.accumulation = *k.accumulation;
                    target.accumulation_basis = stated(k.accumulation_at);
                }
            }
        }
        if (found && matches_ != nullptr) {
            matches_->kpis[entry_][kpi_] = true;
        }
        if (found || matches_ != nullptr) {
            return;
        }
        std::string numbers;
        for (const Project* p : matches) {
            for (const Kpi& target : p->kpis) {
                numbers += numbers.empty() ? "" : ", ";
                numbers += detail::kpi_label(target.number);
            }
            break;
        }
        report(Severity::error, "GK080", k.kpi_at,
               "project " + name_quoted(entry.project) + " of the round of " +
                   year_text(entry.round) + " has no " + detail::kpi_label(k.kpi) +
                   (numbers.empty() ? " (it has no KPI)" : " (its KPIs: " + numbers + ")"));
    }

    std::span<Report> reports_;
    const Annotations& annotations_;
    bool commit_;
    AnnotationMatches* matches_;
    std::size_t entry_ = 0; // the project entry being applied
    std::size_t kpi_ = 0;   // and its KPI entry
};

} // namespace

std::vector<Diagnostic> apply_annotations(std::span<Report> reports,
                                          const Annotations& annotations) {
    Applier check(reports, annotations, false);
    check.run();
    if (!has_errors(check.diagnostics)) {
        Applier(reports, annotations, true).run(); // the same diagnostics again
    }
    return std::move(check.diagnostics);
}

std::vector<Diagnostic> apply_annotations(Report& report, const Annotations& annotations) {
    return apply_annotations(std::span<Report>(&report, 1), annotations);
}

AnnotationMatches::AnnotationMatches(const Annotations& annotations)
    : projects(annotations.projects.size(), false) {
    for (const auto& entry : annotations.projects) {
        kpis.emplace_back(entry.kpis.size(), false);
    }
}

std::vector<Diagnostic> apply_annotations(Report& report, const Annotations& annotations,
                                          AnnotationMatches& matches) {
    if (matches.projects.size() != annotations.projects.size()) {
        matches = AnnotationMatches(annotations);
    }
    AnnotationMatches found(annotations);
    const std::span<Report> one(&report, 1);
    Applier check(one, annotations, false, &found);
    check.run();
    if (!has_errors(check.diagnostics)) {
        Applier(one, annotations, true, &found).run();
        for (std::size_t i = 0; i < found.projects.size(); ++i) {
            matches.projects[i] = matches.projects[i] || found.projects[i];
            for (std::size_t k = 0; k < found.kpis[i].size(); ++k) {
                matches.kpis[i][k] = matches.kpis[i][k] || found.kpis[i][k];
            }
        }
    }
    return std::move(check.diagnostics);
}

std::vector<Diagnostic> unmatched_annotations(const Annotations& annotations,
                                              const AnnotationMatches& matches,
                                              std::size_t reports) {
    std::vector<Diagnostic> out;
    const std::string where =
        reports == 1 ? "the report" : "any of the " + std::to_string(reports) + " reports";
    auto error = [&](detail::diagnostics::ReaderCode code, const AnnotationPlace& at,
                     std::string message) {
        out.push_back(Diagnostic::at(Severity::error, std::string(code.code()),
                                     Location{annotations.file, at.line, at.column, at.pointer},
                                     std::move(message)));
    };
    for (std::size_t i = 0; i < annotations.projects.size(); ++i) {
        const ProjectAnnotation& entry = annotations.projects[i];
        const bool matched = i < matches.projects.size() && matches.projects[i];
        if (!matched) {
            error("GK080", entry.project_at,
                  "no project " + name_quoted(entry.project) + " in a round of " +
                      year_text(entry.round) + " in " + where +
                      "; the name must be as the report writes it");
            continue;
        }
        for (std::size_t k = 0; k < entry.kpis.size(); ++k) {
            if (k >= matches.kpis[i].size() || !matches.kpis[i][k]) {
                error("GK080", entry.kpis[k].kpi_at,
                      "project " + name_quoted(entry.project) + " of the round of " +
                          year_text(entry.round) + " has no " +
                          detail::kpi_label(entry.kpis[k].kpi) + " in " + where);
            }
        }
    }
    return out;
}

} // namespace grantkpi
