// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "html_style.hpp"

namespace grantkpi::html {

// System fonts only (nothing is fetched): the Japanese faces of Linux, macOS and Windows.
// Colours pass in greyscale too: every status also has a symbol (○ × –) or a dashed border.
std::string_view page_style() noexcept { // NOLINT(readability-function-size): one CSS literal
    return R"css(
:root {
  --ink: #1f2328; --muted: #5b6270; --line: #d9dee4; --paper: #ffffff; --bg: #f3f5f8;
  --navy: #1d3557; --actual: #3d7fc9; --plan: #8f2d0c;
  --met: #17693a; --met-bg: #e3f3e8; --miss: #a8261b; --miss-bg: #fbe9e7;
  --none: #5b6270; --none-bg: #eef0f3;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: var(--bg); line-height: 1.6; font-size: 15px;
  font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
    "Yu Gothic", YuGothic, Meiryo, sans-serif;
  font-feature-settings: "palt" 0;
}
.num, td.num, .figure { font-variant-numeric: tabular-nums; }
header.page { background: var(--navy); color: #fff; padding: 26px 0 22px; }
header.page .inner, main { max-width: 1200px; margin: 0 auto; padding: 0 32px; }
header.page h1 { margin: 0; font-size: 28px; letter-spacing: .02em; }
header.page .sub { margin: 4px 0 0; color: #c9d6e8; font-size: 14px; }
main { padding-top: 24px; padding-bottom: 56px; }
h2, h3, h4 { line-height: 1.35; }
.section { font-size: 21px; margin: 36px 0 14px; padding: 2px 0 2px 12px;
  border-left: 6px solid var(--navy); }
.section .meta { font-size: 13.5px; font-weight: 400; color: var(--muted);
  margin-left: 10px; }
.notes { margin: 8px 0 14px; padding: 0; list-style: none; color: var(--muted); font-size: 13.5px; }
.notes li::before { content: "※ "; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(250px, 1fr)); gap: 14px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
  padding: 14px 18px 14px; border-top: 4px solid var(--navy); break-inside: avoid; }
.card h3 { margin: 0 0 2px; font-size: 13.5px; color: var(--muted); font-weight: 600; }
.card .figure { font-size: 34px; font-weight: 700; line-height: 1.2; margin: 4px 0 2px; }
.card .figure small { font-size: 16px; font-weight: 600; margin-left: 4px; color: var(--muted); }
.card p { margin: 2px 0; font-size: 13.5px; }
.card p.more { color: var(--muted); }
.card.kpi-card { border-top-color: var(--met); }
.card.money { border-top-color: var(--actual); }
.card.joint { border-top-color: #7a5c00; }
section.round { margin-top: 8px; }
article.project { background: var(--paper); border: 1px solid var(--line); border-radius: 12px;
  margin: 16px 0 22px; padding: 18px 22px 8px; }
.project-title { margin: 0 0 10px; font-size: 19px; }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr));
  gap: 6px 18px; margin: 0 0 10px; }
.facts div { border-left: 3px solid var(--line); padding-left: 10px; }
.facts dt { font-size: 12px; color: var(--muted); }
.facts dd { margin: 0; font-size: 14.5px; font-weight: 600; }
.facts dd .aside { font-weight: 400; color: var(--muted); font-size: 12.5px; }
details.about { margin: 4px 0 10px; font-size: 13.5px; color: #3d434b; }
details.about summary { cursor: pointer; color: var(--muted); }
.badge { display: inline-block; border: 1.5px solid; border-radius: 999px; padding: 0 9px;
  font-size: 12.5px; font-weight: 600; line-height: 1.7; white-space: nowrap; }
.badge.met { color: var(--met); background: var(--met-bg); }
.badge.not-met { color: var(--miss); background: var(--miss-bg); }
.badge.none { color: var(--none); background: var(--none-bg); }
.badge.provisional { border-style: dashed; }
.badge.effect { color: var(--navy); background: #e8eef7; }
.verdicts { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 12px; }
figure.kpi { margin: 12px 0 14px; border-top: 1px solid var(--line); padding: 14px 0 4px;
  break-inside: avoid; page-break-inside: avoid; }
figure.kpi figcaption { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px;
  margin-bottom: 6px; }
.kpi-title { margin: 0; font-size: 16px; flex: 1 1 420px; }
.kpi-title .no { color: var(--navy); margin-right: 6px; }
.kpi-meta { width: 100%; font-size: 12.5px; color: var(--muted); }
.kpi-meta span + span::before { content: " · "; }
.basis { border-bottom: 1px dotted var(--muted); }
.basis.weak::after { content: " ?"; font-weight: 700; color: var(--miss); }
.kpi-body { display: grid; grid-template-columns: minmax(0, 11fr) minmax(0, 8fr); gap: 18px;
  align-items: start; }
.kpi-chart { width: 100%; height: auto; display: block; }
table.data { border-collapse: collapse; width: 100%; font-size: 13px; }
table.data caption { text-align: left; font-size: 12px; color: var(--muted); padding-bottom: 2px; }
table.data th, table.data td { border-bottom: 1px solid var(--line); padding: 3px 6px; }
table.data thead th { font-size: 12px; color: var(--muted); font-weight: 600; text-align: right;
  border-bottom: 1.5px solid #aeb6c0; }
table.data thead th:first-child, table.data tbody th { text-align: left; }
table.data tbody th { font-weight: 600; white-space: nowrap; }
table.data td.num { text-align: right; white-space: nowrap; }
table.data tr.baseline th, table.data tr.baseline td { color: var(--muted); }
.na { color: #9aa1ab; }
.tag { display: inline-block; font-size: 11px; border: 1px dashed var(--actual); color: var(--actual);
  border-radius: 4px; padding: 0 4px; margin-left: 4px; line-height: 1.5; }
.mark-met { color: var(--met); font-weight: 700; }
.mark-not-met { color: var(--miss); }
.running { font-size: 12.5px; color: var(--muted); margin: 6px 0 0; }
table.list { border-collapse: collapse; width: 100%; background: var(--paper); font-size: 13.5px;
  border: 1px solid var(--line); }
table.list th, table.list td { padding: 5px 10px; border-bottom: 1px solid var(--line); }
table.list thead th { text-align: left; background: #eef1f5; font-size: 12.5px; }
table.list td.num, table.list th.num { text-align: right; }
table.overview { margin-top: 16px; }
table.overview caption { text-align: left; font-size: 12.5px; color: var(--muted); padding: 0 0 4px; }
.verdicts-inline .badge { margin-right: 4px; padding: 0 6px; }
section.report { margin-top: 40px; }
section.report > header { border-bottom: 3px solid var(--navy); margin-bottom: 12px; }
section.report > header h2 { font-size: 25px; margin: 0; }
section.report > header p { margin: 2px 0 8px; color: var(--muted); font-size: 13.5px; }
footer.page { max-width: 1200px; margin: 0 auto; padding: 0 32px 40px; color: var(--muted);
  font-size: 12.5px; }
a { color: var(--actual); }
@media (max-width: 760px) {
  .kpi-body { grid-template-columns: 1fr; }
  header.page .inner, main { padding: 0 14px; }
}
@media print {
  @page { size: A4; margin: 12mm 11mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 10.5pt; }
  header.page { background: none; color: var(--ink); border-bottom: 2px solid var(--navy);
    padding: 0 0 6px; }
  header.page .sub { color: var(--muted); }
  header.page .inner, main, footer.page { max-width: none; padding: 0; }
  article.project { border: none; padding: 0; margin: 10px 0 16px; }
  article.project > h3, .facts, .card, .section { break-after: avoid; page-break-after: avoid; }
  figure.kpi, .card, .facts, table.list tr { break-inside: avoid; page-break-inside: avoid; }
  section.report { break-before: page; }
  details.about { display: none; }
  .kpi-body { grid-template-columns: minmax(0, 11fr) minmax(0, 8fr); gap: 10px; }
  table.data { font-size: 9pt; }
  table.data th, table.data td { padding: 2px 4px; }
  a { color: inherit; text-decoration: none; }
}
)css";
}

} // namespace grantkpi::html
