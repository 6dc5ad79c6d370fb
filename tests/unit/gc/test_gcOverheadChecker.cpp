// The GC overhead limit rule (DESIGN §5.9), driven directly: HotSpot 17 enforces it only for the
// Parallel collector, so the Serial heap builds it switched off.
#include <gtest/gtest.h>

#include "gc/shared/gcOverheadChecker.hpp"
#include "vm/globals.hpp"

namespace {
constexpr size_t MaxOld = 10 * M, MaxEden = 4 * M;

void busy_gc(GCOverheadChecker& c) { c.record_pause(0.99, 0.001); }  // ~99.9% of the time in GC

// A full GC that leaves 1% free in both old and eden (below GCHeapFreeLimit = 2%).
bool tight_full_gc(GCOverheadChecker& c, GCCause cause = GCCause::AllocationFailure) {
  busy_gc(c);
  return c.check_after_full_gc(cause, MaxOld / 100, MaxOld, MaxEden / 100, MaxEden);
}
}  // namespace

TEST(GCOverheadLimit, FifthConsecutiveTightFullGCExceedsTheLimit) {
  GCOverheadChecker c(/*enforced=*/true);
  for (int i = 1; i <= 3; i++) {
    EXPECT_FALSE(tight_full_gc(c)) << i;
    EXPECT_FALSE(c.should_clear_all_soft_refs());
  }
  EXPECT_FALSE(tight_full_gc(c));
  EXPECT_TRUE(c.should_clear_all_soft_refs());  // one GC before the error: clear soft references
  EXPECT_TRUE(tight_full_gc(c));
  EXPECT_EQ(c.overhead_count(), 0u);  // the streak starts again
}

TEST(GCOverheadLimit, AFullGCWithEnoughFreeSpaceResetsTheCount) {
  GCOverheadChecker c(true);
  for (int i = 0; i < 4; i++) tight_full_gc(c);
  busy_gc(c);
  EXPECT_FALSE(c.check_after_full_gc(GCCause::AllocationFailure, MaxOld / 2, MaxOld, MaxEden / 100, MaxEden));
  EXPECT_EQ(c.overhead_count(), 0u);
  EXPECT_FALSE(tight_full_gc(c));
}

TEST(GCOverheadLimit, CheapCollectionsNeverCount) {
  GCOverheadChecker c(true);
  for (int i = 0; i < 20; i++) {
    c.record_pause(0.001, 1.0);
    EXPECT_FALSE(c.check_after_full_gc(GCCause::AllocationFailure, 0, MaxOld, 0, MaxEden));
  }
  EXPECT_LT(c.gc_cost(), 0.01);
}

TEST(GCOverheadLimit, ExplicitCollectionsNeitherCountNorReset) {
  GCOverheadChecker c(true);
  for (int i = 0; i < 3; i++) tight_full_gc(c);
  EXPECT_FALSE(tight_full_gc(c, GCCause::SystemGC));
  EXPECT_EQ(c.overhead_count(), 3u);
}

TEST(GCOverheadLimit, SerialGCNeverThrowsIt) {
  GCOverheadChecker c(/*enforced=*/false);  // reference 3: Serial reports "Java heap space"
  for (int i = 0; i < 50; i++) EXPECT_FALSE(tight_full_gc(c));
  EXPECT_FALSE(c.should_clear_all_soft_refs());
}

TEST(GCOverheadLimit, FlagsTurnItOff) {
  bool saved_use = UseGCOverheadLimit;
  uintx saved_limit = GCTimeLimit;
  UseGCOverheadLimit = false;  // -XX:-UseGCOverheadLimit
  GCOverheadChecker a(true);
  for (int i = 0; i < 10; i++) EXPECT_FALSE(tight_full_gc(a));
  UseGCOverheadLimit = true;
  GCTimeLimit = 100;  // "GCTimeLimit=100 turns off the checks"
  GCOverheadChecker b(true);
  for (int i = 0; i < 10; i++) EXPECT_FALSE(tight_full_gc(b));
  UseGCOverheadLimit = saved_use;
  GCTimeLimit = saved_limit;
}
