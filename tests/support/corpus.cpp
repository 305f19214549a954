// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "corpus.hpp"
#include "random.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>

namespace grantkpi::bench {
namespace {

/// A seed for one part of the corpus (a municipality, a block's joint projects).
std::uint64_t derive(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) {
    Random random(seed ^ (stream * 0xD1B54A32D192ED03ULL) ^ (index * 0x9E3779B97F4A7C15ULL));
    random.next();
    return random.next();
}

constexpr std::uint64_t municipality_stream = 1;
constexpr std::uint64_t joint_stream = 2;

// -------------------------------------------------------------------------- vocabulary

constexpr std::array<std::string_view, 40> name_heads = {
    "北", "南", "東", "西", "上", "下", "大", "小", "新", "高", "富士", "美", "白", "青",
    "緑", "若", "松", "桜", "山", "川", "中", "古", "本", "長", "石",   "岩", "朝", "旭",
    "宮", "浜", "清", "豊", "福", "森", "春", "秋", "鶴", "亀", "花",   "津"};
constexpr std::array<std::string_view, 30> name_tails = {
    "野", "田", "沢", "原", "川", "山", "島", "崎", "浦", "岡", "森", "井",   "谷",   "里", "瀬",
    "根", "平", "見", "部", "倉", "尾", "賀", "江", "浜", "城", "戸", "之内", "ヶ丘", "河", "代"};

// The municipality's kind, in the national proportions (792 / 743 / 183 / 23 of 1,741).
std::string_view municipality_suffix(Random& random) {
    const int n = random.between(1, national_municipalities);
    return n <= 792 ? "市" : (n <= 1535 ? "町" : (n <= 1718 ? "村" : "区"));
}

// Modifiers, subjects and endings of project names: 「デジタル技術を活用した」「イノベーション
// 創出」「推進事業」. Some carry ASCII letters, which some municipalities write full-width.
constexpr std::array<std::string_view, 16> project_modifiers = {
    "UIJターンによる",        "デジタル技術を活用した",
    "地域資源を活かした",     "官民連携による",
    "観光DXによる",           "ICTを活用した",
    "地域商社を核とした",     "スマート農業による",
    "関係人口の拡大に向けた", "インバウンド需要を取り込む",
    "子育て世代を呼び込む",   "空き家を活用した",
    "地域交通の再編による",   "ワーケーションを通じた",
    "大学と連携した",         "森林資源を活かした"};
constexpr std::array<std::string_view, 14> project_subjects = {"人材還流",
                                                               "イノベーション創出",
                                                               "地域産業の稼ぐ力向上",
                                                               "中心市街地活性化",
                                                               "観光誘客",
                                                               "担い手確保",
                                                               "起業・創業支援",
                                                               "地域ブランド化",
                                                               "DMO形成",
                                                               "販路拡大",
                                                               "移住・定住促進",
                                                               "健康まちづくり",
                                                               "雇用創出",
                                                               "グローバルビジネス拡大"};
constexpr std::array<std::string_view, 6> project_endings = {
    "事業", "推進事業", "促進事業", "プロジェクト", "支援事業", "強化事業"};

constexpr std::array<std::string_view, 8> description_openers = {
    "地域の稼ぐ力を高めるため、",         "首都圏からの人材還流を促進するため、",
    "人口減少に歯止めをかけるため、",     "官民連携により、",
    "地域の魅力を国内外に発信するため、", "若者の地元定着を図るため、",
    "地域経済の好循環を生み出すため、",   "関係人口の創出・拡大に向けて、"};
constexpr std::array<std::string_view, 10> description_middles = {
    "東京都内に相談窓口を常設し、対面やメール、電話でのカウンセリングを行うとともに、",
    "地元企業と求職者とのマッチングを支援し、",
    "合同企業説明会やインターンシップ等を開催するほか、",
    "SNSやホームページ等による情報発信を強化するとともに、",
    "先端技術を活用した実証実験に留まらない先進的なビジネスの創出を推進し、",
    "地域の事業者が連携して新商品の開発と販路の開拓に取り組み、",
    "空き家や遊休施設を改修してサテライトオフィスとして活用し、",
    "観光客の周遊を促す仕組みを構築するとともに、",
    "農林水産物の高付加価値化に取り組み、",
    "専門人材の派遣による伴走支援を行い、"};
constexpr std::array<std::string_view, 8> description_endings = {
    "移住・定住の促進を図る。",     "新たなビジネスの創出・拡大を図る。",
    "地域の稼ぐ力を成長させる。",   "交流人口の拡大を図る。",
    "地域産業の担い手を確保する。", "道内外からの投資を呼び込む。",
    "雇用の創出につなげる。",       "持続可能な地域づくりを進める。"};

/// A KPI as the reports state them: title, unit, how it is judged, and the size of its
/// yearly figures as a coefficient at `scale` fraction digits (3120 at scale 2 is 31.20).
struct KpiTemplate {
    std::string_view title;
    std::string_view unit;
    Direction direction;
    Accumulation accumulation;
    std::int64_t magnitude;
    int scale;
};

constexpr std::array<KpiTemplate, 22> kpi_templates = {{
    {"窓口を利用した就職内定件数", "件", Direction::increase, Accumulation::level, 150, 0},
    {"本事業に基づく移住就業者数", "人", Direction::increase, Accumulation::level, 12, 0},
    {"本事業によって創出した新規雇用者数", "人", Direction::increase, Accumulation::level, 40, 0},
    {"観光入込客数", "千人", Direction::increase, Accumulation::level, 850, 0},
    {"宿泊者数", "人泊", Direction::increase, Accumulation::level, 52000, 0},
    {"本事業によって創出した新ビジネスの件数", "件", Direction::increase, Accumulation::level, 6,
     0},
    {"プロジェクトに参画した企業数", "社", Direction::increase, Accumulation::level, 450, 0},
    {"地域産品の販売額", "千円", Direction::increase, Accumulation::level, 385000, 0},
    {"商談会による成約輸出額", "千円", Direction::increase, Accumulation::level, 550000, 1},
    {"施策による海外からの投資件数", "件", Direction::increase, Accumulation::level, 4, 0},
    {"本事業の参加者のうち満足と回答した人の割合", "%", Direction::increase, Accumulation::level,
     7500, 2},
    {"テレワークを導入した市内企業の割合", "%", Direction::increase, Accumulation::level, 312, 1},
    {"待機児童数", "人", Direction::decrease, Accumulation::level, 80, 0},
    {"市内の空き家の件数", "件", Direction::decrease, Accumulation::level, 1400, 0},
    {"移住相談の平均待ち日数", "日", Direction::decrease, Accumulation::level, 145, 1},
    {"社会動態の増減数", "人", Direction::increase, Accumulation::increment, 250, 0},
    {"外国人居住者の増加数", "人", Direction::increase, Accumulation::increment, 2300, 0},
    {"創業支援による起業件数", "件", Direction::increase, Accumulation::cumulative, 20, 0},
    {"マッチングによる成約件数", "件", Direction::increase, Accumulation::cumulative, 60, 0},
    {"新規就農者数", "人", Direction::increase, Accumulation::cumulative, 8, 0},
    {"ふるさと納税の寄附額", "千円", Direction::increase, Accumulation::level, 120000, 0},
    {"サテライトオフィスの利用者数", "人回", Direction::increase, Accumulation::level, 900, 0},
}};

constexpr std::array<std::string_view, 3> kpi_title_prefixes = {"", "本事業による",
                                                                "事業実施による"};

// ------------------------------------------------------------------------------ helpers

std::string fiscal_year_text(int year) {
    return to_string(FiscalYear{year}, FiscalYearStyle::era_short);
}

/// `v x percent / 100`, in integers.
std::int64_t percent_of(std::int64_t v, std::int64_t percent) {
    return v * percent / 100;
}

/// The municipality's name: deterministic from its index (names repeat beyond 1,200 or so,
/// as 府中市 and 府中町 do).
std::string municipality_name(std::uint64_t seed, int index) {
    Random random(derive(seed, municipality_stream, static_cast<std::uint64_t>(index)) ^ 0x5A5A);
    std::string name(name_heads[static_cast<std::size_t>(index) % name_heads.size()]);
    name += name_tails[(static_cast<std::size_t>(index) / name_heads.size()) % name_tails.size()];
    name += municipality_suffix(random);
    return name;
}

/// Blocks of 37 municipalities (1,741 / 47) stand for a prefecture: they share joint
/// projects with it. The partner is written as the municipalities write it.
constexpr int block_size = 37;
constexpr int prefectures = 47;

std::string_view prefecture_partner(int block) {
    const int prefecture = block % prefectures;
    if (prefecture == 0) {
        return "道"; // Hokkaido
    }
    if (prefecture == 12) {
        return "都"; // Tokyo
    }
    if (prefecture == 25 || prefecture == 26) {
        return "府"; // Kyoto, Osaka
    }
    return "県";
}

std::string project_name(Random& random) {
    std::string name(random.pick(project_modifiers));
    name += random.pick(project_subjects);
    name += random.pick(project_endings);
    return name;
}

std::string description_paragraph(Random& random) {
    std::string text(random.pick(description_openers));
    const int first = random.between(0, static_cast<int>(description_middles.size()) - 1);
    text += description_middles[static_cast<std::size_t>(first)];
    if (random.chance(50)) { // a second, different one
        const int step = random.between(1, static_cast<int>(description_middles.size()) - 1);
        text += description_middles[static_cast<std::size_t>(first + step) %
                                    description_middles.size()];
    }
    text += random.pick(description_endings);
    return text;
}

/// The same name as another participant writes it: ASCII letters full-width (ＵＩＪ), or a
/// space between the modifier and the subject. evaluate_collection matches them all.
std::string name_variant(std::string_view name, Random& random) {
    const int shape = random.between(1, 10);
    std::string out;
    if (shape <= 1) {
        for (const char c : name) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                const auto cp = static_cast<unsigned>(c) + 0xFEE0U; // U+FF21.. in 3 bytes
                out += static_cast<char>(0xE0 | (cp >> 12));
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                out += c;
            }
        }
        return out;
    }
    if (shape <= 2) {
        // After the modifier's last kana (した, よる, 向けた ... end in a 3-byte character).
        for (const std::string_view modifier : project_modifiers) {
            if (name.substr(0, modifier.size()) == modifier) {
                return std::string(modifier) + " " + std::string(name.substr(modifier.size()));
            }
        }
    }
    return std::string(name);
}

