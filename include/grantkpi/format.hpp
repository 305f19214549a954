// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// std::formatter for every grantkpi value type and enum, where the standard library has
// <format> (__cpp_lib_format): `std::format("{} {:era_long} {:ja}", money, year, verdict)`.
// The specs are those of <grantkpi/fmt.hpp>, parsed by the same code (detail/formatting.hpp):
// {:grouped} {:plain} for numbers, {:era} {:era_long} {:fy} for FiscalYear, {:ja} for enums,
// {:percent} for Ratio.
//
// GRANTKPI_HAS_STD_FORMAT is 1 when the specializations are there, 0 when the library has no
// <format> (libstdc++ before 13, libc++ before 17 without its experimental flag); define it
// to 1 yourself to force them on.

#include <version>

#if !defined(GRANTKPI_HAS_STD_FORMAT)
#if defined(__cpp_lib_format) && __cpp_lib_format >= 201907L
#define GRANTKPI_HAS_STD_FORMAT 1
#else
#define GRANTKPI_HAS_STD_FORMAT 0
#endif
#endif

#if GRANTKPI_HAS_STD_FORMAT

#include <grantkpi/detail/formatting.hpp>

#include <format>
#include <type_traits>

template <grantkpi::detail::formattable_value T>
struct std::formatter<T, char> : grantkpi::detail::ValueFormatter<T, std::format_error> {};

#endif // GRANTKPI_HAS_STD_FORMAT
