// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// ModelLink<T>: the way from a result (an evaluation) back to the model element it was
// computed from: `kpi_evaluation.model->title`, `project_evaluation.model->budget`.
//
// Lifetime: a link points into the Report that was evaluated. It is valid while that Report
// lives and is not moved from or changed in a way that reallocates its vectors (adding a
// project, a KPI). An evaluation copied or kept past its report keeps its figures, but its
// link dangles: use `model` only while the report is alive.
//
// A link is not part of a result's value: two evaluations with the same figures (and, when
// both are linked, the same names read through their links) compare equal whichever report
// objects they came from (an evaluation of a report and of its JSON round trip are equal).

#include <grantkpi/export.hpp>

#include <cassert>

namespace grantkpi {
namespace detail {
/// Throws error_exception: `accessor` of a result that has no link (src/evaluate/report.cpp).
[[noreturn]] GRANTKPI_API void throw_unlinked(const char* accessor);
} // namespace detail

template <class T>
class ModelLink {
public:
    constexpr ModelLink() noexcept = default;
    constexpr explicit ModelLink(const T& element) noexcept
        : element_(&element) {}

    /// The model element; nullptr for a default-constructed result.
    [[nodiscard]] constexpr const T* get() const noexcept { return element_; }
    [[nodiscard]] constexpr explicit operator bool() const noexcept { return element_ != nullptr; }
    [[nodiscard]] constexpr const T& operator*() const noexcept {
        assert(element_ != nullptr && "ModelLink: a result that was not computed from a model");
        return *element_;
    }
    [[nodiscard]] constexpr const T* operator->() const noexcept {
        assert(element_ != nullptr && "ModelLink: a result that was not computed from a model");
        return element_;
    }

    /// The model element, for a result's accessors (`KpiEvaluation::title()`): throws
    /// error_exception naming `accessor` when the link is not set.
    [[nodiscard]] const T& checked(const char* accessor) const {
        if (element_ == nullptr) {
            detail::throw_unlinked(accessor);
        }
        return *element_;
    }

    /// Links never make results differ (see above).
    friend constexpr bool operator==(const ModelLink&, const ModelLink&) noexcept { return true; }

private:
    const T* element_ = nullptr;
};

} // namespace grantkpi
