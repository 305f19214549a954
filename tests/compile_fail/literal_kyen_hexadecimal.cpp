// A _kyen literal is a number: 0x10_kyen (hexadecimal) does not compile.
// expect: not_a_decimal_literal
#include <grantkpi/literals.hpp>

using namespace grantkpi::literals;
#ifdef GRANTKPI_COMPILE_FAIL_CONTROL
constexpr grantkpi::Money budget = 16_kyen;
#else
constexpr grantkpi::Money budget = 0x10_kyen;
#endif
