# Sources of ui/controls: model picker, API selector, parameters panel.
target_sources(parlance-ui PRIVATE
    controls/apiselector.h controls/apiselector.cpp
    controls/codehighlighter.h controls/codehighlighter.cpp
    controls/extraparamseditor.h controls/extraparamseditor.cpp
    controls/getcodedialog.h controls/getcodedialog.cpp
    controls/modelfilterproxy.h controls/modelfilterproxy.cpp
    controls/modelitemdelegate.h controls/modelitemdelegate.cpp
    controls/modellistmodel.h controls/modellistmodel.cpp
    controls/modelpicker.h controls/modelpicker.cpp
    controls/modelpickerpopup.h controls/modelpickerpopup.cpp
    controls/modelpreferences.h controls/modelpreferences.cpp
    controls/parameterspanel.h controls/parameterspanel.cpp
    controls/parameterstore.h controls/parameterstore.cpp
    controls/refreshbutton.h controls/refreshbutton.cpp
    controls/settingskey.h controls/settingskey.cpp
    controls/sliderspinbox.h controls/sliderspinbox.cpp
    controls/stopsequenceeditor.h controls/stopsequenceeditor.cpp)
