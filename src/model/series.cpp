// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/kpi.hpp>

#include <grantkpi/error.hpp>

namespace grantkpi::detail {

void throw_no_column(FiscalYear year) {
    throw error_exception(Error::plain("Series::at: the row has no " + to_string(year) + " (" +
                                       to_string(year, FiscalYearStyle::gregorian) + ") column"));
}

} // namespace grantkpi::detail
