// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/kpi_chart.hpp>

#include "html_format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

namespace grantkpi {
namespace {

using html::Writer;

// The palette: distinct in greyscale as well (a dark line with round markers over mid-grey
// bars; expected bars hatched and outlined, the baseline dashed).
constexpr std::string_view plan_colour = "#8f2d0c";
constexpr std::string_view actual_colour = "#3d7fc9";
constexpr std::string_view baseline_colour = "#5b6270";
constexpr std::string_view axis_colour = "#30343b";
constexpr std::string_view grid_colour = "#e3e6ea";
constexpr std::string_view font_stack = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', "
                                        "'Hiragino Kaku Gothic ProN', 'Yu Gothic', YuGothic, "
                                        "Meiryo, sans-serif";

std::string clean_id(std::string_view id) {
    std::string out;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_';
        out += ok ? c : '_';
    }
    if (out.empty() || !((out[0] >= 'a' && out[0] <= 'z') || (out[0] >= 'A' && out[0] <= 'Z'))) {
        out.insert(0, "k");
    }
    return out;
}

// A pixel coordinate: one decimal is plenty.
std::string px(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", v);
    std::string s = buffer;
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) {
        s.resize(s.size() - 2);
    }
    return s == "-0" ? "0" : s;
}

// An axis tick: a generated round number, not a figure of the report, so a double is fine.
std::string tick_text(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string s = buffer;
    if (s == "-0" || s.find_first_not_of("-0.") == std::string::npos) {
        return "0";
    }
    const bool negative = s[0] == '-';
    const std::size_t start = negative ? 1 : 0;
    std::size_t dot = s.find('.');
    if (dot == std::string::npos) {
        dot = s.size();
    }
    for (std::size_t i = dot; i > start + 3; i -= 3) {
        s.insert(i - 3, ",");
    }
    return s;
}

// A step of 1, 2 or 5 times a power of ten, near `raw`.
double nice_step(double raw) {
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / power;
    return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * power;
}

// The rough width of a label in pixels at `size` px: wide (CJK) characters count a full em.
double label_width(std::string_view text, double size) {
    double width = 0;
    for (const char ch : text) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80) {
            width += size * 0.6;
        } else if (b >= 0xC0) {
            width += b >= 0xE0 ? size : size * 0.6;
        }
    }
    return width;
}

struct Point {
    FiscalYear year;
    const KpiYearEvaluation* cells;
};

std::optional<Decimal> baseline_value(const Baseline& baseline) {
    if (baseline.actual.has_value()) {
        return baseline.actual.value();
    }
    return baseline.plan.value();
}

} // namespace

KpiChartOptions kpi_chart_options(const Kpi& kpi, std::string id) {
    KpiChartOptions options;
    options.id = std::move(id);
    options.unit = kpi.unit.label;
    options.baseline = kpi.baseline;
    return options;
}

namespace {

// Where everything goes: the years in order, the value axis, the plot area.
struct Chart {
    std::string id;
    std::vector<Point> points; ///< the years in order of year
    std::optional<Decimal> baseline;
    double width = 0;
    double height = 0;
    double left = 0;
    double right = 0;
    double top = 40;
    double bottom = 0;
    double axis_lo = 0;
    double axis_hi = 0;
    double step = 1;
    int decimals = 0;
    int ticks = 0;
    double band = 0;
    double bar_width = 0;
    std::size_t plan_points = 0;
    std::size_t actual_points = 0;
    bool any_expected = false;
    bool any_actual = false;
    bool any_judged = false;