// --------------------------------------------------------------------------------- KPIs

struct Columns {
    int first = 0;
    int years = 0;
};

Observation cell(std::int64_t coefficient, int scale, bool expected) {
    const Decimal value{coefficient, scale};
    return expected ? Observation::expected(value) : Observation::confirmed(value);
}

/// A KPI of `tmpl` over the project's years, with the municipality's own figures.
Kpi make_kpi(Random& random, const KpiTemplate& tmpl, int number, Columns columns,
             bool without_plan) {
    Kpi kpi;
    kpi.number = number;
    const std::string_view prefix = random.pick(kpi_title_prefixes);
    kpi.title = tmpl.title.starts_with("本事業") ? std::string(tmpl.title)
                                                 : std::string(prefix) + std::string(tmpl.title);
    if (tmpl.accumulation == Accumulation::cumulative) {
        kpi.title += " (" + std::to_string(columns.years) + "年累計)";
    }
    kpi.unit = Unit::from_label(tmpl.unit);
    kpi.direction = tmpl.direction;
    kpi.accumulation = tmpl.accumulation;
    const int scale = tmpl.scale;
    const std::int64_t cap = tmpl.unit == "%" ? 100 * Decimal::power_of_ten(scale) : 0;
    auto capped = [&](std::int64_t v) {
        return cap > 0 ? std::min(v, cap) : v;
    };

    const std::int64_t base = std::max<std::int64_t>(
        1, percent_of(tmpl.magnitude, random.between(std::int64_t{40}, std::int64_t{160})));
    std::vector<std::int64_t> plans(static_cast<std::size_t>(columns.years));
    std::vector<std::int64_t> actuals(plans.size());
    const bool zero_first_plan =
        tmpl.accumulation == Accumulation::level && tmpl.direction == Direction::increase &&
        random.chance(6); // a first year without a target yet: plan 0 (the seed's 0, 5, 5)
    switch (tmpl.accumulation) {
    case Accumulation::level: {
        if (tmpl.direction == Direction::increase) {
            const std::int64_t step =
                std::max<std::int64_t>(1, percent_of(base, random.between(3, 25)));
            for (std::size_t y = 0; y < plans.size(); ++y) {
                plans[y] = capped(base + step * static_cast<std::int64_t>(y + 1));
                actuals[y] = capped(percent_of(plans[y], random.between(55, 145)));
            }
        } else {
            // Strictly falling below the baseline: what a reader infers as "lower is better".
            const std::int64_t step =
                std::max<std::int64_t>(1, percent_of(base, random.between(4, 12)));
            const std::int64_t start = std::max(base, step * (columns.years + 2));
            for (std::size_t y = 0; y < plans.size(); ++y) {
                plans[y] = start - step * static_cast<std::int64_t>(y + 1);
                actuals[y] = percent_of(plans[y], random.between(70, 135));
            }
        }
        if (zero_first_plan) {
            plans[0] = 0;
            actuals[0] = random.between(std::int64_t{0}, std::int64_t{3});
        }
        const bool baseline =
            !zero_first_plan && random.chance(tmpl.direction == Direction::decrease ? 100 : 65);
        if (baseline) {
            const std::int64_t before =
                tmpl.direction == Direction::decrease ? std::max(base, plans[0] + 1) : capped(base);
            kpi.baseline.plan = cell(before, scale, false);
            // The actual row's 当初値 may differ from the plan row's (916 vs 700 in the seed).
            kpi.baseline.actual = random.chance(35)
                                      ? cell(capped(percent_of(before, random.between(85, 130))),
                                             scale, random.chance(5))
                                      : cell(before, scale, false);
        }
        break;
    }
    case Accumulation::cumulative: {
        std::int64_t plan_total = 0;
        std::int64_t actual_total = 0;
        for (std::size_t y = 0; y < plans.size(); ++y) {
            plan_total += base;
            actual_total += percent_of(base, random.between(40, 160));
            plans[y] = plan_total;
            actuals[y] = actual_total;
        }
        if (random.chance(30)) {
            kpi.baseline = Baseline{cell(0, scale, false), cell(0, scale, false), {}};
        }
        break;
    }
    case Accumulation::increment:
        // A yearly change: the actual may fall (-3,760 foreign residents in the seed).
        for (std::size_t y = 0; y < plans.size(); ++y) {
            plans[y] = percent_of(base, random.between(50, 150));
            actuals[y] = percent_of(plans[y], random.between(-160, 160));
        }
        break;
    }

    for (std::size_t y = 0; y < plans.size(); ++y) {
        const int year = columns.first + static_cast<int>(y);
        const FiscalYear fy{year};
        // Plans: all set, except a few gaps in level KPIs that rise, and none at all in
        // joint projects whose targets are the prefecture's.
        Observation plan = cell(plans[y], scale, false);
        if (without_plan || (y > 0 && tmpl.accumulation == Accumulation::level &&
                             tmpl.direction == Direction::increase && random.chance(3))) {
            plan = Observation::not_set();
        }
        kpi.plan.values.push_back(PeriodValue{fy, plan});
        // Actuals: confirmed up to the year before the edition, mostly expected (見込) in the
        // edition's year, not yet reported after it.
        Observation actual;
        if (year < corpus_fiscal_year) {
            actual = random.chance(96) ? cell(actuals[y], scale, false) : Observation::not_set();
        } else if (year == corpus_fiscal_year) {
            const int shape = random.between(1, 100);
            const bool adopted_this_year = columns.first == corpus_fiscal_year;
            if (shape <= (adopted_this_year ? 45 : 65)) {
                actual = cell(actuals[y], scale, true);
            } else if (shape <= (adopted_this_year ? 55 : 85)) {
                actual = cell(actuals[y], scale, false);
            }
        }
        kpi.actual.values.push_back(PeriodValue{fy, actual});
    }
    return kpi;
}

