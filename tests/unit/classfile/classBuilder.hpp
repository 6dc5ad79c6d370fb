// Test helper: writes class files byte by byte so tests can make well-formed and precisely
// malformed inputs (JVMS §4.1 layout). Nothing here checks anything.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

class ClassBuilder {
 public:
  using Bytes = std::vector<uint8_t>;

  // --- raw writers ---
  static void u1(Bytes& b, unsigned v) { b.push_back(uint8_t(v)); }
  static void u2(Bytes& b, unsigned v) { b.push_back(uint8_t(v >> 8)); b.push_back(uint8_t(v)); }
  static void u4(Bytes& b, uint32_t v) { u2(b, v >> 16); u2(b, v & 0xffff); }
  static void append(Bytes& b, const Bytes& more) { b.insert(b.end(), more.begin(), more.end()); }

  // --- constant pool ---
  int utf8(const std::string& s) {
    u1(_cp, 1); u2(_cp, unsigned(s.size()));
    _cp.insert(_cp.end(), s.begin(), s.end());
    return _count++;
  }
  int klass(const std::string& name) { int n = utf8(name); u1(_cp, 7); u2(_cp, n); return _count++; }
  int string(const std::string& s) { int n = utf8(s); u1(_cp, 8); u2(_cp, n); return _count++; }
  int integer(int32_t v) { u1(_cp, 3); u4(_cp, uint32_t(v)); return _count++; }
  int long_(int64_t v) { u1(_cp, 5); u4(_cp, uint32_t(uint64_t(v) >> 32)); u4(_cp, uint32_t(v)); int i = _count; _count += 2; return i; }
  int name_and_type(const std::string& n, const std::string& d) {
    int a = utf8(n), b = utf8(d); u1(_cp, 12); u2(_cp, a); u2(_cp, b); return _count++;
  }
  int ref(int tag, const std::string& cls, const std::string& n, const std::string& d) {
    int c = klass(cls), nt = name_and_type(n, d); u1(_cp, tag); u2(_cp, c); u2(_cp, nt); return _count++;
  }
  // Any entry, raw: tag then payload.
  int raw_entry(const Bytes& entry, int slots = 1) { append(_cp, entry); int i = _count; _count += slots; return i; }

  // --- members ---
  struct Attr { int name; Bytes body; int64_t length_override = -1; };
  static Bytes attr_bytes(const Attr& a) {
    Bytes b; u2(b, a.name); u4(b, a.length_override >= 0 ? uint32_t(a.length_override) : uint32_t(a.body.size()));
    append(b, a.body); return b;
  }
  void field(unsigned flags, const std::string& name, const std::string& desc, std::vector<Attr> attrs = {}) {
    int n = utf8(name), d = utf8(desc);
    member(_fields, flags, n, d, attrs); _field_count++;
  }
  void method(unsigned flags, const std::string& name, const std::string& desc, std::vector<Attr> attrs = {}) {
    int n = utf8(name), d = utf8(desc);
    member(_methods, flags, n, d, attrs); _method_count++;
  }
  // A Code attribute body: max_stack, max_locals, code, exception table (raw), nested attributes.
  Attr code(unsigned max_stack, unsigned max_locals, const Bytes& code, const Bytes& handlers = {},
            unsigned handler_count = 0, std::vector<Attr> attrs = {}) {
    Bytes b; u2(b, max_stack); u2(b, max_locals); u4(b, uint32_t(code.size())); append(b, code);
    u2(b, handler_count); append(b, handlers);
    u2(b, unsigned(attrs.size())); for (auto& a : attrs) append(b, attr_bytes(a));
    return Attr{utf8("Code"), b};
  }
  Attr return_code() { return code(0, 1, {0xb1}); }  // just `return`, room for `this`
  void class_attr(const Attr& a) { _class_attrs.push_back(a); }

  // --- the whole file ---
  Bytes build(const std::string& this_name = "Foo", const std::string& super_name = "java/lang/Object",
              unsigned flags = 0x21, unsigned major = 61, unsigned minor = 0) {
    int this_index = klass(this_name);
    int super_index = super_name.empty() ? 0 : klass(super_name);
    Bytes b;
    u4(b, 0xCAFEBABE); u2(b, minor); u2(b, major);
    u2(b, unsigned(_count)); append(b, _cp);
    u2(b, flags); u2(b, this_index); u2(b, super_index);
    u2(b, unsigned(_interfaces.size())); for (int i : _interfaces) u2(b, i);
    u2(b, _field_count); append(b, _fields);
    u2(b, _method_count); append(b, _methods);
    u2(b, unsigned(_class_attrs.size())); for (auto& a : _class_attrs) append(b, attr_bytes(a));
    return b;
  }
  void add_interface(const std::string& name) { _interfaces.push_back(klass(name)); }

 private:
  static void member(Bytes& out, unsigned flags, int n, int d, const std::vector<Attr>& attrs) {
    u2(out, flags); u2(out, n); u2(out, d); u2(out, unsigned(attrs.size()));
    for (auto& a : attrs) append(out, attr_bytes(a));
  }
  Bytes _cp, _fields, _methods;
  int _count = 1;
  unsigned _field_count = 0, _method_count = 0;
  std::vector<int> _interfaces;
  std::vector<Attr> _class_attrs;
};
