// core/stable_vector.h
//
// StableVector<T>: a sequence like std::vector that never moves an element
// once it is in. It grows by adding a block twice the size of the last one
// (2, 4, 8, ... elements), so an append never copies what is already there
// and a reference or iterator to an element stays good until the vector is
// cleared or destroyed (there is no erase). As with std::vector, end() is
// not an element: push_back leaves an earlier end() pointing at the new
// element rather than past it.
//
// Why: a rebuild appends a million facts to twenty thousand people's lists,
// in the order of the log. With std::vector every doubling moved each of a
// person's facts (seven strings each) from memory written long before; the
// roster's fold spent about a seventh of its time on that (bench/README.md,
// "rebuild, tenth round").
//
// Elements are contiguous within a block only; the iterators are random
// access (std::sort works), each step a little dearer than a pointer's.

#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <compare>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace labwatch {

template <typename T>
class StableVector {
  // Block b holds kFirst << b elements and starts at index kFirst * (2^b - 1).
  // Two at first: most people in a real roster have one or two facts.
  static constexpr size_t kFirstShift = 1;
  static constexpr size_t kFirst = size_t{1} << kFirstShift;
  static constexpr size_t kMaxBlocks = 40;  // room for 2 * (2^40 - 1) elements

  template <bool kConst>
  class Iter {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using iterator_concept = std::random_access_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = std::conditional_t<kConst, const T*, T*>;
    using reference = std::conditional_t<kConst, const T&, T&>;
    using Owner = std::conditional_t<kConst, const StableVector, StableVector>;

    Iter() = default;
    Iter(Owner* owner, size_t index) : owner_(owner), index_(index), at_(owner->PointerTo(index)) {}
    // A const iterator from a mutable one.
    template <bool kOther, typename = std::enable_if_t<kConst && !kOther>>
    Iter(const Iter<kOther>& other) : owner_(other.owner_), index_(other.index_), at_(other.at_) {}

    reference operator*() const { return *at_; }
    pointer operator->() const { return at_; }
    reference operator[](difference_type n) const { return (*owner_)[index_ + n]; }

    // Stepping within a block moves the pointer; only a step across a
    // block's edge looks the block up.
    Iter& operator++() {
      ++index_;
      ++at_;
      if (StartsBlock(index_)) at_ = owner_->PointerTo(index_);
      return *this;
    }
    Iter operator++(int) {
      Iter old = *this;
      ++*this;
      return old;
    }
    Iter& operator--() {
      if (StartsBlock(index_)) {
        at_ = owner_->PointerTo(--index_);
      } else {
        --index_;
        --at_;
      }
      return *this;
    }
    Iter operator--(int) {
      Iter old = *this;
      --*this;
      return old;
    }
    Iter& operator+=(difference_type n) { return Seek(index_ + n); }
    Iter& operator-=(difference_type n) { return Seek(index_ - n); }
    friend Iter operator+(Iter it, difference_type n) { return it += n; }
    friend Iter operator+(difference_type n, Iter it) { return it += n; }
    friend Iter operator-(Iter it, difference_type n) { return it -= n; }
    friend difference_type operator-(const Iter& a, const Iter& b) {
      return static_cast<difference_type>(a.index_) - static_cast<difference_type>(b.index_);
    }
    friend bool operator==(const Iter& a, const Iter& b) { return a.index_ == b.index_; }
    friend auto operator<=>(const Iter& a, const Iter& b) { return a.index_ <=> b.index_; }

   private:
    template <bool>
    friend class Iter;
    Iter& Seek(size_t index) {
      index_ = index;
      at_ = owner_->PointerTo(index);
      return *this;
    }

    Owner* owner_ = nullptr;
    size_t index_ = 0;
    pointer at_ = nullptr;  // element index_, or null where no block is yet
  };

 public:
  using value_type = T;
  using size_type = size_t;
  using difference_type = std::ptrdiff_t;
  using reference = T&;
  using const_reference = const T&;
  using iterator = Iter<false>;
  using const_iterator = Iter<true>;
  using reverse_iterator = std::reverse_iterator<iterator>;
  using const_reverse_iterator = std::reverse_iterator<const_iterator>;

