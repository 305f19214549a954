// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/validate.hpp>

#include <grantkpi/evaluate.hpp>

#include "unicode/unicode.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <numeric>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// How the validator keeps fast. It visits every cell of a report, and nearly all cells, KPIs
// and projects break no rule, so:
//  - each rule first asks a cheap question of facts gathered in one branch-free pass over a
//    KPI's rows (RowScan); only when the answer is "maybe" does the rule's full check run,
//    and only that builds messages and pointers. A clean report allocates nothing (unless a
//    unit label is new to the thread, or longer than LabelKinds keeps, or its rounds' years,
//    a project's KPI numbers or a KPI row's years do not increase, or a KPI's two rows have
//    other years, when GK101, GK307, GK402, GK404, GK405 or GK408 sorts them).
//  - a full check is O(n log n) at worst in what it checks (rounds, KPIs, a row's cells):
//    it sorts, never compares each element with every other. A KPI row may have 9,000 years
//    (FY1000..FY9999), and a crafted file of many such rows in shuffled order took minutes.
//  - the report lives in heap blocks of its own (the projects of each round, the KPIs of each
//    project, the rows of each KPI); on a national corpus they do not fit in the caches, and
//    waiting for them in turn was most of the time. The validator asks for each block a
//    little ahead of its use (prefetch), so that the waits overlap.

namespace grantkpi {
namespace {

// The catalogue, ordered by code. docs/validation-rules.md documents each rule with an
// example message; a test checks that the two agree.
constexpr std::array<ValidationRule, 25> rules = {{
    {"GK101", Severity::warning, "two rounds have the same fiscal year and scheme"},
    {"GK201", Severity::error, "a round's fiscal year is not a valid fiscal year (1000..9999)"},
    {"GK202", Severity::error, "a round's national share is outside (0, 1]"},
    {"GK203", Severity::error, "a project starts before the fiscal year of its round"},
    {"GK204", Severity::warning, "a project's national share differs from its round's"},
    {"GK301", Severity::error, "a project's first fiscal year is after its last"},
    {"GK302", Severity::error, "a project's budget is not positive"},
    {"GK303", Severity::error, "a project's national share is outside (0, 1]"},
    {"GK304", Severity::error,
     "a joint project (共同申請"
     ") names no partner"}, // 共同申請
    {"GK305", Severity::warning,
     "a project has more than four KPIs (the national guideline's maximum)"},
    {"GK306", Severity::warning,
     "a single-application project (単独申請"
     ") names partners"}, // 単独申請
    {"GK307", Severity::warning, "two KPIs of a project have the same number"},
    {"GK308", Severity::error,
     "a project's first or last fiscal year is not a valid fiscal year (1000..9999)"},
    {"GK309", Severity::error,
     "a project's own part of its joint-total budget is negative or larger than the budget"},
    {"GK310", Severity::warning,
     "a project gives an own part of its budget, but its budget scope is own: the part is not "
     "used"},
    {"GK401", Severity::error,
     "a plan or actual value is for a fiscal year outside the project's first..last year"},
    {"GK402", Severity::error, "a fiscal year appears twice in a KPI's plan or actual row"},
    {"GK403", Severity::warning,
     "a value is negative in a KPI whose accumulation is not increment"},
    {"GK404", Severity::error, "a cumulative KPI's confirmed actuals decrease"},
    {"GK405", Severity::warning,
     "an expected (見込"
     ") actual is followed by a confirmed actual in a later year"}, // 見込
    {"GK406", Severity::warning, "a percent value is outside 0..100"},
    {"GK407", Severity::error, "a KPI unit's kind differs from the kind its label denotes"},
    {"GK408", Severity::warning,
     "a fiscal year is in a KPI's plan row but not in its actual row, or the reverse"},
    {"GK409", Severity::warning, "a KPI has no plan value in any year: it cannot be judged"},
    {"GK410", Severity::warning,
     "a KPI's direction is assumed or inferred on weak evidence, and the other direction would "
     "give the other verdict"},
}};

// The report's own words, quoted in messages.
constexpr std::string_view joint_word = "共同申請";
constexpr std::string_view single_word = "単独申請";
constexpr std::string_view expected_word = "見込";
constexpr std::string_view baseline_word = "当初値";

constexpr int max_kpis_per_project = 4; // 地方創生推進交付金 guideline: up to four KPIs

/// A message or a pointer from its pieces: text, the report's own strings, numbers spelled
/// out by std::to_string. One allocation.
template <class... Pieces>
std::string concat(const Pieces&... pieces) {
    const std::array<std::string_view, sizeof...(Pieces)> views = {std::string_view(pieces)...};
    std::size_t size = 0;
    for (const std::string_view view : views) {
        size += view.size();
    }
    std::string text;
    text.reserve(size);
    for (const std::string_view view : views) {
        text.append(view);
    }
    return text;
}

// "FY2025 (R7)": the Gregorian year the JSON format uses, with the era form the report uses.
std::string fy_text(FiscalYear fy) {
    const std::string year = std::to_string(fy.gregorian());
    if (!fy.era()) {
        return concat("FY", year);
    }
    return concat("FY", year, " (", to_string(fy, FiscalYearStyle::era_short), ")");
}

std::string cell_text(const Observation& cell) {
    if (!cell.has_value()) {
        return "not set";
    }
    const std::string value = cell.value()->to_grouped_string();
    if (!cell.is_expected()) {
        return value;
    }
    return concat(value, "(", expected_word, ")");
}

// KPI① as the report writes it (① .. ⑳ are U+2460 .. U+2473), KPI21 beyond.
std::string kpi_name(const Kpi& kpi) {
    std::string name = "KPI";
    if (kpi.number >= 1 && kpi.number <= 20) {
        detail::append_utf8(name, static_cast<char32_t>(0x2460 + kpi.number - 1));
    } else {
        name += std::to_string(kpi.number);
    }
    return name;
}

// GK201, GK308: a year the JSON format cannot write (its year keys have four digits).
std::string invalid_year_message(FiscalYear fy) {
    return concat("fiscal year ", std::to_string(fy.gregorian()),
                  " is not a valid fiscal year (1000..9999)");
}

/// For each of `count` elements, the index of the first element with the same key: its own
/// index when no earlier element has its key. `compare(a, b)` orders elements a and b by
/// their keys (a std::strong_ordering). GK101, GK307 and GK402 find the earlier round, KPI
/// or column this way rather than by comparing each element with every earlier one, which
/// took hours on a crafted file of millions. Sorted, not hashed: O(n log n) whatever the
/// keys, where a hash table is quadratic again on keys made to collide.
template <class Compare>
std::vector<std::size_t> first_with_same_key(std::size_t count, Compare compare) {
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Equal keys in index order: the first of each run of equal keys is the first element.
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const std::strong_ordering by_key = compare(a, b);
        return by_key < 0 || (by_key == 0 && a < b);
    });
    std::vector<std::size_t> first(count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t element = order[i];
        const bool same_as_previous = i > 0 && compare(order[i - 1], element) == 0;
        first[element] = same_as_previous ? first[order[i - 1]] : element;
    }
    return first;
}

