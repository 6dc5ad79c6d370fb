// SymbolTable: one Symbol per distinct string, NUL-terminated, stable across threads.
#include <gtest/gtest.h>

#include "classfile/symbolTable.hpp"

#include <set>
#include <string>
#include <thread>
#include <vector>

TEST(SymbolTable, InternsOnePerString) {
  Symbol* a = SymbolTable::lookup("java/lang/Object");
  Symbol* b = SymbolTable::lookup(std::string("java/lang/") + "Object");
  EXPECT_EQ(a, b);
  EXPECT_NE(a, SymbolTable::lookup("java/lang/Objecu"));
  EXPECT_EQ(a->length(), 16);
  EXPECT_STREQ(a->bytes(), "java/lang/Object");
  EXPECT_TRUE(a->equals("java/lang/Object"));
  EXPECT_TRUE(a->starts_with("java/"));
  EXPECT_EQ(a->char_at(4), '/');
  EXPECT_EQ(a->str(), "java/lang/Object");
}

TEST(SymbolTable, EmptyAndEmbeddedNul) {
  Symbol* e = SymbolTable::lookup("");
  EXPECT_EQ(e->length(), 0);
  EXPECT_EQ(e->bytes()[0], '\0');
  const char with_nul[] = {'a', '\0', 'b'};
  Symbol* n = SymbolTable::lookup(with_nul, 3);
  EXPECT_EQ(n->length(), 3);
  EXPECT_EQ(n->view(), std::string_view(with_nul, 3));
  EXPECT_NE(n, SymbolTable::lookup("a"));
}

TEST(SymbolTable, ProbeDoesNotCreate) {
  size_t before = SymbolTable::count();
  EXPECT_EQ(SymbolTable::probe("no/such/symbol/ever/interned/xyzzy"), nullptr);
  EXPECT_EQ(SymbolTable::count(), before);
  Symbol* s = SymbolTable::lookup("probe/me");
  EXPECT_EQ(SymbolTable::probe("probe/me"), s);
}

TEST(SymbolTable, HashIsStoredAndStable) {
  Symbol* s = SymbolTable::lookup("hash/me");
  EXPECT_EQ(s->hash(), SymbolTable::lookup("hash/me")->hash());
}

TEST(SymbolTable, LongSymbolAndGrowth) {
  std::string big(70000, 'x');
  Symbol* s = SymbolTable::lookup(big);
  EXPECT_EQ(s->length(), 70000);
  EXPECT_EQ(s->bytes()[70000], '\0');
  std::vector<Symbol*> many;
  for (int i = 0; i < 20000; i++) many.push_back(SymbolTable::lookup("grow/" + std::to_string(i)));
  for (int i = 0; i < 20000; i++) ASSERT_EQ(many[i], SymbolTable::lookup("grow/" + std::to_string(i)));
  EXPECT_EQ(s, SymbolTable::lookup(big));
}

TEST(SymbolTable, ConcurrentInterningAgrees) {
  constexpr int kThreads = 4, kNames = 5000;
  std::vector<std::vector<Symbol*>> seen(kThreads, std::vector<Symbol*>(kNames));
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; t++) {
    threads.emplace_back([t, &seen] {
      for (int i = 0; i < kNames; i++) {
        int k = (i * 7 + t * 13) % kNames;  // different orders per thread
        seen[t][k] = SymbolTable::lookup("concurrent/" + std::to_string(k));
      }
    });
  }
  for (auto& th : threads) th.join();
  std::set<Symbol*> distinct;
  for (int i = 0; i < kNames; i++) {
    for (int t = 1; t < kThreads; t++) ASSERT_EQ(seen[0][i], seen[t][i]);
    distinct.insert(seen[0][i]);
    ASSERT_EQ(seen[0][i]->str(), "concurrent/" + std::to_string(i));
  }
  EXPECT_EQ(distinct.size(), size_t(kNames));
}
