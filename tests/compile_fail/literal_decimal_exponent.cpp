// A numeric _dec literal with an exponent does not compile: write the digits.
// expect: not_a_decimal_literal
#include <grantkpi/literals.hpp>

using namespace grantkpi::literals;
#ifdef GRANTKPI_COMPILE_FAIL_CONTROL
constexpr grantkpi::Decimal value = 1000_dec;
#else
constexpr grantkpi::Decimal value = 1e3_dec;
#endif