bool share_in_range(Fraction share) noexcept {
    return share > Fraction{0, 1} && share <= Fraction{1, 1};
}

std::string_view accumulation_name(Accumulation accumulation) noexcept {
    switch (accumulation) {
    case Accumulation::level:
        return "level";
    case Accumulation::increment:
        return "increment";
    case Accumulation::cumulative:
        return "cumulative";
    }
    return "level";
}

std::string_view kind_name(UnitKind kind) noexcept {
    switch (kind) {
    case UnitKind::count:
        return "count";
    case UnitKind::currency:
        return "currency";
    case UnitKind::percent:
        return "percent";
    case UnitKind::duration:
        return "duration";
    case UnitKind::other:
        return "other";
    }
    return "other";
}

/// A rule of the catalogue named by its code, looked up when the validator is compiled:
/// `add("GK409", ...)` with a code the catalogue lacks does not compile.
struct RuleCode {
    consteval RuleCode(const char* code) // implicit: add("GK409", ...) reads as the code
        : rule(lookup(code)) {}

    const ValidationRule* rule;

private:
    static consteval const ValidationRule* lookup(std::string_view code) {
        for (const ValidationRule& candidate : rules) {
            if (candidate.code == code) {
                return &candidate;
            }
        }
        throw "not a rule code of the catalogue";
    }
};

/// The JSON pointer of an element of the report, spelled out only when a diagnostic needs it:
/// the validator visits every cell of a report, and nearly all of them are fine.
class Pointer {
public:
    /// `/rounds/3`: a top-level element.
    Pointer(std::string_view key, std::size_t index)
        : key_(key)
        , index_(index) {}
    /// `<parent>/projects/2`.
    Pointer(const Pointer& parent, std::string_view key, std::size_t index)
        : parent_(&parent)
        , key_(key)
        , index_(index) {}

    [[nodiscard]] std::string str() const {
        std::string out;
        out.reserve(64);
        append_to(out);
        return out;
    }
    friend std::string operator+(const Pointer& pointer, const char* tail) {
        return pointer.str().append(tail);
    }

private:
    void append_to(std::string& out) const {
        if (parent_ != nullptr) {
            parent_->append_to(out);
        }
        out += key_;
        char digits[24];
        const auto end = std::to_chars(std::begin(digits), std::end(digits), index_).ptr;
        out.append(digits, end);
    }

    const Pointer* parent_ = nullptr;
    std::string_view key_;
    std::size_t index_;
};

/// classify_unit, remembered. A report uses a handful of unit labels for all its KPIs, and
/// reports use the same few; classifying one (trim, fold, look up) costs more than checking
/// the rest of its KPI. Labels of up to 16 bytes are kept with their kind in a small hash
/// table per thread (open addressing, a few probes); longer labels are classified each time.
class LabelKinds {
public:
    UnitKind classify(std::string_view label) noexcept {
        if (label.size() > max_size) {
            return classify_unit(label);
        }
        const Key key = key_of(label);
        const std::size_t home = slot_of(key);
        for (std::size_t probe = 0; probe < max_probes; ++probe) {
            Entry& entry = entries_[(home + probe) % entries_.size()];
            if (!entry.filled) {
                entry = Entry{key, classify_unit(label), true};
                return entry.kind;
            }
            if (entry.key == key) {
                return entry.kind;
            }
        }
        // Crowded: the label takes its home slot from another.
        entries_[home] = Entry{key, classify_unit(label), true};
        return entries_[home].kind;
    }

private:
    static constexpr std::size_t max_size = 16;
    static constexpr int slot_bits = 6;
    static constexpr std::size_t max_probes = 4;

    // The bytes of a label of up to 16 bytes, little-endian in two words, and its size.
    struct Key {
        std::uint64_t head = 0;
        std::uint64_t tail = 0;
        std::size_t size = 0;

