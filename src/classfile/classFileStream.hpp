// ClassFileStream: a bounds-checked big-endian reader over class-file bytes (JVMS §4.1 u1/u2/u4).
// Callers ask has(n) before the *_fast reads; nothing here reads past the end of the buffer.
#pragma once

#include "utilities/globalDefinitions.hpp"

class ClassFileStream {
 public:
  ClassFileStream(const u1* buffer, size_t length) : _buffer(buffer), _length(length) {}

  bool has(uint64_t n) const { return n <= uint64_t(_length - _pos); }
  bool at_eos() const { return _pos == _length; }
  size_t position() const { return _pos; }
  void set_position(size_t pos) { _pos = pos <= _length ? pos : _length; }
  const u1* current() const { return _buffer + _pos; }
  size_t remaining() const { return _length - _pos; }

  u1 u1_fast() { return _buffer[_pos++]; }
  u2 u2_fast() {
    u2 v = u2((_buffer[_pos] << 8) | _buffer[_pos + 1]);
    _pos += 2;
    return v;
  }
  u4 u4_fast() {
    u4 v = (u4(_buffer[_pos]) << 24) | (u4(_buffer[_pos + 1]) << 16) | (u4(_buffer[_pos + 2]) << 8) | u4(_buffer[_pos + 3]);
    _pos += 4;
    return v;
  }
  u8 u8_fast() {
    u8 hi = u4_fast();
    return (hi << 32) | u4_fast();
  }
  void skip_fast(size_t n) { _pos += n; }

 private:
  const u1* _buffer;
  size_t _length;
  size_t _pos = 0;
};
