// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// The exact integer arithmetic of the evaluation (src/evaluate/wide_int.hpp), against a
// reference computed differently: decimal digit strings multiplied by hand, digit by digit as
// in school, and __int128 where the compiler has it. Seeded random properties, and the edge
// cases: signs, 18-digit maxima, carries between the halves, division and rounding
// boundaries.
#include "evaluate/wide_int.hpp"

#include "support/random.hpp"

#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

using grantkpi::Decimal;
using grantkpi::Fraction;
using grantkpi::detail::at_least_share_of;
using grantkpi::detail::magnitude;
using grantkpi::detail::rounded_quotient;
using grantkpi::detail::times_ten;
using grantkpi::detail::Wide;
using grantkpi::detail::wide_product;

namespace {

constexpr std::uint64_t all_ones = std::numeric_limits<std::uint64_t>::max();
constexpr auto max_coefficient = static_cast<std::uint64_t>(Decimal::max_coefficient);

// ------------------------------------------------------------------ the reference

// Natural numbers as decimal digits, most significant first, without leading zeros ("0").
std::string digits(std::uint64_t v) {
    return std::to_string(v);
}

std::string strip_zeros(std::string s) {
    const auto first = s.find_first_not_of('0');
    return first == std::string::npos ? "0" : s.substr(first);
}

// a x b, digit by digit.
std::string long_multiply(const std::string& a, const std::string& b) {
    std::vector<std::uint64_t> column(a.size() + b.size(), 0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        for (std::size_t j = 0; j < b.size(); ++j) {
            column[i + j + 1] +=
                static_cast<std::uint64_t>(a[i] - '0') * static_cast<std::uint64_t>(b[j] - '0');
        }
    }
    std::string out(column.size(), '0');
    std::uint64_t carry = 0;
    for (std::size_t k = column.size(); k-- > 0;) {
        const std::uint64_t v = column[k] + carry;
        out[k] = static_cast<char>('0' + v % 10);
        carry = v / 10;
    }
    return strip_zeros(out);
}

std::string times_power_of_ten(const std::string& a, int k) {
    return a == "0" ? a : a + std::string(static_cast<std::size_t>(k), '0');
}

// The numeric order of two digit strings: -1, 0 or 1.
int compare(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) {
        return a.size() < b.size() ? -1 : 1;
    }
    return a < b ? -1 : (a == b ? 0 : 1);
}

