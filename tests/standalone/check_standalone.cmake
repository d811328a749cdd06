# Fails when a file of the repository refers to a path outside it, so a fresh clone builds and
# passes its tests with nothing beside it.
#
#   cmake -DSOURCE_DIR=<repository> [-DBINARY_DIR=<build tree>] [-DGIT_EXECUTABLE=git]
#         -P check_standalone.cmake
#
# Checked: every file git knows about (tracked, or new and not ignored); without a .git, every
# file under SOURCE_DIR except build trees. Offences:
#   - the sibling folder the project once read its fixtures and design notes from;
#   - an absolute path into the development machine's work folder;
#   - in CMake files, a path that climbs above the source root with "..".
# The patterns are assembled from pieces so this script does not match itself.

cmake_minimum_required(VERSION 3.24)

if(NOT SOURCE_DIR OR NOT IS_DIRECTORY "${SOURCE_DIR}")
    message(FATAL_ERROR "check_standalone: pass -DSOURCE_DIR=<repository root>")
endif()
get_filename_component(SOURCE_DIR "${SOURCE_DIR}" REALPATH)
if(BINARY_DIR)
    get_filename_component(BINARY_DIR "${BINARY_DIR}" REALPATH)
endif()
if(NOT GIT_EXECUTABLE)
    find_program(GIT_EXECUTABLE git)
endif()

# --- Which files ---------------------------------------------------------------------------
set(files "")
set(listed FALSE)
if(EXISTS "${SOURCE_DIR}/.git" AND GIT_EXECUTABLE)
    execute_process(
        COMMAND "${GIT_EXECUTABLE}" -c core.quotePath=false ls-files --cached --others
                --exclude-standard
        WORKING_DIRECTORY "${SOURCE_DIR}"
        RESULT_VARIABLE gitResult
        OUTPUT_VARIABLE gitFiles
        ERROR_VARIABLE gitError)
    if(gitResult EQUAL 0)
        string(REPLACE "\n" ";" files "${gitFiles}")
        set(listed TRUE)
    else()
        message(STATUS "git ls-files failed (${gitError}); walking the folder instead")
    endif()
