// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

#include <string_view>

namespace grantkpi::html {

/// The page's stylesheet (screen and A4 print), inlined in its <style> element.
[[nodiscard]] std::string_view page_style() noexcept;

} // namespace grantkpi::html