// A Wide as decimal digits: its four 32-bit limbs divided by ten until nothing is left.
std::string digits(Wide w) {
    std::array<std::uint64_t, 4> limbs = {w.high >> 32, w.high & 0xFFFF'FFFF, w.low >> 32,
                                          w.low & 0xFFFF'FFFF};
    std::string out;
    while (std::any_of(limbs.begin(), limbs.end(), [](std::uint64_t l) { return l != 0; })) {
        std::uint64_t remainder = 0;
        for (auto& limb : limbs) {
            const std::uint64_t current = (remainder << 32) | limb;
            limb = current / 10;
            remainder = current % 10;
        }
        out.push_back(static_cast<char>('0' + remainder));
    }
    std::reverse(out.begin(), out.end());
    return out.empty() ? "0" : out;
}

#ifdef __SIZEOF_INT128__
__extension__ using Int128 = unsigned __int128;

Int128 as_int128(Wide w) {
    return (static_cast<Int128>(w.high) << 64) | w.low;
}
#endif

// A random 64-bit integer of a random bit length (0 to 64 bits), so that small, middle and
// full-width values are all drawn.
std::uint64_t random_bits(grantkpi::testing::Random& random) {
    const auto bits = random.between(0, 64);
    const std::uint64_t v = random.next();
    return bits == 64 ? v : v & ((std::uint64_t{1} << bits) - 1);
}

// A random coefficient of 1 to 18 digits.
std::uint64_t random_coefficient(grantkpi::testing::Random& random, std::int64_t min = 0) {
    const auto n = static_cast<int>(random.between(1, 18));
    const std::int64_t limit = Decimal::power_of_ten(n) - 1;
    return static_cast<std::uint64_t>(random.between(std::min(min, limit), limit));
}

// What rounded_quotient(a, b, shift) must give: q = round_half_away(a x 10^shift / b) is
// the q with (2q - 1) x b <= 2 x a x 10^shift < (2q + 1) x b, checked by multiplying only;
// nullopt exactly when that q exceeds 18 digits: 2 x a x 10^shift >= (2 max + 1) x b.
void check_quotient(std::uint64_t a, std::uint64_t b, int shift) {
    CAPTURE(a);
    CAPTURE(b);
    CAPTURE(shift);
    const std::optional<std::uint64_t> q = rounded_quotient(a, b, shift);
    // Both sides x 10^-shift when shift < 0, so that only multiplications remain.
    const std::string twice_a = times_power_of_ten(digits(2 * a), std::max(shift, 0));
    const std::string scaled_b = times_power_of_ten(digits(b), std::max(-shift, 0));
    const bool too_large =
        compare(twice_a, long_multiply(digits(2 * max_coefficient + 1), scaled_b)) >= 0;
    REQUIRE(q.has_value() == !too_large);
    if (!q) {
        return;
    }
    CHECK(*q <= max_coefficient);
    if (*q > 0) {
        CHECK(compare(long_multiply(digits(2 * *q - 1), scaled_b), twice_a) <= 0);
    }
    CHECK(compare(twice_a, long_multiply(digits(2 * *q + 1), scaled_b)) < 0);
}

// What at_least_share_of(a, b, f) must give, for b > 0 and f > 0: a x denominator >=
// b x numerator, both brought to the larger scale.
bool share_reference(Decimal a, Decimal b, Fraction f) {
    if (a.is_negative() || a.is_zero()) {
        return false; // b x f > 0
    }
    const int scale = std::max(a.scale(), b.scale());
    const std::string left =
        times_power_of_ten(long_multiply(digits(magnitude(a.coefficient())),
                                         digits(static_cast<std::uint64_t>(f.denominator()))),
                           scale - a.scale());
    const std::string right =
        times_power_of_ten(long_multiply(digits(magnitude(b.coefficient())),
                                         digits(static_cast<std::uint64_t>(f.numerator()))),
                           scale - b.scale());
    return compare(left, right) >= 0;
}

// The products do not both fit a Decimal: at_least_share_of compares 128-bit integers.
bool takes_the_wide_path(Decimal a, Decimal b, Fraction f) {
    return !a.checked_multiply(Decimal{f.denominator()}) ||
           !b.checked_multiply(Decimal{f.numerator()});
}

} // namespace

TEST_SUITE_BEGIN("wide_int");

// ------------------------------------------------------------------ the reference itself

TEST_CASE("reference: long multiplication and digits of a Wide by hand") {
    CHECK(long_multiply("12", "34") == "408");
    CHECK(long_multiply("0", "999") == "0");
    CHECK(long_multiply("99", "99") == "9801");
    CHECK(compare("100", "99") == 1);
    CHECK(compare("99", "100") == -1);
    CHECK(compare("42", "42") == 0);
    CHECK(digits(Wide{0, 0}) == "0");
    CHECK(digits(Wide{0, 1234}) == "1234");
    CHECK(digits(Wide{1, 0}) == "18446744073709551616"); // 2^64
    CHECK(digits(Wide{all_ones, all_ones}) ==
          "340282366920938463463374607431768211455"); // 2^128 - 1
}

// ------------------------------------------------------------------ magnitude

TEST_CASE("magnitude: signs and the 18-digit maxima") {
    CHECK(magnitude(0) == 0);
    CHECK(magnitude(1) == 1);
    CHECK(magnitude(-1) == 1);
    CHECK(magnitude(Decimal::max_coefficient) == max_coefficient);
    CHECK(magnitude(-Decimal::max_coefficient) == max_coefficient);
}

// ------------------------------------------------------------------ wide_product

