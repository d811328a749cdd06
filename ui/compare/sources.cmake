# Sources of ui/compare: the compare workspace (columns, metrics, votes) around a CompareSession.
target_sources(parlance-ui PRIVATE
    compare/columnfigures.h compare/columnfigures.cpp
    compare/comparecolumnview.h compare/comparecolumnview.cpp
    compare/compareview.h compare/compareview.cpp
    compare/diffview.h compare/diffview.cpp
    compare/leaderboarddialog.h compare/leaderboarddialog.cpp
    compare/leaderboardmodel.h compare/leaderboardmodel.cpp
    compare/metricsstrip.h compare/metricsstrip.cpp
    compare/votebar.h compare/votebar.cpp)
