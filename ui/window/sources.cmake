# The main window: it assembles the areas around a workspace (app/workspace) and adds nothing
# of its own but layout, menus and wiring.
target_sources(parlance-ui PRIVATE
    window/batchwiring.cpp
    window/conversationfileactions.h window/conversationfileactions.cpp
    window/focuschain.h window/focuschain.cpp
    window/mainwindow.h window/mainwindow.cpp window/mainwindowsql.cpp
    window/modelroutewarning.h window/modelroutewarning.cpp
    window/signinstatus.h window/signinstatus.cpp
    window/welcomepanel.h window/welcomepanel.cpp)
