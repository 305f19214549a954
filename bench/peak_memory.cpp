// Copyright (c) 2026 The grantkpi authors.
// Distributed under the Boost Software License, Version 1.0. (See LICENSE.)

// grantkpi_peak_memory: the peak resident memory of a process that loads a collection,
// either into the typed model or into a Boost.JSON DOM. Both read the file in the same
// chunks of 1 MiB, so that neither holds the file's text: what is measured is the model.
//
//     grantkpi_peak_memory model|dom FILE     prints "peak_kib N"

#include <grantkpi/json.hpp>

#include <boost/json/stream_parser.hpp>

#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace {

/// VmHWM, the peak resident set size, in KiB (Linux).
long peak_kib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) {
            return std::stol(line.substr(6));
        }
    }
    return -1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: grantkpi_peak_memory model|dom FILE\n";
        return 2;
    }
    const std::string_view mode = argv[1];
    std::size_t held = 0; // something of what is held, used after measuring
    if (mode == "model") {
        auto reports = grantkpi::load_collection_json(argv[2]);
        if (!reports) {
            std::cerr << reports.error().to_string() << '\n';
            return 1;
        }
        const long peak = peak_kib();
        held = reports->size();
        std::cout << "peak_kib " << peak << " reports " << held << '\n';
    } else if (mode == "dom") {
        std::ifstream in(argv[2], std::ios::binary);
        std::string chunk(std::size_t{1} << 20, '\0');
        boost::json::stream_parser parser;
        while (true) {
            const auto n =
                in.rdbuf()->sgetn(chunk.data(), static_cast<std::streamsize>(chunk.size()));
            if (n <= 0) {
                break;
            }
            parser.write(chunk.data(), static_cast<std::size_t>(n));
        }
        parser.finish();
        const boost::json::value dom = parser.release();
        const long peak = peak_kib();
        held = dom.at("reports").as_array().size();
        std::cout << "peak_kib " << peak << " reports " << held << '\n';
    } else {
        std::cerr << "usage: grantkpi_peak_memory model|dom FILE\n";
        return 2;
    }
    return 0;
}
