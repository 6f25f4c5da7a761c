#include "ingest/english.h"

#include <gtest/gtest.h>
