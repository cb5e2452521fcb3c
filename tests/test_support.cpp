#include "test_support.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace rhetor::test {

std::optional<std::string> read_shared(const std::string& relative_path) {
  std::ifstream in(std::string(RHETOR_SHARED_DIR) + "/" + relative_path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string read_repo(const std::string& relative_path) {
  std::ifstream in(std::string(RHETOR_SOURCE_DIR) + "/" + relative_path, std::ios::binary);
  if (!in) throw std::runtime_error("missing repository file " + relative_path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace rhetor::test
