// Like evaluate of a temporary report: a collection evaluated from a temporary vector of
// reports would link to reports that die with the statement.
// expect: delete
#include <grantkpi/evaluate.hpp>
#include <grantkpi/json.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

#ifdef GRANTKPI_COMPILE_FAIL_CONTROL
std::size_t projects(std::string_view json) {
    const std::vector<grantkpi::Report> reports = grantkpi::read_collection_json(json).value();
    return grantkpi::evaluate_collection(reports).summary.projects.total;
}
#else
std::size_t projects(std::string_view json) {
    return grantkpi::evaluate_collection(grantkpi::read_collection_json(json).value())
        .summary.projects.total;
}
#endif
