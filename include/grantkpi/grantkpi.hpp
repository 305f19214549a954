// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Everything grantkpi offers, in one include. Opt-in, not included here: <grantkpi/fmt.hpp>
// (fmt::formatter, needs {fmt}) and <grantkpi/format.hpp> (std::formatter).

#include <grantkpi/aggregate.hpp>
#include <grantkpi/annotations.hpp>
#include <grantkpi/csv.hpp>
#include <grantkpi/decimal.hpp>
#include <grantkpi/diagnostic.hpp>
#include <grantkpi/encoding.hpp>
#include <grantkpi/enum_names.hpp>
#include <grantkpi/error.hpp>
#include <grantkpi/evaluate.hpp>
#include <grantkpi/evaluation_csv.hpp>
#include <grantkpi/evaluation_json.hpp>
#include <grantkpi/excel_csv.hpp>
#include <grantkpi/fiscal_year.hpp>
#include <grantkpi/fraction.hpp>
#include <grantkpi/html_report.hpp>
#include <grantkpi/input.hpp>
#include <grantkpi/json.hpp>
#include <grantkpi/kpi.hpp>
#include <grantkpi/kpi_chart.hpp>
#include <grantkpi/kpi_inference.hpp>
#include <grantkpi/limits.hpp>
#include <grantkpi/literals.hpp>
#include <grantkpi/location.hpp>
#include <grantkpi/model_link.hpp>
#include <grantkpi/money.hpp>
#include <grantkpi/observation.hpp>
#include <grantkpi/project.hpp>
#include <grantkpi/provenance.hpp>
#include <grantkpi/quantity.hpp>
#include <grantkpi/report.hpp>
#include <grantkpi/report_pointer.hpp>
#include <grantkpi/round.hpp>
#include <grantkpi/text_reader.hpp>
#include <grantkpi/text_width.hpp>
#include <grantkpi/text_writer.hpp>
#include <grantkpi/unit.hpp>
#include <grantkpi/validate.hpp>
#include <grantkpi/version.hpp>
#include <grantkpi/views.hpp>
