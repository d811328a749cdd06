# Fails when a C++ file of the repository differs from what clang-format makes of it with the
# repository's .clang-format, and names every such file.
#
#   cmake -DSOURCE_DIR=<repository> -DCLANG_FORMAT=<clang-format> -P check_format.cmake
#
# Checked: every .cpp and .h under app/, ui/ and tests/ (test data excluded).

cmake_minimum_required(VERSION 3.24)

if(NOT SOURCE_DIR OR NOT IS_DIRECTORY "${SOURCE_DIR}")
    message(FATAL_ERROR "check_format: pass -DSOURCE_DIR=<repository root>")
endif()
if(NOT CLANG_FORMAT OR NOT EXISTS "${CLANG_FORMAT}")
    message(FATAL_ERROR "check_format: clang-format was not found (packaging/install-deps.sh "
                        "installs it); pass -DCLANG_FORMAT=<path>")
endif()

set(files "")
foreach(root app ui tests)
    file(GLOB_RECURSE found LIST_DIRECTORIES false "${SOURCE_DIR}/${root}/*.cpp"
         "${SOURCE_DIR}/${root}/*.h")
    list(APPEND files ${found})
endforeach()
list(FILTER files EXCLUDE REGEX "/tests/data/")
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "check_format: no C++ files under ${SOURCE_DIR}")
endif()

# Files go to clang-format in batches (one process per file costs more than the formatting);
# --dry-run -Werror reports each file it would change as "<file>:<line>:<col>: error: ...".
set(offenders "")
set(batch "")
set(index 0)
foreach(file IN LISTS files)
    list(APPEND batch "${file}")
    math(EXPR index "${index} + 1")
    list(LENGTH batch batchSize)
    if(batchSize EQUAL 40 OR index EQUAL count)
        execute_process(COMMAND "${CLANG_FORMAT}" --style=file --dry-run -Werror ${batch}
                        WORKING_DIRECTORY "${SOURCE_DIR}"
                        RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE report)
        if(NOT result EQUAL 0)
            string(REGEX MATCHALL "[^\n]+:[0-9]+:[0-9]+: error" lines "${report}")
            set(named FALSE)
            foreach(line IN LISTS lines)
                string(REGEX REPLACE ":[0-9]+:[0-9]+: error$" "" path "${line}")
                file(RELATIVE_PATH rel "${SOURCE_DIR}" "${path}")
                list(APPEND offenders "${rel}")
                set(named TRUE)
            endforeach()
            if(NOT named)
                message(FATAL_ERROR "check_format: clang-format failed:\n${report}")
            endif()
        endif()
        set(batch "")
    endif()
endforeach()
list(REMOVE_DUPLICATES offenders)

if(offenders)
    list(LENGTH offenders bad)
    list(JOIN offenders "\n  " shown)
    message(FATAL_ERROR "${bad} of ${count} files are not formatted; run\n"
                        "  clang-format -i <file>\nfrom the repository root on:\n  ${shown}")
endif()
message(STATUS "check_format: ${count} files formatted")
