// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/kpi_inference.hpp>

#include <grantkpi/evaluate.hpp>
#include <grantkpi/text_reader.hpp>

#include <support/seed.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace grantkpi;

constexpr Direction dec = Direction::decrease;
constexpr Direction inc = Direction::increase;

Observation value(std::int64_t v) {
    return Observation::confirmed(Decimal{v, 0});
}

/// A plan row from FY2020 on; nullopt is a not-set cell.
Series plan_of(const std::vector<std::optional<std::int64_t>>& cells) {
    Series s;
    int year = 2020;
    for (const auto& c : cells) {
        s.values.push_back(PeriodValue{FiscalYear{year++}, c ? value(*c) : Observation{}});
    }
    return s;
}

Baseline baseline_of(std::optional<std::int64_t> plan) {
    Baseline b;
    if (plan) {
        b.plan = value(*plan);
    }
    return b;
}

struct TitleCase {
    std::string_view title;
    Direction direction;
    Source source;
    std::string_view rule;
    bool uncertain;
};

void check_titles(std::initializer_list<TitleCase> cases) {
    for (const TitleCase& c : cases) {
        CAPTURE(c.title);
        const DirectionInference got = infer_kpi_direction(c.title, Baseline{}, Series{});
        CHECK(got.direction == c.direction);
        CHECK(got.basis.source == c.source);
        CHECK(got.basis.rule == c.rule);
        CHECK(got.basis.uncertain == c.uncertain);
    }
}

constexpr Source inferred = Source::inferred;
constexpr Source assumed = Source::assumed;

