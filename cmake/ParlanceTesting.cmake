# One place registers every test, so they all run offscreen, in UTF-8 and with test-mode paths.
#
#   parlance_add_test(tst_name LABEL unit|gui|e2e|bench SOURCES a.cpp ... [LIBS lib ...]
#                     [TIMEOUT seconds] [ENVIRONMENT K=V ...] [KEYRING])
#
# KEYRING runs the test on a private session bus with a throwaway, unlocked gnome-keyring
# (tests/with-keyring.sh), so keychain code meets a real Secret Service.
#
# Each label has a target (unit-tests, gui-tests, ...) that builds its test programs and what
# they link, nothing else, so one kind of test is built and run alone (.ci/run, under the
# sanitizers: `cmake --build --preset debug --target unit-tests && ctest --preset debug -L unit`).

# Sanitized builds run several times slower; the debug preset scales every time limit by this.
set(PARLANCE_TEST_TIMEOUT_FACTOR 1 CACHE STRING "Multiplies the time limit of every test")

function(parlance_add_test name)
    cmake_parse_arguments(ARG "KEYRING" "LABEL;TIMEOUT" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
    if(NOT ARG_LABEL MATCHES "^(unit|gui|e2e|bench)$")
        message(FATAL_ERROR "parlance_add_test(${name}): LABEL must be unit, gui, e2e or bench")
    endif()
    add_executable(${name} ${ARG_SOURCES})
    if(NOT TARGET ${ARG_LABEL}-tests)
        add_custom_target(${ARG_LABEL}-tests)
    endif()
    add_dependencies(${ARG_LABEL}-tests ${name})
    # parlance-testsupport (tests/support) reads tests/data; tests use it rather than the path.
    target_link_libraries(${name} PRIVATE Qt6::Test parlance-testsupport ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        PARLANCE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        PARLANCE_BINARY_DIR="${PROJECT_BINARY_DIR}")
    if(ARG_KEYRING)
        # Not REQUIRED: a machine without D-Bus still configures, and the test then fails.
        find_program(PARLANCE_DBUS_RUN_SESSION dbus-run-session)
        if(NOT PARLANCE_DBUS_RUN_SESSION)
            set(PARLANCE_DBUS_RUN_SESSION dbus-run-session)
        endif()
        add_test(NAME ${name}
                 COMMAND ${PARLANCE_DBUS_RUN_SESSION} --
                         ${PROJECT_SOURCE_DIR}/tests/with-keyring.sh $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * ${PARLANCE_TEST_TIMEOUT_FACTOR}")
    set_tests_properties(${name} PROPERTIES
        LABELS ${ARG_LABEL}
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false;${ARG_ENVIRONMENT}")
endfunction()
