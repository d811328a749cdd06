# The libFuzzer targets of tests/fuzz, driven from the main build: the main project compiles
# with g++ and libFuzzer comes with clang, so they are a separate CMake project (CMakeLists.txt
# here) built by clang++ as an ExternalProject, and run by ctest under the label `fuzz`. Without
# clang++ or its fuzzer runtime they are skipped with a message.

option(PARLANCE_BUILD_FUZZERS "Build and run the libFuzzer targets when clang++ can link them" ON)
set(PARLANCE_FUZZ_SECONDS 15 CACHE STRING "How long ctest runs each fuzz target, in seconds")
set(PARLANCE_FUZZ_BUILD_JOBS 1 CACHE STRING
    "Parallel jobs of the fuzz sub-build (it runs beside the main build's own jobs)")

if(NOT PARLANCE_BUILD_FUZZERS)
    return()
endif()

find_program(PARLANCE_FUZZ_CXX NAMES clang++ clang++-14 DOC "clang++ for the fuzz targets")
if(NOT PARLANCE_FUZZ_CXX)
    message(STATUS "Fuzz targets skipped: no clang++ (packaging/install-deps.sh installs it)")
    return()
endif()

# Whether this clang++ links a sanitized libFuzzer binary; asked once per compiler.
if(NOT PARLANCE_FUZZ_PROBED_CXX STREQUAL PARLANCE_FUZZ_CXX)
    set(probe_dir "${CMAKE_CURRENT_BINARY_DIR}/fuzz-probe")
    file(WRITE "${probe_dir}/probe.cpp"
         "#include <cstddef>\n#include <cstdint>\n"
         "extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }\n")
    execute_process(
        COMMAND "${PARLANCE_FUZZ_CXX}" -fsanitize=fuzzer,address,undefined probe.cpp -o probe
        WORKING_DIRECTORY "${probe_dir}"
        RESULT_VARIABLE probe_result OUTPUT_QUIET ERROR_QUIET)
    if(probe_result EQUAL 0)
        set(links ON)
    else()
        set(links OFF)
    endif()
    set(PARLANCE_FUZZ_LINKS ${links} CACHE INTERNAL "clang++ links -fsanitize=fuzzer")
    set(PARLANCE_FUZZ_PROBED_CXX "${PARLANCE_FUZZ_CXX}" CACHE INTERNAL "")
endif()
if(NOT PARLANCE_FUZZ_LINKS)
    message(STATUS "Fuzz targets skipped: ${PARLANCE_FUZZ_CXX} cannot link "
                   "-fsanitize=fuzzer,address,undefined (install libclang-rt-14-dev)")
    return()
endif()
message(STATUS "Fuzz targets: built with ${PARLANCE_FUZZ_CXX}, ctest label fuzz")

include(ExternalProject)
set(fuzz_source_dir "${CMAKE_CURRENT_LIST_DIR}")
set(fuzz_binary_dir "${PROJECT_BINARY_DIR}/fuzz")
set(fuzz_args
    -DCMAKE_CXX_COMPILER=${PARLANCE_FUZZ_CXX}
    -DCMAKE_BUILD_TYPE=RelWithDebInfo
    -DPARLANCE_VERSION=${PROJECT_VERSION}
    -DQt6_DIR=${Qt6_DIR}
    -DCMAKE_COMPILE_WARNING_AS_ERROR=${CMAKE_COMPILE_WARNING_AS_ERROR})
if(CMAKE_CXX_COMPILER_LAUNCHER)
    list(APPEND fuzz_args -DCMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER})
elseif(DEFINED ENV{CMAKE_CXX_COMPILER_LAUNCHER})
    list(APPEND fuzz_args -DCMAKE_CXX_COMPILER_LAUNCHER=$ENV{CMAKE_CXX_COMPILER_LAUNCHER})
endif()
# BUILD_ALWAYS: the sub-build's own dependency scan decides what an app/ change rebuilds.
ExternalProject_Add(parlance-fuzzers
    SOURCE_DIR "${fuzz_source_dir}"
    BINARY_DIR "${fuzz_binary_dir}"
    CMAKE_GENERATOR "${CMAKE_GENERATOR}"
    CMAKE_ARGS ${fuzz_args}
    BUILD_COMMAND ${CMAKE_COMMAND} --build "${fuzz_binary_dir}" -j ${PARLANCE_FUZZ_BUILD_JOBS}
    BUILD_ALWAYS TRUE
    INSTALL_COMMAND "")

# Seeds: the wire fixtures, plus hand-made inputs (corpus/<target>) where those say little.
set(fuzz_examples "${PROJECT_SOURCE_DIR}/tests/data/wire/examples")
set(fuzz_seeds_sseparser "${fuzz_examples}" "${fuzz_source_dir}/corpus/sseparser")
set(fuzz_seeds_fastchunk "${fuzz_examples}" "${fuzz_source_dir}/corpus/fastchunk")
set(fuzz_seeds_responses "${fuzz_examples}")
set(fuzz_seeds_databrickscfg "${fuzz_examples}/databrickscfg_example.ini"
                             "${fuzz_source_dir}/corpus/databrickscfg")
set(fuzz_seeds_httprequestparser "${fuzz_source_dir}/corpus/httprequestparser")
set(fuzz_seeds_batchinput "${fuzz_source_dir}/corpus/batchinput")
set(fuzz_dict_sseparser sse)
set(fuzz_dict_fastchunk chat)
set(fuzz_dict_responses chat)
set(fuzz_dict_databrickscfg databrickscfg)
set(fuzz_dict_httprequestparser httprequestparser)
set(fuzz_dict_batchinput batchinput)

foreach(target sseparser fastchunk responses databrickscfg httprequestparser batchinput)
    add_test(NAME fuzz_${target}
             COMMAND "${fuzz_source_dir}/run-fuzzer.sh" "${fuzz_binary_dir}/fuzz_${target}"
                     ${PARLANCE_FUZZ_SECONDS} "${fuzz_binary_dir}/corpus/${target}"
                     ${fuzz_seeds_${target}}
                     -- "-dict=${fuzz_source_dir}/dicts/${fuzz_dict_${target}}.dict"
                     -max_len=4096)
    math(EXPR timeout "${PARLANCE_FUZZ_SECONDS} + 120")
    set_tests_properties(fuzz_${target} PROPERTIES
        LABELS fuzz
        TIMEOUT ${timeout}
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8")
endforeach()