    [[nodiscard]] double y_of(double v) const {
        return bottom - (v - axis_lo) / (axis_hi - axis_lo) * (bottom - top);
    }
    [[nodiscard]] double x_of(std::size_t i) const {
        return left + band * (static_cast<double>(i) + 0.5);
    }
};

// The value axis: from the lowest to the highest value (0 included), with room above the
// highest bar for its label, in ticks of 1, 2 or 5 times a power of ten.
void lay_out_values(Chart& c) {
    double lo = 0;
    double hi = 0;
    auto widen = [&](const Observation& cell) {
        if (const auto v = cell.value()) {
            lo = std::min(lo, v->to_double());
            hi = std::max(hi, v->to_double());
        }
    };
    for (const auto& p : c.points) {
        widen(p.cells->plan);
        widen(p.cells->actual);
        c.plan_points += p.cells->plan.has_value() ? 1 : 0;
        c.actual_points += p.cells->actual.has_value() ? 1 : 0;
        c.any_actual = c.any_actual || p.cells->actual.has_value();
        c.any_expected = c.any_expected || p.cells->actual.is_expected();
        c.any_judged = c.any_judged || p.cells->met.has_value();
    }
    if (c.baseline) {
        lo = std::min(lo, c.baseline->to_double());
        hi = std::max(hi, c.baseline->to_double());
    }
    const double span = hi - lo > 0 ? hi - lo : std::max(std::abs(hi), 1.0);
    if (hi > 0) {
        hi += span * 0.1;
    }
    if (lo < 0) {
        lo -= span * 0.1;
    }
    if (hi - lo <= 0) {
        hi = lo + 1;
    }
    c.step = nice_step((hi - lo) / 4.0);
    c.axis_lo = std::floor(lo / c.step + 1e-9) * c.step;
    c.axis_hi = std::ceil(hi / c.step - 1e-9) * c.step;
    c.decimals = c.step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(c.step) - 1e-9));
    c.ticks = static_cast<int>(std::lround((c.axis_hi - c.axis_lo) / c.step));
}

Chart lay_out(const KpiEvaluation& kpi, const KpiChartOptions& options) {
    Chart c;
    c.id = clean_id(options.id);
    c.width = std::max(options.width, 200);
    c.height = std::max(options.height, 140);
    c.baseline = baseline_value(options.baseline);
    // The right margin holds the baseline's label.
    c.right = c.width - (c.baseline ? 74 : 14);
    c.bottom = c.height - 42;
    // The years in order of year; a year twice (GK402) is evaluated once already.
    for (const auto& year : kpi.years) {
        c.points.push_back({year.year, &year});
    }
    std::stable_sort(c.points.begin(), c.points.end(),
                     [](const Point& a, const Point& b) { return a.year < b.year; });
    lay_out_values(c);
    // The left margin fits the widest tick label (100,000,000 千円 as well as 5 件).
    double widest = 0;
    for (int i = 0; i <= c.ticks; ++i) {
        widest = std::max(widest, label_width(tick_text(c.axis_lo + c.step * i, c.decimals), 11));
    }
    c.left = std::max(44.0, widest + 14);
    c.band = (c.right - c.left) / static_cast<double>(std::max<std::size_t>(c.points.size(), 1));
    c.bar_width = std::min(c.band * 0.46, 56.0);
    return c;
}

// The text alternative: every figure, as written.
std::string describe(const KpiEvaluation& kpi, const Chart& c) {
    std::string desc;
    auto row = [&](std::string_view label, bool plan) {
        std::string part;
        for (const auto& p : c.points) {
            const Observation& cell = plan ? p.cells->plan : p.cells->actual;
            if (!cell.has_value()) {
                continue;
            }
            part += (part.empty() ? "" : "、") + html::year_label(p.year) + " " +
                    html::value_text(cell) + (cell.is_expected() ? "（見込）" : "");
        }
        desc += std::string(label) + ": " + (part.empty() ? "なし" : part) + "。";
    };
    row("計画", true);
    row("実績", false);
    if (c.baseline) {
        desc += "当初値 " + c.baseline->to_grouped_string() + "。";
    }
    desc += "判定: " + label_ja(kpi.verdict);
    if (kpi.latest_year) {
        desc +=
            "（" + html::year_label(*kpi.latest_year) + (kpi.provisional ? "、見込" : "") + "）";
    }
    desc += "。";
    return desc;
}

