# Sources of ui/settings: the connections settings dialog and the price table editor.
target_sources(parlance-ui PRIVATE
    settings/connectiondraft.h
    settings/connectionform.h settings/connectionform.cpp settings/connectionform.ui
    settings/connectionlistmodel.h settings/connectionlistmodel.cpp
    settings/connectionsaver.h settings/connectionsaver.cpp
    settings/connectiontestpanel.h settings/connectiontestpanel.cpp
    settings/connectionvalidator.h settings/connectionvalidator.cpp
    settings/databricksimportdialog.h settings/databricksimportdialog.cpp
    settings/keychainfailureprompt.h settings/keychainfailureprompt.cpp
    settings/pricetabledelegate.h settings/pricetabledelegate.cpp
    settings/pricetabledialog.h settings/pricetabledialog.cpp
    settings/pricetablemodel.h settings/pricetablemodel.cpp
    settings/settingsdialog.h settings/settingsdialog.cpp settings/settingsdialog.ui
    settings/signinpanel.h settings/signinpanel.cpp)
