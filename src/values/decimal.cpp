// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/decimal.hpp>

#include <algorithm>
#include <charconv>

#include "unicode/unicode.hpp"

#include <limits>
#include <ostream>

namespace grantkpi {
namespace {

Error overflow_error(std::string_view what) {
    return Error::plain(std::string(what) + ": the result needs more than 18 digits");
}

Error parse_error(std::string_view text, std::string_view why) {
    std::string message = "expected a number such as 1,216, -3,760, △"
                          "8.1 or 31.20, got ";
    message += detail::quoted(text);
    if (!why.empty()) {
        message += " (";
        message += why;
        message += ')';
    }
    return Error::plain(std::move(message));
}

// Accumulates digits into a coefficient, counting significant digits.
struct DigitAccumulator {
    std::int64_t value = 0;
    int significant = 0;
    bool push(int digit) {
        if (value == 0 && digit == 0) {
            return true;
        }
        if (++significant > Decimal::max_digits) {
            return false;
        }
        value = value * 10 + digit;
        return true;
    }
};

} // namespace

std::string to_string(Decimal value) {
    return value.to_string();
}

std::ostream& operator<<(std::ostream& os, Decimal value) {
    return os << value.to_string();
}

void Decimal::throw_invalid_parts(std::int64_t coefficient, int scale) {
    if (scale < 0 || scale > max_scale) {
        throw error_exception(Error::plain("grantkpi::Decimal: scale " + std::to_string(scale) +
                                           " is outside 0..18"));
    }
    throw error_exception(Error::plain("grantkpi::Decimal: coefficient " +
                                       std::to_string(coefficient) + " has more than 18 digits"));
}

void Decimal::throw_integer_too_large() {
    throw error_exception(Error::plain("grantkpi::Decimal: an integer of more than 18 digits"));
}

Decimal Decimal::add_or_throw(Decimal a, Decimal b) {
    return a.checked_add(b).value();
}

Decimal Decimal::multiply_or_throw(Decimal a, Decimal b) {
    return a.checked_multiply(b).value();
}

Result<Decimal> Decimal::from_parts(std::int64_t coefficient, int scale) {
    if (scale < 0 || scale > max_scale) {
        return Error::plain("scale " + std::to_string(scale) + " is outside 0..18");
    }
    if (coefficient > max_coefficient || coefficient < -max_coefficient) {
        return overflow_error("coefficient " + std::to_string(coefficient));
    }
    return Decimal(coefficient, scale);
}

Result<Decimal> Decimal::parse(std::string_view original) {
    const std::string_view text = detail::trim(original);
    // Most numbers are ASCII already and are read in place. The others are folded to one
    // ASCII spelling first: full-width digits, signs and separators, and the triangle
    // negatives of Japanese accounting (△, ▲).
    std::string folded;
    std::string_view ascii = text;
    if (!std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        folded.reserve(text.size());
        for (std::size_t pos = 0, length = 0; pos < text.size(); pos += length) {
            char32_t cp = detail::decode_utf8(text, pos, length);
            cp = detail::fold_width(cp);
            if (cp == 0x25B3 || cp == 0x25B2 || cp == 0x2212) { // △ ▲ −
                cp = U'-';
            }
            if (cp >= 0x80) {
                return parse_error(original, {});
            }
            folded += static_cast<char>(cp);
        }
        ascii = folded;
    }
    std::size_t i = 0;
    bool negative = false;
    if (i < ascii.size() && (ascii[i] == '-' || ascii[i] == '+')) {
        negative = ascii[i] == '-';
        ++i;
    }
    DigitAccumulator digits;
    int integer_digits = 0;
    int group_digits = 0;
    bool grouped = false;
    for (; i < ascii.size() && ascii[i] != '.'; ++i) {
        const char c = ascii[i];
        if (c == ',') {
            if (integer_digits == 0 || (grouped && group_digits != 3) ||
                (!grouped && group_digits > 3)) {
                return parse_error(original, "thousands separators must group three digits");
            }
            grouped = true;
            group_digits = 0;
            continue;
        }
        if (c < '0' || c > '9') {
            return parse_error(original, {});
        }
        if (!digits.push(c - '0')) {
            return parse_error(original, "more than 18 significant digits");
        }
        ++integer_digits;
        ++group_digits;
    }
    if (integer_digits == 0) {
        return parse_error(original, {});
    }
    if (grouped && group_digits != 3) {
        return parse_error(original, "thousands separators must group three digits");
    }
    int scale = 0;
    if (i < ascii.size()) { // at '.'
        ++i;
        if (i == ascii.size()) {
            return parse_error(original, "no digit after the decimal point");
        }
        for (; i < ascii.size(); ++i) {
            const char c = ascii[i];
            if (c < '0' || c > '9') {
                return parse_error(original, {});
            }
            if (++scale > max_scale || !digits.push(c - '0')) {
                return parse_error(original, "more than 18 significant digits");
            }
        }
    }
    return Decimal(negative ? -digits.value : digits.value, scale);
}

Result<Decimal> Decimal::parse_json_number(std::string_view text) {
    // The JSON parser has checked the grammar already; refuse what is valid JSON but not an
    // exact decimal.
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && text[i] == '-') {
        negative = true;
        ++i;
    }
    DigitAccumulator digits;
    int scale = 0;
    bool in_fraction = false;
    bool any_digit = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && !in_fraction) {
            in_fraction = true;
            continue;
        }
        if (c == 'e' || c == 'E') {
            return Error::plain("the number " + detail::quoted(text) +
                                " has an exponent; write its digits (e.g. 31.20, -3760)");
        }
        if (c < '0' || c > '9') {
            return Error::plain("expected a decimal number, got " + detail::quoted(text));
        }
        any_digit = true;
        if (in_fraction && ++scale > max_scale) {
            return Error::plain("the number " + detail::quoted(text) +
                                " has more than 18 fraction digits");
        }
        if (!digits.push(c - '0')) {
            return Error::plain("the number " + detail::quoted(text) +
                                " has more than 18 significant digits");
        }
    }
    if (!any_digit) {
        return Error::plain("expected a decimal number, got " + detail::quoted(text));
    }
    return Decimal(negative ? -digits.value : digits.value, scale);
}