// Legend: only what the chart shows, expected actuals named.
void write_legend(Writer& w, const Chart& c) {
    double x = c.left;
    const double y = 16;
    w.raw("<g class=\"legend\" font-size=\"12\" fill=\"#30343b\">");
    auto item = [&](std::string_view swatch, std::string_view label) {
        w.raw("<g transform=\"translate(" + px(x) + " " + px(y) + ")\">");
        w.raw(swatch);
        w.raw("<text x=\"22\" y=\"4\">").text(label).raw("</text></g>");
        x += 22 + label_width(label, 12) + 16;
    };
    if (c.plan_points > 0) {
        item("<line x1=\"0\" y1=\"0\" x2=\"18\" y2=\"0\" stroke=\"" + std::string(plan_colour) +
                 "\" stroke-width=\"2.5\"/><circle cx=\"9\" cy=\"0\" r=\"4\" fill=\"#ffffff\" "
                 "stroke=\"" +
                 std::string(plan_colour) + "\" stroke-width=\"2\"/>",
             "計画");
    } else {
        item("", "計画値の記載なし");
    }
    if (c.any_actual) {
        item("<rect x=\"3\" y=\"-6\" width=\"12\" height=\"12\" fill=\"" +
                 std::string(actual_colour) + "\"/>",
             "実績");
    }
    if (c.any_expected) {
        item("<rect x=\"3\" y=\"-6\" width=\"12\" height=\"12\" fill=\"url(#" + c.id +
                 "-hatch)\" stroke=\"" + std::string(actual_colour) +
                 "\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>",
             "実績（見込）");
    }
    if (c.baseline) {
        item("<line x1=\"0\" y1=\"0\" x2=\"18\" y2=\"0\" stroke=\"" + std::string(baseline_colour) +
                 "\" stroke-width=\"1.5\" "
                 "stroke-dasharray=\"5 3\"/>",
             "当初値");
    }
    if (c.any_judged) {
        item("<text x=\"0\" y=\"4\" font-weight=\"700\">○×</text>", "達成／未達成");
    }
    w.raw("</g>");
}

// Grid and y axis labels; "no figures" when there is no year.
void write_grid(Writer& w, const Chart& c, const KpiChartOptions& options) {
    w.raw("<g class=\"grid\" font-size=\"11\" fill=\"#5b6270\" text-anchor=\"end\">");
    for (int i = 0; i <= c.ticks; ++i) {
        const double v = c.axis_lo + c.step * i;
        const double y = c.y_of(v);
        w.raw("<line x1=\"" + px(c.left) + "\" y1=\"" + px(y) + "\" x2=\"" + px(c.right) +
              "\" y2=\"" + px(y) + "\" stroke=\"" + std::string(grid_colour) + "\"/>");
        w.raw("<text x=\"" + px(c.left - 6) + "\" y=\"" + px(y + 4) + "\">")
            .text(tick_text(v, c.decimals))
            .raw("</text>");
    }
    if (!options.unit.empty()) {
        w.raw("<text class=\"unit\" x=\"" + px(c.left - 6) + "\" y=\"" + px(c.top - 10) + "\">")
            .text(options.unit)
            .raw("</text>");
    }
    w.raw("</g>");
    if (c.points.empty()) {
        w.raw("<text x=\"" + px((c.left + c.right) / 2) + "\" y=\"" + px((c.top + c.bottom) / 2) +
              "\" text-anchor=\"middle\" fill=\"#5b6270\">数値の記載なし</text>");
    }
}

// The figure of an actual bar as written, beyond the bar's end; inside a tall enough bar
// (white on the solid fill) when the plan's marker would cover it there.
std::string bar_label(const Chart& c, std::size_t i, double y0, double h) {
    const Observation& cell = c.points[i].cells->actual;
    const bool expected = cell.is_expected();
    const bool below = cell.value()->is_negative();
    double label_y = below ? y0 + h + 13 : y0 - 6;
    bool inside = false;
    if (const auto plan = c.points[i].cells->plan.value()) {
        const double plan_y = c.y_of(plan->to_double());
        if (std::abs(plan_y - (label_y - 4)) < 13 && h >= 22) {
            inside = true;
            label_y = below ? y0 + h - 6 : y0 + 15;
        }
    }
    const bool white = inside && !expected;
    return "<text class=\"value\" x=\"" + px(c.x_of(i)) + "\" y=\"" + px(label_y) +
           "\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"600\"" +
           (white ? std::string(" fill=\"#ffffff\">")
                  : std::string(" fill=\"#1f2328\" stroke=\"#ffffff\" stroke-width=\"3\" "
                                "paint-order=\"stroke\">")) +
           html_escape(html::value_text(cell) + (expected ? " 見込" : "")) + "</text>";
}

