# Sources of ui/history: the list of stored conversations.
target_sources(parlance-ui PRIVATE
    history/historylistmodel.h history/historylistmodel.cpp
    history/historypanel.h history/historypanel.cpp)
