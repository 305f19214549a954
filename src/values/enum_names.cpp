// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/enum_names.hpp>

#include <grantkpi/aggregate.hpp>
#include <grantkpi/decimal.hpp>
#include <grantkpi/diagnostic.hpp>
#include <grantkpi/encoding.hpp>
#include <grantkpi/evaluate.hpp>
#include <grantkpi/excel_csv.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/input.hpp>
#include <grantkpi/kpi.hpp>
#include <grantkpi/observation.hpp>
#include <grantkpi/project.hpp>
#include <grantkpi/provenance.hpp>
#include <grantkpi/unit.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <ostream>
#include <string_view>

namespace grantkpi {
namespace {

constexpr std::string_view unknown = "?";

// The Japanese labels, in the words the HTML page (src/html/html_format.hpp), the report
// layout (src/report_text/grammar.hpp) and docs/ already use.
std::string_view japanese(Rounding value) {
    switch (value) {
    case Rounding::half_away_from_zero:
        return "四捨五入";
    case Rounding::toward_zero:
        return "切り捨て";
    }
    return unknown;
}

std::string_view japanese(Era value) {
    switch (value) {
    case Era::heisei:
        return "平成";
    case Era::reiwa:
        return "令和";
    }
    return unknown;
}

std::string_view japanese(FiscalYearStyle value) {
    switch (value) {
    case FiscalYearStyle::era_short:
        return "和暦略記";
    case FiscalYearStyle::era_long:
        return "和暦";
    case FiscalYearStyle::gregorian:
        return "西暦";
    }
    return unknown;
}

std::string_view japanese(ObservationStatus value) {
    switch (value) {
    case ObservationStatus::confirmed:
        return "確定値";
    case ObservationStatus::expected:
        return "見込";
    case ObservationStatus::not_set:
        return "記載なし";
    }
    return unknown;
}

std::string_view japanese(UnitKind value) {
    switch (value) {
    case UnitKind::count:
        return "数量";
    case UnitKind::currency:
        return "金額";
    case UnitKind::percent:
        return "百分率";
    case UnitKind::duration:
        return "期間";
    case UnitKind::other:
        return "その他";
    }
    return unknown;
}

std::string_view japanese(Severity value) {
    switch (value) {
    case Severity::error:
        return "エラー";
    case Severity::warning:
        return "警告";
    case Severity::note:
        return "注記";
    }
    return unknown;
}

std::string_view japanese(Source value) {
    switch (value) {
    case Source::stated:
        return "明示";
    case Source::inferred:
        return "推定";
    case Source::assumed:
        return "仮定";
    }
    return unknown;
}

std::string_view japanese(Direction value) {
    switch (value) {
    case Direction::increase:
        return "高いほど良い";
    case Direction::decrease:
        return "低いほど良い";
    }
    return unknown;
}

std::string_view japanese(Accumulation value) {
    switch (value) {
    case Accumulation::level:
        return "各年度の値";
    case Accumulation::increment:
        return "各年度の増減（合計可）";
    case Accumulation::cumulative:
        return "累計値（最新年度で判定）";
    }
    return unknown;
}

std::string_view japanese(Application value) {
    switch (value) {
    case Application::single:
        return "単独申請";
    case Application::joint:
        return "共同申請";
    }
    return unknown;
}

std::string_view japanese(BudgetScope value) {
    switch (value) {
    case BudgetScope::own:
        return "自団体分";
    case BudgetScope::joint_total:
        return "共同事業の全体額";
    }
    return unknown;
}

std::string_view japanese(TextEncoding value) {
    switch (value) {
    case TextEncoding::automatic:
        return "自動判別";
    case TextEncoding::utf8:
        return "UTF-8";
    case TextEncoding::cp932:
        return "CP932（Shift_JIS）";
    }
    return unknown;
}

std::string_view japanese(ReportFormat value) {
    switch (value) {
    case ReportFormat::json:
        return "JSON";
    case ReportFormat::text:
        return "テキスト";
    }
    return unknown;
}

std::string_view japanese(CsvDialect value) {
    switch (value) {
    case CsvDialect::rfc4180:
        return "プログラム用CSV";
    case CsvDialect::excel:
        return "Excel用CSV";
    }
    return unknown;
}

std::string_view japanese(Verdict value) {
    switch (value) {
    case Verdict::met:
        return "達成";
    case Verdict::not_met:
        return "未達成";
    case Verdict::no_plan:
        return "目標値なし";
    case Verdict::not_reported:
        return "実績未報告";
    }
    return unknown;
}

std::string_view japanese(EffectRating value) {
    switch (value) {
    case EffectRating::target_reached:
        return "非常に効果的";
    case EffectRating::close_to_target:
        return "相当程度効果があった";
    case EffectRating::better_than_baseline:
        return "効果があった";
    case EffectRating::not_better:
        return "効果がなかった";
    case EffectRating::not_rated:
        return "評価対象外";
    }
    return unknown;
}

std::string_view japanese(ProjectOutcome value) {
    switch (value) {
    case ProjectOutcome::met_at_least_one:
        return "KPIを1つ以上達成";
    case ProjectOutcome::met_none:
        return "達成したKPIなし";
    case ProjectOutcome::not_judged:
        return "判定できるKPIなし";
    }
    return unknown;
}

// The row labels of a KPI's table in the report (①計画, ①実績).
std::string_view japanese(TableRow value) {
    switch (value) {
    case TableRow::plan:
        return "計画";
    case TableRow::actual:
        return "実績";
    }
    return unknown;
}

} // namespace

// The English names are the Boost.Describe names, the ones the JSON reader and writer use.
#define GRANTKPI_DEFINE_ENUM_NAMES(E)                                                              \
    std::string to_string(E value) {                                                               \
        return boost::describe::enum_to_string(value, "?");                                        \
    }                                                                                              \
    std::string label_ja(E value) {                                                                \
        return std::string(japanese(value));                                                       \
    }                                                                                              \
    std::ostream& operator<<(std::ostream& os, E value) {                                          \
        return os << boost::describe::enum_to_string(value, "?");                                  \
    }

GRANTKPI_DEFINE_ENUM_NAMES(Rounding)
GRANTKPI_DEFINE_ENUM_NAMES(Era)
GRANTKPI_DEFINE_ENUM_NAMES(FiscalYearStyle)
GRANTKPI_DEFINE_ENUM_NAMES(ObservationStatus)
GRANTKPI_DEFINE_ENUM_NAMES(UnitKind)
GRANTKPI_DEFINE_ENUM_NAMES(Severity)
GRANTKPI_DEFINE_ENUM_NAMES(Source)
GRANTKPI_DEFINE_ENUM_NAMES(Direction)
GRANTKPI_DEFINE_ENUM_NAMES(Accumulation)
GRANTKPI_DEFINE_ENUM_NAMES(Application)
GRANTKPI_DEFINE_ENUM_NAMES(BudgetScope)
GRANTKPI_DEFINE_ENUM_NAMES(TextEncoding)
GRANTKPI_DEFINE_ENUM_NAMES(ReportFormat)
GRANTKPI_DEFINE_ENUM_NAMES(CsvDialect)
GRANTKPI_DEFINE_ENUM_NAMES(Verdict)
GRANTKPI_DEFINE_ENUM_NAMES(EffectRating)
GRANTKPI_DEFINE_ENUM_NAMES(ProjectOutcome)
GRANTKPI_DEFINE_ENUM_NAMES(TableRow)

#undef GRANTKPI_DEFINE_ENUM_NAMES

} // namespace grantkpi
