// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#include <grantkpi/kpi_inference.hpp>

#include "direction_words.hpp"
#include "unicode/unicode.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace grantkpi {
namespace {

using detail::decode_utf8;

// Half-width katakana U+FF61..U+FF9F, widened (U+FF9E and U+FF9F, the sound marks, are
// combined with the letter before them where a composed letter exists).
constexpr std::array<char16_t, 63> wide_katakana = {
    u'。', u'「', u'」', u'、', u'・', u'ヲ', u'ァ', u'ィ', u'ゥ', u'ェ', u'ォ', u'ャ', u'ュ',
    u'ョ', u'ッ', u'ー', u'ア', u'イ', u'ウ', u'エ', u'オ', u'カ', u'キ', u'ク', u'ケ', u'コ',
    u'サ', u'シ', u'ス', u'セ', u'ソ', u'タ', u'チ', u'ツ', u'テ', u'ト', u'ナ', u'ニ', u'ヌ',
    u'ネ', u'ノ', u'ハ', u'ヒ', u'フ', u'ヘ', u'ホ', u'マ', u'ミ', u'ム', u'メ', u'モ', u'ヤ',
    u'ユ', u'ヨ', u'ラ', u'リ', u'ル', u'レ', u'ロ', u'ワ', u'ン', u'゛', u'゜'};

/// The letter `cp` with the voiced (dakuten) or semi-voiced (handakuten) mark, 0 when there
/// is no such letter.
char32_t with_sound_mark(char32_t cp, bool semi) noexcept {
    if (cp == U'ウ' && !semi) {
        return U'ヴ';
    }
    // カ..ト: each letter's voiced form is the next code point (ッ is the one that has none).
    const bool ka_to = cp >= U'カ' && cp <= U'ト' && cp != U'ッ';
    if (!semi && ka_to) {
        return cp + 1;
    }
    const bool ha_ho = cp == U'ハ' || cp == U'ヒ' || cp == U'フ' || cp == U'ヘ' || cp == U'ホ';
    if (ha_ho) {
        return cp + (semi ? 2 : 1);
    }
    return 0;
}

/// The title as the word lists spell their phrases: full-width ASCII folded to ASCII,
/// half-width katakana widened, Latin letters upper-cased, subscript digits (CO₂) made
/// digits, spaces removed. Invalid bytes become `?` (they match no phrase).
void normalize_title(std::string_view title, std::string& out) {
    out.clear();
    out.reserve(title.size());
    for (std::size_t pos = 0, length = 0; pos < title.size(); pos += length) {
        const char32_t original = decode_utf8(title, pos, length);
        if (original == detail::invalid_code_point) {
            out += '?';
            continue;
        }
        char32_t cp = detail::fold_width(original);
        if (detail::is_space(cp)) {
            continue;
        }
        if (cp >= U'a' && cp <= U'z') {
            cp = cp - U'a' + U'A';
        } else if (cp >= 0x2080 && cp <= 0x2089) {
            cp = cp - 0x2080 + U'0';
        } else if (cp >= 0xFF61 && cp <= 0xFF9F) {
            cp = wide_katakana[cp - 0xFF61];
            std::size_t next_length = 0;
            if (pos + length < title.size()) {
                const char32_t next = decode_utf8(title, pos + length, next_length);
                if (next == 0xFF9E || next == 0xFF9F) {
                    if (const char32_t composed = with_sound_mark(cp, next == 0xFF9F)) {
                        cp = composed;
                        length += next_length;
                    }
                }
            }
        }
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp == original) {
            out += title.substr(pos, length); // as written: no need to encode it again
        } else {
            detail::append_utf8(out, cp);
        }
    }
}

/// The length of the UTF-8 sequence that starts with `lead` (1 for a stray byte).
std::size_t lead_length(unsigned char lead) noexcept {
    if (lead >= 0xF0) {
        return 4;
    }
    if (lead >= 0xE0) {
        return 3;
    }
    if (lead >= 0xC0) {
        return 2;
    }
    return 1;
}

enum class Zone : std::uint8_t { outside, paren, tag };

bool opens_tag(char32_t cp) noexcept {
    return cp == U'[' || cp == U'【' || cp == U'〔' || cp == U'〖';
}
bool closes_tag(char32_t cp) noexcept {
    return cp == U']' || cp == U'】' || cp == U'〕' || cp == U'〗';
}

template <class Word>
struct Match {
    // No default member initializers: an array of them is left uninitialised, and only the
    // first `count` are ever written and read.
    std::size_t start;
    std::size_t end;
    const Word* word;
    Zone zone;

    [[nodiscard]] std::size_t length() const noexcept { return end - start; }
};

