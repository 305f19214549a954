// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include "validate/label_kinds.hpp"

namespace grantkpi::detail::validation {

LabelKinds& thread_label_kinds() noexcept {
    thread_local LabelKinds kinds;
    return kinds;
}

} // namespace grantkpi::detail::validation
