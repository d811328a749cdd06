#include "api/errorbody.h"
