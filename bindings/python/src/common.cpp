// Conversions of arguments shared by the binders (see core.hpp).
#include <charconv>
#include <system_error>

#include "core.hpp"

namespace rhetor_py {

double shortest(float f) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, f);
  double d = f;
  if (r.ec == std::errc()) std::from_chars(buf, r.ptr, d);
  return d;
}

std::string type_name(py::handle obj) { return py::str(py::type::of(obj).attr("__name__")).cast<std::string>(); }

std::string_view utf8_view(py::handle obj, const char* what) {
  if (PyUnicode_Check(obj.ptr())) {
    Py_ssize_t n = 0;
    const char* p = PyUnicode_AsUTF8AndSize(obj.ptr(), &n);  // UnicodeEncodeError on lone surrogates
    if (p == nullptr) throw py::error_already_set();
    return {p, static_cast<std::size_t>(n)};
  }
  if (PyBytes_Check(obj.ptr())) {
    char* p = nullptr;
    Py_ssize_t n = 0;
    if (PyBytes_AsStringAndSize(obj.ptr(), &p, &n) != 0) throw py::error_already_set();
    return {p, static_cast<std::size_t>(n)};
  }
  throw py::type_error(std::string(what) + " must be str or bytes, not " + type_name(obj));
}

std::string fs_path(py::handle obj) {
  py::object encoded = py::module_::import("os").attr("fsencode")(obj);
  return encoded.cast<std::string>();
}

rhetor::Segmenter parse_segmenter(const std::string& name) {
  if (name == "fast") return rhetor::Segmenter::fast;
  if (name == "icu") return rhetor::Segmenter::icu;
  throw py::value_error("segmenter must be 'fast' or 'icu', not '" + name + "'");
}

const char* segmenter_name(rhetor::Segmenter s) { return s == rhetor::Segmenter::icu ? "icu" : "fast"; }

}  // namespace rhetor_py