        friend bool operator==(const Key&, const Key&) = default;
    };
    static Key key_of(std::string_view label) noexcept {
        Key key;
        key.size = label.size();
        for (std::size_t i = 0; i < label.size() && i < 8; ++i) {
            key.head |= std::uint64_t{static_cast<unsigned char>(label[i])} << (8 * i);
        }
        for (std::size_t i = 8; i < label.size(); ++i) {
            key.tail |= std::uint64_t{static_cast<unsigned char>(label[i])} << (8 * (i - 8));
        }
        return key;
    }
    static std::size_t slot_of(const Key& key) noexcept {
        constexpr std::uint64_t golden = 0x9E3779B97F4A7C15; // Fibonacci hashing
        const std::uint64_t mixed = (key.head ^ (key.tail * golden) ^ key.size) * golden;
        return static_cast<std::size_t>(mixed >> (64 - slot_bits));
    }

    struct Entry {
        Key key;
        UnitKind kind = UnitKind::other;
        bool filled = false;
    };
    std::array<Entry, std::size_t{1} << slot_bits> entries_{};
};

/// The LabelKinds of the calling thread (validate_collection runs validate on several).
LabelKinds& thread_label_kinds() noexcept {
    thread_local LabelKinds kinds;
    return kinds;
}

#if defined(__GNUC__) || defined(__clang__)
// The prefetch helpers are always inlined: GCC takes a function that only prefetches for a
// pure one (__builtin_prefetch has no effect the program can see) and drops calls to it.

/// Asks the processor to start loading the line at `address` into its outer caches, without
/// waiting for it. Locality 1 (x86 prefetcht2) measured faster than 3 (prefetcht0, into
/// every level): the lines are asked for well ahead and then do not crowd the innermost
/// cache. Asking for a line outside any object is harmless.
[[gnu::always_inline]] inline void prefetch_line(std::uintptr_t address) noexcept {
    __builtin_prefetch(reinterpret_cast<const void*>(address), 0, 1);
}

/// Asks for the elements of `items`.
template <class T>
[[gnu::always_inline]] inline void prefetch(const std::vector<T>& items) noexcept {
    if (items.empty()) {
        return;
    }
    constexpr std::uintptr_t line = 64;
    const auto begin = reinterpret_cast<std::uintptr_t>(items.data());
    const std::uintptr_t first = begin & ~(line - 1);
    const std::uintptr_t last = (begin + items.size() * sizeof(T) - 1) & ~(line - 1);
    // The two lines at each end without a loop: that covers a row of a KPI (a few cells)
    // whatever its length, where a loop whose count changes from row to row would cost a
    // mispredicted branch each time.
    prefetch_line(first);
    prefetch_line(first + line);
    prefetch_line(last - line);
    prefetch_line(last);
    for (std::uintptr_t address = first + 2 * line; address + line < last; address += line) {
        prefetch_line(address);
    }
}

/// Asks for the KPIs of a project: their numbers, units and where their rows are.
[[gnu::always_inline]] inline void prefetch_kpis(const Project* project) noexcept {
    if (project != nullptr) {
        prefetch(project->kpis);
    }
}

/// Asks for the plan and actual rows of a project's KPIs (reads the KPIs).
[[gnu::always_inline]] inline void prefetch_rows(const Project* project) noexcept {
    if (project != nullptr) {
        for (const Kpi& kpi : project->kpis) {
            prefetch(kpi.plan.values);
            prefetch(kpi.actual.values);
        }
    }
}

// The rules' full checks, which build the messages, run only for what the cheap questions
// flag; kept out of line, they leave the path of a clean KPI short.
#define GRANTKPI_COLD [[gnu::cold, gnu::noinline]]
#else
template <class T>
void prefetch(const std::vector<T>&) noexcept {}
inline void prefetch_kpis(const Project*) noexcept {}
inline void prefetch_rows(const Project*) noexcept {}
#define GRANTKPI_COLD
#endif

class Validator {
public:
    std::vector<Diagnostic> run(const Report& report) {
        report_ = &report;
        // The first blocks, which nothing before could ask for: the projects of every round,
        // the KPIs of the first two projects and the rows of the first. check_round asks for
        // the rest as it goes.
        for (const Round& round : report.rounds) {
            prefetch(round.projects);
        }
        prefetch_kpis(project_after(0, 0, 0));
        prefetch_kpis(project_after(0, 0, 1));
        prefetch_rows(project_after(0, 0, 0));

        check_report(report);
        for (std::size_t r = 0; r < report.rounds.size(); ++r) {
            check_round(r, Pointer{"/rounds/", r});
        }
        return std::move(found_);
    }

private:
    GRANTKPI_COLD void add(RuleCode code, std::string pointer, std::string message) {
        found_.push_back(Diagnostic{code.rule->severity,
                                    std::string(code.rule->code),
                                    std::move(message),
                                    {},
                                    0,
                                    0,
                                    std::move(pointer)});
    }

    // The project `distance` places after project p of round r in document order, across
    // rounds; nullptr past the last.
    [[nodiscard]] const Project* project_after(std::size_t r, std::size_t p,
                                               std::size_t distance) const noexcept {
        const auto& rounds = report_->rounds;
        for (; r < rounds.size(); ++r, p = 0) {
            const std::size_t n = rounds[r].projects.size();
            if (p + distance < n) {
                return &rounds[r].projects[p + distance];
            }
            distance -= n > p ? n - p : 0;
        }
        return nullptr;
    }

    // GK101. Rounds usually come one per fiscal year, in year order: then no two are alike.
    void check_report(const Report& report) {
        const bool years_increase = std::adjacent_find(report.rounds.begin(), report.rounds.end(),
                                                       [](const Round& a, const Round& b) {
                                                           return a.fiscal_year >= b.fiscal_year;
                                                       }) == report.rounds.end();
        if (!years_increase) {
            check_repeated_rounds(report);
        }
    }

