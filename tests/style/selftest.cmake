# Proves the style checks can fail: each must reject a small throwaway tree with an offence and
# accept the same tree without it.
#
#   cmake -DLAYERS=<check_layers.cmake> -DFORMAT=<check_format.cmake> -DCLANG_FORMAT=<exe>
#         -DCLANG_FORMAT_CONFIG=<.clang-format> -DWORK_DIR=<scratch folder> -P selftest.cmake

cmake_minimum_required(VERSION 3.24)

foreach(var LAYERS FORMAT CLANG_FORMAT CLANG_FORMAT_CONFIG WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "selftest: pass -D${var}=...")
    endif()
endforeach()

include(${CMAKE_CURRENT_LIST_DIR}/../support/checkertesting.cmake)

set(failures "")

# Writes a tree of NAME CONTENT pairs, runs `checker` on it and compares the outcome; an
# expected offence must be named in the report.
function(expect checker outcome label)
    set(tree "${WORK_DIR}/${label}")
    file(REMOVE_RECURSE "${tree}")
    file(MAKE_DIRECTORY "${tree}")
    file(COPY "${CLANG_FORMAT_CONFIG}" DESTINATION "${tree}")
    # Clean files every tree has, so an accepted tree is not just an empty one.
    file(WRITE "${tree}/app/core/value.h" "#pragma once\n\nstruct Value\n{\n    int n = 0;\n};\n")
    file(WRITE "${tree}/app/engine/call.cpp"
         "#include \"core/value.h\"\n#include \"net/transport.h\"\n\nint call()\n{\n    return 1;\n}\n")
    file(WRITE "${tree}/ui/window/window.cpp"
         "#include \"inspector/view.h\"\n#include \"workspace/bench.h\"\n")
    write_tree_files("${tree}" ${ARGN})
    execute_process(COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${tree} -DCLANG_FORMAT=${CLANG_FORMAT}
                            -P "${checker}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
    checker_verdict(verdict "${outcome}" "${label}" "${result}" "${out}")
    set(failures "${failures}${verdict}" PARENT_SCOPE)
endfunction()

expect("${LAYERS}" accept layers_clean)
expect("${LAYERS}" "reject app/core/bad.h" layers_core_reaches_up
       "app/core/bad.h" "#include \"engine/chatsession.h\"\n")
expect("${LAYERS}" "reject ui/inspector/panel.cpp" layers_ui_reads_the_wire
       "ui/inspector/panel.cpp" "#include \"core/value.h\"\n#  include \"api/dialect.h\"\n")
expect("${LAYERS}" "reject ui/controls/picker.cpp" layers_area_uses_a_peer
       "ui/controls/picker.cpp" "#include \"inspector/view.h\"\n")
expect("${LAYERS}" "reject ui/settings/form.cpp" layers_ui_uses_the_network
       "ui/settings/form.cpp" "#include \"net/exchange.h\"\n#include \"net/gatewayclient.h\"\n")
expect("${LAYERS}" "reject app/store/json.cpp" layers_store_uses_the_engine
       "app/store/json.cpp" "#include \"engine/chatsession.h\"\n")
expect("${LAYERS}" "reject app/plugins/x.cpp" layers_unknown_layer
       "app/plugins/x.cpp" "#include \"core/value.h\"\n")

expect("${FORMAT}" accept format_clean)
expect("${FORMAT}" "reject app/engine/ugly.cpp" format_offender
       "app/engine/ugly.cpp" "int  ugly( ) {return 0;}\n")
expect("${FORMAT}" "reject tests/unit/t.cpp" format_offender_in_tests
       "tests/unit/t.cpp" "void t(){}\n")

if(failures)
    message(FATAL_ERROR "the style checks misjudged:${failures}")
endif()
message(STATUS "check_layers.cmake and check_format.cmake accept clean trees and reject offences")