std::vector<const KpiTemplate*> pick_templates(Random& random) {
    std::vector<const KpiTemplate*> picked;
    const int count = random.between(2, 4);
    while (static_cast<int>(picked.size()) < count) {
        const KpiTemplate* t = &random.pick(kpi_templates);
        if (std::find(picked.begin(), picked.end(), t) == picked.end()) {
            picked.push_back(t);
        }
    }
    return picked;
}

int project_years(Random& random) {
    const int shape = random.between(1, 100);
    return shape <= 45 ? 3 : (shape <= 60 ? 4 : (shape <= 85 ? 5 : 6));
}

// ------------------------------------------------------------------------ joint projects

/// A project a block's municipalities run jointly with their prefecture: each participant
/// reports it with its own actuals.
struct JointProject {
    int fiscal_year = 0;
    int years = 0;
    std::string name;
    std::int64_t total_budget = 0;
    std::vector<const KpiTemplate*> kpis;
    bool prefecture_targets = false; // no plan values: the targets are the prefecture's
};

constexpr int joint_projects_per_block = 10;

std::vector<JointProject> joint_projects(std::uint64_t seed, int block) {
    Random random(derive(seed, joint_stream, static_cast<std::uint64_t>(block)));
    std::vector<JointProject> pool;
    std::set<std::string> names;
    while (static_cast<int>(pool.size()) < joint_projects_per_block) {
        JointProject p;
        p.fiscal_year = random.between(2016, corpus_fiscal_year);
        p.years = project_years(random);
        p.name = project_name(random);
        p.total_budget = random.between(std::int64_t{40'000}, std::int64_t{400'000});
        p.kpis = pick_templates(random);
        p.prefecture_targets = random.chance(35);
        if (names.insert(p.name).second) {
            pool.push_back(std::move(p));
        }
    }
    return pool;
}

