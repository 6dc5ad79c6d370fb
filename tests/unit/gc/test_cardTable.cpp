// CardTable, BlockOffsetTable and AgeTable on their own.
#include "gcTestSupport.hpp"

#include "gc/shared/ageTable.hpp"
#include "gc/shared/gcStats.hpp"

TEST(CardTable, BiasedBaseMapsAddressesToCards) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  CardTable* ct = h.heap->card_table();
  address base = h.heap->reserved_base();
  EXPECT_EQ(ct->byte_for(base + 511), ct->byte_for(base));
  EXPECT_EQ(ct->byte_for(base + 512), ct->byte_for(base) + 1);
  EXPECT_EQ(ct->addr_for(ct->byte_for(base + 1000)), base + 512);
  EXPECT_FALSE(ct->is_dirty(base + 100));
  oop_store(reinterpret_cast<narrowOop*>(base + 1024), nullptr);  // the barrier dirties the card
  EXPECT_TRUE(ct->is_dirty(base + 1024 + 511));
  EXPECT_FALSE(ct->is_dirty(base + 1024 + 512));
}

TEST(CardTable, CleansAndReportsDirtyRunsCoalesced) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  CardTable* ct = h.heap->card_table();
  address base = h.heap->old_gen()->space()->bottom();
  ct->dirty(base + 3 * 512);
  ct->dirty(base + 4 * 512 + 8);
  ct->dirty(base + 9 * 512);
  std::vector<std::pair<size_t, size_t>> runs;
  ct->clean_and_process_dirty_ranges(base + 100, base + 9 * 512 + 300, [&](address s, address e) {
    runs.push_back({size_t(s - base), size_t(e - base)});
  });
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0], std::make_pair(size_t(3 * 512), size_t(5 * 512)));
  EXPECT_EQ(runs[1], std::make_pair(size_t(9 * 512), size_t(9 * 512 + 300)));  // clipped
  EXPECT_FALSE(ct->is_dirty(base + 3 * 512));
  EXPECT_FALSE(ct->is_dirty(base + 9 * 512));
}

TEST(CardTable, BlockOffsetTableFindsObjectStarts) {
  TestHeap h;
  h.create(20 * M, 20 * M, 10 * M);
  DefNewGeneration::PretenureThreshold = 1;  // allocate in old
  std::vector<oop> objs;
  for (int i = 0; i < 300; i++) objs.push_back(h.new_byte_array(size_t((i * 37) % 1500)));
  DefNewGeneration::PretenureThreshold = 0;
  BlockOffsetTable* bot = h.heap->old_gen()->bot();
  for (oop o : objs) {
    address start = reinterpret_cast<address>(o);
    size_t size = ObjectModel::size(o);
    EXPECT_EQ(bot->block_start(start), start);
    EXPECT_EQ(bot->block_start(start + size - 1), start);
    EXPECT_EQ(bot->block_start(start + size / 2), start);
  }
}

TEST(GCAgeTable, ThresholdIsTheAgeWhereSurvivorsExceedTheTarget) {
  AgeTable t;
  t.clear();
  t.add(1, 100);
  t.add(2, 100);
  t.add(3, 100);
  EXPECT_EQ(t.compute_tenuring_threshold(250, 15, false, false), 3);  // 300 > 250 at age 3
  EXPECT_EQ(t.compute_tenuring_threshold(150, 15, false, false), 2);
  EXPECT_EQ(t.compute_tenuring_threshold(1000, 15, false, false), 15);
  EXPECT_EQ(t.compute_tenuring_threshold(1000, 6, false, false), 6);  // MaxTenuringThreshold
  EXPECT_EQ(t.compute_tenuring_threshold(1000, 15, true, false), 0);  // AlwaysTenure
  EXPECT_EQ(t.compute_tenuring_threshold(0, 15, false, true), 16);    // NeverTenure
  EXPECT_EQ(AgeTable::desired_survivor_words(M, 50), 65536u);
  EXPECT_EQ(AgeTable::desired_survivor_words(M, 90) * 8, 943712u);
}

TEST(GCStats, PaddedAverageOfPromotions) {
  AdaptivePaddedNoZeroDevAverage avg(10, 3);
  avg.sample(6291504);
  EXPECT_FLOAT_EQ(avg.padded_average(), 6291504.0f);  // "av_promo(6291504)" after one sample
  avg.sample(0);
  EXPECT_LT(avg.padded_average(), 6291504.0f);
  EXPECT_GT(avg.padded_average(), 0.0f);
}
