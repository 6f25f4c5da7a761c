// core/sparse_string.h
//
// SparseString: a string that is nearly always empty, in one pointer (null
// when empty) instead of std::string's 32 bytes. For the fields of a fact
// that few facts set (the company a unit counts for, a retraction's
// reason): a rebuild holds a million facts, and every byte of a fact is
// memory the kernel must hand over and the roster's fold must write.

#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace labwatch {

class SparseString {
 public:
  SparseString() = default;
  SparseString(std::string_view text) { assign(text); }  // NOLINT(google-explicit-constructor)
  SparseString(const std::string& text) : SparseString(std::string_view(text)) {}  // NOLINT
  SparseString(const char* text) : SparseString(std::string_view(text)) {}         // NOLINT
  SparseString(const SparseString& other) : SparseString(other.view()) {}
  SparseString(SparseString&&) noexcept = default;
  SparseString& operator=(const SparseString& other) {
    if (this != &other) assign(other.view());
    return *this;
  }
  SparseString& operator=(SparseString&&) noexcept = default;
  SparseString& operator=(std::string_view text) {
    assign(text);
    return *this;
  }
  SparseString& operator=(const std::string& text) { return *this = std::string_view(text); }
  SparseString& operator=(const char* text) { return *this = std::string_view(text); }

  bool empty() const { return !text_; }
  size_t size() const { return text_ ? text_->size() : 0; }
  std::string_view view() const { return text_ ? std::string_view(*text_) : std::string_view(); }
  std::string str() const { return std::string(view()); }
  operator std::string_view() const { return view(); }  // NOLINT(google-explicit-constructor)

  // Against each kind of text, so that neither order of `a == b` has two
  // conversions to choose between (C++20 tries both orders).
  friend bool operator==(const SparseString& a, const SparseString& b) { return a.view() == b.view(); }
  friend bool operator==(const SparseString& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const SparseString& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const SparseString& a, const char* b) { return a.view() == b; }
  friend std::ostream& operator<<(std::ostream& out, const SparseString& s) { return out << s.view(); }

 private:
  void assign(std::string_view text) {
    if (text.empty()) {
      text_.reset();
    } else if (text_) {
      text_->assign(text);
    } else {
      text_ = std::make_unique<std::string>(text);
    }
  }

  std::unique_ptr<std::string> text_;  // null when empty, never empty when set
};

static_assert(sizeof(SparseString) == sizeof(void*));

}  // namespace labwatch
