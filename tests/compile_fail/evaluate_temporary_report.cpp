// An evaluation links to the report it judged (model_link.hpp): evaluating a temporary report
// would leave every name of the result dangling at the end of the statement.
// expect: delete
#include <grantkpi/evaluate.hpp>
#include <grantkpi/json.hpp>

#include <string_view>

#ifdef GRANTKPI_COMPILE_FAIL_CONTROL
std::string_view municipality(std::string_view json) {
    const grantkpi::Report report = grantkpi::read_report_json(json).value();
    return *grantkpi::evaluate(report).municipality();
}
#else
std::string_view municipality(std::string_view json) {
    return *grantkpi::evaluate(grantkpi::read_report_json(json).value()).municipality();
}
#endif
