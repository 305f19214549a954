// A floating-point scale is refused: Decimal(312, 1.5) would be scale 1 (issue 12).
// expect: delete
#include <grantkpi/decimal.hpp>

#ifdef GRANTKPI_COMPILE_FAIL_CONTROL
const grantkpi::Decimal value(312, 1);
#else
const grantkpi::Decimal value(312, 1.5);
#endif