std::string Decimal::to_string() const {
    const bool negative = coefficient_ < 0;
    // The magnitude fits: |coefficient| <= max_coefficient.
    std::string digits = std::to_string(negative ? -coefficient_ : coefficient_);
    if (scale_ > 0) {
        if (digits.size() <= scale_) {
            digits.insert(0, scale_ + 1 - digits.size(), '0');
        }
        digits.insert(digits.size() - scale_, 1, '.');
    }
    if (negative) {
        digits.insert(0, 1, '-');
    }
    return digits;
}

std::string Decimal::to_grouped_string() const {
    std::string plain = to_string();
    const std::size_t begin = plain[0] == '-' ? 1 : 0;
    std::size_t end = plain.find('.');
    if (end == std::string::npos) {
        end = plain.size();
    }
    for (std::size_t i = end; i > begin + 3; i -= 3) {
        plain.insert(i - 3, 1, ',');
    }
    return plain;
}

double Decimal::to_double() const noexcept {
    // Through the decimal text: from_chars rounds correctly (a division by 10^scale would
    // not) and, unlike strtod, does not take its decimal point from the C locale.
    const std::string text = to_string();
    double value = 0.0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

Result<Decimal> Decimal::rescaled(int scale) const {
    if (scale < scale_ || scale > max_scale) {
        return Error::plain("cannot rescale " + to_string() + " to " + std::to_string(scale) +
                            " fraction digits without losing digits");
    }
    std::int64_t c = 0;
    if (detail::multiply_overflows(coefficient_, powers_of_ten[scale - scale_], &c) ||
        c > max_coefficient || c < -max_coefficient) {
        return overflow_error("rescaling " + to_string());
    }
    return Decimal(c, scale);
}

Result<Decimal> Decimal::rounded(int scale, Rounding rounding) const {
    if (scale >= scale_) {
        return rescaled(scale);
    }
    if (scale < 0) {
        return Error::plain("negative rounding scale");
    }
    const std::int64_t divisor = powers_of_ten[scale_ - scale];
    std::int64_t quotient = coefficient_ / divisor;
    const std::int64_t remainder = coefficient_ % divisor;
    if (rounding == Rounding::half_away_from_zero) {
        const std::int64_t twice = (remainder < 0 ? -remainder : remainder) * 2;
        if (twice >= divisor) {
            quotient += coefficient_ < 0 ? -1 : 1;
        }
    }
    return Decimal(quotient, scale);
}

Result<Decimal> Decimal::checked_add_rescaled(Decimal other) const {
    const int scale = scale_ > other.scale_ ? scale_ : other.scale_;
    auto a = rescaled(scale);
    auto b = other.rescaled(scale);
    if (!a || !b) {
        return overflow_error(to_string() + " + " + other.to_string());
    }
    std::int64_t sum = 0;
    if (detail::add_overflows(a->coefficient_, b->coefficient_, &sum) || sum > max_coefficient ||
        sum < -max_coefficient) {
        return overflow_error(to_string() + " + " + other.to_string());
    }
    return Decimal(sum, scale);
}

Result<Decimal> Decimal::checked_multiply(Decimal other) const {
    std::int64_t product = 0;
    const int scale = scale_ + other.scale_;
    if (scale > max_scale ||
        detail::multiply_overflows(coefficient_, other.coefficient_, &product) ||
        product > max_coefficient || product < -max_coefficient) {
        return overflow_error(to_string() + " x " + other.to_string());
    }
    return Decimal(product, scale);
}

Result<Decimal> Decimal::checked_divide(std::int64_t divisor) const {
    if (divisor == 0) {
        return Error::plain("division of " + to_string() + " by zero");
    }
    // Add fraction digits until the division is exact.
    for (int scale = scale_; scale <= max_scale; ++scale) {
        auto scaled = rescaled(scale);
        if (!scaled) {
            break;
        }
        if (scaled->coefficient_ % divisor == 0) {
            return Decimal(scaled->coefficient_ / divisor, scale);
        }
    }
    return Error::plain(to_string() + " / " + std::to_string(divisor) +
                        " has no exact decimal value within 18 digits");
}

Result<Decimal> Decimal::divide_rounded(std::int64_t divisor, int scale, Rounding rounding) const {
    if (divisor == 0) {
        return Error::plain("division of " + to_string() + " by zero");
    }
    if (scale < 0 || scale > max_scale) {
        return Error::plain("rounding scale must be 0..18");
    }
    if (divisor == std::numeric_limits<std::int64_t>::min()) {
        return Decimal(0, scale); // larger in magnitude than any coefficient
    }
    // One integer division with one rounding step: numerator / (divisor x 10^k) when the
    // target scale is below ours, numerator x 10^k / divisor when above.
    std::int64_t numerator = coefficient_;
    std::int64_t denominator = divisor;
    if (scale >= scale_) {
        auto scaled = rescaled(scale);
        if (!scaled) {
            return scaled.error();
        }
        numerator = scaled->coefficient_;
    } else if (detail::multiply_overflows(divisor, powers_of_ten[scale_ - scale], &denominator)) {
        return Decimal(0, scale); // |divisor x 10^k| > any coefficient: the quotient rounds to 0
    }
    std::int64_t quotient = numerator / denominator;
    const std::int64_t remainder = numerator % denominator;
    if (remainder != 0 && rounding == Rounding::half_away_from_zero) {
        // |remainder| * 2 >= |denominator|, computed without overflow.
        const std::int64_t r = remainder < 0 ? -remainder : remainder;
        const std::int64_t d = denominator < 0 ? -denominator : denominator;
        if (r >= d - r) {
            quotient += ((numerator < 0) != (denominator < 0)) ? -1 : 1;
        }
    }
    return from_parts(quotient, scale);
}

} // namespace grantkpi
