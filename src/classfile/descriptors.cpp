// Descriptor and name format checks (JVMS §4.2, §4.3) and descriptor iteration. The checks
// follow the rules HotSpot applies, including the pre-Java-5 identifier rules for old class files.
#include "classfile/descriptors.hpp"

#include <cstring>

namespace Descriptors {

namespace {

constexpr int kJava5 = 49;
constexpr int kMaxArrayDimensions = 255;  // JVMS §4.3.2, §4.4.1

bool is_ascii_identifier_char(unsigned char c, bool first) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ||
         (!first && c >= '0' && c <= '9');
}

// Pre-Java-5 rule: the longest prefix of `s` that is a Java identifier (or, if slash_ok, a
// slash-separated sequence of them). Returns its length, 0 when none (or on "//"). Non-ASCII
// characters are accepted as identifier characters (HotSpot asks java.lang.Character here).
size_t skip_old_identifier(std::string_view s, bool slash_ok) {
  bool last_slash = false;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool first = (i == 0);
    if (c < 128) {
      if (is_ascii_identifier_char(c, first)) { last_slash = false; i++; continue; }
      if (slash_ok && c == '/') {
        if (last_slash) return 0;
        last_slash = true;
        i++;
        continue;
      }
      return i;
    }
    // Modified UTF-8 multi-byte sequence (already validated): 2 or 3 bytes.
    size_t n = (c >> 5) == 0x6 ? 2 : 3;
    i = (i + n <= s.size()) ? i + n : s.size();
    last_slash = false;
  }
  return i;
}

}  // namespace

bool is_legal_unqualified_name(std::string_view name, NameKind kind) {
  if (name.empty()) return false;
  for (size_t i = 0; i < name.size(); i++) {
    switch (name[i]) {
      case '.': case ';': case '[':
        return false;
      case '/':
        if (kind != NameKind::Class) return false;
        if (i == 0 || i + 1 >= name.size() || name[i + 1] == '/') return false;
        break;
      case '<': case '>':
        if (kind == NameKind::Method) return false;
        break;
      default:
        break;
    }
  }
  return true;
}

bool is_legal_class_name(std::string_view name, int major) {
  if (name.empty()) return false;
  if (name[0] == '[') {
    Problem p = Problem::None;
    size_t n = skip_field_descriptor(name, false, major, &p);
    return n != 0 && n == name.size();
  }
  if (major < kJava5) {
    if (name[0] == '<') return false;
    return skip_old_identifier(name, true) == name.size();
  }
  return is_legal_unqualified_name(name, NameKind::Class);
}

bool is_legal_field_name(std::string_view name, int major) {
  if (name.empty()) return false;
  if (major < kJava5) {
    if (name[0] == '<') return false;
    return skip_old_identifier(name, false) == name.size();
  }
  return is_legal_unqualified_name(name, NameKind::Field);
}

bool is_legal_method_name(std::string_view name, int major) {
  if (name.empty()) return false;
  if (name[0] == '<') return name == "<init>" || name == "<clinit>";
  if (major < kJava5) return skip_old_identifier(name, false) == name.size();
  return is_legal_unqualified_name(name, NameKind::Method);
}

size_t skip_field_descriptor(std::string_view s, bool void_ok, int major, Problem* problem) {
  size_t pos = 0;
  int dimensions = 0;
  while (pos < s.size()) {
    switch (s[pos]) {
      case 'V':
        if (!void_ok) return 0;
        [[fallthrough]];
      case 'Z': case 'B': case 'C': case 'S': case 'I': case 'F': case 'J': case 'D':
        return pos + 1;
      case 'L': {
        std::string_view rest = s.substr(pos + 1);
        if (major < kJava5) {
          size_t n = skip_old_identifier(rest, true);
          if (n > 0 && n < rest.size() && rest[n] == ';') return pos + 1 + n + 1;
          return 0;
        }
        size_t semi = rest.find(';');
        if (semi == std::string_view::npos) return 0;
        if (!is_legal_unqualified_name(rest.substr(0, semi), NameKind::Class)) {
          *problem = Problem::BadClassName;
          return 0;
        }
        return pos + 1 + semi + 1;
      }
      case '[':
        if (++dimensions > kMaxArrayDimensions) {
          *problem = Problem::TooManyDimensions;
          return 0;
        }
        pos++;
        void_ok = false;
        break;
      default:
        return 0;
    }
  }
  return 0;
}

