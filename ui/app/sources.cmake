# The window's services (no widgets) and its assembly.
target_sources(parlance-ui PRIVATE
    app/demogateway.h app/demogateway.cpp
    app/focuschain.h app/focuschain.cpp
    app/historykeeper.h app/historykeeper.cpp
    app/mainwindow.h app/mainwindow.cpp
    app/welcomepanel.h app/welcomepanel.cpp
    app/workbench.h app/workbench.cpp)
target_link_libraries(parlance-ui PUBLIC parlance-sim)
