// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// The names of every public enum, without Boost.Describe: to_string(E) gives the stable
// English name the JSON and CSV use (`met`, `not_met`, `expected`), label_ja(E) the Japanese
// label the reports and the HTML page use (達成, 未達成, 見込), and `<<` writes to_string.
//
// Each enum's own header includes this one, so `to_string(Verdict::met)` and
// `std::cout << Direction::decrease` work wherever the enum does. A value that is not one of
// the enumerators (a cast integer) is `?`.

#include <grantkpi/export.hpp>

#include <cstdint>
#include <iosfwd>
#include <string>

namespace grantkpi {

enum class Rounding;                         // decimal.hpp
enum class Era;                              // fiscal_year.hpp
enum class FiscalYearStyle;                  // fiscal_year.hpp
enum class ObservationStatus : std::uint8_t; // observation.hpp
enum class UnitKind;                         // unit.hpp
enum class Severity;                         // diagnostic.hpp
enum class Source;                           // provenance.hpp
enum class Direction;                        // kpi.hpp
enum class Accumulation;                     // kpi.hpp
enum class Application;                      // project.hpp
enum class BudgetScope;                      // project.hpp
enum class TextEncoding;                     // encoding.hpp
enum class ReportFormat;                     // input.hpp
enum class CsvDialect;                       // excel_csv.hpp
enum class Verdict;                          // evaluate.hpp
enum class EffectRating;                     // evaluate.hpp
enum class ProjectOutcome;                   // evaluate.hpp
enum class TableRow;                         // aggregate.hpp

// to_string(E): the enumerator's name as the JSON writes it. label_ja(E): its Japanese label.
#define GRANTKPI_DECLARE_ENUM_NAMES(E)                                                             \
    [[nodiscard]] GRANTKPI_API std::string to_string(E value);                                     \
    [[nodiscard]] GRANTKPI_API std::string label_ja(E value);                                      \
    GRANTKPI_API std::ostream& operator<<(std::ostream& os, E value);

GRANTKPI_DECLARE_ENUM_NAMES(Rounding)          // 四捨五入, 切り捨て
GRANTKPI_DECLARE_ENUM_NAMES(Era)               // 平成, 令和
GRANTKPI_DECLARE_ENUM_NAMES(FiscalYearStyle)   // 和暦略記, 和暦, 西暦
GRANTKPI_DECLARE_ENUM_NAMES(ObservationStatus) // 確定値, 見込, 記載なし
GRANTKPI_DECLARE_ENUM_NAMES(UnitKind)          // 数量, 金額, 百分率, 期間, その他
GRANTKPI_DECLARE_ENUM_NAMES(Severity)          // エラー, 警告, 注記
GRANTKPI_DECLARE_ENUM_NAMES(Source)            // 明示, 推定, 仮定
GRANTKPI_DECLARE_ENUM_NAMES(Direction)         // 高いほど良い, 低いほど良い
GRANTKPI_DECLARE_ENUM_NAMES(Accumulation)   // 各年度の値, 各年度の増減…, 累計値…
GRANTKPI_DECLARE_ENUM_NAMES(Application)    // 単独申請, 共同申請
GRANTKPI_DECLARE_ENUM_NAMES(BudgetScope)    // 自団体分, 共同事業の全体額
GRANTKPI_DECLARE_ENUM_NAMES(TextEncoding)   // 自動判別, UTF-8, CP932
GRANTKPI_DECLARE_ENUM_NAMES(ReportFormat)   // JSON, テキスト
GRANTKPI_DECLARE_ENUM_NAMES(CsvDialect)     // プログラム用CSV, Excel用CSV
GRANTKPI_DECLARE_ENUM_NAMES(Verdict)        // 達成, 未達成, 目標値なし …
GRANTKPI_DECLARE_ENUM_NAMES(EffectRating)   // 非常に効果的 … 評価対象外
GRANTKPI_DECLARE_ENUM_NAMES(ProjectOutcome) // KPIを1つ以上達成 …
GRANTKPI_DECLARE_ENUM_NAMES(TableRow)       // 計画, 実績

#undef GRANTKPI_DECLARE_ENUM_NAMES

} // namespace grantkpi
