// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)
#pragma once

// Running independent items (the reports of a collection) on several threads, for the
// collection functions that take a `threads` argument.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace grantkpi::detail {

/// The number of threads a `threads` argument asks for: 0 is the hardware's concurrency (1
/// when unknown), never more than one thread per `items / min_items_per_thread`.
inline unsigned thread_count(unsigned threads, std::size_t items,
                             std::size_t min_items_per_thread) noexcept {
    if (threads == 0) {
        threads = std::max(1U, std::thread::hardware_concurrency());
    }
    const std::size_t useful = std::max<std::size_t>(1, items / min_items_per_thread);
    return static_cast<unsigned>(std::min<std::size_t>(threads, useful));
}

/// Calls `work(i)` once for every i in [0, n), on up to `threads` threads (see
/// thread_count), the calling thread included. Items are handed out in blocks of `block`
/// from a shared counter, so that threads that get small items take more of them. Each
/// `work(i)` must touch only what belongs to item i.
///
/// When calls throw, the exception of the lowest i is rethrown after every thread has
/// stopped: the one a loop over i on a single thread would have thrown, since no thread
/// starts an item after one of its own items threw. When no thread can be started, the
/// calling thread does all the work.
template <class Work>
void parallel_for(std::size_t n, unsigned threads, std::size_t block, Work&& work) {
    block = std::max<std::size_t>(block, 1);
    const unsigned count = thread_count(threads, n, block);
    if (count <= 1) {
        for (std::size_t i = 0; i < n; ++i) {
            work(i);
        }
        return;
    }

    std::atomic<std::size_t> next{0};
    std::mutex failure_mutex;
    std::size_t failed_at = std::numeric_limits<std::size_t>::max();
    std::exception_ptr failure;
    auto run = [&]() noexcept {
        for (;;) {
            const std::size_t begin = next.fetch_add(block, std::memory_order_relaxed);
            if (begin >= n) {
                return;
            }
            const std::size_t end = std::min(n, begin + block);
            for (std::size_t i = begin; i < end; ++i) {
                try {
                    work(i);
                } catch (...) {
                    const std::lock_guard lock(failure_mutex);
                    if (i < failed_at) {
                        failed_at = i;
                        failure = std::current_exception();
                    }
                    return;
                }
            }
        }
    };

    std::vector<std::thread> helpers;
    helpers.reserve(count - 1);
    try {
        while (helpers.size() + 1 < count) {
            helpers.emplace_back(run);
        }
    } catch (...) {
        // No more threads to be had (std::system_error, or std::bad_alloc for the thread's
        // state): those started and the calling thread do the work. Leaving here instead
        // would destroy joinable threads, which calls std::terminate.
    }
    run();
    for (auto& helper : helpers) {
        helper.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
}

} // namespace grantkpi::detail
