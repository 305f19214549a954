// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/evaluate.hpp>

#include "support/evaluate_helpers.hpp"
#include "support/printers.hpp"

#include <doctest/doctest.h>

#include <vector>

// The effect rating (docs/evaluation.md): a KPI's thresholds, exact beyond 18 digits, a
// project's quorum, and the options that set them.

using namespace grantkpi;
using namespace grantkpi::testing::evaluate_helpers;
using testing::c;
using testing::e;

TEST_SUITE_BEGIN("evaluate");

TEST_CASE("KPI: effect rating thresholds") {
    struct Row {
        const char* plan;
        const char* actual;
        Direction direction;
        Baseline baseline;
        EffectRating effect;
        bool without_baseline;
    };
    const Row rows[] = {
        {"10", "10", Direction::increase, {}, EffectRating::target_reached, false},
        {"10", "8", Direction::increase, {}, EffectRating::close_to_target, false}, // exactly
                                                                                    // 0.8
        {"10", "7.99", Direction::increase, {}, EffectRating::not_better, true},
        {"10",
         "7.99",
         Direction::increase,
         {none(), c("7"), {}},
         EffectRating::better_than_baseline,
         false},
        {"10", "7", Direction::increase, {none(), c("7"), {}}, EffectRating::not_better, false},
        // The actual row's baseline is the measured start: 8 (plan row 5) -> 7.5 is worse.
        {"10", "7.5", Direction::increase, {c("5"), c("8"), {}}, EffectRating::not_better, false},
        {"10",
         "7.5",
         Direction::increase,
         {c("5"), none(), {}},
         EffectRating::better_than_baseline,
         false},
        {"0", "-1", Direction::increase, {}, EffectRating::not_better, true}, // plan 0: no
                                                                              // ratio
        // Lower is better: attainment plan / actual: 10 / 12.5 = 0.8.
        {"10", "12.5", Direction::decrease, {}, EffectRating::close_to_target, false},
        {"10",
         "13",
         Direction::decrease,
         {c("15"), c("15"), {}},
         EffectRating::better_than_baseline,
         false},
        {"10", "15", Direction::decrease, {c("15"), c("15"), {}}, EffectRating::not_better, false},
    };
    for (const auto& row : rows) {
        CAPTURE(row.plan);
        CAPTURE(row.actual);
        CAPTURE(row.direction);
        const KpiEvaluation ev =
            evaluate_kpi(single_year(row.plan, row.actual, row.direction, row.baseline));
        CHECK(ev.effect == row.effect);
        CHECK(ev.effect_without_baseline == row.without_baseline);
    }
    // A stricter threshold: 8 of 10 is no longer close.
    EvaluationOptions strict;
    strict.close_to_target = Fraction{9, 10};
    CHECK(evaluate_kpi(single_year("10", "8"), strict).effect == EffectRating::not_better);
    CHECK(evaluate_kpi(single_year("10", "9"), strict).effect == EffectRating::close_to_target);
    // An expected baseline makes a baseline-based rating provisional.
    const KpiEvaluation expected_baseline =
        evaluate_kpi(single_year("10", "7", Direction::increase, Baseline{none(), e("5"), {}}));
    CHECK(expected_baseline.effect == EffectRating::better_than_baseline);
    CHECK(expected_baseline.effect_provisional);
    CHECK_FALSE(expected_baseline.provisional);
}

TEST_CASE("effect rating: exact on the threshold when the products exceed 18 digits") {
    // actual x 5 and plan x 4 do not fit a Decimal here. As doubles, 399999999999999999 is
    // 4e17 and would be rated close to the target; exactly, it is 1 short of 80 %.
    const auto effect = [](const char* plan, const char* actual, Direction direction) {
        return evaluate_kpi(single_year(plan, actual, direction)).effect;
    };
    const auto increase = Direction::increase;
    const auto decrease = Direction::decrease;
    CHECK(effect("500000000000000000", "400000000000000000", increase) ==
          EffectRating::close_to_target);
    CHECK(effect("500000000000000000", "399999999999999999", increase) == EffectRating::not_better);
    // Other scales: 40000000000000000.0 / 50000000000000000 = 0.8, and a tenth less.
    CHECK(effect("50000000000000000", "40000000000000000.0", increase) ==
          EffectRating::close_to_target);
    CHECK(effect("50000000000000000", "39999999999999999.9", increase) == EffectRating::not_better);
    CHECK(effect("50000000000000000.0", "39999999999999999", increase) == EffectRating::not_better);
    CHECK(effect("5000000000000000.00", "400000000000000000", increase) ==
          EffectRating::target_reached);
    // A decrease KPI compares plan / actual: 4e17 / 5e17 = 0.8.
    CHECK(effect("400000000000000000", "500000000000000000", decrease) ==
          EffectRating::close_to_target);
    CHECK(effect("399999999999999999", "500000000000000000", decrease) == EffectRating::not_better);
}

// ------------------------------------------------------------------ project edge cases

TEST_CASE("project: effect rating by quorum") {
    const Kpi reached = single_year("10", "10");
    const Kpi close = single_year("10", "9");
    const Kpi not_better = single_year("10", "1");
    const Kpi unrated = make_kpi({{2019, none()}}, {{2019, c("1")}});
    struct Row {
        std::vector<Kpi> kpis;
        Fraction quorum;
        EffectRating effect;
    };
    const Row rows[] = {
        {{reached, reached, not_better}, Fraction{1, 2}, EffectRating::target_reached}, // 2/3
        {{reached, close, not_better, not_better},
         Fraction{1, 2},
         EffectRating::close_to_target}, // 1/4 reached, 2/4 close or better
        {{reached, not_better, not_better}, Fraction{1, 2}, EffectRating::not_better},
        {{reached, close, not_better}, Fraction{1, 1}, EffectRating::not_better},     // the worst
        {{reached, close, not_better}, Fraction{1, 3}, EffectRating::target_reached}, // the best
        {{reached, unrated, unrated}, Fraction{1, 2}, EffectRating::target_reached},  // 1/1 rated
        {{unrated}, Fraction{1, 2}, EffectRating::not_rated},
        {{}, Fraction{1, 2}, EffectRating::not_rated},
    };
    for (const auto& row : rows) {
        CAPTURE(row.kpis.size());
        CAPTURE(row.quorum);
        EvaluationOptions options;
        options.project_quorum = row.quorum;
        CHECK(evaluate_project(make_project(row.kpis), options).effect == row.effect);
    }
}

TEST_CASE("options that are not a share above 0 and at most 1 are refused") {
    EvaluationOptions bad;
    bad.close_to_target = Fraction{3, 2};
    CHECK_THROWS_AS((void)evaluate(seed(), bad), error_exception);
    const auto result = try_evaluate(seed(), bad);
    REQUIRE_FALSE(result);
    CHECK(result.error().message == "evaluation option close_to_target is 3/2, outside (0, 1]");
    EvaluationOptions zero;
    zero.project_quorum = Fraction{0, 1};
    CHECK_FALSE(try_evaluate(seed(), zero));
    CHECK(try_evaluate(seed()));
}

TEST_SUITE_END();
