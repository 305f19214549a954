// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/fraction.hpp>

#include "unicode/unicode.hpp"

#include <ostream>

namespace grantkpi {
namespace {

Error parse_error(std::string_view text, std::string_view why = {}) {
    std::string message =
        "expected a fraction such as \"1/2\" or \"3/4\", got " + detail::quoted(text);
    if (!why.empty()) {
        message += " (";
        message += why;
        message += ')';
    }
    return Error::plain(std::move(message));
}

bool parse_term(std::string_view digits, std::int64_t& value) {
    if (digits.empty() || digits.size() > 10) {
        return false;
    }
    value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    return true;
}

} // namespace

Result<Fraction> Fraction::make(std::int64_t numerator, std::int64_t denominator) {
    if (denominator == 0) {
        return Error::plain("a fraction's denominator must not be 0");
    }
    const std::int64_t limit = max_term * max_term;
    if (numerator < -limit || numerator > limit || denominator < -limit || denominator > limit) {
        return Error::plain("fraction terms are too large");
    }
    std::int64_t g = std::gcd(numerator, denominator);
    if (numerator / g > max_term || numerator / g < -max_term || denominator / g > max_term ||
        denominator / g < -max_term) {
        return Error::plain("fraction terms are too large");
    }
    return Fraction(numerator, denominator);
}

Result<Fraction> Fraction::parse(std::string_view original) {
    const std::string folded = detail::fold_width(detail::trim(original));
    const std::string_view text = folded;
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) {
        return parse_error(original);
    }
    bool negative = false;
    std::string_view top = text.substr(0, slash);
    if (!top.empty() && top[0] == '-') {
        negative = true;
        top.remove_prefix(1);
    }
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    if (!parse_term(top, numerator) || !parse_term(text.substr(slash + 1), denominator)) {
        return parse_error(original);
    }
    if (denominator == 0) {
        return parse_error(original, "zero denominator");
    }
    return make(negative ? -numerator : numerator, denominator);
}

void Fraction::throw_invalid(std::int64_t numerator, std::int64_t denominator) {
    std::string message = "grantkpi::Fraction: " + std::to_string(numerator) + "/" +
                          std::to_string(denominator) +
                          (denominator == 0 ? ": zero denominator" : ": term too large");
    throw error_exception(Error::plain(std::move(message)));
}

std::string to_string(Fraction fraction) {
    return fraction.to_string();
}

std::ostream& operator<<(std::ostream& os, Fraction fraction) {
    return os << fraction.to_string();
}

std::string Fraction::to_string() const {
    return std::to_string(numerator_) + "/" + std::to_string(denominator_);
}

} // namespace grantkpi