// Actuals: bars from the zero line; a zero is a thin bar, not nothing. Returns the bars'
// labels, drawn last, on top.
std::string write_actual_bars(Writer& w, const Chart& c) {
    const double zero_y = c.y_of(0);
    std::string labels;
    w.raw("<g class=\"series-actual\" data-points=\"" + std::to_string(c.actual_points) + "\">");
    for (std::size_t i = 0; i < c.points.size(); ++i) {
        const Observation& cell = c.points[i].cells->actual;
        const auto value = cell.value();
        if (!value) {
            continue;
        }
        const double y = c.y_of(value->to_double());
        double y0 = std::min(y, zero_y);
        double h = std::abs(y - zero_y);
        if (h < 2) {
            y0 = zero_y - 1;
            h = 2;
        }
        const double x = c.x_of(i) - c.bar_width / 2;
        const bool expected = cell.is_expected();
        w.raw("<rect class=\"" + std::string(expected ? "bar-expected" : "bar-confirmed") +
              "\" data-year=\"" + std::to_string(c.points[i].year.gregorian()) + "\" x=\"" + px(x) +
              "\" y=\"" + px(y0) + "\" width=\"" + px(c.bar_width) + "\" height=\"" + px(h) + "\"");
        if (expected) {
            w.raw(" fill=\"url(#" + c.id + "-hatch)\" stroke=\"" + std::string(actual_colour) +
                  "\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"");
        } else {
            w.raw(" fill=\"" + std::string(actual_colour) + "\"");
        }
        w.raw("/>");
        labels += bar_label(c, i, y0, h);
    }
    w.raw("</g>");
    return labels;
}

// The zero line, above the bars' feet (darker when values go below it), and the baseline.
void write_zero_and_baseline(Writer& w, const Chart& c) {
    const double zero_y = c.y_of(0);
    w.raw("<line class=\"zero-line\" x1=\"" + px(c.left) + "\" y1=\"" + px(zero_y) + "\" x2=\"" +
          px(c.right) + "\" y2=\"" + px(zero_y) + "\" stroke=\"" + std::string(axis_colour) +
          "\" stroke-width=\"" + (c.axis_lo < 0 ? "1.6" : "1.2") + "\"/>");
    if (!c.baseline) {
        return;
    }
    const double y = c.y_of(c.baseline->to_double());
    w.raw("<g class=\"baseline\"><line x1=\"" + px(c.left) + "\" y1=\"" + px(y) + "\" x2=\"" +
          px(c.right) + "\" y2=\"" + px(y) + "\" stroke=\"" + std::string(baseline_colour) +
          "\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>");
    w.raw("<text x=\"" + px(c.right + 5) + "\" y=\"" + px(y - 2) + "\" font-size=\"11\" fill=\"" +
          std::string(baseline_colour) + "\"><tspan>当初値</tspan><tspan x=\"" + px(c.right + 5) +
          "\" dy=\"13\">")
        .text(c.baseline->to_grouped_string())
        .raw("</tspan>")
        .raw("</text></g>");
}

// Plan: a line through consecutive years with a plan value (a gap breaks it), and a marker
// on each.
void write_plan(Writer& w, const Chart& c) {
    w.raw("<g class=\"series-plan\" data-points=\"" + std::to_string(c.plan_points) + "\">");
    std::string path;
    bool pen_down = false;
    for (std::size_t i = 0; i < c.points.size(); ++i) {
        const auto value = c.points[i].cells->plan.value();
        if (!value) {
            pen_down = false;
            continue;
        }
        path += (pen_down ? "L" : "M") + px(c.x_of(i)) + " " + px(c.y_of(value->to_double()));
        pen_down = true;
    }
    if (!path.empty()) {
        w.raw("<path d=\"" + path + "\" fill=\"none\" stroke=\"" + std::string(plan_colour) +
              "\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
    }
    for (std::size_t i = 0; i < c.points.size(); ++i) {
        const Observation& cell = c.points[i].cells->plan;
        const auto value = cell.value();
        if (!value) {
            continue;
        }
        w.raw("<circle class=\"plan-point\" data-year=\"" +
              std::to_string(c.points[i].year.gregorian()) + "\" cx=\"" + px(c.x_of(i)) +
              "\" cy=\"" + px(c.y_of(value->to_double())) +
              "\" r=\"4.5\" fill=\"#ffffff\" stroke=\"" + std::string(plan_colour) +
              "\" stroke-width=\"2\"" + (cell.is_expected() ? " stroke-dasharray=\"2 1.5\"" : "") +
              ">");
        w.raw("<title>")
            .text("計画 " + html::year_label(c.points[i].year) + ": " + html::value_text(cell))
            .raw("</title></circle>");
    }
    w.raw("</g>");
}

// x axis: the years, and under each judged year ○ (met) or × (not met).
void write_x_axis(Writer& w, const Chart& c) {
    w.raw("<g class=\"x-axis\" text-anchor=\"middle\" fill=\"#30343b\">");
    for (std::size_t i = 0; i < c.points.size(); ++i) {
        w.raw("<text x=\"" + px(c.x_of(i)) + "\" y=\"" + px(c.bottom + 17) + "\" font-size=\"12\">")
            .text(html::year_label(c.points[i].year))
            .raw("</text>");
        if (const auto met = c.points[i].cells->met) {
            w.raw("<text class=\"" + std::string(*met ? "mark-met" : "mark-not-met") + "\" x=\"" +
                  px(c.x_of(i)) + "\" y=\"" + px(c.bottom + 34) +
                  "\" font-size=\"12\" font-weight=\"" + (*met ? "700" : "400") + "\">")
                .text(*met ? "○" : "×")
                .raw("</text>");
        }
    }
    w.raw("</g>");
}

} // namespace

std::string write_kpi_chart_svg(const KpiEvaluation& kpi, const KpiChartOptions& options) {
    const Chart c = lay_out(kpi, options);
    const std::string unit_suffix = options.unit.empty() ? "" : "（" + options.unit + "）";
    const std::string title = detail::kpi_label(kpi.number) + " " + kpi.title() + unit_suffix;

    Writer w;
    w.raw("<svg");
    if (options.standalone) {
        w.raw(" xmlns=\"http://www.w3.org/2000/svg\"");
    }
    w.raw(" class=\"kpi-chart\" role=\"img\" viewBox=\"0 0 " + px(c.width) + " " + px(c.height) +
          "\" width=\"" + px(c.width) + "\" height=\"" + px(c.height) + "\" aria-labelledby=\"" +
          c.id + "-title " + c.id + "-desc\" font-family=\"" + std::string(font_stack) +
          "\" font-size=\"12\">");
    w.raw("<title id=\"" + c.id + "-title\">").text(title).raw("</title>");
    w.raw("<desc id=\"" + c.id + "-desc\">").text(describe(kpi, c)).raw("</desc>");
    w.raw("<defs><pattern id=\"" + c.id +
          "-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" "
          "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
          "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" +
          std::string(actual_colour) + "\" stroke-width=\"2.4\"/></pattern></defs>");
    write_legend(w, c);
    write_grid(w, c, options);
    const std::string labels = write_actual_bars(w, c);
    write_zero_and_baseline(w, c);
    write_plan(w, c);
    w.raw("<g class=\"values\">" + labels + "</g>");
    write_x_axis(w, c);
    w.raw("</svg>");
    return std::move(w.str());
}

} // namespace grantkpi
