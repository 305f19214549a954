// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Compile-time negative tests: what must not compile does not. The expressions are checked
// through concepts (a requires-expression outside a template would be a hard error):
// static_assert(!addable<Money, Count>).

namespace grantkpi::testing {

template <class A, class B>
concept addable = requires(A a, B b) {
    a + b;
};
template <class A, class B>
concept subtractable = requires(A a, B b) {
    a - b;
};
template <class A, class B>
concept multipliable = requires(A a, B b) {
    a* b;
};
template <class A, class B>
concept equality_comparable_with = requires(A a, B b) {
    a == b;
};
template <class A, class B>
concept ordered_with = requires(A a, B b) {
    a < b;
};
/// Both == and <.
template <class A, class B>
concept comparable = equality_comparable_with<A, B> && ordered_with<A, B>;

} // namespace grantkpi::testing
