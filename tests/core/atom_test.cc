#include "core/atom.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace labwatch {
namespace {

TEST(Atom, HoldsWhatItIsGivenAndIsEmptyWhenGivenNothing) {
  Atom a;
  EXPECT_TRUE(a.empty());
  EXPECT_EQ(a.size(), 0u);
  EXPECT_EQ(a.view(), "");
  EXPECT_EQ(a.str(), "");
  a = std::string("Google DeepMind");
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(a.size(), 15u);
  EXPECT_EQ(a.str(), "Google DeepMind");
  a = "";
  EXPECT_TRUE(a.empty());
  a = std::string_view("Meta");
  EXPECT_EQ(std::string_view(a), "Meta");
  a.clear();
  EXPECT_EQ(a, Atom());
}

TEST(Atom, OneTextIsOneCopyWhereverItCameFrom) {
  std::string built = "Thinking ";
  built += "Machines Lab";
  Atom a = built;
  built = "changed afterwards";  // the atom holds its own copy
  Atom b = "Thinking Machines Lab";
  EXPECT_EQ(a, b);
  EXPECT_EQ(&a.str(), &b.str());
  EXPECT_NE(a, Atom("Thinking Machines"));
}

TEST(Atom, ComparesWithEveryKindOfTextInEitherOrderAndSortsByText) {
  const Atom meta = "Meta";
  const std::string text = "Meta";
  const std::string_view view = "Meta";
  const char* chars = "Meta";
  EXPECT_TRUE(meta == text && text == meta);
  EXPECT_TRUE(meta == view && view == meta);
  EXPECT_TRUE(meta == chars && chars == meta);
  EXPECT_FALSE(meta == "Mistral AI");
  // By text, not by where the copies happen to live.
  EXPECT_LT(Atom("Anthropic"), Atom("Zhipu"));
  EXPECT_LT(Atom(), Atom("a"));
  std::ostringstream out;
  out << meta << "/" << Atom();
  EXPECT_EQ(out.str(), "Meta/");
  EXPECT_EQ("at " + meta, "at Meta");
  EXPECT_EQ(meta + " AI", "Meta AI");
}

TEST(Atom, ThreadsInterningOneTextGetOneCopy) {
  constexpr int kThreads = 4;
  std::vector<const std::string*> seen(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&seen, t] {
      for (int i = 0; i < 1000; ++i) Atom("org " + std::to_string(i));
      seen[static_cast<size_t>(t)] = &Atom("org 999").str();
    });
  for (auto& thread : threads) thread.join();
  for (const std::string* copy : seen) EXPECT_EQ(copy, seen[0]);
  EXPECT_EQ(*seen[0], "org 999");
}

}  // namespace
}  // namespace labwatch
