-- Copyright (c) 2026 The grantkpi authors.
-- Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
--
-- DuckDB as a peer of the national-scale benchmark (bench/README.md): the figures of
-- bench/reference.py (docs/evaluation.md) from a grantkpi collection, in SQL. peer.mjs runs
-- the sections in order: `load` and `compute` are what is timed, `figures` writes every
-- figure in the format of bench/figures.hpp (compared with grantkpi's before timing),
-- `summary` the national lines only. {{corpus}} and {{maximum_object_size}} are replaced by
-- peer.mjs.
--
-- Exact throughout: a number is its coefficient and scale (31.2 = 312, 1), ratios are divided
-- in integers (a DOUBLE ratio rounded with round(a / p, 4) is wrong on 8 of the 107,662
-- judged KPI-years of x1), in BIGINT where the operands fit and in HUGEINT only where they do
-- not (HUGEINT division is slow). One limit is DuckDB's, not this file's: its JSON reader
-- reads a number with a fraction as a DOUBLE, so such a number is exact up to 15 significant
-- digits (the corpus writes at most 6) and its trailing zeros are lost (31.20 reads as 31.2:
-- the same value, so no verdict or ratio changes; only a sum of budgets written with
-- trailing zeros would print fewer digits, and the corpus's budgets are integers).

-- @section load
-- The collection as one row; plan and actual as maps (read_json_auto would guess structs with
-- fixed year fields, in another order), cells as JSON (a number, null or {"value": …}).
CREATE OR REPLACE TEMP TABLE collection AS
SELECT reports
FROM read_json('{{corpus}}',
    format = 'unstructured',
    maximum_object_size = {{maximum_object_size}},
    columns = {
        schema: 'VARCHAR',
        reports: 'STRUCT(
            rounds STRUCT(
                fiscal_year INTEGER,
                projects STRUCT(
                    name VARCHAR,
                    application VARCHAR,
                    partners VARCHAR[],
                    budget JSON,
                    budget_scope VARCHAR,
                    own_budget JSON,
                    kpis STRUCT(
                        direction VARCHAR,
                        direction_basis STRUCT(source VARCHAR, uncertain BOOLEAN),
                        plan MAP(VARCHAR, JSON),
                        actual MAP(VARCHAR, JSON)
                    )[]
                )[]
            )[]
        )[]'
    })
WHERE schema IN ('grantkpi.collection/2', 'grantkpi.collection/1');

-- @section compute
-- 10^n as BIGINT (n in 0..18) and as HUGEINT (n in 0..38).
CREATE OR REPLACE TEMP MACRO p10(n) AS
    ([1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
     10000000000, 100000000000, 1000000000000, 10000000000000, 100000000000000,
     1000000000000000, 10000000000000000, 100000000000000000,
     1000000000000000000]::BIGINT[])[n + 1];
CREATE OR REPLACE TEMP MACRO p10h(n) AS
    CASE WHEN n <= 18 THEN p10(n)::HUGEINT ELSE p10(n - 18)::HUGEINT * p10(18)::HUGEINT END;

-- A JSON number's text as (coefficient, scale): '31.2' -> 312, 1. An exponent is refused.
CREATE OR REPLACE TEMP MACRO coefficient_of(t) AS
    CASE WHEN t IS NULL OR t = 'null' THEN NULL
         WHEN contains(t, 'e') OR contains(t, 'E') THEN error('a number with an exponent: ' || t)
         ELSE replace(t, '.', '')::BIGINT END;
CREATE OR REPLACE TEMP MACRO scale_of(t) AS
    CASE WHEN t IS NULL OR t = 'null' THEN NULL
         WHEN contains(t, '.') THEN length(t) - strpos(t, '.')
         ELSE 0 END;
-- A cell's number: the cell itself, or its "value" ({"value": 16, "status": "expected"}).
CREATE OR REPLACE TEMP MACRO cell_number(v) AS
    CASE WHEN v IS NULL THEN NULL
         WHEN starts_with(v::VARCHAR, '{') THEN json_extract(v, '$.value')::VARCHAR
         ELSE v::VARCHAR END;

-- -1, 0 or 1: a (ac, as) against p (pc, ps), exactly: in BIGINT when the one scaled up fits.
CREATE OR REPLACE TEMP MACRO compare_exact(ac, asc_, pc, psc) AS
    CASE WHEN asc_ = psc THEN sign(ac - pc)
         WHEN asc_ < psc AND psc - asc_ <= 18 AND abs(ac) < p10(18 - (psc - asc_))
             THEN sign(ac * p10(psc - asc_) - pc)
         WHEN asc_ > psc AND asc_ - psc <= 18 AND abs(pc) < p10(18 - (asc_ - psc))
             THEN sign(ac - pc * p10(asc_ - psc))
         WHEN asc_ < psc THEN sign(ac::HUGEINT * p10h(psc - asc_) - pc::HUGEINT)
         ELSE sign(ac::HUGEINT - pc::HUGEINT * p10h(asc_ - psc)) END;

-- a / p rounded half away from zero to 4 decimals, as its coefficient (scale 4), NULL when p
-- is 0 or the ratio does not fit (grantkpi::make_ratio): n / d with n = |a| 10^shift,
-- d = |p| 10^-shift, shift = ps - as + 4. BIGINT when n and 2d fit, else HUGEINT.
CREATE OR REPLACE TEMP MACRO ratio_exact(ac, asc_, pc, psc) AS
    CASE WHEN pc = 0 THEN NULL
         WHEN psc - asc_ + 4 BETWEEN 0 AND 18
              AND abs(ac) < p10(18 - (psc - asc_ + 4)) AND abs(pc) < 4000000000000000000
             THEN (abs(ac) * p10(psc - asc_ + 4)) // abs(pc)
                  + CASE WHEN 2 * ((abs(ac) * p10(psc - asc_ + 4)) % abs(pc)) >= abs(pc)
                         THEN 1 ELSE 0 END
         WHEN psc - asc_ + 4 BETWEEN -18 AND -1
              AND abs(pc) < p10(18 + (psc - asc_ + 4)) // 4
             THEN abs(ac) // (abs(pc) * p10(asc_ - psc - 4))
                  + CASE WHEN 2 * (abs(ac) % (abs(pc) * p10(asc_ - psc - 4)))
                              >= abs(pc) * p10(asc_ - psc - 4) THEN 1 ELSE 0 END
         WHEN psc - asc_ + 4 >= 0
             THEN (abs(ac)::HUGEINT * p10h(psc - asc_ + 4)) // abs(pc)
                  + CASE WHEN 2 * ((abs(ac)::HUGEINT * p10h(psc - asc_ + 4)) % abs(pc))
                              >= abs(pc) THEN 1 ELSE 0 END
         ELSE abs(ac)::HUGEINT // (abs(pc)::HUGEINT * p10h(asc_ - psc - 4))
              + CASE WHEN 2 * (abs(ac)::HUGEINT % (abs(pc)::HUGEINT * p10h(asc_ - psc - 4)))
                          >= abs(pc)::HUGEINT * p10h(asc_ - psc - 4) THEN 1 ELSE 0 END
    END;

-- Full-width ASCII (U+FF01..U+FF5E) to ASCII, every space removed: the comparison key of
-- names and partners across reports (evaluate_collection's).
SET VARIABLE key_from = (SELECT string_agg(chr(cp::INTEGER), '' ORDER BY cp)
                         FROM range(65281, 65375) t(cp))
                        || ' ' || chr(9) || chr(12288) || chr(13) || chr(10) || chr(160);
SET VARIABLE key_to = (SELECT string_agg(chr(cp::INTEGER), '' ORDER BY cp)
                       FROM range(33, 127) t(cp));
CREATE OR REPLACE TEMP MACRO comparison_key(t) AS
    translate(t, getvariable('key_from'), getvariable('key_to'));

-- Every project, with its place: report i, round r, project p (0-based, as the figures
-- name them).
CREATE OR REPLACE TEMP TABLE projects AS
WITH reports AS (
    SELECT unnest(reports) AS report, unnest(range(len(reports))) AS i FROM collection),
rounds AS (
    SELECT i, unnest(report.rounds) AS round_, unnest(range(len(report.rounds))) AS r
    FROM reports)
SELECT i, r, round_.fiscal_year AS fiscal_year,
       unnest(round_.projects) AS project, unnest(range(len(round_.projects))) AS p
FROM rounds;

CREATE OR REPLACE TEMP TABLE kpis AS
SELECT i, r, p, k, kpi.direction = 'increase' AS increase,
       coalesce(kpi.direction_basis.source = 'assumed'
                OR (kpi.direction_basis.source = 'inferred' AND kpi.direction_basis.uncertain),
                false) AS weak,
       kpi.plan AS plan, kpi.actual AS actual
FROM (SELECT i, r, p, unnest(project.kpis) AS kpi, unnest(range(len(project.kpis))) AS k
      FROM projects);

-- Every KPI-year: the plan's years in order, then the actual's that the plan does not have
-- (a year with neither value is not one).
CREATE OR REPLACE TEMP TABLE years AS
WITH columns AS (
    SELECT i, r, p, k, increase, plan, actual, unnest(years) AS year,
           unnest(range(len(years))) AS column_
    FROM (SELECT *, list_concat(map_keys(plan),
                                list_filter(map_keys(actual), y -> NOT map_contains(plan, y)))
                    AS years
          FROM kpis)),
cells AS (
    SELECT i, r, p, k, increase, year, column_, plan[year] AS pv, actual[year] AS av
    FROM columns),
texts AS (
    SELECT i, r, p, k, increase, year, column_,
           coalesce(starts_with(pv::VARCHAR, '{'), false)
               OR coalesce(starts_with(av::VARCHAR, '{'), false) AS provisional,
           cell_number(pv) AS p_text, cell_number(av) AS a_text
    FROM cells),
numbers AS (
    SELECT i, r, p, k, increase, year, column_, provisional,
           coefficient_of(p_text) AS pc, scale_of(p_text) AS ps, coefficient_of(a_text) AS ac,
           scale_of(a_text) AS as_
    FROM texts)
SELECT i, r, p, k, year, column_, provisional,
       CASE WHEN pc IS NULL OR ac IS NULL THEN NULL
            WHEN increase THEN compare_exact(ac, as_, pc, ps) >= 0
            ELSE compare_exact(ac, as_, pc, ps) <= 0 END AS met,
       CASE WHEN pc IS NULL OR ac IS NULL THEN NULL
            ELSE ratio_exact(ac, as_, pc, ps) END AS ratio,
       (ac < 0) <> (pc < 0) AS negative
FROM numbers
WHERE pc IS NOT NULL OR ac IS NOT NULL;

-- Every KPI's verdict: its latest judged year's, else not_reported (a plan value is set) or
-- no_plan.
CREATE OR REPLACE TEMP TABLE kpi_verdicts AS
WITH latest AS (
    SELECT i, r, p, k, arg_max({'met': met, 'provisional': provisional}, year) AS judged
    FROM years WHERE met IS NOT NULL GROUP BY ALL)
SELECT kpis.i, kpis.r, kpis.p, kpis.k, weak,
       CASE WHEN latest.judged IS NOT NULL
                THEN CASE WHEN latest.judged.met THEN 'met' ELSE 'not_met' END
            WHEN list_bool_or(list_transform(map_values(plan), v -> v IS NOT NULL))
                THEN 'not_reported'
            ELSE 'no_plan' END AS verdict,
       coalesce(latest.judged.provisional, false) AS provisional
FROM kpis LEFT JOIN latest USING (i, r, p, k);

-- Every project's counts and outcome, and whether it is a copy of a joint project that an
-- earlier report already gave (the same round year, name and partners, compared by key).
CREATE OR REPLACE TEMP TABLE project_outcomes AS
WITH counts AS (
    SELECT i, r, p,
           count(*) AS total,
           count_if(verdict = 'met' AND NOT provisional) AS met_confirmed,
           count_if(verdict = 'met' AND provisional) AS met_provisional,
           count_if(verdict = 'not_met' AND NOT provisional) AS not_met_confirmed,
           count_if(verdict = 'not_met' AND provisional) AS not_met_provisional,
           count_if(verdict = 'no_plan') AS no_plan,
           count_if(verdict = 'not_reported') AS not_reported,
           count_if(verdict IN ('met', 'not_met') AND weak) AS weak_direction
    FROM kpi_verdicts GROUP BY ALL),
keyed AS (
    SELECT i, r, p, project,
           CASE WHEN project.application = 'joint'
                THEN {'year': fiscal_year, 'name': comparison_key(project.name),
                      'partners': list_sort(list_distinct(
                          list_transform(coalesce(project.partners, []), x -> comparison_key(x))))}
           END AS joint_key
    FROM projects)
SELECT i, r, p, project.budget_scope AS budget_scope,
       project.budget::VARCHAR AS budget_text, project.own_budget::VARCHAR AS own_budget_text,
       coalesce(total, 0) AS total, coalesce(met_confirmed, 0) AS met_confirmed,
       coalesce(met_provisional, 0) AS met_provisional,
       coalesce(not_met_confirmed, 0) AS not_met_confirmed,
       coalesce(not_met_provisional, 0) AS not_met_provisional,
       coalesce(no_plan, 0) AS no_plan, coalesce(not_reported, 0) AS not_reported,
       coalesce(weak_direction, 0) AS weak_direction,
       CASE WHEN met_confirmed > 0 THEN 'met_at_least_one'
            WHEN met_provisional > 0 THEN 'met_at_least_one'
            WHEN not_met_confirmed > 0 OR not_met_provisional > 0 THEN 'met_none'
            ELSE 'not_judged' END AS outcome,
       CASE WHEN met_confirmed > 0 THEN false
            WHEN met_provisional > 0 THEN true
            WHEN not_met_confirmed > 0 OR not_met_provisional > 0 THEN not_met_provisional > 0
            ELSE false END AS provisional,
       joint_key IS NOT NULL AND i > min(i) OVER (PARTITION BY joint_key) AS merged
FROM keyed LEFT JOIN counts USING (i, r, p);

-- The national figures: every project once (merged copies left out).
CREATE OR REPLACE TEMP TABLE national AS
WITH kept AS (SELECT * FROM project_outcomes WHERE NOT merged),
budgets AS (
    SELECT budget_scope AS scope, coefficient_of(budget_text) AS c, scale_of(budget_text) AS s,
           1 AS counted FROM kept
    UNION ALL
    SELECT 'own', coefficient_of(own_budget_text), scale_of(own_budget_text), 0 FROM kept
    WHERE budget_scope = 'joint_total' AND own_budget_text IS NOT NULL),
budget_sums AS (
    SELECT scope, sum(counted) AS count, max(s) AS scale,
           sum(c::HUGEINT * p10h(max_s - s)) AS coefficient
    FROM (SELECT *, max(s) OVER (PARTITION BY scope) AS max_s FROM budgets) GROUP BY scope)
SELECT
    (SELECT {'total': sum(total), 'met_confirmed': sum(met_confirmed),
             'met_provisional': sum(met_provisional),
             'not_met_confirmed': sum(not_met_confirmed),
             'not_met_provisional': sum(not_met_provisional), 'no_plan': sum(no_plan),
             'not_reported': sum(not_reported), 'weak_direction': sum(weak_direction)}
     FROM kept) AS kpis,
    (SELECT {'total': count(*),
             'met_at_least_one_confirmed':
                 count_if(outcome = 'met_at_least_one' AND NOT provisional),
             'met_at_least_one_provisional':
                 count_if(outcome = 'met_at_least_one' AND provisional),
             'met_none_confirmed': count_if(outcome = 'met_none' AND NOT provisional),
             'met_none_provisional': count_if(outcome = 'met_none' AND provisional),
             'not_judged': count_if(outcome = 'not_judged')}
     FROM kept) AS projects,
    (SELECT {'count': coalesce(sum(count) FILTER (WHERE scope = 'own'), 0),
             'coefficient': coalesce(sum(coefficient) FILTER (WHERE scope = 'own'), 0),
             'scale': coalesce(max(scale) FILTER (WHERE scope = 'own'), 0)}
     FROM budget_sums) AS own,
    (SELECT {'count': coalesce(sum(count) FILTER (WHERE scope = 'joint_total'), 0),
             'coefficient': coalesce(sum(coefficient) FILTER (WHERE scope = 'joint_total'), 0),
             'scale': coalesce(max(scale) FILTER (WHERE scope = 'joint_total'), 0)}
     FROM budget_sums) AS joint_total,
    (SELECT count(*) FROM project_outcomes WHERE merged) AS duplicates_merged;

-- @section text
-- The text forms of the figures (bench/figures.hpp).
CREATE OR REPLACE TEMP MACRO ratio_text(q, negative) AS
    CASE WHEN q IS NULL OR q > 999999999999999999 THEN '-'
         ELSE (CASE WHEN negative AND q <> 0 THEN '-' ELSE '' END) || (q // 10000)::VARCHAR
              || '.' || lpad((q % 10000)::VARCHAR, 4, '0') END;
CREATE OR REPLACE TEMP MACRO share_text(count, of_) AS
    count::VARCHAR || '/' || of_::VARCHAR || ':' || ratio_text(ratio_exact(count, 0, of_, 0), false);
CREATE OR REPLACE TEMP MACRO decimal_text(c, s) AS
    CASE WHEN s = 0 THEN c::VARCHAR
         ELSE (CASE WHEN c < 0 THEN '-' ELSE '' END)
              || (abs(c) // p10h(s))::VARCHAR || '.'
              || lpad((abs(c) % p10h(s))::VARCHAR, s::INTEGER, '0') END;
CREATE OR REPLACE TEMP MACRO headline(name, met_confirmed, judged_confirmed, met, judged, total) AS
    'national ' || name || ' confirmed_of_judged=' || share_text(met_confirmed, judged_confirmed)
    || ' confirmed_of_all=' || share_text(met_confirmed, total)
    || ' with_provisional_of_judged=' || share_text(met, judged)
    || ' with_provisional_of_all=' || share_text(met, total);

CREATE OR REPLACE TEMP TABLE national_lines AS
SELECT unnest([
    'national kpis total=' || kpis.total || ' met_confirmed=' || kpis.met_confirmed
        || ' met_provisional=' || kpis.met_provisional
        || ' not_met_confirmed=' || kpis.not_met_confirmed
        || ' not_met_provisional=' || kpis.not_met_provisional || ' no_plan=' || kpis.no_plan
        || ' not_reported=' || kpis.not_reported || ' weak_direction=' || kpis.weak_direction,
    'national projects total=' || projects.total
        || ' met_at_least_one_confirmed=' || projects.met_at_least_one_confirmed
        || ' met_at_least_one_provisional=' || projects.met_at_least_one_provisional
        || ' met_none_confirmed=' || projects.met_none_confirmed
        || ' met_none_provisional=' || projects.met_none_provisional
        || ' not_judged=' || projects.not_judged,
    headline('kpis_met', kpis.met_confirmed, kpis.met_confirmed + kpis.not_met_confirmed,
             kpis.met_confirmed + kpis.met_provisional,
             kpis.met_confirmed + kpis.not_met_confirmed + kpis.met_provisional
                 + kpis.not_met_provisional,
             kpis.total),
    headline('projects_met_at_least_one', projects.met_at_least_one_confirmed,
             projects.met_at_least_one_confirmed + projects.met_none_confirmed,
             projects.met_at_least_one_confirmed + projects.met_at_least_one_provisional,
             projects.met_at_least_one_confirmed + projects.met_none_confirmed
                 + projects.met_at_least_one_provisional + projects.met_none_provisional,
             projects.total),
    'national budget own=' || own.count || ':' || decimal_text(own.coefficient, own.scale)
        || ' joint_total=' || joint_total.count || ':'
        || decimal_text(joint_total.coefficient, joint_total.scale),
    'national duplicates_merged=' || duplicates_merged
]) AS line, unnest(range(6)) AS n
FROM national;

-- @section figures
SELECT string_agg(line || chr(10), '' ORDER BY i, r, p, k, kind, ord) AS figures
FROM (
    SELECT i, r, p, k, 0 AS kind, column_ AS ord,
           'year ' || i || '/' || r || '/' || p || '/' || k || ' ' || year || ' '
           || CASE WHEN met IS NULL THEN '-' WHEN met THEN 'yes' ELSE 'no' END || ' '
           || ratio_text(ratio, negative) || ' ' || CASE WHEN provisional THEN 'p' ELSE 'c' END
           AS line
    FROM years
    UNION ALL
    SELECT i, r, p, k, 1, 0,
           'kpi ' || i || '/' || r || '/' || p || '/' || k || ' ' || verdict || ' '
           || CASE WHEN provisional THEN 'p' ELSE 'c' END
    FROM kpi_verdicts
    UNION ALL
    SELECT i, r, p, 9223372036854775807, 2, 0,
           'project ' || i || '/' || r || '/' || p || ' ' || outcome || ' '
           || CASE WHEN provisional THEN 'p' ELSE 'c' END
    FROM project_outcomes
    UNION ALL
    SELECT 9223372036854775807, 0, 0, 0, 3, n, line FROM national_lines);

-- @section summary
SELECT string_agg(line || chr(10), '' ORDER BY n) AS summary FROM national_lines;