TEST_CASE("wide_product: edge cases of the halves and their carries") {
    CHECK(wide_product(0, all_ones) == Wide{0, 0});
    CHECK(wide_product(1, all_ones) == Wide{0, all_ones});
    CHECK(wide_product(std::uint64_t{1} << 32, std::uint64_t{1} << 32) == Wide{1, 0}); // 2^64
    // (2^64 - 1)^2 = 2^128 - 2^65 + 1.
    CHECK(wide_product(all_ones, all_ones) == Wide{all_ones - 1, 1});
    // (2^64 - 1)(2^32 + 1) = 2^96 + 2^64 - 2^32 - 1: the middle sum carries into the high half.
    CHECK(wide_product(all_ones, 0x1'0000'0001) == Wide{0x1'0000'0000, 0xFFFF'FFFE'FFFF'FFFF});
    // (2^32 - 1)(2^32 - 1) stays in the low half: 2^64 - 2^33 + 1.
    CHECK(wide_product(0xFFFF'FFFF, 0xFFFF'FFFF) == Wide{0, 0xFFFF'FFFE'0000'0001});
    // The largest 18-digit coefficients: (10^18 - 1)^2 = 10^36 - 2 x 10^18 + 1.
    CHECK(digits(wide_product(max_coefficient, max_coefficient)) ==
          "999999999999999998000000000000000001");
    // The largest the effect rating forms: 10^18 - 1 times a fraction's term 2^31 - 1.
    CHECK(digits(wide_product(max_coefficient, Fraction::max_term)) ==
          "2147483646999999997852516353");
}

TEST_CASE("wide_product: equals multiplication by hand (seeded)") {
    grantkpi::testing::Random random(20260414);
    for (int i = 0; i < 3000; ++i) {
        const std::uint64_t a = random_bits(random);
        const std::uint64_t b = random_bits(random);
        CAPTURE(a);
        CAPTURE(b);
        const Wide p = wide_product(a, b);
        CHECK(digits(p) == long_multiply(digits(a), digits(b)));
        CHECK(wide_product(b, a) == p);
#ifdef __SIZEOF_INT128__
        CHECK(as_int128(p) == static_cast<Int128>(a) * b);
#endif
    }
}

// ------------------------------------------------------------------ times_ten and order

TEST_CASE("times_ten: a carry out of the low half and the 2^124 bound") {
    CHECK(times_ten(Wide{0, 0}) == Wide{0, 0});
    CHECK(times_ten(Wide{0, 7}) == Wide{0, 70});
    CHECK(times_ten(Wide{0, all_ones}) == Wide{9, all_ones - 9}); // 10 x 2^64 - 10
    CHECK(times_ten(Wide{1, 0}) == Wide{10, 0});
    // 2^124 - 1, the largest allowed: 10 x 2^124 - 10.
    const Wide largest{(std::uint64_t{1} << 60) - 1, all_ones};
    CHECK(digits(times_ten(largest)) == digits(largest) + "0");
    CHECK(times_ten(largest) == Wide{10 * (std::uint64_t{1} << 60) - 1, all_ones - 9});
}

TEST_CASE("times_ten and the order of Wide agree with digits by hand (seeded)") {
    grantkpi::testing::Random random(20260415);
    for (int i = 0; i < 3000; ++i) {
        // Below 2^124: a product of a 64-bit and a 60-bit integer.
        const Wide v = wide_product(random_bits(random), random_bits(random) >> 4);
        const Wide w = wide_product(random_bits(random), random_bits(random) >> 4);
        CAPTURE(digits(v));
        CAPTURE(digits(w));
        CHECK(digits(times_ten(v)) == times_power_of_ten(digits(v), 1));
        const int order = compare(digits(v), digits(w));
        CHECK((v < w) == (order < 0));
        CHECK((v == w) == (order == 0));
        CHECK((v > w) == (order > 0));
#ifdef __SIZEOF_INT128__
        CHECK(as_int128(times_ten(v)) == as_int128(v) * 10);
#endif
    }
    CHECK(Wide{1, 0} > Wide{0, all_ones}); // the high half decides first
    CHECK(Wide{0, 5} < Wide{0, 6});
    CHECK(Wide{3, 4} == Wide{3, 4});
}

// ------------------------------------------------------------------ rounded_quotient

TEST_CASE("rounded_quotient: half away from zero at the boundaries") {
    CHECK(rounded_quotient(1, 2, 0) == 1); // 0.5 rounds up
    CHECK(rounded_quotient(1, 3, 0) == 0); // 0.333...
    CHECK(rounded_quotient(2, 3, 0) == 1); // 0.666...
    CHECK(rounded_quotient(4, 10, 0) == 0);
    CHECK(rounded_quotient(5, 10, 0) == 1);
    CHECK(rounded_quotient(15, 10, 0) == 2);
    CHECK(rounded_quotient(136, 150, 4) == 9067); // the seed's 136 / 150 = 0.90666...
    CHECK(rounded_quotient(5, 1, -1) == 1);       // 0.5
    CHECK(rounded_quotient(4, 1, -1) == 0);       // 0.4
    CHECK(rounded_quotient(0, 7, 22) == 0);
    const auto max = max_coefficient;
    CHECK(rounded_quotient(max, max, 0) == 1);
    CHECK(rounded_quotient(max, 1, 0) == max);                     // the largest result
    CHECK_FALSE(rounded_quotient(max, 1, 1));                      // one digit too many
    CHECK_FALSE(rounded_quotient(1, 1, 18));                       // 10^18
    CHECK(rounded_quotient(1, 10, 18) == 100'000'000'000'000'000); // 10^17
    CHECK(rounded_quotient(max, 10, 1) == max);                    // max x 10 fits 64 bits
    CHECK_FALSE(rounded_quotient(max, 10, 2)); // max x 100 does not: digit by digit, too large
    // a x 10^shift beyond 64 bits: digit by digit (shift 19 and more, or a large a).
    CHECK(rounded_quotient(1, 100'000'000'000'000'000, 22) == 100'000); // 10^22 / 10^17
    CHECK(rounded_quotient(max, max, 18) == std::nullopt);              // 10^18
    CHECK(rounded_quotient(max, 3, 1) == std::nullopt);
    CHECK(rounded_quotient(300'000'000'000'000'000, 999'999'999'999'999'999, 18) ==
          300'000'000'000'000'000); // 3 x 10^17 + 0.3000...: rounds down
    // A divisor x 10^-shift beyond 64 bits: the quotient rounds to 0.
    CHECK(rounded_quotient(max, 1, -19) == 0); // 0.0999...
    CHECK(rounded_quotient(max, max, -19) == 0);
    CHECK(rounded_quotient(500'000'000'000'000'000, 1, -18) == 1); // 0.5 exactly
    CHECK(rounded_quotient(499'999'999'999'999'999, 1, -18) == 0);
    CHECK(rounded_quotient(max, 2, -18) == 0); // 0.4999...
    for (const int shift : {-20, -19, -18, -1, 0, 1, 17, 18, 19, 22, 24}) {
        check_quotient(max, 1, shift);
        check_quotient(max, max, shift);
        check_quotient(1, max, shift);
        check_quotient(500'000'000'000'000'000, 1, shift);
    }
}

TEST_CASE("rounded_quotient: within half a unit: checked by multiplying by hand (seeded)") {
    grantkpi::testing::Random random(20260416);
    for (int i = 0; i < 4000; ++i) {
        const std::uint64_t a = random_coefficient(random);
        const std::uint64_t b = random_coefficient(random, 1);
        // make_ratio's shifts: the difference of two scales (0..18) plus 4.
        const int shift = static_cast<int>(random.between(-14, 22));
        check_quotient(a, b, shift);
        // Exactly half way: (2k + 1) / 2 x 10^0 rounds up to k + 1.
        const std::uint64_t k = random_coefficient(random) / 4;
        CHECK(rounded_quotient(2 * k + 1, 2, 0) == k + 1);
    }
}

// ------------------------------------------------------------------ at_least_share_of

TEST_CASE("at_least_share_of: on the threshold beyond 18 digits and signs") {
    const Fraction four_fifths{4, 5};
    const Decimal plan{500'000'000'000'000'000};
    // 4 x 10^17 x 5 does not fit a Decimal: compared as 128-bit integers.
    REQUIRE(takes_the_wide_path(Decimal{400'000'000'000'000'000}, plan, four_fifths));
    CHECK(at_least_share_of(Decimal{400'000'000'000'000'000}, plan, four_fifths));
    CHECK_FALSE(at_least_share_of(Decimal{399'999'999'999'999'999}, plan, four_fifths));
    // Other scales: 40000000000000000.0 against 50000000000000000 x 4/5; and a tenth less.
    CHECK(at_least_share_of(Decimal{400'000'000'000'000'000, 1}, Decimal{50'000'000'000'000'000},
                            four_fifths));
    CHECK_FALSE(at_least_share_of(Decimal{399'999'999'999'999'999, 1},
                                  Decimal{50'000'000'000'000'000}, four_fifths));
    CHECK_FALSE(at_least_share_of(Decimal{39'999'999'999'999'999},
                                  Decimal{500'000'000'000'000'000, 1}, four_fifths));
    // Scales 18 apart: the smaller side is multiplied by ten 18 times.
    CHECK(at_least_share_of(Decimal{800'000'000'000'000'000, 18}, Decimal{1}, four_fifths));
    CHECK_FALSE(at_least_share_of(Decimal{799'999'999'999'999'999, 18}, Decimal{1}, four_fifths));
    CHECK(at_least_share_of(Decimal{1}, Decimal{125'000'000'000'000'000, 17}, four_fifths));
    // Negative or zero: never at least a positive share.
    CHECK_FALSE(at_least_share_of(Decimal{-Decimal::max_coefficient}, plan, four_fifths));
    CHECK_FALSE(at_least_share_of(Decimal{-1}, Decimal{1}, Fraction{1, Fraction::max_term}));
    CHECK_FALSE(
        at_least_share_of(Decimal{0}, plan, Fraction{Fraction::max_term - 1, Fraction::max_term}));
    // The largest terms: (10^18 - 1) x (2^31 - 1) on both sides.
    const Fraction largest{Fraction::max_term - 1, Fraction::max_term};
    const Decimal max{Decimal::max_coefficient};
    CHECK(at_least_share_of(max, max, largest));
    CHECK(at_least_share_of(Decimal{Decimal::max_coefficient - 1}, max, largest));
    // max x (2^31 - 2) / (2^31 - 1) = 999999999534338711.03...: the least a is ...712.
    CHECK(at_least_share_of(Decimal{999'999'999'534'338'712}, max, largest));
    CHECK_FALSE(at_least_share_of(Decimal{999'999'999'534'338'711}, max, largest));
    CHECK(at_least_share_of(max, max, Fraction{1, 1}));
}

TEST_CASE("at_least_share_of: agrees with multiplying by hand (seeded)") {
    grantkpi::testing::Random random(20260417);
    std::size_t wide = 0;
    std::size_t on_threshold = 0;
    for (int i = 0; i < 4000; ++i) {
        const auto numerator = random.between(1, Fraction::max_term);
        const Fraction f{numerator, random.between(numerator, Fraction::max_term)};
        const int b_scale = static_cast<int>(random.between(0, 18));
        Decimal b{static_cast<std::int64_t>(random_coefficient(random, 1)), b_scale};
        Decimal a{static_cast<std::int64_t>(random_coefficient(random)),
                  static_cast<int>(random.between(0, 18))};
        if (random.chance(50)) {
            // On the threshold or one unit of a's last digit beside it: b = k x denominator,
            // a = k x numerator x 10^extra +-1 at a scale `extra` larger; k of any length.
            const std::int64_t k_limit =
                std::min(Decimal::max_coefficient / f.denominator(),
                         Decimal::power_of_ten(static_cast<int>(random.between(1, 18))));
            const std::int64_t k = random.between(1, k_limit);
            const std::int64_t on = k * f.numerator();
            int extra = static_cast<int>(random.between(0, 18 - b_scale));
            while (extra > 0 &&
                   on > (Decimal::max_coefficient - 1) / Decimal::power_of_ten(extra)) {
                --extra;
            }
            if (on <= Decimal::max_coefficient - 1) {
                b = Decimal{k * f.denominator(), b_scale};
                a = Decimal{on * Decimal::power_of_ten(extra) + random.between(-1, 1),
                            b_scale + extra};
                ++on_threshold;
            }
        }
        if (random.chance(10)) {
            a = Decimal{-a.coefficient(), a.scale()};
        }
        CAPTURE(a);
        CAPTURE(b);
        CAPTURE(f.numerator());
        CAPTURE(f.denominator());
        wide += takes_the_wide_path(a, b, f) ? 1 : 0;
        CHECK(at_least_share_of(a, b, f) == share_reference(a, b, f));
    }
    // Both paths ran, and the threshold was met often.
    CHECK(wide > 1000);
    CHECK(wide < 4000);
    CHECK(on_threshold > 1500);
}

TEST_SUITE_END();
