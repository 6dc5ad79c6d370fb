// Object layout sizes must equal HotSpot 17's with compressed oops and class pointers (DESIGN §4).
#include <gtest/gtest.h>

#include "gc/shared/objectModel.hpp"
#include "memory/metaspace.hpp"

TEST(ObjectLayout, HeaderAndArrayOffsets) {
  EXPECT_EQ(oopDesc::header_size, 12);
  EXPECT_EQ(arrayOopDesc::length_offset, 12);
  EXPECT_EQ(arrayOopDesc::base_offset, 16);
}

TEST(ObjectLayout, ArraySizesMatchHotSpot) {
  EXPECT_EQ(array_size_in_bytes(0, 2), 16u);   // int[0]
  EXPECT_EQ(array_size_in_bytes(1, 0), 24u);   // byte[1]
  EXPECT_EQ(array_size_in_bytes(8, 0), 24u);   // byte[8]
  EXPECT_EQ(array_size_in_bytes(9, 0), 32u);   // byte[9]
  EXPECT_EQ(array_size_in_bytes(1, 3), 24u);   // long[1]
  EXPECT_EQ(array_size_in_bytes(3, 2), 32u);   // Object[3] with narrow oops
}

TEST(ObjectLayout, MarkWordAgeAndHash) {
  MarkWord m = MarkWord::prototype();
  EXPECT_TRUE(m.is_unlocked());
  EXPECT_EQ(m.age(), 0);
  m = m.incr_age().incr_age();
  EXPECT_EQ(m.age(), 2);
  m = m.set_age(15).incr_age();
  EXPECT_EQ(m.age(), 15);  // saturates: MaxTenuringThreshold <= 15
  m = m.copy_set_hash(0x12345678);
  EXPECT_EQ(m.hash(), 0x12345678u);
  EXPECT_EQ(m.age(), 15);
  EXPECT_TRUE(m.is_unlocked());
}

TEST(ObjectLayout, NarrowKlassRoundTrip) {
  ASSERT_TRUE(Metaspace::initialize(64 * M));
  Klass* k = KlassBuilder::new_array_klass(T_INT);
  EXPECT_EQ(CompressedKlassPointers::decode(CompressedKlassPointers::encode(k)), k);
  EXPECT_NE(CompressedKlassPointers::encode(k), 0u);
}