endif()
if(NOT listed)
    file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/*")
    set(kept "")
    foreach(f IN LISTS files)
        # Build trees (the presets put them in build/ and build-debug/) and git's own files.
        if(f MATCHES "^(build[^/]*|out|\\.git)/")
            continue()
        endif()
        if(BINARY_DIR AND "${SOURCE_DIR}/${f}" MATCHES "^${BINARY_DIR}/")
            continue()
        endif()
        list(APPEND kept "${f}")
    endforeach()
    set(files "${kept}")
endif()

# --- Patterns --------------------------------------------------------------------------------
set(up "\\.\\.")
set(sibling "${up}/shared")
set(workFolder "work")
# Not after a host name, a word or another path piece: "https://example.com/work/" is fine.
set(machinePath "(^|[^A-Za-z0-9_.~/-])/${workFolder}/")
set(anywhere "${sibling}|${machinePath}")

# Variables that name the source root (depth 0) or the folder of the CMake file itself.
set(rootVars "PROJECT_SOURCE_DIR|CMAKE_SOURCE_DIR|Parlance_SOURCE_DIR|sourceDir")
set(hereVars "CMAKE_CURRENT_SOURCE_DIR|CMAKE_CURRENT_LIST_DIR")
set(pathTail "(/[^ \t\"';)]*)?")

# Depth reached by walking `path` ("/a/../b") from `depth`; below 0 means above the root.
function(lowest_depth depth path out)
    string(REPLACE "/" ";" parts "${path}")
    set(lowest ${depth})
    foreach(part IN LISTS parts)
        if(part STREQUAL "..")
            math(EXPR depth "${depth} - 1")
        elseif(NOT part STREQUAL "" AND NOT part STREQUAL ".")
            math(EXPR depth "${depth} + 1")
        endif()
        if(depth LESS lowest)
            set(lowest ${depth})
        endif()
    endforeach()
    set(${out} ${lowest} PARENT_SCOPE)
endfunction()

# The file's lines as a list, with its own ";", "\\", "[" and "]" swapped for control
# characters so they neither split nor join list items; `decode_line` puts them back.
string(ASCII 28 backslashMark)
string(ASCII 29 semicolonMark)
string(ASCII 30 openMark)
string(ASCII 31 closeMark)
function(read_lines path out)
    file(READ "${path}" content)
    string(REPLACE "\\" "${backslashMark}" content "${content}")
    string(REPLACE ";" "${semicolonMark}" content "${content}")
    string(REPLACE "[" "${openMark}" content "${content}")
    string(REPLACE "]" "${closeMark}" content "${content}")
    string(REPLACE "\n" ";" content "${content}")
    set(${out} "${content}" PARENT_SCOPE)
endfunction()
function(decode_line line out)
    string(REPLACE "${semicolonMark}" ";" line "${line}")
    string(REPLACE "${openMark}" "[" line "${line}")
    string(REPLACE "${closeMark}" "]" line "${line}")
    string(REPLACE "${backslashMark}" "\\" line "${line}")
    string(STRIP "${line}" line)
    set(${out} "${line}" PARENT_SCOPE)
endfunction()

set(offences "")
foreach(f IN LISTS files)
    set(path "${SOURCE_DIR}/${f}")
    if(f STREQUAL "" OR NOT EXISTS "${path}" OR IS_DIRECTORY "${path}")
        continue()
    endif()
    set(isCMake FALSE)
    if(f MATCHES "(^|/)(CMakeLists\\.txt|CMakePresets\\.json|[^/]*\\.cmake)$")
        set(isCMake TRUE)
    endif()
    # file(STRINGS) copes with binary files; only a file with a hit is read line by line.
    file(STRINGS "${path}" hits REGEX "${anywhere}")
    if(NOT hits AND NOT isCMake)
        continue()
    endif()

    get_filename_component(dir "${f}" DIRECTORY)
    set(hereDepth 0)
    if(NOT dir STREQUAL "")
        string(REPLACE "/" ";" dirParts "${dir}")
        list(LENGTH dirParts hereDepth)
    endif()
    read_lines("${path}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        decode_line("${line}" line)
        set(offending FALSE)
        if(line MATCHES "${anywhere}")
            set(offending TRUE)
        elseif(isCMake AND line MATCHES "${up}")
            string(REGEX MATCHALL "\\$\\{(${rootVars}|${hereVars})\\}${pathTail}" refs "${line}")
            # A relative argument ("../x") is relative to the file's folder.
            string(REGEX MATCHALL "(^|[ \t\"(])${up}(/[^ \t\"';)]*)?" relatives "${line}")
            foreach(rel IN LISTS relatives)
                string(REGEX REPLACE "^[ \t\"(]" "" rel "${rel}")
                list(APPEND refs "\${CMAKE_CURRENT_SOURCE_DIR}/${rel}")
            endforeach()
            foreach(ref IN LISTS refs)
                string(REGEX MATCH "^\\$\\{([A-Za-z_]+)\\}(.*)$" parsed "${ref}")
                set(var "${CMAKE_MATCH_1}")
                set(tail "${CMAKE_MATCH_2}")
                set(start 0)
                if(var MATCHES "^(${hereVars})$")
                    set(start ${hereDepth})
                endif()
                lowest_depth(${start} "${tail}" lowest)
                if(lowest LESS 0)
                    set(offending TRUE)
                    break()
                endif()
            endforeach()
        endif()
        if(offending)
            string(REPLACE ";" "${semicolonMark}" line "${line}")
            list(APPEND offences "${f}:${number}: ${line}")
        endif()
    endforeach()
endforeach()

list(LENGTH files count)
if(offences)
    list(REMOVE_DUPLICATES offences)
    list(LENGTH offences n)
    set(report "")
    foreach(o IN LISTS offences)
        string(REPLACE "${semicolonMark}" ";" o "${o}")
        string(APPEND report "\n  ${o}")
    endforeach()
    message(FATAL_ERROR
        "${n} reference(s) to paths outside the repository (copy what is needed into it, "
        "e.g. test data under tests/data/):${report}")
endif()
message(STATUS "check_standalone: ${count} files, no reference outside the repository")
