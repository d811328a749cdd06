# Sources of ui/conversation: the conversation view (model, delegate, list), composer and pane.
target_sources(parlance-ui PRIVATE
    conversation/chatpane.h conversation/chatpane.cpp
    conversation/composer.h conversation/composer.cpp
    conversation/conversationaccessible.h conversation/conversationaccessible.cpp
    conversation/conversationmodel.h conversation/conversationmodel.cpp
    conversation/conversationview.h conversation/conversationview.cpp
    conversation/errordescription.h conversation/errordescription.cpp
    conversation/markdownsegments.h conversation/markdownsegments.cpp
    conversation/retrynotice.h conversation/retrynotice.cpp
    conversation/turnaccessible.h conversation/turnaccessible.cpp
    conversation/turnactionaccessible.h conversation/turnactionaccessible.cpp
    conversation/turndata.h conversation/turndata.cpp
    conversation/turndelegate.h conversation/turndelegate.cpp
    conversation/turndocuments.h conversation/turndocuments.cpp
    conversation/turneditor.h conversation/turneditor.cpp
    conversation/turnlayout.h conversation/turnlayout.cpp
    conversation/turnlistview.h conversation/turnlistview.cpp)
