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

/// True when normalized() keeps `cp` (a decoded code point, maybe invalid_code_point) as
/// written.
constexpr bool kept_as_written(char32_t cp) noexcept {
    if (cp > 0x3000 && cp < 0xFF01) {
        return true; // kana and kanji: the most common by far
    }
    if (cp < 0x80) {
        return !(cp >= U'a' && cp <= U'z') && !detail::is_space(cp);
    }
    return cp != detail::invalid_code_point && detail::fold_width(cp) == cp &&
           !detail::is_space(cp) && !(cp >= 0x2080 && cp <= 0x2089) &&
           !(cp >= 0xFF61 && cp <= 0xFF9F);
}

/// How plain_title treats a byte where a code point starts: 1..4 a code point of that many
/// bytes that normalized() keeps as written, 0 one it changes (a lower-case letter, a space;
/// and bytes that cannot start a code point), 5 the lead byte of a sequence it may change
/// (U+00A0, U+2080..U+2089, U+3000, U+FF00..U+FFBF): the bytes after it tell.
constexpr std::array<std::uint8_t, 256> title_bytes = [] {
    std::array<std::uint8_t, 256> table{};
    for (std::size_t b = 0; b < 0x80; ++b) {
        table[b] = 1;
    }
    for (std::size_t b = 'a'; b <= 'z'; ++b) {
        table[b] = 0;
    }
    for (const unsigned char b : {' ', '\t', '\r', '\n'}) {
        table[b] = 0;
    }
    for (std::size_t b = 0xC2; b < 0xE0; ++b) {
        table[b] = 2;
    }
    for (std::size_t b = 0xE0; b < 0xF0; ++b) {
        table[b] = 3;
    }
    for (std::size_t b = 0xF0; b < 0xF5; ++b) {
        table[b] = 4;
    }
    for (const unsigned char b : {0xC2, 0xE2, 0xE3, 0xEF}) {
        table[b] = 5;
    }
    return table;
}();

