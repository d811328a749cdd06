# Sources of ui/inspector: the raw inspector dock.
target_sources(parlance-ui PRIVATE
    inspector/bodyformatter.h inspector/bodyformatter.cpp
    inspector/bodyview.h inspector/bodyview.cpp
    inspector/conversationfilterproxy.h inspector/conversationfilterproxy.cpp
    inspector/deltasummary.h inspector/deltasummary.cpp
    inspector/exchangelistproxy.h inspector/exchangelistproxy.cpp
    inspector/exchangetablemodel.h inspector/exchangetablemodel.cpp
    inspector/exchangeview.h inspector/exchangeview.cpp
    inspector/harcredentials.h inspector/harcredentials.cpp
    inspector/harexportdialog.h inspector/harexportdialog.cpp
    inspector/headersview.h inspector/headersview.cpp
    inspector/inspectorwidget.h inspector/inspectorwidget.cpp
    inspector/inspectorhar.h inspector/inspectorhar.cpp
    inspector/jsoncolors.h
    inspector/jsonhighlighter.h inspector/jsonhighlighter.cpp
    inspector/jsontext.h inspector/jsontext.cpp
    inspector/jsontreemodel.h inspector/jsontreemodel.cpp
    inspector/messagepanel.h inspector/messagepanel.cpp
    inspector/resenddialog.h inspector/resenddialog.cpp
    inspector/streameventmodel.h inspector/streameventmodel.cpp
    inspector/streampanel.h inspector/streampanel.cpp
    inspector/textloader.h inspector/textloader.cpp
    inspector/timingbar.h inspector/timingbar.cpp
    inspector/timingpanel.h inspector/timingpanel.cpp)