    // GK101, for a report whose round years do not increase: a round with the fiscal year
    // and scheme of an earlier one, reported at the later round and naming the first.
    GRANTKPI_COLD void check_repeated_rounds(const Report& report) {
        const auto& rounds = report.rounds;
        const std::vector<std::size_t> first =
            first_with_same_key(rounds.size(), [&](std::size_t a, std::size_t b) {
                const std::strong_ordering by_year =
                    rounds[a].fiscal_year <=> rounds[b].fiscal_year;
                return by_year != 0 ? by_year : rounds[a].scheme.compare(rounds[b].scheme) <=> 0;
            });
        for (std::size_t r = 0; r < rounds.size(); ++r) {
            if (first[r] != r) {
                const Round& round = rounds[r];
                add("GK101", concat("/rounds/", std::to_string(r)),
                    concat("round ", fy_text(round.fiscal_year), " ", round.scheme,
                           " appears again (first at /rounds/", std::to_string(first[r]), ")"));
            }
        }
    }

    // GK201 .. GK204, then each project.
    void check_round(std::size_t r, const Pointer& at) {
        const Round& round = report_->rounds[r];
        if (!round.fiscal_year.ok()) {
            add("GK201", at + "/fiscal_year", invalid_year_message(round.fiscal_year));
        }
        if (round.national_share && !share_in_range(*round.national_share)) {
            add("GK202", at + "/national_share",
                concat("national share ", round.national_share->to_string(), " is outside (0, 1]"));
        }
        for (std::size_t p = 0; p < round.projects.size(); ++p) {
            const Project& project = round.projects[p];
            const Pointer project_at{at, "/projects/", p};
            if (project.first_fiscal_year < round.fiscal_year) {
                add("GK203", project_at + "/first_fiscal_year",
                    concat("project starts in ", fy_text(project.first_fiscal_year),
                           ", before its round's fiscal year ", fy_text(round.fiscal_year)));
            }
            if (round.national_share && project.national_share != *round.national_share) {
                add("GK204", project_at + "/national_share",
                    concat("project national share ", project.national_share.to_string(),
                           " differs from the round's ", round.national_share->to_string()));
            }
            // Ahead of the checks: the rows of the next project (its KPIs were asked for one
            // project earlier) and the KPIs of the one after. Further ahead measured no
            // faster.
            prefetch_rows(project_after(r, p, 1));
            prefetch_kpis(project_after(r, p, 2));
            check_project(project, project_at);
        }
    }

    // GK301 .. GK308, then each KPI.
    void check_project(const Project& project, const Pointer& at) {
        const bool span_ok = project.first_fiscal_year <= project.last_fiscal_year;
        if (!span_ok) {
            add("GK301", at + "/first_fiscal_year",
                concat("first fiscal year ", fy_text(project.first_fiscal_year),
                       " is after the last fiscal year ", fy_text(project.last_fiscal_year)));
        }
        if (project.budget.amount() <= Decimal{0}) {
            add("GK302", at + "/budget",
                concat("budget ", to_string(project.budget), " is not positive"));
        }
        if (!share_in_range(project.national_share)) {
            add("GK303", at + "/national_share",
                concat("national share ", project.national_share.to_string(),
                       " is outside (0, 1]"));
        }
        if (project.application == Application::joint && project.partners.empty()) {
            add("GK304", at + "/partners",
                concat("joint project (", joint_word, ") names no partner"));
        }
        if (project.kpis.size() > static_cast<std::size_t>(max_kpis_per_project)) {
            add("GK305", at + "/kpis",
                concat(std::to_string(project.kpis.size()),
                       " KPIs; the national guideline allows at most ",
                       std::to_string(max_kpis_per_project)));
        }
        if (project.application == Application::single && !project.partners.empty()) {
            std::string names;
            for (const auto& partner : project.partners) {
                names += names.empty() ? "" : ", ";
                names += partner;
            }
            add("GK306", at + "/partners",
                concat("single-application project (", single_word, ") names partners: ", names));
        }
        // GK307. KPIs are usually numbered ①, ②, ... in order: then no number is used twice.
        const bool numbers_increase = std::adjacent_find(project.kpis.begin(), project.kpis.end(),
                                                         [](const Kpi& a, const Kpi& b) {
                                                             return a.number >= b.number;
                                                         }) == project.kpis.end();
        if (!numbers_increase) {
            check_repeated_numbers(project, at);
        }
        // GK308: the JSON format writes four-digit years only, and its reader refuses others.
        if (!project.first_fiscal_year.ok() || !project.last_fiscal_year.ok()) {
            check_project_years(project, at);
        }
        if (project.own_budget) {
            check_own_budget(project, at);
        }
        for (std::size_t k = 0; k < project.kpis.size(); ++k) {
            check_kpi(project, project.kpis[k], span_ok, Pointer{at, "/kpis/", k});
        }
    }

    // GK307, for a project whose KPI numbers do not increase: a number used again, reported
    // at the later KPI.
    GRANTKPI_COLD void check_repeated_numbers(const Project& project, const Pointer& at) {
        const auto& kpis = project.kpis;
        const std::vector<std::size_t> first =
            first_with_same_key(kpis.size(), [&](std::size_t a, std::size_t b) {
                return kpis[a].number <=> kpis[b].number;
            });
        for (std::size_t k = 0; k < kpis.size(); ++k) {
            if (first[k] != k) {
                add("GK307", concat(at.str(), "/kpis/", std::to_string(k), "/number"),
                    concat("KPI number ", std::to_string(kpis[k].number),
                           " is used again (first at ", at.str(), "/kpis/",
                           std::to_string(first[k]), ")"));
            }
        }
    }

    // GK308, for a project with a fiscal year outside 1000..9999: the first, then the last.
    GRANTKPI_COLD void check_project_years(const Project& project, const Pointer& at) {
        if (!project.first_fiscal_year.ok()) {
            add("GK308", at + "/first_fiscal_year",
                invalid_year_message(project.first_fiscal_year));
        }
        if (!project.last_fiscal_year.ok()) {
            add("GK308", at + "/last_fiscal_year", invalid_year_message(project.last_fiscal_year));
        }
    }

