// core/compact_string.h
//
// CompactString: a string in one pointer, null when empty, else one heap
// block holding the size and then the bytes, instead of std::string's 32
// bytes (plus a block of its own past 15 bytes). For the fields of a fact
// that few facts set (the company a unit counts for, a retraction's
// reason) and for those that are long when set (a source's URL): a rebuild
// holds a million facts, and every byte of a fact is memory the kernel
// must hand over and the roster's fold must write.

#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace labwatch {

class CompactString {
 public:
  CompactString() = default;
  CompactString(std::string_view text) { assign(text); }  // NOLINT(google-explicit-constructor)
  CompactString(const std::string& text) : CompactString(std::string_view(text)) {}  // NOLINT
  CompactString(const char* text) : CompactString(std::string_view(text)) {}         // NOLINT
  CompactString(const CompactString& other) : CompactString(other.view()) {}
  CompactString(CompactString&&) noexcept = default;
  CompactString& operator=(const CompactString& other) {
    if (this != &other) assign(other.view());
    return *this;
  }
  CompactString& operator=(CompactString&&) noexcept = default;
  CompactString& operator=(std::string_view text) {
    assign(text);
    return *this;
  }
  CompactString& operator=(const std::string& text) { return *this = std::string_view(text); }
  CompactString& operator=(const char* text) { return *this = std::string_view(text); }

  bool empty() const { return !block_; }
  size_t size() const {
    if (!block_) return 0;
    Size n;
    std::memcpy(&n, block_.get(), sizeof n);
    return n;
  }
  std::string_view view() const { return block_ ? std::string_view(block_.get() + sizeof(Size), size()) : std::string_view(); }
  std::string str() const { return std::string(view()); }
  operator std::string_view() const { return view(); }  // NOLINT(google-explicit-constructor)

  // Against each kind of text, so that neither order of `a == b` has two
  // conversions to choose between (C++20 tries both orders).
  friend bool operator==(const CompactString& a, const CompactString& b) { return a.view() == b.view(); }
  friend bool operator==(const CompactString& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const CompactString& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const CompactString& a, const char* b) { return a.view() == b; }
  friend std::ostream& operator<<(std::ostream& out, const CompactString& s) { return out << s.view(); }

 private:
  using Size = std::uint32_t;

  void assign(std::string_view text) {
    if (text.empty()) {
      block_.reset();
      return;
    }
    if (text.size() > UINT32_MAX) throw std::length_error("CompactString: over 4 GiB");
    const auto n = static_cast<Size>(text.size());
    // A block of another size is replaced. `text` may view this string's
    // own bytes: the new block is filled before the old one goes.
    if (size() != n) {
      std::unique_ptr<char[]> block(new char[sizeof n + n]);
      std::memcpy(block.get(), &n, sizeof n);
      std::memcpy(block.get() + sizeof n, text.data(), n);
      block_ = std::move(block);
    } else {
      std::memmove(block_.get() + sizeof n, text.data(), n);
    }
  }

  std::unique_ptr<char[]> block_;  // null when empty, never empty when set
};

static_assert(sizeof(CompactString) == sizeof(void*));

}  // namespace labwatch