/// True when normalized() keeps every code point of `title` as written, if `title` is
/// well-formed UTF-8 (which this does not check). A byte scan: most titles are kana and
/// kanji, kept as written, and need no decoding.
bool plain_title(std::string_view title) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(title.data());
    const std::size_t n = title.size();
    for (std::size_t i = 0; i < n;) {
        std::size_t length = title_bytes[p[i]];
        if (length == 0) {
            return false;
        }
        if (length == 5) {
            const unsigned lead = p[i];
            length = lead == 0xC2 ? 2 : 3;
            if (n - i < length) {
                return false;
            }
            const unsigned next = p[i + 1];
            const unsigned after = length == 3 ? p[i + 2] : 0U;
            if ((lead == 0xC2 && next == 0xA0) ||
                (lead == 0xE2 && next == 0x82 && after >= 0x80 && after <= 0x89) ||
                (lead == 0xE3 && next == 0x80 && after == 0x80) ||
                (lead == 0xEF && next >= 0xBC && next <= 0xBE)) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

/// The title as the word lists spell their phrases: full-width ASCII folded to ASCII,
/// half-width katakana widened, Latin letters upper-cased, subscript digits (CO₂) made
/// digits, spaces removed. Invalid bytes become `?` (they match no phrase). The title itself
/// when nothing changes (most titles), else the normalised text written into `buffer`.
/// `well_formed`: the caller knows the title to be well-formed UTF-8 (the reader's are).
std::string_view normalized(std::string_view title, std::string& buffer, bool well_formed) {
    if (plain_title(title) && (well_formed || detail::is_valid_utf8(title))) {
        return title;
    }
    // Code points kept as written are copied a run at a time: title[kept, pos).
    std::size_t kept = 0;
    bool changed = false;
    for (std::size_t pos = 0, length = 0; pos < title.size(); pos += length) {
        const char32_t original = decode_utf8(title, pos, length);
        if (kept_as_written(original)) {
            continue;
        }
        if (!changed) {
            buffer.clear();
            buffer.reserve(title.size());
            changed = true;
        }
        buffer += title.substr(kept, pos - kept);
        char32_t cp = detail::fold_width(original);
        if (original == detail::invalid_code_point) {
            buffer += '?';
        } else if (!detail::is_space(cp)) {
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
                buffer += static_cast<char>(cp);
            } else {
                detail::append_utf8(buffer, cp);
            }
        }
        kept = pos + length;
    }
    if (!changed) {
        return title;
    }
    buffer += title.substr(kept);
    return buffer;
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

/// Sorts [begin, end) by `less`, a strict total order (so the result is the one std::sort
/// gives): titles hold a handful of phrases, too few for std::sort to pay.
template <class It, class Less>
void insertion_sort(It begin, It end, Less less) {
    for (It i = begin; i != end; ++i) {
        for (It j = i; j != begin && less(*j, *(j - 1)); --j) {
            std::iter_swap(j, j - 1);
        }
    }
}

/// Fills `kept` (empty) with the phrases of `found` that survive overlaps: longest first,
/// then earliest (a total order: two phrases found at one place differ in length), each that
/// overlaps none kept before it; then in text order. (Out-parameters: the arrays are never
/// copied, and their unset entries never read.)
template <class Word>
void keep_longest(Matches<Word>& found, Matches<Word>& kept) {
    const auto all_end = found.items.begin() + static_cast<std::ptrdiff_t>(found.count);
    insertion_sort(found.items.begin(), all_end, [](const Match<Word>& a, const Match<Word>& b) {
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
    insertion_sort(kept.items.begin(), kept.items.begin() + static_cast<std::ptrdiff_t>(kept.count),
                   [](const Match<Word>& a, const Match<Word>& b) { return a.start < b.start; });
}

/// Records the phrases of `index` that start at text[pos] (in their byte order), while
/// fewer than max_matches are found; `second` is the key of the code point after the one
/// at pos (0 at the end).
template <class Word>
void match_at(std::string_view text, std::size_t pos, detail::CharKey at, std::uint32_t second,
              Zone zone, const detail::PhraseIndex<Word>& index, Matches<Word>& found) {
    if (found.count < max_matches && index.may_start(at.key)) {
        index.for_each_prefix(at, second, text.substr(pos), [&](const Word& w) {
            if (found.count < max_matches) {
                found.items[found.count++] = Match<Word>{pos, pos + w.phrase.size(), &w, zone};
            }
        });
    }
}

const detail::PhraseIndex<DirectionWord>& direction_index();
const detail::PhraseIndex<AccumulationWord>& accumulation_index();

/// What a normalised title holds: the phrases of both lists (each list's overlaps resolved;
/// the first max_matches found of each are considered) and whether 累計, 累積 or 通算 occurs
/// anywhere in it.
struct Found {
    Matches<DirectionWord> direction;
    Matches<AccumulationWord> accumulation;
    bool running = false;
};

/// Fills `out` (empty) from `text`, a normalised title (well-formed UTF-8), in one pass over
/// its code points for both lists.
void find_phrases(std::string_view text, Found& out) {
    const auto& directions = direction_index();
    const auto& accumulations = accumulation_index();
    Matches<DirectionWord> direction;
    Matches<AccumulationWord> accumulation;
    int parens = 0;
    int tags = 0;
    for (std::size_t pos = 0; pos < text.size() && (direction.count < max_matches ||
                                                    accumulation.count < max_matches);) {
        const detail::CharKey at = detail::char_key(text, pos);
        switch (at.key < 0x80 ||
                        (at.key >= detail::key_of(U'【') && at.key <= detail::key_of(U'〗'))
                    ? at.key
                    : 0) {
        case '(':
            ++parens;
            break;
        case ')':
            parens = std::max(0, parens - 1);
            break;
        case '[':
        case detail::key_of(U'【'):
        case detail::key_of(U'〔'):
        case detail::key_of(U'〖'):
            ++tags;
            break;
        case ']':
        case detail::key_of(U'】'):
        case detail::key_of(U'〕'):
        case detail::key_of(U'〗'):
            tags = std::max(0, tags - 1);
            break;
        default:
            break;
        }
        if (directions.may_start(at.key) || accumulations.may_start(at.key)) {
            const std::size_t next = pos + at.length;
            const std::uint32_t second = next < text.size() ? detail::char_key(text, next).key : 0;
            const Zone zone = tags > 0 ? Zone::tag : parens > 0 ? Zone::paren : Zone::outside;
            match_at(text, pos, at, second, zone, directions, direction);
            match_at(text, pos, at, second, Zone::outside, accumulations, accumulation);
        }
        pos += at.length;
    }
    // 累計, 累積 and 通算 are phrases of the list: every place one starts was recorded, unless
    // the list's matches ran out first.
    for (const auto& m : accumulation) {
        const std::string_view phrase = m.word->phrase;
        out.running = out.running || phrase == "累計" || phrase == "累積" || phrase == "通算";
    }
    if (!out.running && accumulation.count == max_matches) {
        out.running = text.find("累計") != std::string_view::npos ||
                      text.find("累積") != std::string_view::npos ||
                      text.find("通算") != std::string_view::npos;
    }
    keep_longest(direction, out.direction);
    keep_longest(accumulation, out.accumulation);
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

/// infer_kpi_direction of a title, from its phrases (find_phrases).
DirectionInference direction_of(const Found& phrases, const Baseline& baseline,
                                const Series& plan) {
    const Matches<DirectionWord>& found = phrases.direction;

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

/// infer_kpi_accumulation of `title`, `text` being the title normalised (normalized) and
/// `phrases` what it holds (find_phrases).
AccumulationInference accumulation_of(std::string_view title, std::string_view text,
                                      const Found& phrases) {
    const auto running = [](std::string_view t) {
        return t.find("累計") != std::string_view::npos ||
               t.find("累積") != std::string_view::npos || t.find("通算") != std::string_view::npos;
    };
    // 1. A bracketed note holding 累計, 累積 or 通算, named as written. Brackets are found in
    // the title itself (folded), so that the rule can quote it.
    if (phrases.running) {
        thread_local std::string note_text;
        std::size_t open = std::string_view::npos;
        for (std::size_t pos = 0, length = 0; pos < title.size(); pos += length) {
            const char32_t cp = detail::fold_width(decode_utf8(title, pos, length));
            if (cp == U'(' || opens_tag(cp)) {
                open = pos;
            } else if ((cp == U')' || closes_tag(cp)) && open != std::string_view::npos) {
                const std::string_view note = title.substr(open, pos + length - open);
                const std::string_view note_normalized = normalized(note, note_text, false);
                if (running(note_normalized) &&
                    note_normalized.find("年間累計") == std::string_view::npos) {
                    return {Accumulation::cumulative,
                            Provenance::inferred_by(title_rule(note), false)};
                }
                open = std::string_view::npos;
            }
        }
    }
    // 2. The phrases anywhere: cumulative over increment over level.
    const Matches<AccumulationWord>& found = phrases.accumulation;
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

/// apply_kpi_inference, `well_formed` as normalized() takes it.
void apply_inference(Kpi& kpi, bool well_formed) {
    // The title normalised and searched once for both.
    const std::string_view text = normalized(kpi.title, normalized_buffer, well_formed);
    Found phrases;
    find_phrases(text, phrases);
    DirectionInference direction = direction_of(phrases, kpi.baseline, kpi.plan);
    kpi.direction = direction.direction;
    kpi.direction_basis = std::move(direction.basis);
    AccumulationInference accumulation = accumulation_of(kpi.title, text, phrases);
    kpi.accumulation = accumulation.accumulation;
    kpi.accumulation_basis = std::move(accumulation.basis);
}

} // namespace

DirectionInference infer_kpi_direction(std::string_view title, const Baseline& baseline,
                                       const Series& plan) {
    Found phrases;
    find_phrases(normalized(title, normalized_buffer, false), phrases);
    return direction_of(phrases, baseline, plan);
}

AccumulationInference infer_kpi_accumulation(std::string_view title) {
    const std::string_view text = normalized(title, normalized_buffer, false);
    Found phrases;
    find_phrases(text, phrases);
    return accumulation_of(title, text, phrases);
}

void apply_kpi_inference(Kpi& kpi) {
    apply_inference(kpi, false);
}

namespace detail {

void apply_kpi_inference_well_formed(Kpi& kpi) {
    apply_inference(kpi, true);
}

} // namespace detail

} // namespace grantkpi