    // GK309, GK310, for a project that gives an own part of its budget.
    GRANTKPI_COLD void check_own_budget(const Project& project, const Pointer& at) {
        const Money own = *project.own_budget;
        if (project.budget_scope == BudgetScope::own) {
            add("GK310", at + "/own_budget",
                concat("own part ", to_string(own), " is given, but the budget ",
                       to_string(project.budget),
                       " is the project's own (budget_scope own): the evaluation adds the whole "
                       "budget and not the part; if the budget is the whole joint project's, its "
                       "scope is joint_total"));
            return;
        }
        if (own.amount() < Decimal{0} || own.amount() > project.budget.amount()) {
            add("GK309", at + "/own_budget",
                concat("own part ", to_string(own), " of the joint-total budget ",
                       to_string(project.budget),
                       own.amount() < Decimal{0} ? " is negative" : " is larger than the whole"));
        }
    }

    // What a plan or actual row tells the KPI rules.
    struct RowFacts {
        bool increasing = true;    // years strictly increase column by column: no year twice
        bool in_span = true;       // every year is within the project's first..last
        bool has_negative = false; // a value is negative
        bool has_value = false;    // a cell is set
        bool has_expected = false; // a value is expected (見込)
        // A confirmed value is in a column after an expected one; when the years increase,
        // that is what GK405 reports.
        bool confirmed_after_expected = false;
    };

    // Gathers the RowFacts of a row cell by cell, without branches: a row has a handful of
    // cells, and branching on each would cost more than the checks.
    class RowScan {
    public:
        void add(const PeriodValue& cell) noexcept {
            add_year(cell.year);
            add_value(cell.value);
        }
        void add_year(FiscalYear year) noexcept {
            increasing_ &= previous_ < year;
            previous_ = year;
            lowest_ = std::min(lowest_, year);
            highest_ = std::max(highest_, year);
        }
        void add_value(const Observation& value) noexcept {
            confirmed_after_expected_ |=
                (statuses_ & status_bit(ObservationStatus::expected)) != 0 && value.is_confirmed();
            statuses_ |= status_bit(value.status());
            negative_ |= value.value().value_or(Decimal{}).is_negative();
        }
        // For a row with the same years as `other`, column by column.
        void add_years_of(const RowScan& other) noexcept {
            previous_ = other.previous_;
            lowest_ = other.lowest_;
            highest_ = other.highest_;
            increasing_ = other.increasing_;
        }

        [[nodiscard]] RowFacts facts(const Project& project) const noexcept {
            RowFacts facts;
            // A first year of std::numeric_limits<int>::min() counts as not increasing: that
            // only sends the row to the rules' full checks.
            facts.increasing = increasing_;
            facts.in_span =
                lowest_ > highest_ || // no cell
                (project.first_fiscal_year <= lowest_ && highest_ <= project.last_fiscal_year);
            facts.has_negative = negative_;
            facts.has_value = (statuses_ & (status_bit(ObservationStatus::confirmed) |
                                            status_bit(ObservationStatus::expected))) != 0;
            facts.has_expected = (statuses_ & status_bit(ObservationStatus::expected)) != 0;
            facts.confirmed_after_expected = confirmed_after_expected_;
            return facts;
        }

    private:
        static constexpr unsigned status_bit(ObservationStatus status) noexcept {
            return 1U << static_cast<unsigned>(status);
        }

        FiscalYear previous_{std::numeric_limits<int>::min()};
        FiscalYear lowest_{std::numeric_limits<int>::max()};
        FiscalYear highest_{std::numeric_limits<int>::min()};
        bool increasing_ = true;
        bool negative_ = false;
        bool confirmed_after_expected_ = false;
        unsigned statuses_ = 0; // bit s: a cell has ObservationStatus s
    };

    struct KpiFacts {
        RowFacts plan;
        RowFacts actual;
        // Both rows have the same years in the same columns: then each year of one row is in
        // the other (GK408).
        bool same_years = false;
    };

    // One pass over both rows of a KPI. The rows usually have the same years column by
    // column; then they are read side by side, and the years of the plan row stand for both.
    static KpiFacts facts_of(const Kpi& kpi, const Project& project) noexcept {
        const auto& plan = kpi.plan.values;
        const auto& actual = kpi.actual.values;
        RowScan plan_scan;
        RowScan actual_scan;
        bool same_years = plan.size() == actual.size();
        if (same_years) {
            for (std::size_t i = 0; i < plan.size(); ++i) {
                plan_scan.add(plan[i]);
                actual_scan.add_value(actual[i].value);
                same_years &= plan[i].year == actual[i].year;
            }
        } else {
            for (const PeriodValue& cell : plan) {
                plan_scan.add(cell);
            }
            for (const PeriodValue& cell : actual) {
                actual_scan.add_value(cell.value);
            }
        }
        if (same_years) {
            actual_scan.add_years_of(plan_scan);
        } else {
            for (const PeriodValue& cell : actual) {
                actual_scan.add_year(cell.year);
            }
        }
        return {plan_scan.facts(project), actual_scan.facts(project), same_years};
    }

    static bool is_negative(const Observation& cell) noexcept {
        return cell.has_value() && cell.value()->is_negative();
    }

    static bool outside_percent_range(const Observation& cell) noexcept {
        if (!cell.has_value()) {
            return false;
        }
        const Decimal value = *cell.value();
        return value < Decimal{0} || value > Decimal{100};
    }

