// rhetor/version.hpp
#pragma once
#define RHETOR_VERSION_MAJOR 0
#define RHETOR_VERSION_MINOR 1
#define RHETOR_VERSION_PATCH 0
namespace rhetor {
inline constexpr const char* version_string = "0.1.0";
}
