# Proves check_standalone.cmake can fail: it must reject each kind of outside reference in a
# small throwaway tree, and accept the same tree without them.
#
#   cmake -DCHECKER=<check_standalone.cmake> -DWORK_DIR=<scratch folder> -P selftest.cmake

cmake_minimum_required(VERSION 3.24)

if(NOT CHECKER OR NOT WORK_DIR)
    message(FATAL_ERROR "selftest: pass -DCHECKER=... -DWORK_DIR=...")
endif()

# Built from pieces so this file is no offender itself.
set(up "..")
set(sibling "${up}/shared")
set(machine "/work")

include(${CMAKE_CURRENT_LIST_DIR}/../support/checkertesting.cmake)

set(failures "")

# Writes a tree whose files are given as NAME CONTENT pairs, runs the checker on it and
# compares the outcome. An expected offence must be reported with its file and line.
function(expect outcome label)
    set(tree "${WORK_DIR}/${label}")
    file(REMOVE_RECURSE "${tree}")
    file(MAKE_DIRECTORY "${tree}")
    # Clean files every tree has, so an accepted tree is not just an empty one.
    file(WRITE "${tree}/CMakeLists.txt"
         "project(X)\nset(DATA \"\${PROJECT_SOURCE_DIR}/tests/data\")\nadd_subdirectory(sub)\n")
    file(WRITE "${tree}/sub/CMakeLists.txt"
         "include(\${CMAKE_CURRENT_SOURCE_DIR}/${up}/cmake/x.cmake)\n")
    file(WRITE "${tree}/README.md" "See https://example.com/work/notes and docs/cli.md.\n")
    write_tree_files("${tree}" ${ARGN})
    execute_process(COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${tree} -P "${CHECKER}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
    checker_verdict(verdict "${outcome}" "${label}" "${result}" "${out}")
    set(failures "${failures}${verdict}" PARENT_SCOPE)
endfunction()

expect(accept clean)
expect(accept build_trees_ignored
       "build/CMakeLists.txt" "set(X \"\${PROJECT_SOURCE_DIR}/${sibling}/wire\")\n"
       "build-debug/x.txt" "${machine}/shared/DESIGN.md\n")
expect("reject README.md:3:" sibling_in_docs
       "README.md" "# X\n\nThe contract is in `${sibling}/DESIGN.md`.\n")
expect("reject src/a.cpp:2:" machine_path_in_source
       "src/a.cpp" "// x\nconst char *p = \"${machine}/shared/wire\";\n")
expect("reject CMakeLists.txt:2:" root_climb
       "CMakeLists.txt" "project(X)\nset(W \"\${PROJECT_SOURCE_DIR}/${up}/elsewhere\" CACHE PATH \"\")\n")
expect("reject sub/CMakeLists.txt:1:" folder_climb
       "sub/CMakeLists.txt" "include(\${CMAKE_CURRENT_LIST_DIR}/${up}/${up}/x.cmake)\n")
expect("reject sub/deep/CMakeLists.txt:2:" relative_climb
       "sub/deep/CMakeLists.txt" "# deep\nadd_subdirectory(${up}/${up}/${up}/outside out)\n")

if(failures)
    message(FATAL_ERROR "check_standalone.cmake misjudged:${failures}")
endif()
message(STATUS "check_standalone.cmake accepts clean trees and rejects every kind of offence")