    // GK401 .. GK409: each rule's cheap question, and its full check when the answer is
    // "maybe".
    void check_kpi(const Project& project, const Kpi& kpi, bool span_ok, const Pointer& at) {
        const KpiFacts facts = facts_of(kpi, project);
        const RowFacts& plan = facts.plan;
        const RowFacts& actual = facts.actual;
        // GK401: outside first..last. When the span itself is wrong (GK301) every year would
        // be reported; the span is the thing to fix, so the years are not.
        if (span_ok && !(plan.in_span && actual.in_span)) {
            check_years_in_span(project, kpi, at);
        }
        if (!plan.increasing || !actual.increasing) {
            check_repeated_years(kpi, plan.increasing, actual.increasing, at);
        }
        // GK403: only an increment KPI counts a change, which may be negative.
        if (kpi.accumulation != Accumulation::increment &&
            (plan.has_negative || actual.has_negative || is_negative(kpi.baseline.plan) ||
             is_negative(kpi.baseline.actual))) {
            check_negative_values(kpi, at);
        }
        if (kpi.accumulation == Accumulation::cumulative) {
            check_cumulative(kpi, actual.increasing, at);
        }
        if (actual.increasing ? actual.confirmed_after_expected : actual.has_expected) {
            check_expected_then_confirmed(kpi, actual.increasing, at);
        }
        // GK406: an increment percent KPI counts percentage points of change, which may be
        // negative or large; the others hold a share.
        if (kpi.unit.kind == UnitKind::percent && kpi.accumulation != Accumulation::increment &&
            any_cell(kpi, [](const Observation& cell) { return outside_percent_range(cell); })) {
            check_percent_range(kpi, at);
        }
        check_unit_label(kpi, at);
        if (!facts.same_years) {
            check_years_in_both_rows(kpi, at);
        }
        if (!plan.has_value) {
            report_no_plan_value(kpi, at);
        }
        // GK410: only a weak direction can be wrong without anyone having said so.
        if (kpi.direction_basis.is_weak() && plan.has_value && actual.has_value) {
            check_weak_direction(kpi, at);
        }
    }

    // A cell of a KPI, for the per-cell rules; its pointer and its name ("plan for FY2020
    // (R2)", "baseline of the actual row") are spelled out only for a diagnostic.
    struct Cell {
        enum class Row { baseline_plan, baseline_actual, plan, actual };
        const Observation* value;
        Row row;
        FiscalYear year; // plan and actual rows

        [[nodiscard]] std::string pointer(const Pointer& at) const {
            switch (row) {
            case Row::baseline_plan:
                return at + "/baseline/plan";
            case Row::baseline_actual:
                return at + "/baseline/actual";
            case Row::plan:
                return concat(at.str(), "/plan/", std::to_string(year.gregorian()));
            case Row::actual:
                break;
            }
            return concat(at.str(), "/actual/", std::to_string(year.gregorian()));
        }
        [[nodiscard]] std::string name() const {
            switch (row) {
            case Row::baseline_plan:
                return concat("baseline (", baseline_word, ") of the plan row");
            case Row::baseline_actual:
                return concat("baseline (", baseline_word, ") of the actual row");
            case Row::plan:
                return concat("plan for ", fy_text(year));
            case Row::actual:
                break;
            }
            return concat("actual for ", fy_text(year));
        }
    };

    // Calls `visit(cell)` for each cell of a KPI: the baselines of the plan and actual rows,
    // then the plan row, then the actual row, each in column order.
    template <class Visit>
    static void for_each_cell(const Kpi& kpi, Visit&& visit) {
        visit(Cell{&kpi.baseline.plan, Cell::Row::baseline_plan, {}});
        visit(Cell{&kpi.baseline.actual, Cell::Row::baseline_actual, {}});
        for (const auto& v : kpi.plan) {
            visit(Cell{&v.value, Cell::Row::plan, v.year});
        }
        for (const auto& v : kpi.actual) {
            visit(Cell{&v.value, Cell::Row::actual, v.year});
        }
    }

    // True when `test(cell)` holds for a cell of the KPI (baselines, plan row, actual row).
    template <class Test>
    static bool any_cell(const Kpi& kpi, Test test) {
        const auto in_row = [&](const Series& series) {
            return std::any_of(series.begin(), series.end(),
                               [&](const PeriodValue& v) { return test(v.value); });
        };
        return test(kpi.baseline.plan) || test(kpi.baseline.actual) || in_row(kpi.plan) ||
               in_row(kpi.actual);
    }

    // The plan row, then the actual row, with the row's name.
    static std::array<std::pair<const Series*, std::string_view>, 2> rows_of(const Kpi& kpi) {
        return {{{&kpi.plan, "plan"}, {&kpi.actual, "actual"}}};
    }

    // GK401, for a KPI with a year outside the project's span.
    GRANTKPI_COLD void check_years_in_span(const Project& project, const Kpi& kpi,
                                           const Pointer& at) {
        for (const auto& [series, row] : rows_of(kpi)) {
            for (const auto& v : *series) {
                if (v.year < project.first_fiscal_year || v.year > project.last_fiscal_year) {
                    add("GK401",
                        concat(at.str(), "/", row, "/", std::to_string(v.year.gregorian())),
                        concat(kpi_name(kpi), " ", row, " for ", fy_text(v.year),
                               " is outside the project's fiscal years ",
                               fy_text(project.first_fiscal_year), " to ",
                               fy_text(project.last_fiscal_year)));
                }
            }
        }
    }

