# The consumer program, as consumer/ (find_package) and subdirectory/ (add_subdirectory) both
# build it: consumer/main.cpp linked to grantkpi::grantkpi, with the version it must report
# and the warnings (errors under GRANTKPI_CONSUMER_WERROR). Included from their CMakeLists.txt.
add_executable(app "${CMAKE_CURRENT_LIST_DIR}/main.cpp")
target_link_libraries(app PRIVATE grantkpi::grantkpi)

if(GRANTKPI_CONSUMER_EXPECTED_VERSION)
  target_compile_definitions(app PRIVATE
    GRANTKPI_CONSUMER_EXPECTED_VERSION="${GRANTKPI_CONSUMER_EXPECTED_VERSION}")
endif()
if(MSVC)
  target_compile_options(app PRIVATE /W4 /utf-8 $<$<BOOL:${GRANTKPI_CONSUMER_WERROR}>:/WX>)
else()
  target_compile_options(app PRIVATE -Wall -Wextra -Wpedantic
    $<$<BOOL:${GRANTKPI_CONSUMER_WERROR}>:-Werror>)
endif()
# One place for the program with every generator: a generator expression in the output
# directory stops multi-config generators from adding a per-configuration subdirectory.
set_target_properties(app PROPERTIES RUNTIME_OUTPUT_DIRECTORY "$<1:${PROJECT_BINARY_DIR}/bin>")
