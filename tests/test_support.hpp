// Shared helpers for the test suite.
#pragma once

#include <optional>
#include <string>

namespace rhetor::test {

/// Contents of a file under ../shared (next to the repository), or nullopt when
/// ../shared is absent (a user's clone): callers GTEST_SKIP() with a message.
std::optional<std::string> read_shared(const std::string& relative_path);
/// Contents of a file in the repository.
std::string read_repo(const std::string& relative_path);

}  // namespace rhetor::test
