// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
//
// Equality of the results that read names through their model link: the figures (every
// described member, so that a new member takes part without touching this file) and, when
// both results are linked, the names read through the links. A result without a link
// compares on its figures only.
#include <grantkpi/evaluate.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

namespace grantkpi {
namespace {

template <class T>
bool same_figures(const T& a, const T& b) {
    bool same = true;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto d) { same = same && a.*d.pointer == b.*d.pointer; });
    return same;
}

template <class T>
bool both_linked(const T& a, const T& b) noexcept {
    return a.model && b.model;
}

} // namespace

bool operator==(const KpiEvaluation& a, const KpiEvaluation& b) {
    return same_figures(a, b) && (!both_linked(a, b) || a.title() == b.title());
}

bool operator==(const ProjectEvaluation& a, const ProjectEvaluation& b) {
    return same_figures(a, b) &&
           (!both_linked(a, b) || (a.name() == b.name() && a.partners() == b.partners()));
}

bool operator==(const RoundEvaluation& a, const RoundEvaluation& b) {
    return same_figures(a, b) && (!both_linked(a, b) || a.scheme() == b.scheme());
}

bool operator==(const ReportEvaluation& a, const ReportEvaluation& b) {
    return same_figures(a, b) &&
           (!both_linked(a, b) || (a.title() == b.title() && a.municipality() == b.municipality()));
}

} // namespace grantkpi
