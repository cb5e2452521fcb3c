#include "documents.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "commands.hpp"
#include "json_input.hpp"

namespace rhetor::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// "records, MB/s, ETA" on one self-overwriting stderr line, at most ten times a second.
class Progress {
 public:
  Progress(bool enabled, std::uintmax_t total) : on_(enabled), total_(total) {}
  ~Progress() {
    if (on_ && shown_) std::fputs("\r\033[K", stderr);
  }
  void advance(std::size_t bytes) {
    ++records_;
    bytes_ += bytes;
    if (!on_) return;
    const auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    shown_ = true;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double rate = secs > 0 ? bytes_ / secs : 0;
    std::fprintf(stderr, "\r\033[K%zu records, %.1f MB, %.1f MB/s", records_, bytes_ / 1e6, rate / 1e6);
    if (total_ && rate > 0 && bytes_ <= total_)
      std::fprintf(stderr, ", %.0f%%, ETA %.0f s", 100.0 * bytes_ / total_, (total_ - bytes_) / rate);
    std::fflush(stderr);
  }

 private:
  bool on_;
  std::uintmax_t total_, bytes_ = 0;
  std::size_t records_ = 0;
  bool shown_ = false;
  Clock::time_point start_ = Clock::now(), last_{};
};

bool has_extension(const fs::path& p, const std::vector<std::string>& exts) {
  const std::string e = p.extension().string();
  return std::find(exts.begin(), exts.end(), e) != exts.end();
}

// Expands directories into their matching files; keeps files and "-" as given.
std::vector<std::string> expand(const std::vector<std::string>& inputs, const InputOptions& o, std::ostream& err,
                                int& status) {
  const std::vector<std::string> exts =
      o.input_format == "jsonl" ? std::vector<std::string>{".jsonl"} : std::vector<std::string>{".txt", ".md"};
  std::vector<std::string> files;
  for (const auto& in : inputs.empty() ? std::vector<std::string>{"-"} : inputs) {
    std::error_code ec;
    if (in == "-" || !fs::is_directory(in, ec)) {
      files.push_back(in);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file(ec) && has_extension(it->path(), exts)) found.push_back(it->path().string());
    if (ec) {
      err << "rhetor: cannot read directory " << in << ": " << ec.message() << "\n";
      status = kInputError;
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

bool read_file(const std::string& path, std::string& out, std::ostream& err) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    out = ss.str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << "rhetor: cannot open " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    err << "rhetor: cannot read " << path << "\n";
    return false;
  }
  out = ss.str();
  return true;
}

}  // namespace

struct DocumentReader::State {
  std::vector<std::string> files;
  std::size_t next_file = 0;
  Progress progress;
  // the JSONL file being read, line by line
  std::string data, name;
  std::size_t pos = 0, line_no = 0;
  bool in_jsonl = false;
  std::ostringstream messages;  // problems met while reading, not yet handed on
  State(std::vector<std::string> f, bool show, std::uintmax_t total) : files(std::move(f)), progress(show, total) {}
};

DocumentReader::DocumentReader(const std::vector<std::string>& inputs, const InputOptions& o, std::ostream& err)
    : options_(o) {
  std::vector<std::string> files = expand(inputs, o, err, status_);  // (before any batch thread runs)
  std::uintmax_t total = 0;
  for (const auto& f : files) {
    std::error_code ec;
    const auto size = f == "-" ? std::uintmax_t(0) : fs::file_size(f, ec);
    if (f == "-" || ec) {
      total = 0;  // unknown: no ETA
      break;
    }
    total += size;
  }
  state_ = std::make_unique<State>(std::move(files), !o.quiet && isatty(STDERR_FILENO), total);
}

DocumentReader::~DocumentReader() = default;

bool DocumentReader::next(Document& d) {
  State& st = *state_;
  for (;;) {
    if (st.in_jsonl) {
      if (next_record(d)) return true;
      st.in_jsonl = false;
      std::string().swap(st.data);
    }
    if (st.next_file == st.files.size()) return false;
    const std::string& path = st.files[st.next_file++];
    std::string data;
    if (!read_file(path, data, st.messages)) {
      status_ = kInputError;
      continue;
    }
    const std::string name = path == "-" ? "<stdin>" : path;
    if (options_.input_format == "jsonl") {
      st.data = std::move(data);
      st.name = name;
      st.pos = st.line_no = 0;
      st.in_jsonl = true;
      continue;
    }
    if (data.find('\0') != std::string::npos) {
      st.messages << "rhetor: warning: skipping " << name << ": binary file (holds NUL bytes)\n";
      continue;
    }
    st.progress.advance(data.size());
    d.name = name;
    d.text = std::move(data);
    d.messages = take_messages();
    return true;
  }
}

// The next record of the JSONL file being read; problems reported with FILE:LINE.
bool DocumentReader::next_record(Document& d) {
  State& st = *state_;
  LineParser& parser = thread_line_parser();
  while (st.pos < st.data.size()) {
    std::size_t eol = st.data.find('\n', st.pos);
    if (eol == std::string::npos) eol = st.data.size();
    std::string_view line(st.data.data() + st.pos, eol - st.pos);
    st.pos = eol + 1;
    ++st.line_no;
    st.progress.advance(line.size() + 1);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = st.name + ":" + std::to_string(st.line_no);
    simdjson::dom::element root;
    if (!parser.parse(line, root).empty()) {
      st.messages << "rhetor: " << where << ": malformed JSON\n";
      status_ = kInputError;
      continue;
    }
    // The last of duplicate members wins, as it did with nlohmann's reader.
    simdjson::dom::object object;
    std::optional<simdjson::dom::element> text, id;
    if (!root.get_object().get(object))
      for (const simdjson::dom::key_value_pair field : object) {
        if (field.key == options_.text_key) text = field.value;
        if (field.key == options_.id_key) id = field.value;
      }
    if (!text || !text->is_string()) {
      st.messages << "rhetor: " << where << ": expected an object with a string \"" << options_.text_key << "\"\n";
      status_ = kInputError;
      continue;
    }
    d.text = std::string(text->get_string().value_unsafe());
    if (id && !id->is_null())
      d.name = id->is_string() ? std::string(id->get_string().value_unsafe()) : dump_json(*id);
    else
      d.name = where;
    d.messages = take_messages();
    return true;
  }
  return false;
}

std::string DocumentReader::take_messages() {
  std::string m = std::move(state_->messages).str();
  state_->messages.str({});
  return m;
}

}  // namespace rhetor::cli
