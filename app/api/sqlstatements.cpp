#include "api/sqlstatements.h"
