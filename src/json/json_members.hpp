// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: what the JSON reader and the JSON writers ask of a described struct's members:
// the members (public, in their Boost.Describe order) and which of them the JSON leaves out
// when they hold their default.

#include <boost/describe/members.hpp>

#include <concepts>

namespace grantkpi::detail {

template <class T>
using public_members = boost::describe::describe_members<T, boost::describe::mod_public>;

template <class T>
concept described_struct = boost::describe::has_describe_members<T>::value;

/// A member whose default value is left out of the JSON, like an absent optional, and read
/// back as that default when its key is missing (Provenance: a plain statement).
template <class T>
concept omittable_default = requires(const T& v) {
    { v.is_plain_statement() } -> std::convertible_to<bool>;
};

} // namespace grantkpi::detail
