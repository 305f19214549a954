// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// A municipality's published report: its notes and its adoption rounds.

#include <grantkpi/round.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

namespace grantkpi {

struct Report {
    std::optional<std::string> title;
    std::optional<std::string> municipality; ///< 札幌市
    std::vector<std::string> notes;          ///< report-level ※ lines, without the ※
    std::vector<Round> rounds;

    friend bool operator==(const Report&, const Report&) = default;
};
BOOST_DESCRIBE_STRUCT(Report, (), (title, municipality, notes, rounds))

} // namespace grantkpi
