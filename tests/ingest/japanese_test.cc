#include "ingest/japanese.h"

#include <gtest/gtest.h>
