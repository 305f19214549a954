// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Internal: the line scanner of the text layout. Lines (LF, CRLF or CR), each with its
// number and whether it holds a full-width form to fold; trimmed pieces of a line with
// their folded spelling (Piece); the tab-separated cells of a line (Cells). Nothing here
// allocates in the common case (a line without full-width forms).

#include "grammar.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace grantkpi::detail::text {

using layout::npos;

/// Byte offset of the code point number `index` (or the end).
inline std::size_t offset_of_char(std::string_view text, std::size_t index) noexcept {
    std::size_t pos = 0;
    for (; pos < text.size() && index > 0; --index) {
        ++pos;
        while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
            ++pos;
        }
    }
    return pos;
}

/// A text with its full-width forms folded to ASCII (detail::fold_width). `plain` says that
/// the text holds none (the reader knows it for a whole line at once): the folded text is
/// then the text itself, and nothing is copied. Not copyable: the view may point into the
/// object.
class Folded {
public:
    Folded(std::string_view text, bool plain)
        : view_(text) {
        if (!plain) {
            storage_ = detail::fold_width(text);
            view_ = storage_;
        }
    }
    Folded(const Folded&) = delete;
    Folded& operator=(const Folded&) = delete;

    operator std::string_view() const noexcept { return view_; }
    [[nodiscard]] std::size_t size() const noexcept { return view_.size(); }

private:
    std::string storage_;
    std::string_view view_;
};

/// A trimmed piece of a line with its full-width forms folded to ASCII (fold_width maps one
/// code point to one code point, so character positions agree between the two spellings).
/// Parsing looks at `folded`; messages and the model get the text as written.
struct Piece {
    std::string_view original;
    std::size_t column = 1; ///< of original[0] in its line
    Folded folded;

    /// `plain`: the text holds no full-width form (see Folded).
    Piece(std::string_view text, std::size_t column_of_text, bool plain)
        : original(text)
        , column(column_of_text)
        , folded(text, plain) {}

    [[nodiscard]] std::size_t column_at(std::size_t folded_offset) const noexcept {
        return column + count_code_points(std::string_view(folded).substr(0, folded_offset));
    }
    /// The original text of folded[begin, end); begin and end are code point boundaries.
    [[nodiscard]] std::string_view original_of(std::size_t begin, std::size_t end) const noexcept {
        const std::string_view f = folded;
        if (f.size() == original.size()) {
            // Nothing was folded (a fold makes 3 bytes 1): the same bytes, the same offsets.
            return original.substr(begin, end - begin);
        }
        const std::size_t first = count_code_points(f.substr(0, begin));
        const std::size_t count = count_code_points(f.substr(begin, end - begin));
        const std::size_t original_begin = offset_of_char(original, first);
        const std::size_t length = offset_of_char(original.substr(original_begin), count);
        return original.substr(original_begin, length);
    }
    /// The column of a view into `original`.
    [[nodiscard]] std::size_t column_of(std::string_view part) const noexcept {
        return column + count_code_points(original.substr(
                            0, static_cast<std::size_t>(part.data() - original.data())));
    }

    /// Whether `original` holds a tab, found once (separator_of asks for every line of a table
    /// more than once).
    [[nodiscard]] bool has_tab() const noexcept {
        if (tabs_ < 0) {
            tabs_ = original.find('\t') != std::string_view::npos ? 1 : 0;
        }
        return tabs_ == 1;
    }

private:
    mutable signed char tabs_ = -1; ///< has_tab: -1 not yet known
};

/// The offset of the first `byte` at or after `from`, npos when there is none. Eight bytes at
/// a time: most cells and lines are short, and a call to memchr would cost more than the
/// search.
inline std::size_t find_byte(std::string_view text, std::size_t from, char byte) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101u;
    const std::uint64_t pattern = ones * static_cast<unsigned char>(byte);
    std::size_t i = from;
    for (; text.size() - i >= 8; i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + i, sizeof word);
        word ^= pattern; // `byte` becomes a zero byte
        // The high bit of each zero byte, and maybe of bytes after the first zero one.
        const std::uint64_t zeros = (word - ones) & ~word & (ones << 7);
        if (zeros != 0) {
            if constexpr (std::endian::native == std::endian::little) {
                return i + static_cast<std::size_t>(std::countr_zero(zeros)) / 8;
            }
            break; // the loop below finds it
        }
    }
    for (; i < text.size(); ++i) {
        if (text[i] == byte) {
            return i;
        }
    }
    return npos;
}

class Cells;

/// A column counted only if it is asked for: the first column of a line plus the characters
/// of the line before `offset`. The line is a view into the text being read.
struct DeferredColumn {
    std::string_view line;
    std::size_t offset = 0;
    std::size_t first_column = 1;

    [[nodiscard]] std::size_t value() const noexcept {
        return first_column + count_code_points(line.substr(0, offset));
    }
};

/// A cell of a line (see Cells), trimmed. Its column, the one where its text starts (where
/// the cell starts when it is empty), is counted only when asked for: only diagnostics need
/// it.
struct Cell {
    std::string_view text;
    const Cells* cells = nullptr; ///< that gave the cell
    std::size_t offset = 0;       ///< in the line, of the byte whose column is the cell's

    [[nodiscard]] std::size_t column() const noexcept;
    /// column(), counted only when it is asked for (for a diagnostic that may never come).
    [[nodiscard]] DeferredColumn deferred_column() const noexcept;
};

/// How the cells of a line are separated: by tabs, or (a line without tabs, as
/// `pdftotext -layout` writes) by runs of two or more spaces, ASCII or U+3000; a single
/// space never separates cells (docs/text-format.md, "Tables").
enum class Separator { tabs, spaces };