// ------------------------------------------------------------------------------ reports

struct PlannedProject {
    int fiscal_year = 0;
    const JointProject* joint = nullptr; // null: the municipality's own project
};

std::string_view scheme_of(int fiscal_year) {
    return fiscal_year >= 2023 ? "デジタル田園都市国家構想交付金" : "地方創生推進交付金";
}

} // namespace

Report corpus_report(const CorpusOptions& options, int index) {
    Random random(derive(options.seed, municipality_stream, static_cast<std::uint64_t>(index)));
    const std::string municipality = municipality_name(options.seed, index);
    const int block = index / block_size;
    const std::string partner(prefecture_partner(block));

    // Which projects, in which rounds.
    std::vector<PlannedProject> planned;
    const std::vector<JointProject> pool = joint_projects(options.seed, block);
    const int project_count = random.between(3, 12);
    int joint_count = random.chance(40) ? (random.chance(30) ? 2 : 1) : 0;
    while (joint_count > 0) {
        const JointProject* j =
            &pool[static_cast<std::size_t>(random.between(0, joint_projects_per_block - 1))];
        if (std::none_of(planned.begin(), planned.end(),
                         [&](const PlannedProject& p) { return p.joint == j; })) {
            planned.push_back(PlannedProject{j->fiscal_year, j});
            --joint_count;
        }
    }
    const int own_count = std::max(1, project_count - static_cast<int>(planned.size()));
    std::vector<int> years; // the rounds of the own projects: 1 to 4 adoption years
    for (int n = random.between(1, std::min(4, own_count)); n > 0;) {
        const int year = random.between(2016, corpus_fiscal_year);
        if (std::find(years.begin(), years.end(), year) == years.end()) {
            years.push_back(year);
            --n;
        }
    }
    for (int p = 0; p < own_count; ++p) {
        // Each round has a project; the others go to any of them.
        const auto at =
            p < static_cast<int>(years.size())
                ? static_cast<std::size_t>(p)
                : static_cast<std::size_t>(random.between(0, static_cast<int>(years.size()) - 1));
        planned.push_back(PlannedProject{years[at], nullptr});
    }
    std::set<int> round_years;
    for (const auto& p : planned) {
        round_years.insert(p.fiscal_year);
    }
    // Sometimes a year without new adoption, noted as such (the seed's R3).
    int empty_round = 0;
    if (random.chance(12)) {
        const int year = random.between(2017, corpus_fiscal_year);
        if (round_years.insert(year).second) {
            empty_round = year;
        }
    }

    Report report;
    if (random.chance(70)) {
        report.title = municipality + "の地方創生推進交付金事業の実施状況";
    }
    report.municipality = municipality;
    std::set<std::string> names; // unique within the report, so that text overrides apply
    for (const auto& p : planned) {
        if (p.joint != nullptr) {
            names.insert(p.joint->name);
        }
    }
    int adopted_in_edition_year = 0;
    for (const int year : round_years) {
        Round round;
        round.fiscal_year = FiscalYear{year};
        round.scheme = std::string(scheme_of(year));
        round.national_share = Fraction{1, 2};
        const int duration = random.chance(60) ? 3 : 5;
        round.duration_years = duration;
        if (year == empty_round) {
            round.notes.push_back(fiscal_year_text(year) + "年度" + round.scheme +
                                  "については新規採択事業なし。");
        }
        int longest_other = 0;
        for (const auto& plan : planned) {
            if (plan.fiscal_year != year) {
                continue;
            }
            Project project;
            int years_run = 0;
            std::vector<const KpiTemplate*> templates;
            bool without_plan = false;
            if (plan.joint != nullptr) {
                const JointProject& j = *plan.joint;
                project.name = name_variant(j.name, random);
                project.application = Application::joint;
                project.partners.push_back(partner);
                if (random.chance(55)) {
                    project.budget = Money{Decimal{j.total_budget}};
                    project.budget_scope = BudgetScope::joint_total;
                } else {
                    project.budget =
                        Money{Decimal{percent_of(j.total_budget, random.between(5, 30))}};
                }
                years_run = j.years;
                templates = j.kpis;
                without_plan = j.prefecture_targets;
            } else {
                do {
                    project.name = project_name(random);
                } while (!names.insert(project.name).second);
                if (random.chance(3)) { // with the neighbouring towns
                    project.application = Application::joint;
                    project.partners.push_back(municipality_name(options.seed, index + 1));
                    if (random.chance(40)) {
                        project.partners.push_back(municipality_name(options.seed, index + 2));
                    }
                }
                project.budget =
                    Money{Decimal{random.between(std::int64_t{1'500}, std::int64_t{60'000})}};
                years_run = project_years(random);
                templates = pick_templates(random);
            }
            for (int n = random.between(1, 2); n > 0; --n) {
                project.description.push_back(description_paragraph(random));
            }
            project.national_share = *round.national_share;
            project.first_fiscal_year = FiscalYear{year};
            project.last_fiscal_year = FiscalYear{year + years_run - 1};
            if (years_run != duration) {
                project.notes.push_back(fiscal_year_text(year + years_run - 1) + "年度まで" +
                                        std::to_string(years_run) + "年間実施予定");
                longest_other = std::max(longest_other, years_run);
            }
            int number = 1;
            for (const KpiTemplate* t : templates) {
                project.kpis.push_back(
                    make_kpi(random, *t, number++, Columns{year, years_run}, without_plan));
            }
            if (project.application == Application::joint && !project.partners.empty() &&
                random.chance(70)) {
                project.notes.push_back(municipality + "の実績値のみ記載");
            }
            adopted_in_edition_year += year == corpus_fiscal_year ? 1 : 0;
            round.projects.push_back(std::move(project));
        }
        if (longest_other > 0) {
            round.duration_note = "一部は" + std::to_string(longest_other) + "年間";
        }
        report.rounds.push_back(std::move(round));
    }
    if (random.chance(60)) {
        report.notes.push_back(fiscal_year_text(corpus_fiscal_year) + "年度は新規採択事業" +
                               (adopted_in_edition_year > 0
                                    ? std::to_string(adopted_in_edition_year) + "件あり。"
                                    : std::string("なし。")));
    }
    return report;
}

std::vector<Report> generate_corpus(const CorpusOptions& options) {
    std::vector<Report> reports;
    reports.reserve(static_cast<std::size_t>(options.municipalities));
    for (int i = 0; i < options.municipalities; ++i) {
        reports.push_back(corpus_report(options, i));
    }
    return reports;
}

TextReadOptions text_options(const Report& report) {
    TextReadOptions options;
    options.municipality = report.municipality;
    for (const Round& round : report.rounds) {
        for (const Project& project : round.projects) {
            for (const Kpi& kpi : project.kpis) {
                options.overrides.push_back(
                    KpiOverride{project.name, kpi.number, kpi.direction, kpi.accumulation});
            }
        }
    }
    return options;
}

} // namespace grantkpi::bench