TEST_SUITE("kpi_inference") {
    TEST_CASE("direction: titles of lower-is-better quantities") {
        // Each title as municipalities write them; the direction is decided by its meaning.
        check_titles({
            {"保育所の待機児童数（4月1日時点）", dec, inferred, "title: 待機児童", false},
            {"本事業による市民窓口の平均待ち時間（分）", dec, inferred, "title: 待ち時間", false},
            {"特別養護老人ホームの入所待機者数（人）", dec, inferred, "title: 待機者", false},
            {"町外への転出者数（人）", dec, inferred, "title: 転出", false},
            {"転出超過数（日本人住民）", dec, inferred, "title: 転出超過", false},
            {"中心市街地の空き店舗数", dec, inferred, "title: 空き店舗", false},
            {"商店街の空き店舗率（％）", dec, inferred, "title: 空き店舗", false},
            {"市内の空き家数（住宅・土地統計調査）", dec, inferred, "title: 空き家", false},
            {"新規学卒者の３年以内離職率", dec, inferred, "title: 離職率", false},
            // The support comes first; what is measured is the rate of leaving.
            {"本事業の支援を受けた企業の従業員離職率", dec, inferred, "title: 離職率", false},
            {"町内の交通事故発生件数（件）", dec, inferred, "title: 事故", false},
            {"交通事故による死亡者数", dec, inferred, "title: 死亡", false},
            {"刑法犯認知件数", dec, inferred, "title: 刑法犯", false},
            {"特殊詐欺の被害額（千円）", dec, inferred, "title: 被害", false},
            {"小中学校の不登校児童生徒数", dec, inferred, "title: 不登校", false},
            {"小学校の長期欠席児童数", dec, inferred, "title: 欠席", false},
            {"耕作放棄地面積（ha）", dec, inferred, "title: 耕作放棄地", false},
            {"遊休農地の面積", dec, inferred, "title: 遊休農地", false},
            {"１人１日当たりのごみ排出量（ｇ）", dec, inferred, "title: ごみ排出量", false},
            {"市の事務事業に伴う温室効果ガス排出量（t-CO2）", dec, inferred, "title: 温室効果ガス",
             false},
            {"ＣＯ２排出量（ｔ）", dec, inferred, "title: 排出量", false},
            {"国民健康保険の一人当たり医療費（千円）", dec, inferred, "title: 医療費", false},
            {"特定健診の未受診者の割合", dec, inferred, "title: 未受診", false},
            {"子育て世帯の経済的負担感（％）", dec, inferred, "title: 負担", false},
            {"運動習慣のない人の割合（％）", dec, inferred, "title: ない人", false},
            {"朝食を欠食する児童の割合", dec, inferred, "title: 欠食", false},
            {"介護保険の要介護認定率", dec, inferred, "title: 要介護", false},
            {"職員１人当たりの時間外勤務時間数（月平均）", dec, inferred, "title: 時間外勤務",
             false},
            {"市役所窓口での手続きの所要時間の短縮（分）", dec, inferred, "title: 所要時間", false},
            {"観光シーズンの主要道路の渋滞長（km）", dec, inferred, "title: 渋滞", false},
            {"公共施設の維持管理費（千円）", dec, inferred, "title: 維持管理費", false},
            {"市営住宅の空室率", dec, inferred, "title: 空室", false},
            {"人口の社会減数", dec, inferred, "title: 社会減", false},
            {"人口減少率（％）", dec, inferred, "title: 人口減少", false},
            {"家庭系食品ロスの発生量（ｔ）", dec, inferred, "title: 食品ロス", false},
            {"不法投棄の件数", dec, inferred, "title: 不法投棄", false},
            {"保育所入所までの待機日数", dec, inferred, "title: 待機日数", false},
            {"鳥獣による農作物被害額（千円）", dec, inferred, "title: 被害", false},
            {"市内事業所の廃業件数", dec, inferred, "title: 廃業", false},
            {"若年層の人口流出数", dec, inferred, "title: 流出", false},
        });
    }

    TEST_CASE("direction: titles of higher-is-better quantities, with and without a marker") {
        check_titles({
            {"町の総人口（人口減少の抑制）", inc, inferred, "title: 人口減少の抑制", false},
            {"空き家バンク登録件数", inc, inferred, "title: 空き家バンク", false},
            {"空き家の解消件数（件）", inc, inferred, "title: 空き家の解消", false},
            {"本事業による空き家の活用件数", inc, inferred, "title: 空き家の活用", false},
            {"空き店舗への出店件数（件）", inc, inferred, "title: 空き店舗への出店", false},
            // A relative clause: the vacant houses counted are those brought into use.
            {"本事業により活用された空き家の件数", inc, inferred, "title: 活用", false},
            {"改修補助を活用して移住者が入居した空き家数", inc, inferred, "title: 入居", false},
            {"空き家バンクを通じた成約件数", inc, inferred, "title: 空き家バンク", false},
            // Not an action upon the houses: the project's aim.
            {"移住定住促進事業における空き家数", dec, inferred, "title: 空き家", false},
            {"空き家の除却件数", inc, inferred, "title: 除却", false},
            {"待機児童の解消に向けた保育定員の拡大数（人）", inc, inferred, "title: 定員の拡大",
             false},
            {"待機児童解消のための受入枠の確保数", inc, inferred, "title: 受入枠", false},
            {"ＣＯ２削減に取り組む事業者数", inc, inferred, "title: 取り組", false},
            {"交通事故防止講座の参加者数", inc, inferred, "title: 参加", false},
            {"離職防止セミナーの受講者数", inc, inferred, "title: 受講", false},
            {"耕作放棄地の解消面積（ha）", inc, inferred, "title: 解消", false},
            {"ごみの資源化率（％）", inc, inferred, "title: 資源化", false},
            {"CO2削減量（t-CO2）", inc, inferred, "title: 削減量", false},
            {"二酸化炭素排出量の削減率（平成25年度比）", inc, inferred, "title: 削減率", false},
            {"業務効率化による事務処理時間の削減時間（時間）", inc, inferred, "title: 削減時間",
             false},
            {"特定健診受診率（％）", inc, inferred, "title: 受診", false},
            {"転入超過数", inc, inferred, "title: 転入超過", false},
            {"社会増減数（人）", inc, inferred, "title: 社会増減", false},
            {"年間出生数", inc, inferred, "title: 出生", false},
            {"生産年齢人口（15～64歳）", inc, inferred, "title: 人口", false},
            {"関係人口の創出数", inc, inferred, "title: 創出", false},
            {"高齢者の健康維持教室の参加者数", inc, inferred, "title: 参加", false},
            {"農家戸数の減少の抑制（戸）", inc, inferred, "title: 減少の抑制", false},
            {"保育士の確保数", inc, inferred, "title: 確保", false},
            {"通学路への防犯カメラの設置台数", inc, inferred, "title: 設置", false},
            {"新規就農者数（人）", inc, inferred, "title: 就農", false},
            {"離職後の再就職者数", inc, inferred, "title: 就職", false},
            {"若者の地元定着率（％）", inc, inferred, "title: 定着", false},
            // Weak: a rate of reduction, whose subject decides whether it is an achievement.
            {"空き家の減少率", inc, inferred, "title: 減少率", true},
        });
    }

    TEST_CASE("direction: titles where a nearby word would mislead") {
        check_titles({
            {"非正規雇用率", dec, inferred, "title: 非正規雇用", false},
            {"保育所入所待ち児童数", dec, inferred, "title: 待ち児童", false},
            {"子育てに不安を感じる保護者の割合", dec, inferred, "title: 不安", false},
            {"社会動態（転入者数－転出者数）", inc, inferred, "title: 社会動態", false},
            {"空き家等の適正管理件数", inc, inferred, "title: 適正管理", false},
            {"保育所定員割れの施設数", dec, inferred, "title: 定員割れ", false},
            {"不登校児童生徒の学校復帰率", inc, inferred, "title: 復帰", false},
            {"ごみ減量化率", inc, inferred, "title: 減量化率", false},
            {"一人当たり医療費の抑制額", inc, inferred, "title: 抑制額", false},
            {"医療費の伸びの抑制", dec, inferred, "title: 医療費", false},
            {"耕作放棄地の発生防止面積", inc, inferred, "title: 防止面積", false},
            {"荒廃農地の再生利用面積", inc, inferred, "title: 利用", false},
            {"住み続けたいと思わない人の割合", dec, inferred, "title: ない人", false},
            {"15歳から29歳の転出超過数の抑制", dec, inferred, "title: 転出超過", false},
            {"生産年齢人口の減少数", dec, inferred, "title: 人口の減少", false},
            {"待機児童数の削減", dec, inferred, "title: 待機児童", false},
            {"待機児童の解消", dec, inferred, "title: 待機児童の解消", false},
            {"待機児童解消率", inc, inferred, "title: 待機児童解消率", false},
            {"待機児童の解消数（人）", inc, inferred, "title: 待機児童の解消数", false},
            {"交通事故死者数", dec, inferred, "title: 死者", false},
            {"温室効果ガス削減量（t-CO2）", inc, inferred, "title: 削減量", false},
            {"危険空き家の除却件数", inc, inferred, "title: 除却", false},
            {"人口の社会減の抑制", dec, inferred, "title: 社会減", false},
            {"要介護認定率", dec, inferred, "title: 要介護", false},
            {"予防接種率", inc, inferred, "title: 接種", false},
            {"未就学児の保護者の満足度", inc, inferred, "title: 満足度", false},
            {"医師不足地域への医師派遣数", inc, inferred, "title: 派遣", false},
            {"公共施設の削減面積", inc, inferred, "title: 削減面積", false},
            {"二次救急の受入不可件数", dec, inferred, "title: 不可", false},
            {"救急車の現場到着時間", dec, inferred, "title: 到着時間", false},
            {"買い物弱者の数", dec, inferred, "title: 弱者", false},
            {"メタボリックシンドローム該当者の割合", dec, inferred, "title: メタボ", false},
            {"鳥獣被害防止のための捕獲数", inc, inferred, "title: 捕獲", false},
            {"避難行動要支援者の個別計画作成率", inc, inferred, "title: 作成", false},
            {"要支援・要介護認定者数", dec, inferred, "title: 要介護", false},
            {"糖尿病性腎症による新規透析導入患者数", dec, inferred, "title: 透析導入", false},
            {"12歳児の一人平均むし歯数（本）", dec, inferred, "title: むし歯", false},
            {"駅周辺の放置自転車の撤去台数", inc, inferred, "title: 撤去", false},
            {"駅周辺の放置自転車台数", dec, inferred, "title: 放置", false},
            {"海岸のごみ拾いイベントの開催回数", inc, inferred, "title: ごみ拾い", false},
            {"年間総実労働時間の短縮", dec, inferred, "title: 労働時間", false},
            {"住宅団地の空き区画の分譲件数", inc, inferred, "title: 分譲", false},
            {"温室効果ガス排出量の削減割合", inc, inferred, "title: 削減割合", false},
            {"学校給食の残食率", dec, inferred, "title: 残食", false},
            {"後継者不在の事業者数", dec, inferred, "title: 後継者不在", false},
        });
    }

    TEST_CASE("direction: titles that say nothing, and tags that are not the quantity") {
        check_titles({
            {"観光入込客数（千人）", inc, assumed, "no rule fired", true},
            {"ふるさと納税の寄附件数", inc, assumed, "no rule fired", true},
            {"道の駅の売上額（千円）", inc, assumed, "no rule fired", true},
            // 【…】 names the programme, not the quantity: never read.
            {"農業産出額【耕作放棄地の解消】", inc, assumed, "no rule fired", true},
            {"転出者数【移住・定住促進】", dec, inferred, "title: 転出", false},
            {"【子育て支援】保育所待機児童数", dec, inferred, "title: 待機児童", false},
            // (…) decides when nothing outside it does.
            {"地域の安全度（刑法犯認知件数）", dec, inferred, "title: 刑法犯", false},
            {"暮らしやすさの指標（転出超過数）", dec, inferred, "title: 転出超過", false},
            // Outside beats (…): the moving out is measured, the gloss names the aim.
            {"転出者数（人口減少の抑制）", dec, inferred, "title: 転出", false},
        });
    }

    TEST_CASE("direction: the title is normalised before matching") {
        check_titles({
            {"ｺﾞﾐ排出量（ｔ）", dec, inferred, "title: ゴミ排出量", false}, // half-width kana
            {"家庭のﾌｰﾄﾞﾛｽ量", dec, inferred, "title: フードロス", false},  // ﾄﾞ -> ド
            {"中心市街地の空き 店舗 数", dec, inferred, "title: 空き店舗", false}, // spaces
            {"co2 排出量", dec, inferred, "title: 排出量", false},                 // case
            {"ＣＯ₂の排出量", dec, inferred, "title: 排出量", false},  // full-width, subscript
            {"待機　児童数", dec, inferred, "title: 待機児童", false}, // ideographic space
        });
    }

    TEST_CASE("direction: the plan's trend, alone and against the title") {
        struct TrendCase {
            std::string_view what;
            std::string_view title;
            Baseline baseline;
            Series plan;
            Direction direction;
            Source source;
            std::string_view rule;
            bool uncertain;
        };
        const std::string_view neutral = "市民アンケートの指標値";
        const std::string_view falls = "plan falls from the baseline";
        Baseline actual_only;
        actual_only.actual = value(8);
        const std::vector<TrendCase> cases = {
            // The issue's waiting list: 8 -> 5, 5, 0 (today's rule said increase).
            {"waiting list", "保育所の待機児童数", baseline_of(8), plan_of({5, 5, 0}), dec,
             inferred, "title: 待機児童", false},
            {"the same trend, no title word", neutral, baseline_of(8), plan_of({5, 5, 0}), dec,
             inferred, falls, true},
            {"a waiting time with one flat year", "窓口の平均待ち時間（分）", baseline_of(30),
             plan_of({25, 25, 20}), dec, inferred, "title: 待ち時間", false},
            {"one flat year, no title word", neutral, baseline_of(30), plan_of({25, 25, 20}), dec,
             inferred, falls, true},
            {"moving out, no baseline", "町外への転出者数", baseline_of(std::nullopt),
             plan_of({120, 110, 100}), dec, inferred, "title: 転出", false},
            {"no baseline, no title word", neutral, baseline_of(std::nullopt),
             plan_of({120, 110, 100}), dec, inferred, falls, true},
            {"the actual row's baseline when the plan row has none", neutral, actual_only,
             plan_of({5}), dec, inferred, falls, true},
            {"not-set cells are skipped", neutral, baseline_of(10),
             plan_of({std::nullopt, 8, std::nullopt, 6}), dec, inferred, falls, true},
            // The issue's population: the target falls because the decline is to be slowed.
            {"population, slowed decline", "町の総人口（人口減少の抑制）", baseline_of(12000),
             plan_of({11800, 11600, 11400}), inc, inferred, "title: 人口減少の抑制", false},
            {"births may fall too", "年間出生数", baseline_of(80), plan_of({78, 76, 75}), inc,
             inferred, "title: 出生", false},
            {"a higher-is-better title, a falling plan", "イベント参加者数", baseline_of(500),
             plan_of({450, 400, 400}), inc, inferred, "title: 参加", true},
            // 維持 names the class here, not the quantity: the fall is not expected.
            {"a fall expected only by a phrase that does not decide",
             "高齢者の健康維持教室の参加者数", baseline_of(500), plan_of({450, 400}), inc, inferred,
             "title: 参加", true},
            {"a level to hold", "年間観光入込客数の維持", baseline_of(500), plan_of({480, 470}),
             inc, inferred, "title: 維持", false},
            {"a lower-is-better title, a rising plan", "市内の空き家数", baseline_of(100),
             plan_of({110, 120, 130}), dec, inferred, "title: 空き家", true},
            {"a lower-is-better title, a flat plan", "市内の空き家数", baseline_of(100),
             plan_of({100, 100, 100}), dec, inferred, "title: 空き家", false},
            {"one value alone is no trend", neutral, baseline_of(std::nullopt), plan_of({5}), inc,
             assumed, "no rule fired", true},
            {"up and down is no trend", neutral, baseline_of(10), plan_of({8, 9}), inc, assumed,
             "no rule fired", true},
            {"flat is no trend", neutral, baseline_of(5), plan_of({5, 5, 5}), inc, assumed,
             "no rule fired", true},
            {"rising speaks for nothing beyond the default", neutral, baseline_of(120),
             plan_of({150, 160, 170}), inc, assumed, "no rule fired", true},
            {"nothing set", neutral, baseline_of(std::nullopt),
             plan_of({std::nullopt, std::nullopt}), inc, assumed, "no rule fired", true},
        };
        for (const TrendCase& c : cases) {
            CAPTURE(c.what);
            const DirectionInference got = infer_kpi_direction(c.title, c.baseline, c.plan);
            CHECK(got.direction == c.direction);
            CHECK(got.basis.source == c.source);
            CHECK(got.basis.rule == c.rule);
            CHECK(got.basis.uncertain == c.uncertain);
        }
        // Expected (見込) plan values count as set.
        Series expected_plan = plan_of({std::nullopt});
        expected_plan.values[0].value = Observation::expected(Decimal{8, 0});
        const auto got = infer_kpi_direction(neutral, baseline_of(10), expected_plan);
        CHECK(got.direction == dec);
        CHECK(got.basis.rule == falls);
        // Decimals of different scales compare by value: 31.20 -> 31.2 is flat, not a fall.
        Baseline scaled;
        scaled.plan = Observation::confirmed(Decimal{3120, 2});
        Series flat;
        flat.values.push_back(
            PeriodValue{FiscalYear{2022}, Observation::confirmed(Decimal{312, 1})});
        CHECK(infer_kpi_direction(neutral, scaled, flat).basis.source == assumed);
    }

    TEST_CASE("verdicts: the issue's classes of KPI, judged with the old and the new rule") {
        // Six KPIs of a made-up town, one of each class the issue names (figures of this test,
        // not of a real report). A careful reader: 1-5 met, 6 (tourists 350 < 360) not met.
        struct Row {
            std::string_view title;
            std::optional<std::int64_t> baseline;
            // Vectors, not initializer_lists: a list's array would not outlive `rows`' braces.
            std::vector<std::optional<std::int64_t>> plan;
            std::vector<std::optional<std::int64_t>> actual;
            Direction direction; // by the title's meaning
        };
        const std::vector<Row> rows = {
            {"保育所の待機児童数（人）", 8, {5, 5, 2}, {4, 3, 1}, dec},
            {"窓口の平均待ち時間（分）", 30, {25, 25, 20}, {24, 22, 18}, dec},
            {"町外への転出者数（人）", std::nullopt, {120, 110, 100}, {115, 105, 95}, dec},
            {"中心市街地の空き店舗数（店舗）", 20, {20, 19, 19}, {20, 19, 18}, dec},
            {"町の総人口（人口減少の抑制）",
             12000,
             {11800, 11600, 11400},
             {11850, 11700, 11500},
             inc},
            {"観光入込客数（千人）", 300, {320, 340, 360}, {310, 330, 350}, inc},
        };
        int met_old = 0;
        int met_new = 0;
        for (const Row& row : rows) {
            CAPTURE(row.title);
            Kpi kpi;
            kpi.number = 1;
            kpi.title = std::string(row.title);
            kpi.baseline = baseline_of(row.baseline);
            kpi.plan = plan_of(row.plan);
            kpi.actual = plan_of(row.actual);
            kpi.direction = infer_direction(kpi.baseline, kpi.plan); // the reader's rule today
            met_old += evaluate_kpi(kpi).verdict == Verdict::met ? 1 : 0;
            const DirectionInference inferred_direction =
                infer_kpi_direction(kpi.title, kpi.baseline, kpi.plan);
            CHECK(inferred_direction.direction == row.direction);
            // A title rule, except for the tourists, where nothing speaks (assumed).
            CHECK(inferred_direction.basis.is_weak() == (row.title == "観光入込客数（千人）"));
            kpi.direction = inferred_direction.direction;
            met_new += evaluate_kpi(kpi).verdict == Verdict::met ? 1 : 0;
        }
        CHECK(met_old == 0); // every one of 1-5 misjudged
        CHECK(met_new == 5);
    }

    TEST_CASE("a report read from text, then inferred: the issue's headline figures") {
        // The six KPIs of the test above in the published layout (three projects of a made-up
        // town). Read, then apply_kpi_inference to every KPI, as the reader is to do.
        const std::string_view text = R"(R3年度地方創生推進交付金<1/2国費>【R3年度から3年間実施】

○子育て支援事業<単独申請> (10,000千円)

【KPI】

KPI①	保育所の待機児童数
KPI②	窓口の平均待ち時間（分）
	当初値	R3	R4	R5	単位
①計画	8	5	5	2	人
①実績	8	4	3	1	
②計画	30	25	25	20	分
②実績	30	24	22	18	

○移住定住促進事業<単独申請> (8,000千円)

【KPI】

KPI①	町外への転出者数（人）
KPI②	中心市街地の空き店舗数
	当初値	R3	R4	R5	単位
①計画	—	120	110	100	人
①実績	—	115	105	95	
②計画	20	20	19	19	店舗
②実績	20	20	19	18	

○まちの魅力発信事業<単独申請> (5,000千円)

【KPI】

KPI①	町の総人口（人口減少の抑制）
KPI②	観光入込客数（千人）
	当初値	R3	R4	R5	単位
①計画	12,000	11,800	11,600	11,400	人
①実績	12,000	11,850	11,700	11,500	
②計画	300	320	340	360	千人
②実績	300	310	330	350	
)";
        TextReadOptions options;
        options.file_name = "town.txt";
        TextReadResult read = read_report_text(text, options);
        REQUIRE(read.ok());
        Report report = *read.report;
        REQUIRE(report.rounds.size() == 1);
        REQUIRE(report.rounds[0].projects.size() == 3);
        // The reader infers with apply_kpi_inference; the old reader judged by the plan's
        // trend alone (infer_direction), which this copy puts back.
        Report trend_only = report;
        int weak = 0;
        for (std::size_t p = 0; p < report.rounds[0].projects.size(); ++p) {
            for (std::size_t k = 0; k < report.rounds[0].projects[p].kpis.size(); ++k) {
                Kpi& kpi = report.rounds[0].projects[p].kpis[k];
                Kpi again = kpi;
                apply_kpi_inference(again);
                CHECK(again == kpi); // the reader applied exactly these rules
                weak += kpi.direction_basis.is_weak() ? 1 : 0;
                Kpi& old = trend_only.rounds[0].projects[p].kpis[k];
                old.direction = infer_direction(old.baseline, old.plan);
            }
        }
        const ReportEvaluation before = evaluate(trend_only);
        const ReportEvaluation after = evaluate(report);
        // Measured here: 0 of 6 KPIs and 0 of 3 projects met with the old trend rule; 5 of 6
        // and 3 of 3 (a careful reader's figures) with the title read first.
        CHECK(before.summary.kpis_met.confirmed_of_judged.count == 0);
        CHECK(before.summary.projects_met_at_least_one.confirmed_of_judged.count == 0);
        CHECK(after.summary.kpis_met.confirmed_of_judged.count == 5);
        CHECK(after.summary.kpis_met.confirmed_of_judged.of == 6);
        CHECK(after.summary.projects_met_at_least_one.confirmed_of_judged.count == 3);
        CHECK(after.summary.projects_met_at_least_one.confirmed_of_judged.of == 3);
        CHECK(weak == 1); // 観光入込客数: nothing speaks, increase assumed
    }

    TEST_CASE("accumulation: from the title") {
        struct AccumulationCase {
            std::string_view title;
            Accumulation accumulation;
            Source source;
            std::string_view rule;
            bool uncertain;
        };
        const Accumulation cumulative = Accumulation::cumulative;
        const Accumulation level = Accumulation::level;
        const Accumulation increment = Accumulation::increment;
        const std::vector<AccumulationCase> cases = {
            // Seed figure: KPI② of the R2 project いしかり・ライフ style… (66, 171, 257).
            {"セミナー等事業参加企業数 (3年累計)", cumulative, inferred, "title: (3年累計)", false},
            {"移住者数（累計）", cumulative, inferred, "title: （累計）", false},
            {"参加者数(5年累計 )", cumulative, inferred, "title: (5年累計 )", false},
            {"移住相談件数（R2～R4年度の累計）", cumulative, inferred,
             "title: （R2～R4年度の累計）", false},
            {"【累計】移住者数", cumulative, inferred, "title: 【累計】", false},
            {"参加者数(累計)【札幌市分】", cumulative, inferred, "title: (累計)", false},
            {"本事業による累計移住者数", cumulative, inferred, "title: 累計", false},
            {"創業支援による起業者数の累積数", cumulative, inferred, "title: 累積", false},
            {"R1年度からの通算就農者数", cumulative, inferred, "title: 通算", false},
            {"3年間の累計参加者数", cumulative, inferred, "title: 累計", false},
            {"累計増加数", cumulative, inferred, "title: 累計", false},
            // A year's own total: not a running total across years.
            {"観光入込客数（年間累計）", level, inferred, "title: 年間累計", false},
            {"年間観光入込客数", level, inferred, "title: 年間", false},
            {"新規就農者数（各年度）", level, inferred, "title: 各年度", false},
            {"各年度末時点の登録者数", level, inferred, "title: 各年度", false},
            {"住民基本台帳人口（４月１日時点）", level, inferred, "title: 時点", false},
            // 延べ counts visits (a person twice is two), not years: it says nothing.
            {"延べ宿泊者数（人泊）", level, assumed, "no rule fired", true},
            // 3年間 is a duration, not "per year".
            {"3年間の延べ参加者数", level, assumed, "no rule fired", true},
            {"外国人居住者の増加数", increment, inferred, "title: 増加数", true},
            {"社会増減数（人）", increment, inferred, "title: 増減", true},
            {"生産年齢人口の純増数", increment, inferred, "title: 純増", true},
            // Seed figure: KPI③ of 外国人の活躍… counts a yearly change, which the seed's JSON
            // states; the title does not say it.
            {"外国人居住者数", level, assumed, "no rule fired", true},
        };
        for (const AccumulationCase& c : cases) {
            CAPTURE(c.title);
            const AccumulationInference got = infer_kpi_accumulation(c.title);
            CHECK(got.accumulation == c.accumulation);
            CHECK(got.basis.source == c.source);
            CHECK(got.basis.rule == c.rule);
            CHECK(got.basis.uncertain == c.uncertain);
        }
    }

    TEST_CASE("the seed's 17 KPIs: all higher-is-better, one cumulative") {
        // Seed figures: the 17 KPI titles of examples/data/sapporo_fy2022.txt with their plans,
        // from the hand-checked JSON. The rule each infers, in report order.
        const std::vector<std::string_view> direction_rules = {
            "title: 就職",   // 窓口を利用したさっぽろ圏の就職内定件数
            "title: 登録",   // 札幌 UI ターン就職センターの求職登録者数
            "title: 登録",   // 札幌 UI ターン就職センターの求人登録企業数
            "title: 就業",   // 本移住支援事業に基づく移住就業者数
            "title: 起業",   // 本移住支援事業に基づく移住起業者数
            "title: 成約",   // 商談成約件数
            "no rule fired", // 施策による海外からの投資件数
            "no rule fired", // 外国人居住者数
            "title: 成約",   // 商談会による成約輸出額【香港・台湾】
            "title: 創出",   // 本事業によって創出した…新ビジネスの件数
            "title: 創出", // 本事業によって創出した…協業による新ビジネスの件数
            "title: 就職", // 本事業により首都圏から市内IT企業へ就職したエンジニアの数
            "title: 参加",   // 学生等の事業参加者数
            "title: 参加",   // セミナー等事業参加企業数 (3年累計)
            "no rule fired", // データ取引所におけるデータ取引件数
            "no rule fired", // スマートシティアプリのダウンロード数
            "title: 活用",   // IT・コンテンツを活用して…企業の割合
        };
        std::vector<const Kpi*> kpis;
        for (const Round& round : testing::seed_report().rounds) {
            for (const Project& project : round.projects) {
                for (const Kpi& kpi : project.kpis) {
                    kpis.push_back(&kpi);
                }
            }
        }
        REQUIRE(kpis.size() == 17);
        int cumulative = 0;
        for (std::size_t i = 0; i < kpis.size(); ++i) {
            const Kpi& kpi = *kpis[i];
            CAPTURE(kpi.title);
            const DirectionInference d = infer_kpi_direction(kpi.title, kpi.baseline, kpi.plan);
            CHECK(d.direction == Direction::increase);
            CHECK(d.direction == kpi.direction);
            CHECK(d.basis.rule == direction_rules[i]);
            // No seed plan falls: a title rule is never doubted, the default always is.
            CHECK(d.basis.uncertain == (d.basis.source == Source::assumed));
            const AccumulationInference a = infer_kpi_accumulation(kpi.title);
            if (a.accumulation == Accumulation::cumulative) {
                ++cumulative;
                CHECK(kpi.title == "セミナー等事業参加企業数 (3年累計)");
                CHECK(a.basis == Provenance::inferred_by("title: (3年累計)"));
                CHECK(kpi.accumulation == Accumulation::cumulative);
            } else {
                CHECK(a.accumulation == Accumulation::level);
                CHECK(a.basis == Provenance::assumed_default("no rule fired"));
            }
        }
        CHECK(cumulative == 1);

        // apply_kpi_inference sets the four fields a reader of text cannot read.
        Kpi kpi = *kpis[13]; // セミナー等事業参加企業数 (3年累計)
        kpi.direction = Direction::decrease;
        kpi.accumulation = Accumulation::level;
        apply_kpi_inference(kpi);
        CHECK(kpi.direction == Direction::increase);
        CHECK(kpi.direction_basis == Provenance::inferred_by("title: 参加"));
        CHECK(kpi.accumulation == Accumulation::cumulative);
        CHECK(kpi.accumulation_basis == Provenance::inferred_by("title: (3年累計)"));
    }

    TEST_CASE("every listed phrase infers itself, and the lists hold no phrase twice") {
        std::vector<std::string_view> seen;
        for (const DirectionWord& w : kpi_direction_words()) {
            CAPTURE(w.phrase);
            CHECK(!w.reason.empty());
            const DirectionInference got = infer_kpi_direction(w.phrase, Baseline{}, Series{});
            CHECK(got.direction == w.direction);
            CHECK(got.basis.source == Source::inferred);
            CHECK(got.basis.rule == "title: " + std::string(w.phrase));
            CHECK(got.basis.uncertain == w.weak);
            seen.push_back(w.phrase);
        }
        CHECK(seen.size() >= 150);
        std::sort(seen.begin(), seen.end());
        CHECK(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
        seen.clear();
        for (const AccumulationWord& w : kpi_accumulation_words()) {
            CAPTURE(w.phrase);
            CHECK(!w.reason.empty());
            const AccumulationInference got = infer_kpi_accumulation(w.phrase);
            CHECK(got.accumulation == w.accumulation);
            CHECK(got.basis == Provenance::inferred_by("title: " + std::string(w.phrase), w.weak));
            seen.push_back(w.phrase);
        }
        std::sort(seen.begin(), seen.end());
        CHECK(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
    }

    TEST_CASE("docs/kpi-inference.md lists every phrase") {
        const std::string doc = testing::read_file(GRANTKPI_SOURCE_DIR "/docs/kpi-inference.md");
        for (const DirectionWord& w : kpi_direction_words()) {
            CAPTURE(w.phrase);
            CHECK(doc.find("| `" + std::string(w.phrase) + "` |") != std::string::npos);
        }
        for (const AccumulationWord& w : kpi_accumulation_words()) {
            CAPTURE(w.phrase);
            CHECK(doc.find("| `" + std::string(w.phrase) + "` |") != std::string::npos);
        }
    }

    TEST_CASE("random titles: every answer names a rule that holds") {
        // Titles stitched from listed phrases, particles, brackets, half-width kana, sound
        // marks, full-width forms, spaces and stray bytes (a fixed seed: reproducible).
        const std::vector<std::string_view> pieces = {
            "の", "数",   "率",       "本事業による", "（",   "）", "(",    ")",
            "【", "】",   "〔",       "〕",           " ",    "　", "ｱ",    "ｶ",
            "ﾊ",  "ﾞ",    "ﾟ",        "３",           "ＣＯ", "₂",  "年間", "3",
            "か", "\xFF", "\xE3\x81", "累",           "計"};
        const auto directions = kpi_direction_words();
        const auto accumulations = kpi_accumulation_words();
        std::mt19937 random(20261202);
        const auto pick = [&](std::size_t n) {
            return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
        };
        for (int i = 0; i < 5000; ++i) {
            std::string title;
            const std::size_t parts = 1 + pick(8);
            for (std::size_t p = 0; p < parts; ++p) {
                switch (pick(3)) {
                case 0:
                    title += directions[pick(directions.size())].phrase;
                    break;
                case 1:
                    title += accumulations[pick(accumulations.size())].phrase;
                    break;
                default:
                    title += pieces[pick(pieces.size())];
                }
            }
            CAPTURE(title);
            const DirectionInference d = infer_kpi_direction(title, Baseline{}, Series{});
            if (d.basis.source == Source::assumed) {
                CHECK(d.direction == Direction::increase);
                CHECK(d.basis.rule == "no rule fired");
                CHECK(d.basis.uncertain);
            } else {
                REQUIRE(d.basis.source == Source::inferred);
                REQUIRE(d.basis.rule.rfind("title: ", 0) == 0);
                const std::string_view phrase = std::string_view(d.basis.rule).substr(7);
                const auto word =
                    std::find_if(directions.begin(), directions.end(),
                                 [&](const DirectionWord& w) { return w.phrase == phrase; });
                REQUIRE(word != directions.end());
                CHECK(word->direction == d.direction);
            }
            const AccumulationInference a = infer_kpi_accumulation(title);
            if (a.basis.source == Source::assumed) {
                CHECK(a.accumulation == Accumulation::level);
                CHECK(a.basis.rule == "no rule fired");
            } else {
                REQUIRE(a.basis.rule.rfind("title: ", 0) == 0);
                const std::string_view named = std::string_view(a.basis.rule).substr(7);
                const auto word =
                    std::find_if(accumulations.begin(), accumulations.end(),
                                 [&](const AccumulationWord& w) { return w.phrase == named; });
                if (word != accumulations.end()) {
                    CHECK(word->accumulation == a.accumulation);
                    CHECK(word->weak == a.basis.uncertain);
                } else {
                    // A bracketed note, quoted as written.
                    CHECK(a.accumulation == Accumulation::cumulative);
                    CHECK(title.find(named) != std::string::npos);
                    CHECK(!a.basis.uncertain);
                }
            }
        }
    }

    TEST_CASE("hostile titles: invalid bytes, unbalanced brackets, a very long title") {
        CHECK(infer_kpi_direction("\xFF\xFE待機児童数", Baseline{}, Series{}).basis.rule ==
              "title: 待機児童");
        // Invalid bytes split nothing into a phrase.
        CHECK(infer_kpi_direction("空き\xFF家数", Baseline{}, Series{}).basis.source ==
              Source::assumed);
        // An unclosed ( holds the rest: nothing outside decides, so the () does.
        CHECK(infer_kpi_direction("指標（転出者数", Baseline{}, Series{}).basis.rule ==
              "title: 転出");
        CHECK(infer_kpi_direction("転出者数））（", Baseline{}, Series{}).basis.rule ==
              "title: 転出");
        CHECK(infer_kpi_accumulation("参加者数)累計(").basis.rule == "title: 累計");
        std::string long_title;
        for (int i = 0; i < 20000; ++i) {
            long_title += "市民の";
        }
        long_title += "待機児童数";
        CHECK(infer_kpi_direction(long_title, Baseline{}, Series{}).basis.rule ==
              "title: 待機児童");
        CHECK(infer_kpi_accumulation(long_title).basis.source == Source::assumed);
        CHECK(infer_kpi_direction("", Baseline{}, Series{}).basis.source == Source::assumed);
        CHECK(infer_kpi_accumulation("").basis.source == Source::assumed);
    }
}

} // namespace
