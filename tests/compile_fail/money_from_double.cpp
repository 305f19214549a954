// Money is not made from a double: 27125.5 has an exact binary value, but 0.1 has none.
// expect: delete
#include <grantkpi/money.hpp>

#ifdef GRANTKPI_COMPILE_FAIL_CONTROL
const grantkpi::Money budget{27125};
#else
const grantkpi::Money budget{27125.0};
#endif