/// The start of the first run of two or more spaces (ASCII or U+3000) at or after `from`,
/// npos when there is none; `run_end` is set to the offset after the run.
inline std::size_t find_space_run(std::string_view text, std::size_t from,
                                  std::size_t& run_end) noexcept {
    const auto space_at = [&](std::size_t i) -> std::size_t { // its byte length, 0 if none
        if (i < text.size() && text[i] == ' ') {
            return 1;
        }
        return i + 3 <= text.size() && text.compare(i, 3, "\u3000") == 0 ? 3 : 0;
    };
    for (std::size_t i = from; i < text.size();) {
        std::size_t length = space_at(i);
        if (length == 0) {
            ++i;
            continue;
        }
        std::size_t end = i + length;
        std::size_t count = 1;
        while ((length = space_at(end)) != 0) {
            end += length;
            ++count;
        }
        if (count >= 2) {
            run_end = end;
            return i;
        }
        i = end;
    }
    run_end = npos;
    return npos;
}

/// The cells of a line, one at a time: a line of ten million tabs costs no memory.
class Cells {
public:
    explicit Cells(std::string_view line, std::size_t first_column = 1,
                   Separator separator = Separator::tabs) noexcept
        : line_(line)
        , separator_(separator)
        , first_column_(first_column)
        , counted_column_(first_column) {}
    Cells(const Cells&) = delete; // its cells point to it
    Cells& operator=(const Cells&) = delete;

    /// The next cell; false after the last one.
    bool next(Cell& cell) noexcept {
        if (done_) {
            return false;
        }
        std::size_t end = npos;
        std::size_t next_start = npos;
        if (separator_ == Separator::tabs) {
            end = find_byte(line_, start_, '\t');
            next_start = end == npos ? npos : end + 1;
        } else {
            end = find_space_run(line_, start_, next_start);
        }
        if (end == npos) {
            end = line_.size();
        }
        const std::string_view text = line_.substr(start_, end - start_);
        const std::string_view trimmed = detail::trim(text);
        const std::size_t leading =
            trimmed.empty() ? 0 : static_cast<std::size_t>(trimmed.data() - text.data());
        cell = Cell{trimmed, this, start_ + leading};
        done_ = next_start == npos;
        start_ = next_start;
        return true;
    }

    [[nodiscard]] Separator separator() const noexcept { return separator_; }

    /// column_at(offset), counted when it is asked for.
    [[nodiscard]] DeferredColumn deferred_column_at(std::size_t offset) const noexcept {
        return DeferredColumn{line_, offset, first_column_};
    }

    /// The column of line[offset]: the first column plus the characters before it. Counted
    /// from the offset asked for last, forward or back: the reader asks in line order, but
    /// for one look back at the first cells when a row or a header ends, so a line costs time
    /// linear in its length however many diagnostics it has.
    [[nodiscard]] std::size_t column_at(std::size_t offset) const noexcept {
        if (offset >= counted_offset_) {
            counted_column_ +=
                count_code_points(line_.substr(counted_offset_, offset - counted_offset_));
        } else {
            counted_column_ -= count_code_points(line_.substr(offset, counted_offset_ - offset));
        }
        counted_offset_ = offset;
        return counted_column_;
    }

private:
    std::string_view line_;
    Separator separator_;
    std::size_t first_column_;
    std::size_t start_ = 0;
    bool done_ = false;
    mutable std::size_t counted_offset_ = 0; ///< column_at's last offset
    mutable std::size_t counted_column_;     ///< and its column
};

inline std::size_t Cell::column() const noexcept {
    return cells->column_at(offset);
}

inline DeferredColumn Cell::deferred_column() const noexcept {
    return cells->deferred_column_at(offset);
}

/// A line of the text: its 1-based number, its bytes without the line end, and whether it
/// holds no full-width form (nothing to fold).
struct Line {
    std::size_t number = 0;
    std::string_view text;
    bool plain = true;
};

/// The lines of a text, one at a time, ended by LF, CRLF or CR.
class LineScanner {
public:
    explicit LineScanner(std::string_view text) noexcept
        : text_(text)
        , lf_(text.find('\n'))
        , cr_(text.find('\r'))
        , foldable_(detail::find_foldable(text)) {}

    /// The next line; false after the last one (a text always has one line, maybe empty).
    bool next(Line& line) noexcept {
        if (done_) {
            return false;
        }
        // The next line feed, carriage return and full-width form at or after `pos_`, each
        // searched for again only once `pos_` has passed it: the text is searched once for
        // each of them, however its lines end and whatever they hold.
        if (lf_ < pos_) {
            lf_ = find_byte(text_, pos_, '\n');
        }
        if (cr_ < pos_) {
            cr_ = text_.find('\r', pos_);
        }
        if (foldable_ < pos_) {
            foldable_ = detail::find_foldable(text_, pos_);
        }
        const std::size_t end = std::min(lf_, cr_);
        line.number = ++number_;
        line.text = text_.substr(pos_, end == npos ? npos : end - pos_);
        line.plain = foldable_ >= end;
        if (end == npos) {
            done_ = true;
            return true;
        }
        pos_ = end + 1;
        if (text_[end] == '\r' && pos_ < text_.size() && text_[pos_] == '\n') {
            ++pos_;
        }
        return true;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t number_ = 0;
    std::size_t lf_;
    std::size_t cr_;
    std::size_t foldable_;
    bool done_ = false;
};

} // namespace grantkpi::detail::text
