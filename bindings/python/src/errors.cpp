// rhetor.Error (a RuntimeError) and its subclasses, and the translator from
// the C++ exceptions of rhetor/error.hpp.
#include <exception>

#include "core.hpp"

namespace rhetor_py {
namespace {

// The types are created once and live as long as the process (the module holds
// a reference too), so the translator can use them without touching any Python state.
PyObject* g_error = nullptr;
PyObject* g_lexicon_error = nullptr;
PyObject* g_analyzer_error = nullptr;
PyObject* g_input_error = nullptr;

PyObject* new_exception_type(py::module_& m, const char* name, const char* doc, PyObject* base) {
  const std::string qualified = std::string("rhetor.") + name;
  PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, base, nullptr);
  if (type == nullptr) throw py::error_already_set();
  m.add_object(name, py::handle(type));  // the module takes its own reference
  return type;
}

PyObject* decode_replace(std::string_view s) {
  return PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
}

void set_error(PyObject* type, const char* what) {
  PyObject* msg = decode_replace(what);
  if (msg == nullptr) return;  // the decoding error is set instead
  PyErr_SetObject(type, msg);
  Py_DECREF(msg);
}

void set_lexicon_error(const rhetor::LexiconError& e) {
  PyObject* msg = decode_replace(e.what());
  if (msg == nullptr) return;
  PyObject* exc = PyObject_CallFunctionObjArgs(g_lexicon_error, msg, nullptr);
  Py_DECREF(msg);
  if (exc == nullptr) return;
  auto set = [exc](const char* attr, PyObject* value) {
    if (value == nullptr) {
      PyErr_Clear();
      return;
    }
    if (PyObject_SetAttrString(exc, attr, value) != 0) PyErr_Clear();
    Py_DECREF(value);
  };
  const std::string& file = e.file();
  set("file", PyUnicode_DecodeFSDefaultAndSize(file.data(), static_cast<Py_ssize_t>(file.size())));
  set("line", PyLong_FromSize_t(e.line()));
  set("column", PyLong_FromSize_t(e.column()));
  set("message", decode_replace(e.message()));
  set("offending_text", decode_replace(e.offending_text()));
  PyErr_SetObject(g_lexicon_error, exc);
  Py_DECREF(exc);
}

void translate_exception(std::exception_ptr p) {
  try {
    if (p) std::rethrow_exception(p);
  } catch (const rhetor::LexiconError& e) {
    set_lexicon_error(e);
  } catch (const rhetor::AnalyzerError& e) {
    set_error(g_analyzer_error, e.what());
  } catch (const rhetor::InputError& e) {
    set_error(g_input_error, e.what());
  } catch (const rhetor::Error& e) {
    set_error(g_error, e.what());
  }
  // Anything else propagates to pybind11's own translators.
}

}  // namespace

void bind_errors(py::module_& m) {
  g_error = new_exception_type(m, "Error", "Base of every error raised by rhetor (a RuntimeError).",
                               PyExc_RuntimeError);
  g_lexicon_error = new_exception_type(
      m, "LexiconError",
      "A lexicon file, pack or string could not be read or parsed.\n\n"
      "str(e) is 'file:line:column: message: \"text\"'; the parts are in the attributes\n"
      "file, line, column (1-based, 0 when unknown), message and offending_text.",
      g_error);
  for (const char* attr : {"file", "message", "offending_text"})
    PyObject_SetAttrString(g_lexicon_error, attr, py::str("").ptr());
  for (const char* attr : {"line", "column"}) PyObject_SetAttrString(g_lexicon_error, attr, py::int_(0).ptr());
  g_analyzer_error = new_exception_type(
      m, "AnalyzerError", "An Analyzer could not be built from the given lexicons (e.g. too many categories).",
      g_error);
  g_input_error = new_exception_type(
      m, "InputError", "Input that cannot be processed at all (e.g. 4 GiB or more). Invalid UTF-8 is not an error.",
      g_error);
  py::register_exception_translator(&translate_exception);
}

}  // namespace rhetor_py
