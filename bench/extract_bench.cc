// extract_bench: extraction throughput, in MB of article text per second on
// one core, with the default entities and with 10,000 extra synthetic ones
// (orgs and people), so the ratio shows whether matching cost grows with the
// number of names. Alongside: the gazetteer pass alone, the part that sees
// every entity.
//
//   extract_bench [--articles FILE] [--megabytes N] [--runs N] [--extra N]
//
// FILE is article JSON Lines (the extraction contract's input); by default
// ../shared/eval/extraction/dev.jsonl beside the repository, else
// tests/data/articles-ja.jsonl. The texts are repeated to N MB (default 8).

#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/bench_util.h"
#include "config/entities.h"
#include "ingest/extractor.h"

namespace labwatch {
namespace {

std::vector<Article> ReadArticles(const std::string& path) {
  std::vector<Article> articles;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    auto json = nlohmann::json::parse(line, nullptr, false);
    if (json.is_discarded() || !json.contains("text")) continue;
    Article article;
    article.id = json.value("id", "");
    article.text = json.value("text", "");
    article.title = json.value("title", "");
    if (auto published = ParseTimestamp(json.value("published", ""))) article.published = *published;
    articles.push_back(std::move(article));
  }
  return articles;
}

// `count` invented names that look like the real ones: "Kestrel Dynamics
// 4821 AI", "Ayaka Marchetti-Okafor".
std::vector<NameEntry> SyntheticNames(size_t count) {
  static const char* kFirst[] = {"Ayaka", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiro",
                                 "Ines", "Jonas", "Kaveh", "Lucia", "Mateo", "Nadia", "Omar", "Priya"};
  static const char* kLast[] = {"Marchetti", "Okafor", "Lindqvist", "Tanaka", "Haddad", "Novak", "Reyes",
                                "Sorensen", "Adeyemi", "Kowalski", "Moreau", "Castellanos", "Brandt", "Zhou"};
  static const char* kOrgWords[] = {"Kestrel", "Halcyon", "Verdant", "Lumen", "Corvid", "Tessellate",
                                    "Saltmarsh", "Ironbark", "Northlight", "Quillon"};
  static const char* kOrgForms[] = {"AI", "Labs", "Robotics", "Intelligence", "Research", "Systems"};
  std::mt19937 random(42);
  std::vector<NameEntry> names;
  for (size_t i = 0; i < count; ++i) {
    NameEntry entry;
    if (i % 2 == 0) {
      entry.kind = NameKind::kPerson;
      entry.alias = std::string(kFirst[random() % 16]) + " " + kLast[random() % 14] + "-" + kLast[random() % 14] +
                    " " + std::to_string(i);
    } else {
      entry.kind = NameKind::kOrg;
      entry.alias = std::string(kOrgWords[random() % 10]) + " " + std::to_string(i) + " " + kOrgForms[random() % 6];
    }
    entry.canonical = entry.alias;
    names.push_back(std::move(entry));
  }
  return names;
}

std::vector<NameEntry> DefaultNames() {
  auto entities = DefaultEntities();
  if (!entities) {
    std::fprintf(stderr, "extract_bench: %s\n", entities.error().message.c_str());
    std::exit(1);
  }
  return GazetteerEntries(*entities);
}

struct Throughput {
  double extract_mb_s;
  double gazetteer_mb_s;
  size_t facts;
};

Throughput Measure(const std::vector<NameEntry>& names, const std::vector<Article>& articles, double megabytes, int runs) {
  auto gazetteer = Gazetteer::Build(names);
  if (!gazetteer) {
    std::fprintf(stderr, "extract_bench: %s\n", gazetteer.error().message.c_str());
    std::exit(1);
  }
  auto shared = std::make_shared<const Gazetteer>(std::move(*gazetteer));
  Extractor extractor(shared);
  size_t bytes_per_pass = 0;
  for (const auto& a : articles) bytes_per_pass += a.text.size();
  size_t passes = std::max<size_t>(1, static_cast<size_t>(megabytes * 1e6 / static_cast<double>(bytes_per_pass)));
  double total_mb = static_cast<double>(bytes_per_pass * passes) / 1e6;
  std::vector<bench::Timing> extract, match;
  size_t facts = 0;
  Date today = Date::Day(2025, 6, 1);
  for (int run = 0; run < runs; ++run) {
    bench::Stopwatch watch;
    facts = 0;
    for (size_t pass = 0; pass < passes; ++pass)
      for (const auto& article : articles) facts += extractor.Extract(article, today).size();
    extract.push_back(watch.Elapsed());
    bench::Stopwatch gazetteer_watch;
    size_t matches = 0;
    for (size_t pass = 0; pass < passes; ++pass)
      for (const auto& article : articles) matches += shared->Find(article.text).size();
    match.push_back(gazetteer_watch.Elapsed());
    if (matches == 0) std::fprintf(stderr, "(no names matched)\n");
  }
  return {total_mb / bench::Median(extract).cpu, total_mb / bench::Median(match).cpu, facts / passes};
}

}  // namespace
}  // namespace labwatch

int main(int argc, char** argv) {
  using namespace labwatch;
  CLI::App app{"extraction throughput with the default and with many more entities"};
  std::string path;
  double megabytes = 8;
  int runs = 5;
  size_t extra = 10000;
  app.add_option("--articles", path, "article JSON Lines");
  app.add_option("--megabytes", megabytes, "text to extract per run (default 8)");
  app.add_option("--runs", runs, "runs; the median is reported (default 5)");
  app.add_option("--extra", extra, "synthetic entities to add (default 10000)");
  CLI11_PARSE(app, argc, argv);
  if (path.empty()) {
    for (const char* candidate : {"../shared/eval/extraction/dev.jsonl", "../../shared/eval/extraction/dev.jsonl",
                                  "tests/data/articles-ja.jsonl", "../tests/data/articles-ja.jsonl"})
      if (std::ifstream(candidate).good()) {
        path = candidate;
        break;
      }
  }
  std::vector<Article> articles = ReadArticles(path);
  if (articles.empty()) {
    std::fprintf(stderr, "extract_bench: no articles in %s (use --articles FILE)\n", path.c_str());
    return 1;
  }
  std::vector<NameEntry> names = DefaultNames();
  std::printf("extract_bench: %zu articles from %s, %.0f MB per run, %d runs, median CPU time, one thread\n",
              articles.size(), path.c_str(), megabytes, runs);
  std::printf("load average: %s\n", bench::LoadAverage().c_str());
  Throughput base = Measure(names, articles, megabytes, runs);
  std::vector<NameEntry> more = names;
  for (auto& entry : SyntheticNames(extra)) more.push_back(std::move(entry));
  Throughput big = Measure(more, articles, megabytes, runs);
  std::printf("%-34s %10s %14s %12s\n", "entities", "names", "extract MB/s", "match MB/s");
  std::printf("%-34s %10zu %14.1f %12.1f\n", "default", names.size(), base.extract_mb_s, base.gazetteer_mb_s);
  std::printf("%-34s %10zu %14.1f %12.1f\n", ("default + " + std::to_string(extra) + " synthetic").c_str(),
              more.size(), big.extract_mb_s, big.gazetteer_mb_s);
  std::printf("ratio (more names / default): extract %.2f, match %.2f   (target: >= 50 MB/s, ratio near 1)\n",
              big.extract_mb_s / base.extract_mb_s, big.gazetteer_mb_s / base.gazetteer_mb_s);
  std::printf("facts per pass: %zu with default entities, %zu with more\n", base.facts, big.facts);
  return 0;
}
