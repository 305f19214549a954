// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "direction_words.hpp"

#include <array>

// The word lists of infer_kpi_direction and infer_kpi_accumulation. Every phrase is written
// normalised (half-width ASCII, upper-case Latin, full-width katakana, no spaces) and has its
// reason; docs/kpi-inference.md lists them all in this order (a test checks that it does).
// Where two phrases overlap in a title the longer wins, so a phrase that contains a shorter
// one with the other meaning cancels it (空き家バンク over 空き家).

namespace grantkpi {
namespace {

constexpr DirectionWord low(std::string_view phrase, std::string_view reason) {
    return {phrase, Direction::decrease, false, false, false, false, reason};
}
// A thing an action may act upon: 活用された空き家の件数 counts vacant houses brought into use.
constexpr DirectionWord object(std::string_view phrase, std::string_view reason) {
    return {phrase, Direction::decrease, false, false, true, false, reason};
}
constexpr DirectionWord high(std::string_view phrase, std::string_view reason) {
    return {phrase, Direction::increase, false, false, false, false, reason};
}
// An action upon a thing: 活用された空き家の件数 counts vacant houses brought into use.
constexpr DirectionWord action(std::string_view phrase, std::string_view reason) {
    return {phrase, Direction::increase, false, false, false, true, reason};
}
constexpr DirectionWord high_fall(std::string_view phrase, std::string_view reason) {
    return {phrase, Direction::increase, true, false, false, false, reason};
}
constexpr DirectionWord high_weak(std::string_view phrase, std::string_view reason) {
    return {phrase, Direction::increase, false, true, false, false, reason};
}
constexpr bool weak = true;

constexpr std::array direction_table = {
    // Lower is better: waiting.
    low("待機児童", "children waiting for a day-care place"),
    low("待機児童の解消",
        "the aim of no waiting children: the waiting list is counted, its target 0 (a count of "
        "places created says 定員 or 受入枠, which come last and decide)"),
    low("待機児童解消", "spelling of 待機児童の解消"),
    low("待機", "waiting (待機人数): any waiting list"),
    low("待ち", "waiting (入所待ち, 順番待ち)"),
    low("待ち児童", "children waiting for a place (入所待ち児童)"),
    low("待機児", "short form of 待機児童"),
    low("待機者", "people waiting for a place (care homes)"),
    low("待ち時間", "a waiting time"),
    low("待機時間", "a waiting time"),
    low("待ち日数", "days of waiting"),
    low("待機日数", "days of waiting"),
    low("所要時間", "the time a procedure or a trip takes"),
    low("処理時間", "the time to handle a case"),
    low("処理日数", "the days to handle a case"),
    low("移動時間", "travel time"),
    low("通勤時間", "commuting time"),
    low("到着時間", "the time until help arrives (救急車の現場到着時間)"),
    // Lower is better: vacancy and disuse.
    object("空き家", "vacant houses"),
    object("空家", "spelling of 空き家"),
    object("空き店舗", "vacant shops"),
    object("空店舗", "spelling of 空き店舗"),
    object("空き地", "vacant lots"),
    object("空室", "vacant rooms or units (空室率)"),
    object("空き区画", "unsold plots of an estate"),
    object("未利用", "unused land or buildings (未利用地)"),
    object("未活用", "unused (cancels 活用)"),
    object("遊休", "idle land or facilities"),
    object("遊休農地", "idle farmland"),
    object("耕作放棄地", "abandoned farmland"),
    object("耕作放棄", "farmland abandoned (耕作放棄面積)"),
    object("放置", "things left abandoned (放置自転車, 放置竹林)"),
    object("荒廃農地", "derelict farmland"),
    low("定員割れ", "places left unfilled (cancels 定員)"),
    low("未整備", "not yet built (cancels 整備)"),
    low("未実施", "not yet done (cancels 実施)"),
    // Lower is better: leaving and decline.
    low("転出", "people moving out"),
    low("転出超過", "net outflow: more move out than in"),
    low("転出人口", "people moving out (cancels 人口)"),
    low("流出", "outflow of people (人口流出, 人材流出)"),
    low("流出人口", "people moving out (cancels 人口)"),
    low("社会減", "net loss by migration"),
    low("社会減少", "net loss by migration"),
    low("自然減", "more deaths than births"),
    low("自然減少", "more deaths than births"),
    low("人口減少", "the population's decline, as a number or a rate (cancels 人口)"),
    low("人口の減少", "the population's decline (cancels 人口)"),
    low("離職", "people leaving their jobs"),
    low("離職率", "the share of people leaving their jobs"),
    low("離農", "farmers giving up farming"),
    low("廃業", "businesses closing"),
    low("後継者不在", "businesses without a successor"),
    low("倒産", "bankruptcies"),
    low("失業", "unemployment"),
    low("非正規", "non-regular employment (非正規職員)"),
    low("非正規雇用", "the share in non-regular employment (非正規雇用率; cancels 雇用)"),
    low("中途退学", "students dropping out"),
    low("中退", "students dropping out (中退率)"),
    low("ひきこもり", "people withdrawn from society"),
    low("引きこもり", "spelling of ひきこもり"),
    // Lower is better: harm.
    low("事故", "accidents"),
    low("犯罪", "crimes"),
    low("刑法犯", "penal-code offences"),
    low("詐欺", "fraud"),
    low("被害", "damage or victims (鳥獣被害額)"),
    low("火災", "fires"),
    low("死亡", "deaths"),
    low("死者", "deaths"),
    low("死傷者", "casualties"),
    low("自殺", "suicides"),
    low("孤立死", "people dying alone"),
    low("孤独死", "people dying alone"),
    low("欠席", "absences"),
    low("不登校", "children not attending school"),
    low("感染", "infections (感染者数)"),
    low("転倒", "falls of elderly people"),
    // Lower is better: waste and emissions.
    low("廃棄物", "waste"),
    low("ごみ", "household waste, its amount"),
    low("ゴミ", "spelling of ごみ"),
    low("ごみ排出量", "household waste produced"),
    low("ゴミ排出量", "spelling of ごみ排出量"),
    low("排出量", "an amount emitted or discharged"),
    low("CO2", "carbon dioxide emitted"),
    low("二酸化炭素", "carbon dioxide emitted"),
    low("温室効果ガス", "greenhouse gases emitted"),
    low("食品ロス", "food wasted"),
    low("フードロス", "food wasted"),
    low("食べ残し", "food left uneaten"),
    low("残食", "school meals left uneaten (残食率)"),
    low("不法投棄", "illegal dumping"),
    low("エネルギー使用量", "energy used"),
    low("エネルギー消費量", "energy used"),
    low("電力使用量", "electricity used"),
    low("電力消費量", "electricity used"),
    // Lower is better: costs, burdens and ill health.
    low("医療費", "medical costs"),
    low("介護給付費", "long-term-care spending"),
    low("維持費", "upkeep costs (cancels 維持)"),
    low("維持管理費", "upkeep costs (cancels 維持)"),
    low("コスト", "a cost"),
    low("経費", "expenses"),
    low("赤字", "a deficit"),
    low("滞納", "arrears"),
    low("負担", "a burden on residents (負担額, 負担感)"),
    low("不足", "a shortage"),
    low("欠員", "unfilled posts"),
    low("苦情", "complaints"),
    low("不可", "cases refused (受入不可件数)"),
    low("遅延", "delays"),
    low("渋滞", "traffic congestion"),
    low("混雑", "crowding"),
    low("残業", "overtime"),
    low("時間外勤務", "overtime"),
    low("長時間労働", "long working hours"),
    low("労働時間", "working hours (年間総実労働時間)"),
    low("光熱費", "energy bills"),
    low("光熱水費", "energy and water bills"),
    low("未受診", "people skipping check-ups (cancels 受診)"),
    low("未接種", "people not vaccinated (cancels 接種)"),
    low("要介護", "people needing care (要介護認定率)"),
    low("要支援", "people needing support (要支援認定者; cancels 支援)"),
    low("重症化", "illness getting worse (重症化率)"),
    low("透析", "dialysis (透析患者数)"),
    low("透析導入", "patients starting dialysis (新規透析導入患者数; cancels 導入)"),
    low("むし歯", "tooth decay (一人平均むし歯数)"),
    low("虫歯", "spelling of むし歯"),
    low("肥満", "obesity"),
    low("喫煙", "smoking"),
    low("貧困", "poverty"),
    low("弱者", "people underserved (買い物弱者, 交通弱者)"),
    low("メタボ", "metabolic syndrome (メタボリックシンドローム該当者)"),
    low("不安", "residents worried (不安を感じる人の割合)"),
    low("欠食", "people skipping meals (朝食の欠食率)"),
    // Lower is better: shares of people not doing something (運動習慣のない人の割合).
    low("ない人", "people who do not (運動習慣のない人)"),
    low("ない者", "people who do not"),
    low("ない方", "people who do not"),
    low("ない住民", "residents who do not"),
    low("ない市民", "residents who do not"),
    low("ない町民", "residents who do not"),
    low("ない世帯", "households that do not"),
    low("ない児童", "children who do not"),
    low("ない生徒", "pupils who do not"),
    low("ない企業", "firms that do not"),
    low("ない事業所", "firms that do not"),
    // Lower is better: the aim is to make the measured quantity smaller.
    low("削減", "cut: the quantity measured is to fall"),
    low("低減", "lower: the quantity measured is to fall"),
    low("短縮", "shorten: the time measured is to fall"),
    low("軽減", "ease: the burden measured is to fall"),
    low("縮減", "cut back: the quantity measured is to fall"),
    low("減量", "reduce the amount (ごみの減量): the quantity measured is to fall"),
    low("抑制", "restrain (医療費の抑制, 転出抑制): the quantity measured is to fall"),
    low("減少", "a decline, or the aim of one"),
    low("防止", "prevent: what is counted is what is prevented"),

    // Higher is better: a decline slowed or a level held; the plan may fall.
    high_fall("人口減少の抑制",
              "slowing the population's decline: the population is counted, and its "
              "target falls"),
    high_fall("人口減少抑制", "spelling of 人口減少の抑制"),
    high_fall("減少の抑制", "slowing a decline: what declines is counted, and its target falls"),
    high_fall("減少抑制", "spelling of 減少の抑制"),
    high_fall("減少の緩和", "easing a decline"),
    high_fall("維持", "holding a level: at or above the (perhaps falling) target is met"),
    high_fall("人口", "a population (総人口, 生産年齢人口, 関係人口); its target may fall with the "
                      "expected decline"),
    high_fall("出生", "births (出生数, 出生率); the target may fall with the expected decline"),
    // Higher is better: the amount of a cut achieved.
    high("削減量", "the amount cut (CO2削減量)"),
    high("削減額", "the amount of money saved"),
    high("削減率", "the share cut"),
    high("削減割合", "the share cut"),
    high("削減数", "the number cut (待機児童削減数)"),
    high("削減件数", "the number of cases cut"),
    high("削減効果", "the effect of a cut"),
    high("削減時間", "the time saved"),
    high("削減面積", "the floor area cut (公共施設の削減面積)"),
    high("低減量", "the amount lowered"),
    high("低減率", "the share lowered"),
    high("短縮時間", "the time saved"),
    high("短縮日数", "the days saved"),
    high("短縮率", "the share of time saved"),
    high("軽減額", "the burden relieved, in money"),
    high("軽減時間", "the time relieved"),
    high("縮減額", "the amount cut back"),
    high("減量率", "the share of waste reduced"),
    high("減量化率", "the share of waste reduced"),
    high("防止面積", "the area kept from harm (耕作放棄地の発生防止面積)"),
    high("抑制額", "the amount of spending held back (医療費の抑制額)"),
    high("抑制効果", "the effect of holding back"),
    high_weak("減少率",
              "a rate of reduction achieved (空き家の減少率); weak: 人口減少率 is a harm, "
              "which 人口減少 catches"),
    high_weak("減少数", "a number reduced (待機児童の減少数); weak, as 減少率"),
    high_weak("減少量", "an amount reduced (CO2減少量); weak, as 減少率"),
    high("待機児童の解消数", "waiting children given a place (cancels 待機児童の解消)"),
    high("待機児童解消数", "spelling of 待機児童の解消数"),
    high("待機児童の解消率", "the share of waiting children given a place"),
    high("待機児童解消率", "spelling of 待機児童の解消率"),
    action("解消", "resolved, counted (空き家の解消件数, 耕作放棄地の解消面積)"),
    // Higher is better: vacant property brought back into use.
    high("空き家バンク", "the register of vacant houses offered for reuse (登録件数, 成約件数)"),
    high("空き家の解消", "vacant houses resolved, counted"),
    high("空き家の活用", "vacant houses brought into use"),
    high("空き家の利活用", "vacant houses brought into use"),
    high("空き店舗の活用", "vacant shops brought into use"),
    high("空き店舗への出店", "shops opened in vacant premises"),
    action("活用", "brought into use (空き家の活用件数)"),
    action("出店", "shops opened"),
    action("開業", "businesses opened"),
    action("創業", "businesses founded"),
    action("起業", "businesses founded"),
    action("成約", "deals closed (空き家バンクの成約件数)"),
    action("入居", "tenants moving in"),
    action("改修", "buildings renovated"),
    action("除却", "derelict buildings removed"),
    action("撤去", "abandoned things removed (放置自転車の撤去台数)"),
    action("解体", "derelict buildings demolished"),
    action("再生", "brought back to life (再生可能エネルギー too)"),
    action("適正管理", "vacant property properly managed (空き家等の適正管理件数)"),
    action("流通", "put on the market"),
    action("分譲", "plots sold (空き区画の分譲件数)"),
    action("登録", "registrations (バンク登録件数, 求職登録者数)"),
    // Higher is better: people coming and staying.
    high("移住", "people moving in"),
    high("転入", "people moving in"),
    high("転入超過", "net inflow"),
    high("定住", "people settling"),
    high("定着", "people staying (定着率)"),
    high("復帰", "people returning to school or work (学校復帰率, 職場復帰)"),
    high("社会増", "net gain by migration"),
    high("社会動態", "net migration (転入者数－転出者数), a signed change: higher is better"),
    high("社会増減", "net migration, a signed change: higher is better"),
    high("就職", "people finding jobs (再就職 too)"),
    high("就業", "people taking up work"),
    high("就農", "people taking up farming"),
    high("雇用", "jobs created"),
    // Higher is better: taking part and taking action.
    high("参加", "participants (防止講座の参加者数)"),
    high("受講", "people taking a course"),
    high("相談", "consultations given"),
    high("取組", "actors taking measures (削減に取組む事業者数)"),
    high("取り組", "actors taking measures (削減に取り組む事業者数)"),
    high("実施", "measures carried out"),
    high("導入", "equipment or systems adopted"),
    high("作成", "plans or documents made (個別計画作成率)"),
    high("設置", "installations"),
    high("開催", "events held"),
    action("利用", "users, uses"),
    high("受診", "check-ups taken (受診率)"),
    high("接種", "vaccinations"),
    high("禁煙", "people quitting smoking"),
    high("資源化", "waste recycled (cancels ごみ)"),
    high("資源ごみ", "recyclables collected (cancels ごみ)"),
    high("リサイクル", "recycling"),
    high("ごみ拾い", "litter picking (cancels ごみ)"),
    high("満足度", "satisfaction"),
    // Higher is better: places and things created.
    high("定員", "places (保育定員)"),
    high("定員の拡大", "places created, as against a waiting list (待機児童の解消)"),
    high("受入枠", "places created (待機児童の解消)"),
    high("受入れ枠", "spelling of 受入枠"),
    high("受け入れ枠", "spelling of 受入枠"),
    high("確保", "secured (保育士の確保数)"),
    action("整備", "built, provided"),
    high("拡大", "expanded"),
    high("創出", "created"),
    high("支援", "cases supported"),
    high("派遣", "people sent where they are needed (医師派遣数)"),
    high("捕獲", "harmful animals caught (有害鳥獣の捕獲数): what prevents the damage"),
};

constexpr std::array accumulation_table = {
    AccumulationWord{"累計", Accumulation::cumulative, false, "a running total"},
    AccumulationWord{"累積", Accumulation::cumulative, false, "a running total"},
    AccumulationWord{"通算", Accumulation::cumulative, false, "a total over all years so far"},
    AccumulationWord{"年間累計", Accumulation::level, false, "a year's own total (cancels 累計)"},
    AccumulationWord{"増加数", Accumulation::increment, weak,
                     "a yearly growth; weak: may be a running total of growth"},
    AccumulationWord{"増加人数", Accumulation::increment, weak, "as 増加数"},
    AccumulationWord{"増加者数", Accumulation::increment, weak, "as 増加数"},
    AccumulationWord{"増加件数", Accumulation::increment, weak, "as 増加数"},
    AccumulationWord{"増加額", Accumulation::increment, weak, "as 増加数"},
    AccumulationWord{"増加量", Accumulation::increment, weak, "as 増加数"},
    AccumulationWord{"増減", Accumulation::increment, weak, "a signed yearly change (増減数)"},
    AccumulationWord{"純増", Accumulation::increment, weak, "a net yearly growth"},
    AccumulationWord{"純減", Accumulation::increment, weak, "a net yearly loss"},
    AccumulationWord{"前年度からの増加", Accumulation::increment, weak, "growth over a year"},
    AccumulationWord{"前年からの増加", Accumulation::increment, weak, "growth over a year"},
    AccumulationWord{"年間", Accumulation::level, false,
                     "per year (not 3年間, a duration: see the rules)"},
    AccumulationWord{"単年度", Accumulation::level, false, "each year alone"},
    AccumulationWord{"各年度", Accumulation::level, false, "each year alone"},
    AccumulationWord{"毎年度", Accumulation::level, false, "each year alone"},
    AccumulationWord{"年度ごと", Accumulation::level, false, "each year alone"},
    AccumulationWord{"年度毎", Accumulation::level, false, "each year alone"},
    AccumulationWord{"年あたり", Accumulation::level, false, "per year"},
    AccumulationWord{"年当たり", Accumulation::level, false, "per year"},
    AccumulationWord{"時点", Accumulation::level, false,
                     "a stock on a date (4月1日時点): each year stands alone"},
};

} // namespace

std::span<const DirectionWord> kpi_direction_words() noexcept {
    return direction_table;
}

std::span<const AccumulationWord> kpi_accumulation_words() noexcept {
    return accumulation_table;
}

} // namespace grantkpi
