# Fails when a source file includes a header of a layer it may not use, so the layers hold:
# values at the bottom, the UI at the top, and ui/ never reading the wire formats itself.
#
#   cmake -DSOURCE_DIR=<repository> -P check_layers.cmake
#
# A file's layer is its folder under app/ or ui/; an include's layer is the first part of its
# quoted path ("engine/chatsession.h" -> engine). System includes (<...>) are not checked: the
# CMake targets link only what each layer may use, so a widget header does not compile below
# ui/. Folders the rules below do not know are an error too, so a new layer gets its rule.

cmake_minimum_required(VERSION 3.24)

if(NOT SOURCE_DIR OR NOT IS_DIRECTORY "${SOURCE_DIR}")
    message(FATAL_ERROR "check_layers: pass -DSOURCE_DIR=<repository root>")
endif()

# What each layer may include besides itself. Lower layers first.
set(app_core "")
set(app_api core)
set(app_net core api)
set(app_config core)
set(app_auth core net config)
set(app_sim "") # an independent reference: shares nothing with the client it tests
set(app_store core)
set(app_engine core api net config)
set(app_export core net store) # the conversation file builds on the history's JSON
# api: the SQL console's session builds its warehouse and statement requests, so that ui/ never
# reads the wire formats itself.
set(app_workspace core api config net auth engine store sim export)
set(app_cli core config net auth engine store sim export)
set(app_main window workspace)
# ui/: widgets. They talk to the engine and the workspace, never to the wire formats (api),
# the simulator or the CLI; of the network layer only the exchange record and the redaction
# rules are theirs to read. The areas are peers; only the window assembles them.
set(ui_common core config engine store export)
set(ui_net_headers net/exchange.h net/redaction.h)
set(ui_areas controls conversation history inspector settings)
# The compare workspace is built of conversation views and controls around a CompareSession,
# so it may use them; the window assembles it with the rest.
set(ui_compare conversation controls workspace)
# The SQL console wraps a SqlSession (the workspace holds the Statement Execution API for it)
# and borrows controls and the error wording of the conversation.
set(ui_sql conversation controls workspace)
# The batch workspace: a setup of controls around a BatchSession, and its results table.
set(ui_batch controls workspace)
set(ui_window ${ui_areas} compare sql batch workspace)

set(failures "")
set(checked 0)
file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/ui/*.cpp"
     "${SOURCE_DIR}/ui/*.h")
foreach(file IN LISTS files)
    if(file MATCHES "^(app|ui)/([^/]+)/")
        set(tree "${CMAKE_MATCH_1}")
        set(layer "${CMAKE_MATCH_2}")
    elseif(file MATCHES "^app/main\\.cpp$")
        set(tree app)
        set(layer main)
    elseif(file MATCHES "^ui/[^/]+$")
        set(tree ui)
        set(layer common)
    else()
        continue()
    endif()

    set(allowed "${layer}")
    set(allowedHeaders "")
    if(tree STREQUAL "app")
        if(NOT DEFINED app_${layer})
            list(APPEND failures "${file}: app/${layer} is a layer check_layers.cmake has no rule for")
            continue()
        endif()
        list(APPEND allowed ${app_${layer}})
    else()
        if(layer STREQUAL "window")
            list(APPEND allowed ${ui_window})
        elseif(layer STREQUAL "compare")
            list(APPEND allowed ${ui_compare})
        elseif(layer STREQUAL "sql")
            list(APPEND allowed ${ui_sql})
        elseif(layer STREQUAL "batch")
            list(APPEND allowed ${ui_batch})
        elseif(NOT layer STREQUAL "common" AND NOT layer IN_LIST ui_areas)
            list(APPEND failures "${file}: ui/${layer} is an area check_layers.cmake has no rule for")
            continue()
        endif()
        list(APPEND allowed ${ui_common})
        set(allowedHeaders ${ui_net_headers})
    endif()

    math(EXPR checked "${checked} + 1")
    file(STRINGS "${SOURCE_DIR}/${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*$" "\\1" header "${line}")
        if(NOT header MATCHES "^([^/]+)/")
            continue() # a header beside the file (ui_*.h from uic, moc files)
        endif()
        set(target "${CMAKE_MATCH_1}")
        if(target IN_LIST allowed OR header IN_LIST allowedHeaders)
            continue()
        endif()
        list(APPEND failures "${file}: includes \"${header}\"; ${tree}/${layer} may not use ${target}/")
    endforeach()
endforeach()

if(checked EQUAL 0)
    message(FATAL_ERROR "check_layers: no source files under ${SOURCE_DIR}/app or ui")
endif()
if(failures)
    list(LENGTH failures bad)
    list(JOIN failures "\n  " shown)
    message(FATAL_ERROR "${bad} includes cross the layers:\n  ${shown}")
endif()
message(STATUS "check_layers: ${checked} files keep to their layers")