  StableVector() = default;
  StableVector(std::initializer_list<T> items) {
    try {
      for (const T& item : items) push_back(item);
    } catch (...) {
      Release();
      throw;
    }
  }
  StableVector(const StableVector& other) {
    try {
      for (const T& item : other) push_back(item);
    } catch (...) {
      Release();  // no destructor runs for a constructor that throws
      throw;
    }
  }
  StableVector(StableVector&& other) noexcept
      : blocks_(std::exchange(other.blocks_, {})), size_(std::exchange(other.size_, 0)) {}
  StableVector& operator=(const StableVector& other) {
    if (this != &other) {
      clear();
      for (const T& item : other) push_back(item);
    }
    return *this;
  }
  StableVector& operator=(StableVector&& other) noexcept {
    if (this != &other) {
      Release();
      blocks_ = std::exchange(other.blocks_, {});
      size_ = std::exchange(other.size_, 0);
    }
    return *this;
  }
  ~StableVector() { Release(); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  T& operator[](size_t i) {
    auto [block, offset] = Locate(i);
    return blocks_[block][offset];
  }
  const T& operator[](size_t i) const {
    auto [block, offset] = Locate(i);
    return blocks_[block][offset];
  }
  T& front() { return (*this)[0]; }
  const T& front() const { return (*this)[0]; }
  T& back() { return (*this)[size_ - 1]; }
  const T& back() const { return (*this)[size_ - 1]; }

  iterator begin() { return {this, 0}; }
  iterator end() { return {this, size_}; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }
  const_iterator cbegin() const { return begin(); }
  const_iterator cend() const { return end(); }
  reverse_iterator rbegin() { return reverse_iterator(end()); }
  reverse_iterator rend() { return reverse_iterator(begin()); }
  const_reverse_iterator rbegin() const { return const_reverse_iterator(end()); }
  const_reverse_iterator rend() const { return const_reverse_iterator(begin()); }
  const_reverse_iterator crbegin() const { return rbegin(); }
  const_reverse_iterator crend() const { return rend(); }

  template <typename... Args>
  T& emplace_back(Args&&... args) {
    auto [block, offset] = Locate(size_);
    if (offset == 0 && !blocks_[block]) {
      blocks_[block] = static_cast<T*>(::operator new(BlockSize(block) * sizeof(T), std::align_val_t(alignof(T))));
    }
    T* slot = blocks_[block] + offset;
    std::construct_at(slot, std::forward<Args>(args)...);
    ++size_;
    return *slot;
  }
  void push_back(const T& item) { emplace_back(item); }
  void push_back(T&& item) { emplace_back(std::move(item)); }

  void pop_back() {
    std::destroy_at(&back());
    --size_;
  }

  // Destroys every element; keeps the blocks for the next appends.
  void clear() {
    for (size_t i = size_; i > 0; --i) std::destroy_at(&(*this)[i - 1]);
    size_ = 0;
  }

  friend bool operator==(const StableVector& a, const StableVector& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
  }

 private:
  static constexpr size_t BlockSize(size_t block) { return kFirst << block; }

  // Whether index i is the first of its block.
  static bool StartsBlock(size_t i) { return std::has_single_bit(i + kFirst); }

  // Element i, or null if its block is not allocated (past the end).
  T* PointerTo(size_t i) const {
    auto [block, offset] = Locate(i);
    return blocks_[block] ? blocks_[block] + offset : nullptr;
  }

  // The block and offset of index i: i + kFirst has its top bit at
  // kFirstShift + block.
  static std::pair<size_t, size_t> Locate(size_t i) {
    size_t shifted = i + kFirst;
    size_t top = static_cast<size_t>(std::bit_width(shifted)) - 1;
    return {top - kFirstShift, shifted - (size_t{1} << top)};
  }

  void Release() {
    clear();
    for (T*& block : blocks_) {
      if (block) ::operator delete(block, std::align_val_t(alignof(T)));
      block = nullptr;
    }
  }

  std::array<T*, kMaxBlocks> blocks_{};
  size_t size_ = 0;
};

}  // namespace labwatch
