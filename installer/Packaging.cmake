# CPack: a Debian package built and tested here; Windows (WiX v3 via CMake 3.25) is configured but cannot be
# built or tested on this Linux machine (see README).
include(GNUInstallDirs)
install(FILES ${CMAKE_SOURCE_DIR}/resources/se.lotsen.Lotsen.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/se.lotsen.Lotsen.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/lotsen.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME se.lotsen.Lotsen.svg)
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/lotsen)

set(CPACK_PACKAGE_NAME "lotsen")
set(CPACK_PACKAGE_VENDOR "Lotsen developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Lotsen")
set(CPACK_PACKAGE_EXECUTABLES "lotsen;Lotsen")

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Lotsen developers <lotsen@example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")

# Windows: a fixed upgrade GUID so that a newer installer replaces an older one.
set(CPACK_WIX_UPGRADE_GUID "6C1F4E1A-2B7D-4C51-9A57-6F0C2E8B4D11")
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_SOURCE_DIR}/resources/icons/lotsen.ico)
set(CPACK_NSIS_DISPLAY_NAME "Lotsen")

if(WIN32)
    set(CPACK_GENERATOR "WIX")
    # windeployqt-based deployment of Qt's DLLs; qt_generate_deploy_app_script supports Windows in Qt 6.4.
    qt_generate_deploy_app_script(TARGET lotsen OUTPUT_SCRIPT LOTSEN_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${LOTSEN_DEPLOY_SCRIPT})
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
