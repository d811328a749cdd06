#pragma once

#include "sim/demomodels.h"

#include <QtGlobal>

namespace Parlance::Sim {

// How the SQL warehouse list ends when it is paged (SimulatedGateway::setSqlWarehousePages).
enum class WarehouseListEnd {
    Last,             // the last page names no next page, as it should
    SameTokenForever, // every page names the same next page: the list never ends
    NewTokenForever,  // every page names a new next page (the warehouses again): never ends
};

// What the route families share within one gateway: the models (demo-flaky's counter lives
// there) and a serial number for the ids they hand out.
struct GatewayState
{
    DemoModels models;
    quint64 serial = 0;
    bool modelServicesEnabled = false; // SimulatedGateway::setModelServices()
    int modelServicesPageCap = 1000;
    int sqlChunkRows = 100;       // SimulatedGateway::setSqlWarehouse()
    int sqlRunningPolls = 1;      // polls a statement answers RUNNING before its outcome
    int sqlWarehousePageSize = 0; // SimulatedGateway::setSqlWarehousePages(); 0: one page
    WarehouseListEnd sqlWarehouseListEnd = WarehouseListEnd::Last;

    quint64 nextSerial() { return ++serial; }
};

} // namespace Parlance::Sim
