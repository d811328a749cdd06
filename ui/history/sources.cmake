# Sources of ui/history: the list of stored conversations.
target_sources(parlance-ui PRIVATE
    history/historyfilterproxy.h history/historyfilterproxy.cpp
    history/historyitemdelegate.h history/historyitemdelegate.cpp
    history/historylistmodel.h history/historylistmodel.cpp
    history/historypanel.h history/historypanel.cpp)
