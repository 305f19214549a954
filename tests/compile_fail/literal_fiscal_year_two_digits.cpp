// A fiscal year literal has four digits: 22_fy does not compile (FY2022 is 2022_fy).
// expect: fiscal_year_literal_is_not_1000_to_9999
#include <grantkpi/literals.hpp>

using namespace grantkpi::literals;
#ifdef GRANTKPI_COMPILE_FAIL_CONTROL
constexpr grantkpi::FiscalYear year = 2022_fy;
#else
constexpr grantkpi::FiscalYear year = 22_fy;
#endif
