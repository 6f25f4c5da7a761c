// core/atom.h
//
// Atom: a string interned for the life of the process, held in one pointer
// (null when empty) instead of std::string's 32 bytes. For the fields of a
// fact that repeat across many facts: the org a person joined or left and
// their role. A rebuild holds a million facts naming a few hundred orgs;
// each fact's copy of a name was memory the kernel had to hand over and
// the roster's fold had to write.
//
// Interning takes a lock only the first time a thread meets a text; the
// texts are never freed, so an Atom can be copied between threads and
// outlive whatever made it. Do not make Atoms of unbounded free text
// (evidence sentences, URLs): every distinct text stays until exit.

#pragma once

#include <compare>
#include <ostream>
#include <string>
#include <string_view>

namespace labwatch {

class Atom {
 public:
  Atom() = default;
  Atom(std::string_view text) : text_(Intern(text)) {}  // NOLINT(google-explicit-constructor)
  Atom(const std::string& text) : Atom(std::string_view(text)) {}  // NOLINT(google-explicit-constructor)
  Atom(const char* text) : Atom(std::string_view(text)) {}         // NOLINT(google-explicit-constructor)
  Atom& operator=(std::string_view text) {
    text_ = Intern(text);
    return *this;
  }
  Atom& operator=(const std::string& text) { return *this = std::string_view(text); }
  Atom& operator=(const char* text) { return *this = std::string_view(text); }

  bool empty() const { return text_ == nullptr; }
  size_t size() const { return view().size(); }
  void clear() { text_ = nullptr; }
  std::string_view view() const { return text_ ? std::string_view(*text_) : std::string_view(); }
  // The interned text itself: no copy.
  const std::string& str() const { return text_ ? *text_ : Empty(); }
  operator std::string_view() const { return view(); }  // NOLINT(google-explicit-constructor)

  // Two atoms of one text are one pointer; against other kinds of text,
  // in either order (C++20 tries both).
  friend bool operator==(const Atom& a, const Atom& b) { return a.text_ == b.text_; }
  friend bool operator==(const Atom& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const Atom& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const Atom& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const Atom& a, const Atom& b) { return a.view() <=> b.view(); }
  friend std::ostream& operator<<(std::ostream& out, const Atom& a) { return out << a.view(); }
  friend std::string operator+(const std::string& a, const Atom& b) { return a + b.str(); }
  friend std::string operator+(const Atom& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const char* a, const Atom& b) { return a + b.str(); }
  friend std::string operator+(const Atom& a, const char* b) { return a.str() + b; }

 private:
  // The one copy of `text` (null for ""), made on first sight.
  static const std::string* Intern(std::string_view text);
  static const std::string& Empty();

  const std::string* text_ = nullptr;
};

static_assert(sizeof(Atom) == sizeof(void*));

}  // namespace labwatch
