# install(EXPORT) with a package config, a version file and a pkg-config file.
include(CMakePackageConfigHelpers)
install(TARGETS rhetor EXPORT rhetorTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/rhetor DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT rhetorTargets NAMESPACE rhetor:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/rhetor)
configure_package_config_file(cmake/rhetorConfig.cmake.in ${PROJECT_BINARY_DIR}/rhetorConfig.cmake
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/rhetor)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/rhetorConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/rhetorConfig.cmake ${PROJECT_BINARY_DIR}/rhetorConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/rhetor)
# rhetor.pc finds its prefix relative to itself (${pcfiledir}), so the installed tree
# can move. A static library must hand its consumers ICU on the plain Libs line.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(RHETOR_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  set(RHETOR_PC_PREFIX "\${pcfiledir}/..")
  string(REGEX MATCHALL "[^/]+" libdir_parts "${CMAKE_INSTALL_LIBDIR}")
  foreach(part IN LISTS libdir_parts)
    string(APPEND RHETOR_PC_PREFIX "/..")
  endforeach()
endif()
get_target_property(rhetor_type rhetor TYPE)
if(rhetor_type STREQUAL "STATIC_LIBRARY")
  set(RHETOR_PC_REQUIRES "eigen3 icu-uc icu-i18n")
  set(RHETOR_PC_REQUIRES_PRIVATE "")
else()
  set(RHETOR_PC_REQUIRES "eigen3")
  set(RHETOR_PC_REQUIRES_PRIVATE "icu-uc icu-i18n")
endif()
configure_file(cmake/rhetor.pc.in ${PROJECT_BINARY_DIR}/rhetor.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/rhetor.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
install(DIRECTORY lexicons/en DESTINATION ${CMAKE_INSTALL_DATADIR}/rhetor/lexicons
        PATTERN "ENGINE_REQUESTS.md" EXCLUDE)
