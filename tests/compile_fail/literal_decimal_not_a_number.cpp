// A _dec literal that is not a decimal number does not compile.
// expect: not_a_decimal_literal
#include <grantkpi/literals.hpp>

using namespace grantkpi::literals;
#ifdef GRANTKPI_COMPILE_FAIL_CONTROL
constexpr grantkpi::Decimal value = "31.20"_dec;
#else
constexpr grantkpi::Decimal value = "31.2.0"_dec;
#endif
