# Shared by the self-tests of the repository checks (tests/standalone, tests/style): they write
# small trees, run a checker on each and judge what it said.

# Writes NAME CONTENT pairs under `tree`.
function(write_tree_files tree)
    set(args ${ARGN})
    while(args)
        list(POP_FRONT args name content)
        file(WRITE "${tree}/${name}" "${content}")
    endwhile()
endfunction()

# Sets `verdictVar` to "" when the checker did as `outcome` says ("accept", or "reject WHERE":
# it failed and named WHERE in its report), else to a line saying what went wrong.
function(checker_verdict verdictVar outcome label result out)
    set(verdict "")
    if(outcome STREQUAL "accept" AND NOT result EQUAL 0)
        set(verdict "\n${label}: rejected a clean tree:\n${out}")
    elseif(outcome MATCHES "^reject ")
        string(REGEX REPLACE "^reject " "" where "${outcome}")
        string(FIND "${out}" "${where}" at)
        if(result EQUAL 0 OR at EQUAL -1)
            set(verdict "\n${label}: did not report ${where}:\n${out}")
        endif()
    endif()
    set(${verdictVar} "${verdict}" PARENT_SCOPE)
endfunction()
