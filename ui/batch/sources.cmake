# Sources of ui/batch: the batch workspace (setup, run controls, the results table) around a
# BatchSession.
target_sources(parlance-ui PRIVATE
    batch/batchanswerdialog.h batch/batchanswerdialog.cpp
    batch/batchcelldelegate.h batch/batchcelldelegate.cpp
    batch/batchresultmodel.h batch/batchresultmodel.cpp
    batch/batchsetuppanel.h batch/batchsetuppanel.cpp
    batch/batchview.h batch/batchview.cpp)
