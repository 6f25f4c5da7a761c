// ingest/extractor.h
//
// Reads an article and returns the facts it asserts: departures, joins,
// foundings, model releases and delays, each with its evidence (the
// sentence and its byte offsets in the article text), a confidence and the
// date when one is stated or can be resolved against the article's date.
// The labelling rules in docs/extraction.md are the specification.
//
// The Extractor splits sentences, finds the names the gazetteer knows, and
// hands the article to the rules of its language (ingest/english.h,
// ingest/japanese.h); then it resolves names to canonical entities, drops
// moves between units of one company, and merges duplicates.
//
// Pure: no I/O, no clock. Immutable after construction; Extract is
// thread-safe.

#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "ingest/gazetteer.h"
#include "ingest/sentences.h"

namespace labwatch {

struct Article {
  std::string id;
  std::string lang;  // a hint only; may be empty
  std::string url;
  std::string source;
  std::string title;
  std::string text;
  std::optional<Timestamp> published;
};

enum class FactKind { kDeparture, kJoin, kFounded, kRelease, kDelay };

// "departure", "join", "founded", "release", "delay".
std::string_view FactKindName(FactKind kind);

struct ExtractedFact {
  FactKind kind = FactKind::kDeparture;
  std::string person;     // departure, join, founded
  std::string org;        // the org left, joined, founded, releasing or delaying
  std::string model;      // release, delay
  std::string other_org;  // departure: where they went; join: where they came from
  std::string company;        // set by the Extractor when `org` is a unit (FAIR -> Meta)
  std::string other_company;  // likewise for `other_org`
  std::string role;
  std::optional<Date> date;       // when it happened, if stated
  std::optional<Date> announced;  // when an announced move was announced
  double confidence = 0.8;
  size_t start = 0;  // the evidence sentence: UTF-8 byte offsets in Article::text
  size_t end = 0;
};

// What the language rules get: the article, its sentences and the known
// names found in its text.
struct ArticleContext {
  const Article& article;
  const Gazetteer& gazetteer;
  std::vector<Span> sentences;
  std::vector<Gazetteer::Match> names;  // in text order
  Date published;  // the article's day (the day it was read if unknown)

  std::string_view Text(Span span) const {
    return std::string_view(article.text).substr(span.start, span.end - span.start);
  }
};

// The most of an article's text Extract reads, in bytes. News is far
// shorter (the longest of 1,236 real feed entries is 23 KB; a 15,000-word
// feature is about 90 KB). A page many times this size is a scraping
// accident or a hostile server, and some rules look across the whole text
// of a Japanese article: a 1 MB one without full stops took 4.7 s. Past
// the limit the text is recorded but not read for facts.
inline constexpr size_t kMaxArticleBytes = 256 << 10;

// How many bytes of `text` Extract reads: all of it up to
// kMaxArticleBytes; else up to where CutNear (ingest/sentences.h) ends a
// piece of that size: a blank, else 。, 、 or ，, else a code point boundary.
size_t ExtractedLength(std::string_view text);

class Extractor {
 public:
  // Recorded with every fact; bump when the rules change what they find.
  static constexpr std::string_view kVersion = "labwatch-extract/26";

  explicit Extractor(std::shared_ptr<const Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {}

  // `today` stands in for the article's date when it has none. Reads the
  // first ExtractedLength(article.text) bytes of the text.
  std::vector<ExtractedFact> Extract(const Article& article, Date today) const;

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
};

}  // namespace labwatch
