# Precompiled headers for the test targets: the system headers most test files pay for (the
# standard library, <regex>, nlohmann/json, GoogleTest) are parsed once per build instead of once
# per file. One small donor target, cc_pch_tests, precompiles them; every C++ target defined under
# tests/ reuses its header (REUSE_FROM), new ones included, with no line in tests/CMakeLists.txt.
# Only system headers are precompiled, so editing a project header never rebuilds the
# precompiled one.
#
# Not for the libraries: there the header saved 10-20% of a file's CPU, and with it in front GCC 12
# at -O3 inlined more std::string code and reported false -Warray-bounds / -Wstringop-overflow
# errors (GCC bug 105545) in a dozen of our files. The tests compile at -O1, where it does not.
# GCC only: clang refuses a precompiled header whose -D macros differ from the file's, and the
# test targets define different ones; the fuzz build (clang) and -DCREDCHECK_PCH=OFF compile
# without. CMake passes -Winvalid-pch and the build has -Werror, so a precompiled header GCC
# cannot use fails the build instead of silently slowing it. A test file that forgets an #include
# of a header listed here still compiles with it; the build without (CREDCHECK_PCH=OFF,
# the fuzz build) finds it.

set(CC_PCH_TEST_HEADERS
  <algorithm> <array> <cassert> <chrono> <cmath> <cstddef> <cstdint> <cstdio> <cstdlib> <filesystem>
  <fstream> <functional> <map> <memory> <optional> <regex> <set> <sstream> <string> <string_view>
  <utility> <variant> <vector>
  <nlohmann/json.hpp> <gtest/gtest.h>)

# The targets defined in DIR and below it.
function(cc_targets_below dir out)
  get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
  get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
  foreach(sub IN LISTS subdirs)
    cc_targets_below(${sub} below)
    list(APPEND targets ${below})
  endforeach()
  set(${out} ${targets} PARENT_SCOPE)
endfunction()

# Call once, at the end of the top-level CMakeLists.txt, after every target is defined.
function(cc_use_precompiled_headers)
  if(NOT CREDCHECK_PCH OR NOT BUILD_TESTING)
    return()
  endif()
  add_library(cc_pch_tests OBJECT ${PROJECT_SOURCE_DIR}/cmake/pch_anchor.cpp)
  # GTest::gtest's definitions (GTEST_HAS_PTHREAD...) must be the tests', or GCC refuses the header.
  find_package(GTest REQUIRED)
  target_link_libraries(cc_pch_tests PRIVATE nlohmann_json::nlohmann_json GTest::gtest)
  target_precompile_headers(cc_pch_tests PRIVATE ${CC_PCH_TEST_HEADERS})
  target_compile_options(cc_pch_tests PRIVATE ${CC_TEST_COMPILE_OPTIONS})  # as tests/ compiles

  cc_targets_below(${PROJECT_SOURCE_DIR}/tests targets)
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    if(type MATCHES "^(STATIC_LIBRARY|SHARED_LIBRARY|OBJECT_LIBRARY|MODULE_LIBRARY|EXECUTABLE)$")
      target_precompile_headers(${target} REUSE_FROM cc_pch_tests)
    endif()
  endforeach()
endfunction()
