#pragma once

#include "sim/demomodels.h"

#include <QtGlobal>

namespace Parlance::Sim {

// What the route families share within one gateway: the models (demo-flaky's counter lives
// there) and a serial number for the ids they hand out.
struct GatewayState
{
    DemoModels models;
    quint64 serial = 0;
    bool modelServicesEnabled = false; // SimulatedGateway::setModelServices()
    int modelServicesPageCap = 1000;
    int sqlChunkRows = 100;  // SimulatedGateway::setSqlWarehouse()
    int sqlRunningPolls = 1; // polls a statement answers RUNNING before its outcome

    quint64 nextSerial() { return ++serial; }
};

} // namespace Parlance::Sim