/// The found phrases of a word list that survive overlaps (the longer wins; of two as long,
/// the earlier), in text order. At most `max_matches` are considered: titles hold a handful.
constexpr std::size_t max_matches = 64;

template <class Word>
struct Matches {
    std::array<Match<Word>, max_matches> items; // the first `count` are set
    std::size_t count = 0;

    [[nodiscard]] auto begin() const noexcept { return items.begin(); }
    [[nodiscard]] auto end() const noexcept {
        return items.begin() + static_cast<std::ptrdiff_t>(count);
    }
};

/// Fills `kept` (empty) with the phrases found in `text` (an out-parameter: the arrays are
/// never copied, and their unset entries never read).
template <class Word>
void find_phrases(std::string_view text, const detail::PhraseIndex<Word>& index,
                  Matches<Word>& kept) {
    Matches<Word> found;
    int parens = 0;
    int tags = 0;
    for (std::size_t pos = 0, length = 0; pos < text.size() && found.count < max_matches;
         pos += length) {
        const char32_t cp = decode_utf8(text, pos, length);
        if (cp == U'(') {
            ++parens;
        } else if (cp == U')') {
            parens = std::max(0, parens - 1);
        } else if (opens_tag(cp)) {
            ++tags;
        } else if (closes_tag(cp)) {
            tags = std::max(0, tags - 1);
        }
        const Zone zone = tags > 0 ? Zone::tag : parens > 0 ? Zone::paren : Zone::outside;
        if (!index.may_start(cp)) {
            continue;
        }
        index.for_each_prefix(
            text.substr(pos), lead_length(static_cast<unsigned char>(text[pos])),
            [&](const Word& w) {
                if (found.count < max_matches) {
                    found.items[found.count++] = Match<Word>{pos, pos + w.phrase.size(), &w, zone};
                }
            });
    }
    // Longest first, then earliest (a total order: two phrases found at one place differ in
    // length); keep each that overlaps none kept before it.
    const auto all_end = found.items.begin() + static_cast<std::ptrdiff_t>(found.count);
    std::sort(found.items.begin(), all_end, [](const Match<Word>& a, const Match<Word>& b) {
        return a.length() != b.length() ? a.length() > b.length() : a.start < b.start;
    });
    for (auto it = found.items.begin(); it != all_end; ++it) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Match<Word>& k) {
            return it->start < k.end && k.start < it->end;
        });
        if (!overlaps) {
            kept.items[kept.count++] = *it;
        }
    }
    std::sort(kept.items.begin(), kept.items.begin() + static_cast<std::ptrdiff_t>(kept.count),
              [](const Match<Word>& a, const Match<Word>& b) { return a.start < b.start; });
}

const detail::PhraseIndex<DirectionWord>& direction_index() {
    static const detail::PhraseIndex<DirectionWord> index{kpi_direction_words()};
    return index;
}

const detail::PhraseIndex<AccumulationWord>& accumulation_index() {
    static const detail::PhraseIndex<AccumulationWord> index{kpi_accumulation_words()};
    return index;
}

enum class Trend { none, falls, rises };

/// The baseline (plan row's, else actual row's) and the set plan values in column order:
/// falls when at least two, none above the one before and one below; rises the other way.
Trend plan_trend(const Baseline& baseline, const Series& plan) {
    std::optional<Decimal> previous = baseline.plan.value();
    if (!previous) {
        previous = baseline.actual.value();
    }
    int count = previous ? 1 : 0;
    bool fell = false;
    bool rose = false;
    for (const PeriodValue& cell : plan) {
        const auto v = cell.value.value();
        if (!v) {
            continue;
        }
        if (previous) {
            fell = fell || *v < *previous;
            rose = rose || *v > *previous;
        }
        previous = v;
        ++count;
    }
    if (count < 2 || fell == rose) {
        return Trend::none;
    }
    return fell ? Trend::falls : Trend::rises;
}

std::string title_rule(std::string_view phrase) {
    std::string rule = "title: ";
    rule += phrase;
    return rule;
}

thread_local std::string normalized_buffer;

} // namespace

