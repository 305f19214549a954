// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the plan-trend and title-marker rules behind the public infer_direction and
// infer_accumulation (text_reader.hpp). The reader itself infers through
// apply_kpi_inference (include/grantkpi/kpi_inference.hpp), once per KPI in
// Reader::finish_kpi.

#include <grantkpi/kpi.hpp>
#include <grantkpi/provenance.hpp>

#include <string_view>

namespace grantkpi::detail::text {

/// The bracketed marker ending in 累計 in a title, as written (`(3年累計)`, `（累計）`);
/// empty when the title has none.
std::string_view cumulative_marker(std::string_view title) noexcept;

} // namespace grantkpi::detail::text
