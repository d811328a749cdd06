#include "api/models.h"
