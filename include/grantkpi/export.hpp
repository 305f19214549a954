// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// GRANTKPI_API marks what a shared grantkpi exports: the public classes with compiled
// members and the public functions. The library is built with hidden visibility
// (-fvisibility=hidden, and on Windows nothing is exported by default), so a shared build
// exports the public API alone, not its internals or Boost.JSON's.
//
// The build defines GRANTKPI_SHARED for a shared library (and passes it on to consumers
// through the CMake target) and GRANTKPI_BUILDING while compiling grantkpi itself. A static
// build defines neither, and GRANTKPI_API is empty.

#if defined(GRANTKPI_SHARED)
#if defined(_WIN32) || defined(__CYGWIN__)
#if defined(GRANTKPI_BUILDING)
#define GRANTKPI_API __declspec(dllexport)
#else
#define GRANTKPI_API __declspec(dllimport)
#endif
#else
#define GRANTKPI_API __attribute__((visibility("default")))
#endif
#else
#define GRANTKPI_API
#endif

// GRANTKPI_XLSX_API: the same for the optional component grantkpi::xlsx (<grantkpi/xlsx.hpp>),
// a library of its own, built shared or static with grantkpi (GRANTKPI_SHARED) and defining
// GRANTKPI_XLSX_BUILDING while it is compiled.
#if defined(GRANTKPI_SHARED)
#if defined(_WIN32) || defined(__CYGWIN__)
#if defined(GRANTKPI_XLSX_BUILDING)
#define GRANTKPI_XLSX_API __declspec(dllexport)
#else
#define GRANTKPI_XLSX_API __declspec(dllimport)
#endif
#else
#define GRANTKPI_XLSX_API __attribute__((visibility("default")))
#endif
#else
#define GRANTKPI_XLSX_API
#endif
