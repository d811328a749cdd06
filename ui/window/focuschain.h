#pragma once

#include <QList>

class QWidget;

namespace Parlance::Ui {

// Puts the widgets that Tab reaches under each of `areas` into their window's Tab chain one
// area after the other, each area's widgets keeping their order among themselves; widgets in
// none of the areas follow them. The chain otherwise follows the order in which widgets were
// put into the window (docks last), not where they are on screen.
void orderFocusChain(const QList<QWidget *> &areas);

} // namespace Parlance::Ui
