// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: what the parts of the HTML report page share: the page being written, the
// models behind the evaluated parts, and small text helpers.

#include "html_format.hpp"

#include <grantkpi/evaluate.hpp>
#include <grantkpi/report.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace grantkpi::html {

inline std::string money_text(Money money) {
    return money.amount().to_grouped_string() + "千円";
}

inline std::string share_fraction(const Share& share, std::string_view unit) {
    return std::to_string(share.of) + std::string(unit) + "中" + std::to_string(share.count) +
           std::string(unit);
}

// The models of the evaluated parts, when the caller gave the Report.
struct Sources {
    const Report* report = nullptr;

    [[nodiscard]] const Round* round(std::size_t r) const {
        return report && r < report->rounds.size() ? &report->rounds[r] : nullptr;
    }
    [[nodiscard]] const Project* project(std::size_t r, std::size_t p,
                                         const ProjectEvaluation& e) const {
        const Round* rd = round(r);
        if (!rd || p >= rd->projects.size() || rd->projects[p].name != e.name()) {
            return nullptr;
        }
        return &rd->projects[p];
    }
    [[nodiscard]] static const Kpi* kpi(const Project* project, std::size_t k,
                                        const KpiEvaluation& e) {
        if (!project || k >= project->kpis.size() || project->kpis[k].number != e.number) {
            return nullptr;
        }
        return &project->kpis[k];
    }
};

struct Page {
    Writer w;
    int level = 1; ///< the heading level of a report's title
    std::string id_prefix = "r0";

    std::string h(int offset) const { return std::to_string(std::min(level + offset, 6)); }
};

inline void notes(Writer& w, const std::vector<std::string>& notes) {
    if (notes.empty()) {
        return;
    }
    w.raw("<ul class=\"notes\">");
    for (const auto& note : notes) {
        w.element("li", "", note);
    }
    w.raw("</ul>");
}

/// The mark of a KPI's verdict in the overview table (project_article.cpp).
void verdict_mark(Writer& w, const KpiEvaluation& kpi);

/// A project's article: its facts, budget, KPI figures and tables (project_article.cpp).
void project_article(Page& page, const ProjectEvaluation& project, const Project* model,
                     const std::string& id);

} // namespace grantkpi::html