    // GK402: a year twice in one row, reported at its second and later columns, naming the
    // first. Only for a row whose years do not increase (an increasing row has no year twice).
    // The first column of each year is found by sorting the row's columns by year, not by
    // comparing each column with every earlier one: a row may have 9,000 years.
    GRANTKPI_COLD void check_repeated_years(const Kpi& kpi, bool plan_increasing,
                                            bool actual_increasing, const Pointer& at) {
        for (const auto& [series, row] : rows_of(kpi)) {
            if (series == &kpi.plan ? plan_increasing : actual_increasing) {
                continue;
            }
            const auto& cells = series->values;
            const std::vector<std::size_t> first =
                first_with_same_key(cells.size(), [&](std::size_t a, std::size_t b) {
                    return cells[a].year <=> cells[b].year;
                });
            for (std::size_t i = 0; i < cells.size(); ++i) {
                if (first[i] != i) {
                    const FiscalYear year = cells[i].year;
                    add("GK402", concat(at.str(), "/", row, "/", std::to_string(year.gregorian())),
                        concat(kpi_name(kpi), " ", row, " row has ", fy_text(year),
                               " twice (columns ", std::to_string(first[i] + 1), " and ",
                               std::to_string(i + 1), ")"));
                }
            }
        }
    }

    // GK403, for a non-increment KPI with a negative value.
    GRANTKPI_COLD void check_negative_values(const Kpi& kpi, const Pointer& at) {
        for_each_cell(kpi, [&](const Cell& cell) {
            if (is_negative(*cell.value)) {
                add("GK403", cell.pointer(at),
                    concat(kpi_name(kpi), " ", cell.name(), " is ", cell_text(*cell.value),
                           ", negative in a ", accumulation_name(kpi.accumulation),
                           " KPI; only an increment KPI (a yearly change) may be negative"));
            }
        });
    }

    // GK404: confirmed actuals in fiscal-year order must not fall. `in_year_order`: the
    // actual row's years increase, so its column order is the fiscal-year order.
    void check_cumulative(const Kpi& kpi, bool in_year_order, const Pointer& at) {
        const auto check_pair = [&](const PeriodValue& before, const PeriodValue& after) {
            if (*after.value.value() < *before.value.value()) {
                report_fall(kpi, before, after, at);
            }
        };
        if (in_year_order) {
            const PeriodValue* before = nullptr;
            for (const auto& v : kpi.actual) {
                if (v.value.is_confirmed()) {
                    if (before != nullptr) {
                        check_pair(*before, v);
                    }
                    before = &v;
                }
            }
            return;
        }
        // Columns out of order (or a year twice): sort the confirmed cells by year, keeping
        // the column order of equal years.
        std::vector<const PeriodValue*> confirmed;
        for (const auto& v : kpi.actual) {
            if (v.value.is_confirmed()) {
                confirmed.push_back(&v);
            }
        }
        std::stable_sort(
            confirmed.begin(), confirmed.end(),
            [](const PeriodValue* a, const PeriodValue* b) { return a->year < b->year; });
        for (std::size_t i = 1; i < confirmed.size(); ++i) {
            check_pair(*confirmed[i - 1], *confirmed[i]);
        }
    }

    GRANTKPI_COLD void report_fall(const Kpi& kpi, const PeriodValue& before,
                                   const PeriodValue& after, const Pointer& at) {
        add("GK404", concat(at.str(), "/actual/", std::to_string(after.year.gregorian())),
            concat(kpi_name(kpi), " is cumulative but its actual falls from ",
                   cell_text(before.value), " in ", fy_text(before.year), " to ",
                   cell_text(after.value), " in ", fy_text(after.year),
                   "; a running total cannot decrease"));
    }

