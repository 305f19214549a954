// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the type traits the reflective code (the JSON reader and writers over the
// Boost.Describe members) asks of a member's type.

#include <optional>
#include <type_traits>
#include <vector>

namespace grantkpi::detail {

/// Whether T is a std::optional.
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
inline constexpr bool is_optional_v = is_optional<T>::value;

/// Whether T is a std::vector.
template <class T>
struct is_vector : std::false_type {};
template <class T, class Allocator>
struct is_vector<std::vector<T, Allocator>> : std::true_type {};

template <class T>
inline constexpr bool is_vector_v = is_vector<T>::value;

} // namespace grantkpi::detail
