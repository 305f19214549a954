// A _dec literal of 19 significant digits does not compile (18 at most).
// expect: decimal_literal_has_more_than_18_digits
#include <grantkpi/literals.hpp>

using namespace grantkpi::literals;
#ifdef GRANTKPI_COMPILE_FAIL_CONTROL
constexpr grantkpi::Decimal value = 123456789012345678_dec;
#else
constexpr grantkpi::Decimal value = 1234567890123456789_dec;
#endif