    // GK405: a later year cannot be final while an earlier one is still a projection. Only
    // for a KPI with an expected actual. `in_year_order`: the actual row's years increase, so
    // the confirmed cell of the nearest later year is the next confirmed column. Linear or
    // O(n log n) in the row, never a scan of the row for each expected cell: a row may have
    // 9,000 years.
    GRANTKPI_COLD void check_expected_then_confirmed(const Kpi& kpi, bool in_year_order,
                                                     const Pointer& at) {
        const auto& cells = kpi.actual.values;
        // Columns out of order: the confirmed cells by year, equal years in column order, so
        // that the first with a later year is the nearest later year's first column.
        std::vector<const PeriodValue*> confirmed;
        if (!in_year_order) {
            for (const auto& v : cells) {
                if (v.value.is_confirmed()) {
                    confirmed.push_back(&v);
                }
            }
            std::stable_sort(
                confirmed.begin(), confirmed.end(),
                [](const PeriodValue* a, const PeriodValue* b) { return a->year < b->year; });
        }
        // In year order: the first confirmed column after the last expected one looked at; it
        // only moves forward.
        std::size_t next = 0;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const PeriodValue& v = cells[i];
            if (!v.value.is_expected()) {
                continue;
            }
            const PeriodValue* next_confirmed = nullptr;
            if (in_year_order) {
                if (next <= i) {
                    next = i + 1;
                    while (next < cells.size() && !cells[next].value.is_confirmed()) {
                        ++next;
                    }
                }
                if (next < cells.size()) {
                    next_confirmed = &cells[next];
                }
            } else {
                const auto later = std::upper_bound(
                    confirmed.begin(), confirmed.end(), v.year,
                    [](FiscalYear year, const PeriodValue* cell) { return year < cell->year; });
                if (later != confirmed.end()) {
                    next_confirmed = *later;
                }
            }
            if (next_confirmed != nullptr) {
                add("GK405", concat(at.str(), "/actual/", std::to_string(v.year.gregorian())),
                    concat(kpi_name(kpi), " actual for ", fy_text(v.year), " is expected (",
                           cell_text(v.value), ") but the later ", fy_text(next_confirmed->year),
                           " is confirmed (", cell_text(next_confirmed->value), ")"));
            }
        }
    }

    // GK406, for a percent KPI that is not an increment and has a value outside 0..100.
    GRANTKPI_COLD void check_percent_range(const Kpi& kpi, const Pointer& at) {
        for_each_cell(kpi, [&](const Cell& cell) {
            if (outside_percent_range(*cell.value)) {
                add("GK406", cell.pointer(at),
                    concat(kpi_name(kpi), " ", cell.name(), " is ", cell_text(*cell.value),
                           "%, outside 0..100"));
            }
        });
    }

    // GK407: the model keeps one unit per KPI (the text layout writes it on the plan row
    // only), so rows cannot disagree; what can disagree is the kind with the label.
    void check_unit_label(const Kpi& kpi, const Pointer& at) {
        const UnitKind label_kind = label_kinds_.classify(kpi.unit.label);
        if (label_kind != UnitKind::other && label_kind != kpi.unit.kind) {
            report_unit_label(kpi, label_kind, at);
        }
    }

    GRANTKPI_COLD void report_unit_label(const Kpi& kpi, UnitKind label_kind, const Pointer& at) {
        add("GK407", at + "/unit",
            concat(kpi_name(kpi), " unit kind is ", kind_name(kpi.unit.kind), " but its label \"",
                   kpi.unit.label, "\" denotes ", kind_name(label_kind)));
    }

    // GK408: the JSON format has the same years in both rows. Only for a KPI whose rows
    // differ in their years (or in their order). Each year is looked up in the other row's
    // years, sorted once, not searched for column by column: a row may have 9,000 years.
    GRANTKPI_COLD void check_years_in_both_rows(const Kpi& kpi, const Pointer& at) {
        const auto sorted_years = [](const Series& series) {
            std::vector<FiscalYear> years;
            years.reserve(series.size());
            for (const auto& v : series) {
                years.push_back(v.year);
            }
            std::sort(years.begin(), years.end());
            return years;
        };
        const std::vector<FiscalYear> plan_years = sorted_years(kpi.plan);
        const std::vector<FiscalYear> actual_years = sorted_years(kpi.actual);
        for (const auto& [series, row] : rows_of(kpi)) {
            const bool is_plan = series == &kpi.plan;
            const std::vector<FiscalYear>& other = is_plan ? actual_years : plan_years;
            const std::string_view other_row = is_plan ? "actual" : "plan";
            for (const auto& v : *series) {
                if (!std::binary_search(other.begin(), other.end(), v.year)) {
                    add("GK408",
                        concat(at.str(), "/", row, "/", std::to_string(v.year.gregorian())),
                        concat(kpi_name(kpi), " ", row, " row has ", fy_text(v.year), " but the ",
                               other_row, " row has no such column"));
                }
            }
        }
    }

    // GK409, for a KPI whose plan row has no value.
    GRANTKPI_COLD void report_no_plan_value(const Kpi& kpi, const Pointer& at) {
        add("GK409", at + "/plan",
            concat(kpi_name(kpi),
                   " has no plan value in any year: it cannot be judged against a target"));
    }

    // GK410, for a KPI whose direction is weak: its verdict on its latest judged year, the
    // way the evaluation gives it, and the verdict the other direction would give. They
    // differ unless the actual equals the plan.
    GRANTKPI_COLD void check_weak_direction(const Kpi& kpi, const Pointer& at) {
        const KpiEvaluation evaluation = evaluate_kpi(kpi);
        if (!evaluation.latest_year) {
            return;
        }
        const auto latest = std::find_if(
            evaluation.years.begin(), evaluation.years.end(),
            [&](const KpiYearEvaluation& y) { return y.year == *evaluation.latest_year; });
        if (latest == evaluation.years.end() || !latest->met ||
            *latest->actual.value() == *latest->plan.value()) {
            return;
        }
        const bool met = *latest->met;
        const Direction other =
            kpi.direction == Direction::increase ? Direction::decrease : Direction::increase;
        const Provenance& basis = kpi.direction_basis;
        std::string rests_on;
        if (basis.source == Source::assumed) {
            rests_on = basis.rule.empty()
                           ? std::string("assumed (nothing stated it, no rule fired)")
                           : concat("assumed (", basis.rule, ")");
        } else {
            rests_on = concat("inferred on weak evidence (rule: ",
                              basis.rule.empty() ? std::string_view("unnamed") : basis.rule, ")");
        }
        add("GK410", at + "/direction",
            concat(kpi_name(kpi), " direction ", direction_text(kpi.direction), " is ", rests_on,
                   ": on its latest judged year ", fy_text(latest->year), " the actual ",
                   cell_text(latest->actual), " against the plan ", cell_text(latest->plan),
                   met ? " is met" : " is not met", "; as ", direction_text(other), " it would ",
                   met ? "not be met" : "be met",
                   ". State the direction in an annotation file (grantkpi annotate INPUT -o FILE "
                   "writes one to edit) or in the JSON"));
    }

    static std::string_view direction_text(Direction direction) noexcept {
        return direction == Direction::increase ? "increase (higher is better)"
                                                : "decrease (lower is better)";
    }

    const Report* report_ = nullptr;
    LabelKinds& label_kinds_ = thread_label_kinds();
    std::vector<Diagnostic> found_;
};

#undef GRANTKPI_COLD

} // namespace

std::span<const ValidationRule> validation_rules() noexcept {
    return rules;
}

const ValidationRule* find_validation_rule(std::string_view code) noexcept {
    const auto it = std::find_if(rules.begin(), rules.end(),
                                 [&](const ValidationRule& rule) { return rule.code == code; });
    return it == rules.end() ? nullptr : &*it;
}

std::vector<Diagnostic> validate(const Report& report) {
    return Validator{}.run(report);
}

} // namespace grantkpi
