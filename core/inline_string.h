// core/inline_string.h
//
// InlineString: a string of up to 31 bytes held inside its own 32 bytes,
// where std::string holds 15 and puts anything longer in a heap block of
// its own. For a fact's id ("fact-" and 16 hex digits, or an imported
// event's id): a rebuild holds a million facts, and each id in a block of
// its own was an allocation to make and free, memory the kernel had to
// hand over, and a cache miss when the roster encodes the fact. Longer
// texts still work: they go to the heap as std::string's would.

#pragma once

#include <compare>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>

namespace labwatch {

class InlineString {
 public:
  static constexpr size_t kInline = 31;

  InlineString() = default;  // empty: every byte zero, the size byte too
  InlineString(std::string_view text) { Init(text); }  // NOLINT(google-explicit-constructor)
  InlineString(const std::string& text) : InlineString(std::string_view(text)) {}  // NOLINT
  InlineString(const char* text) : InlineString(std::string_view(text)) {}         // NOLINT
  InlineString(const InlineString& other) : InlineString(other.view()) {}
  InlineString(InlineString&& other) noexcept {
    std::memcpy(bytes_, other.bytes_, sizeof bytes_);
    other.SetInlineSize(0);
  }
  ~InlineString() { Free(); }

  InlineString& operator=(const InlineString& other) {
    if (this != &other) assign(other.view());
    return *this;
  }
  InlineString& operator=(InlineString&& other) noexcept {
    if (this != &other) {
      Free();
      std::memcpy(bytes_, other.bytes_, sizeof bytes_);
      other.SetInlineSize(0);
    }
    return *this;
  }
  InlineString& operator=(std::string_view text) {
    assign(text);
    return *this;
  }
  InlineString& operator=(const std::string& text) { return *this = std::string_view(text); }
  InlineString& operator=(const char* text) { return *this = std::string_view(text); }

  void assign(std::string_view text) {
    // `text` may lie inside this string: copy it out before freeing.
    if (text.size() <= kInline) {
      char copy[kInline];
      std::memcpy(copy, text.data(), text.size());
      Free();
      std::memcpy(bytes_, copy, text.size());
      SetInlineSize(text.size());
    } else {
      InlineString fresh(text);
      *this = std::move(fresh);
    }
  }
  void clear() { assign({}); }

  bool empty() const { return size() == 0; }
  bool on_heap() const { return bytes_[kInline] == kHeapTag; }
  size_t size() const { return on_heap() ? heap().size : static_cast<unsigned char>(bytes_[kInline]); }
  const char* data() const { return on_heap() ? heap().data : bytes_; }
  std::string_view view() const { return {data(), size()}; }
  std::string str() const { return std::string(view()); }
  operator std::string_view() const { return view(); }  // NOLINT(google-explicit-constructor)

  // Against each kind of text, so that neither order of `a == b` has two
  // conversions to choose between (C++20 tries both orders).
  friend bool operator==(const InlineString& a, const InlineString& b) { return a.view() == b.view(); }
  friend bool operator==(const InlineString& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const InlineString& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const InlineString& a, const char* b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const InlineString& a, const InlineString& b) {
    return a.view() <=> b.view();
  }
  friend std::ostream& operator<<(std::ostream& out, const InlineString& s) { return out << s.view(); }

 private:
  // The last byte says where the text is: its size when inline (0 to 31),
  // kHeapTag when the first bytes hold a Heap.
  static constexpr char kHeapTag = static_cast<char>(0xff);
  struct Heap {
    char* data;
    size_t size;
  };

  void Init(std::string_view text) {
    if (text.size() <= kInline) {
      std::memcpy(bytes_, text.data(), text.size());
      SetInlineSize(text.size());
      return;
    }
    Heap h{new char[text.size()], text.size()};
    std::memcpy(h.data, text.data(), text.size());
    std::memcpy(bytes_, &h, sizeof h);
    bytes_[kInline] = kHeapTag;
  }
  void Free() {
    if (on_heap()) delete[] heap().data;
    SetInlineSize(0);
  }
  void SetInlineSize(size_t size) { bytes_[kInline] = static_cast<char>(size); }
  Heap heap() const {
    Heap h;
    std::memcpy(&h, bytes_, sizeof h);
    return h;
  }

  alignas(8) char bytes_[kInline + 1] = {};  // every byte set: no reads of uninitialized bytes
};

static_assert(sizeof(InlineString) == 32);

}  // namespace labwatch

// Hashes as its text does, so maps keyed by it can be asked with a
// string_view.
template <>
struct std::hash<labwatch::InlineString> {
  size_t operator()(const labwatch::InlineString& s) const noexcept { return std::hash<std::string_view>()(s.view()); }
};
