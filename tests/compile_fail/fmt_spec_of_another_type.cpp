// fmt checks format strings at compile time: {:era} is a FiscalYear's spec, not a Decimal's.
// expect: format_spec_is_not_one_this_type_takes
#include <grantkpi/fmt.hpp>

#include <string>

std::string text() {
#ifdef GRANTKPI_COMPILE_FAIL_CONTROL
    return fmt::format("{:grouped} {:era_long}", grantkpi::Decimal{1216},
                       grantkpi::FiscalYear{2022});
#else
    return fmt::format("{:era} {:era_long}", grantkpi::Decimal{1216}, grantkpi::FiscalYear{2022});
#endif
}
