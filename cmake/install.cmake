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
configure_file(cmake/rhetor.pc.in ${PROJECT_BINARY_DIR}/rhetor.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/rhetor.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
install(DIRECTORY lexicons/en DESTINATION ${CMAKE_INSTALL_DATADIR}/rhetor/lexicons
        PATTERN "ENGINE_REQUESTS.md" EXCLUDE)
