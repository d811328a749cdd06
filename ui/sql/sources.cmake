# Sources of ui/sql: the SQL console (warehouses, statement, parameters, result) around a
# SqlSession.
target_sources(parlance-ui PRIVATE
    sql/sqlconsole.h sql/sqlconsole.cpp
    sql/sqlerrorpanel.h sql/sqlerrorpanel.cpp
    sql/sqlparameterstable.h sql/sqlparameterstable.cpp
    sql/sqlresultmodel.h sql/sqlresultmodel.cpp
    sql/sqlresultview.h sql/sqlresultview.cpp
    sql/warehousebar.h sql/warehousebar.cpp)
