// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: decode_to_utf8 without copying text that is UTF-8 already.

#include <grantkpi/encoding.hpp>

#include <string>
#include <string_view>

namespace grantkpi::detail {

/// What decode_to_utf8 returns (the same text, the same errors), as a view: of `bytes`
/// (without a byte-order mark) when they are read as UTF-8, else of `storage`, which then
/// holds the text converted from CP932.
[[nodiscard]] Result<std::string_view>
decode_to_utf8_view(std::string_view bytes, TextEncoding encoding, std::string& storage);

} // namespace grantkpi::detail