DirectionInference infer_kpi_direction(std::string_view title, const Baseline& baseline,
                                       const Series& plan) {
    std::string& text = normalized_buffer;
    normalize_title(title, text);
    Matches<DirectionWord> found;
    find_phrases(text, direction_index(), found);

    // The deciding zone: outside brackets when a phrase is found there, else inside ().
    Zone deciding = Zone::tag;
    for (const auto& m : found) {
        deciding = std::min(deciding, m.zone);
    }
    const Trend trend = plan_trend(baseline, plan);
    if (deciding == Zone::tag) {
        if (trend == Trend::falls) {
            return {Direction::decrease,
                    Provenance::inferred_by("plan falls from the baseline", true)};
        }
        return {Direction::increase, Provenance::assumed_default("no rule fired")};
    }
    // The phrase that ends last in the deciding zone decides.
    const Match<DirectionWord>* decider = nullptr;
    for (const auto& m : found) {
        if (m.zone == deciding) {
            decider = &m;
        }
    }
    // A thing acted upon (活用された空き家の件数): the last action upon it before it decides
    // instead.
    if (decider->word->acted_on) {
        const std::size_t object_start = decider->start;
        for (const auto& m : found) {
            if (m.zone == deciding && m.start < object_start && m.word->acts_on) {
                decider = &m;
            }
        }
    }
    const Direction direction = decider->word->direction;
    // Named: the longest phrase that agrees with it (outside or in ()); the later of two as
    // long. The evidence is weak only when every agreeing phrase is weak. A fall is expected
    // when the deciding or the named phrase expects one (維持 in 健康維持教室の参加者数 names
    // a class, not the quantity).
    const Match<DirectionWord>* named = decider;
    bool all_weak = true;
    for (const auto& m : found) {
        if (m.zone == Zone::tag || m.word->direction != direction) {
            continue;
        }
        all_weak = all_weak && m.word->weak;
        if (m.length() >= named->length()) {
            named = &m;
        }
    }
    const bool expects = decider->word->expects_fall || named->word->expects_fall;
    const bool disagrees = (direction == Direction::decrease && trend == Trend::rises) ||
                           (direction == Direction::increase && trend == Trend::falls && !expects);
    return {direction,
            Provenance::inferred_by(title_rule(named->word->phrase), all_weak || disagrees)};
}

AccumulationInference infer_kpi_accumulation(std::string_view title) {
    std::string& text = normalized_buffer;
    normalize_title(title, text);
    const auto running = [](std::string_view t) {
        return t.find("累計") != std::string_view::npos ||
               t.find("累積") != std::string_view::npos || t.find("通算") != std::string_view::npos;
    };
    // 1. A bracketed note holding 累計, 累積 or 通算, named as written. Brackets are found in
    // the title itself (folded), so that the rule can quote it.
    if (running(text)) {
        thread_local std::string note_text;
        std::size_t open = std::string_view::npos;
        for (std::size_t pos = 0, length = 0; pos < title.size(); pos += length) {
            const char32_t cp = detail::fold_width(decode_utf8(title, pos, length));
            if (cp == U'(' || opens_tag(cp)) {
                open = pos;
            } else if ((cp == U')' || closes_tag(cp)) && open != std::string_view::npos) {
                const std::string_view note = title.substr(open, pos + length - open);
                normalize_title(note, note_text);
                if (running(note_text) && note_text.find("年間累計") == std::string::npos) {
                    return {Accumulation::cumulative,
                            Provenance::inferred_by(title_rule(note), false)};
                }
                open = std::string_view::npos;
            }
        }
    }
    // 2. The phrases anywhere: cumulative over increment over level.
    Matches<AccumulationWord> found;
    find_phrases(text, accumulation_index(), found);
    const Match<AccumulationWord>* best = nullptr;
    const auto rank = [](Accumulation a) {
        return a == Accumulation::cumulative ? 3 : a == Accumulation::increment ? 2 : 1;
    };
    for (const auto& m : found) {
        if (m.word->phrase == "年間" && m.start > 0) {
            // 3年間, 3か年間, 数年間: a duration, not "per year".
            std::size_t back = m.start - 1;
            while (back > 0 && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) {
                --back;
            }
            std::size_t length = 0;
            const char32_t before = decode_utf8(text, back, length);
            if ((before >= U'0' && before <= U'9') || before == U'か' || before == U'ヶ' ||
                before == U'カ' || before == U'ヵ' || before == U'ケ' || before == U'数') {
                continue;
            }
        }
        if (best == nullptr || rank(m.word->accumulation) > rank(best->word->accumulation)) {
            best = &m;
        }
    }
    if (best == nullptr) {
        return {Accumulation::level, Provenance::assumed_default("no rule fired")};
    }
    return {best->word->accumulation,
            Provenance::inferred_by(title_rule(best->word->phrase), best->word->weak)};
}

void apply_kpi_inference(Kpi& kpi) {
    DirectionInference direction = infer_kpi_direction(kpi.title, kpi.baseline, kpi.plan);
    kpi.direction = direction.direction;
    kpi.direction_basis = std::move(direction.basis);
    AccumulationInference accumulation = infer_kpi_accumulation(kpi.title);
    kpi.accumulation = accumulation.accumulation;
    kpi.accumulation_basis = std::move(accumulation.basis);
}

} // namespace grantkpi
