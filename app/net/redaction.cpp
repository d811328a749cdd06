#include "net/redaction.h"