bool is_legal_field_descriptor(std::string_view s, int major, Problem* problem) {
  size_t n = skip_field_descriptor(s, false, major, problem);
  if (n == 0 || n != s.size()) {
    if (*problem == Problem::None) *problem = Problem::Illegal;
    return false;
  }
  return true;
}

int check_method_descriptor(std::string_view name, std::string_view s, int major, Problem* problem) {
  auto fail = [&]() {
    if (*problem == Problem::None) *problem = Problem::Illegal;
    return -1;
  };
  // §4.6: a class initializer takes no arguments (enforced from version 51).
  if (name == "<clinit>" && s != "()V" && major >= 51) return fail();
  if (s.empty() || s[0] != '(') return fail();
  size_t pos = 1;
  int slots = 0;
  while (pos < s.size() && s[pos] != ')') {
    size_t n = skip_field_descriptor(s.substr(pos), false, major, problem);
    if (n == 0) return fail();
    slots += (s[pos] == 'J' || s[pos] == 'D') ? 2 : 1;
    pos += n;
  }
  if (pos >= s.size()) return fail();
  pos++;  // ')'
  std::string_view ret = s.substr(pos);
  if (!name.empty() && name[0] == '<') {
    if (ret != "V") return fail();  // <init> and <clinit> return void
    return slots;
  }
  size_t n = skip_field_descriptor(ret, true, major, problem);
  if (n == 0 || n != ret.size()) return fail();
  return slots;
}

BasicType field_type(std::string_view d) {
  if (d.empty()) return T_ILLEGAL;
  return char2type(d[0]);
}

MethodDescriptorStream::MethodDescriptorStream(std::string_view descriptor) : _sig(descriptor) {
  _end = 1;  // past '('
  scan();
}

void MethodDescriptorStream::scan() {
  _begin = _end < _sig.size() ? _end : _sig.size();
  if (_begin < _sig.size() && _sig[_begin] == ')') {
    _at_return = true;
    _begin++;
  }
  size_t p = _begin;
  while (p < _sig.size() && _sig[p] == '[') p++;
  if (p >= _sig.size()) {  // only on unchecked input: stop cleanly
    _type = T_ILLEGAL;
    _begin = _end = _sig.size();
    _at_return = true;
    return;
  }
  if (_sig[p] == 'L') {
    size_t semi = _sig.find(';', p);
    p = (semi == std::string_view::npos) ? _sig.size() - 1 : semi;
  }
  _end = p + 1;
  _type = (_sig[_begin] == '[') ? T_ARRAY : char2type(_sig[_begin]);
}

std::string_view MethodDescriptorStream::class_name() const {
  if (_type == T_OBJECT) return _sig.substr(_begin + 1, _end - _begin - 2);
  if (_type == T_ARRAY) return descriptor();
  return {};
}

void MethodDescriptorStream::next() {
  if (_at_return) return;
  scan();
}

int parameter_slots(std::string_view d) {
  int slots = 0;
  for (MethodDescriptorStream ss(d); !ss.at_return_type(); ss.next()) slots += ss.slots();
  return slots;
}

BasicType result_type(std::string_view d) {
  MethodDescriptorStream ss(d);
  while (!ss.at_return_type()) ss.next();
  return ss.type();
}

std::string external_method_name(std::string_view holder_external, std::string_view name, std::string_view sig) {
  auto type_at = [&](size_t& i) {
    int dims = 0;
    while (i < sig.size() && sig[i] == '[') { dims++; i++; }
    std::string t;
    switch (i < sig.size() ? sig[i] : 'V') {
      case 'L': { size_t e = sig.find(';', i); t = std::string(sig.substr(i + 1, e - i - 1)); i = e; break; }
      case 'Z': t = "boolean"; break; case 'B': t = "byte"; break; case 'C': t = "char"; break;
      case 'S': t = "short"; break; case 'I': t = "int"; break; case 'J': t = "long"; break;
      case 'F': t = "float"; break; case 'D': t = "double"; break; default: t = "void"; break;
    }
    i++;
    for (char& c : t) if (c == '/') c = '.';
    while (dims-- > 0) t += "[]";
    return t;
  };
  size_t i = 1;
  std::string params;
  while (i < sig.size() && sig[i] != ')') {
    if (!params.empty()) params += ", ";
    params += type_at(i);
  }
  i++;
  std::string ret = type_at(i);
  std::string qualified = holder_external.empty() ? std::string(name) : std::string(holder_external) + "." + std::string(name);
  return ret + " " + qualified + "(" + params + ")";
}

}  // namespace Descriptors
