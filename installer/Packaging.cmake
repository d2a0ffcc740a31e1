# CPack: a Debian package built and tested here (tests/package); Windows (WiX v3 via CMake 3.25) is configured but
# cannot be built or tested on this Linux machine (see README, "Windows installer").
include(GNUInstallDirs)

# The date of this release for the Debian changelog (RFC 5322, as dpkg wants it); the same day as the release in
# resources/se.lotsen.Lotsen.metainfo.xml.
set(LOTSEN_RELEASE_DATE "Fri, 27 Nov 2026 12:00:00 +0100")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Lotsen developers <lotsen@example.org>")
# Debian's name for the package's documentation folder (GNUInstallDirs' DOCDIR would say share/doc/Lotsen).
set(LOTSEN_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/lotsen)

# The user guide (HTML per language; also embedded in the program). OPTIONAL: the tree builds before it exists.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/help/ DESTINATION ${LOTSEN_DOC_DIR}/guide OPTIONAL
        PATTERN "*.qrc" EXCLUDE PATTERN "CMakeLists.txt" EXCLUDE)
# The translations (.qm) are compiled into the program as Qt resources (:/i18n), so there are no files to install.

if(UNIX AND NOT APPLE)
    # The desktop's menu entry, its AppStream description and the icon in every size menus ask for.
    install(FILES ${CMAKE_SOURCE_DIR}/resources/se.lotsen.Lotsen.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/se.lotsen.Lotsen.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/lotsen.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME se.lotsen.Lotsen.svg)
    # PNGs for menus and docks that do not draw SVG; made once from lotsen.svg with
    # `rsvg-convert -w N -h N lotsen.svg` and committed, so that the build needs no image tool.
    foreach(size 16 32 48 64 128 256)
        install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/se.lotsen.Lotsen.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    # Debian's documentation files: the manual page and the changelog gzip -9n compressed (no name, no time
    # stamp, so the package is reproducible), and a machine-readable copyright file with every licence's text.
    set(LOTSEN_PACKAGING_DIR ${CMAKE_BINARY_DIR}/installer)
    find_program(LOTSEN_GZIP gzip REQUIRED)

    configure_file(${CMAKE_SOURCE_DIR}/installer/changelog.in ${LOTSEN_PACKAGING_DIR}/changelog @ONLY)

    # DEP-5 wants each licence's text indented by one space, with " ." for an empty line.
    file(READ ${CMAKE_SOURCE_DIR}/LICENSE eupl)
    string(REGEX REPLACE "\n+$" "" eupl "${eupl}")
    string(REPLACE "\n" "\n " eupl " ${eupl}")
    set(previous "")
    while(NOT previous STREQUAL eupl)
        set(previous "${eupl}")
        string(REGEX REPLACE "\n[ \t]*\n" "\n .\n" eupl "${eupl}")
    endwhile()
    set(LOTSEN_EUPL_TEXT "${eupl}")
    # The DejaVu fonts' licence paragraph, as Debian's fonts-dejavu-core states it (resources/fonts).
    file(READ ${CMAKE_SOURCE_DIR}/resources/fonts/LICENSE-DejaVu.txt dejavu)
    string(REGEX MATCH "License: bitstream-vera\n[^\n]*(\n [^\n]*)*" LOTSEN_DEJAVU_LICENSE "${dejavu}")
    if(NOT LOTSEN_DEJAVU_LICENSE)
        message(FATAL_ERROR "No bitstream-vera licence paragraph in resources/fonts/LICENSE-DejaVu.txt")
    endif()
    configure_file(${CMAKE_SOURCE_DIR}/installer/copyright.in ${LOTSEN_PACKAGING_DIR}/copyright @ONLY)

    add_custom_command(OUTPUT ${LOTSEN_PACKAGING_DIR}/lotsen.1.gz
        COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/resources/man/lotsen.1 ${LOTSEN_PACKAGING_DIR}/lotsen.1
        COMMAND ${LOTSEN_GZIP} -9nf ${LOTSEN_PACKAGING_DIR}/lotsen.1
        DEPENDS ${CMAKE_SOURCE_DIR}/resources/man/lotsen.1 VERBATIM)
    add_custom_command(OUTPUT ${LOTSEN_PACKAGING_DIR}/changelog.gz
        COMMAND ${CMAKE_COMMAND} -E copy ${LOTSEN_PACKAGING_DIR}/changelog ${LOTSEN_PACKAGING_DIR}/changelog.tmp
        COMMAND ${LOTSEN_GZIP} -9nf ${LOTSEN_PACKAGING_DIR}/changelog.tmp
        COMMAND ${CMAKE_COMMAND} -E rename ${LOTSEN_PACKAGING_DIR}/changelog.tmp.gz ${LOTSEN_PACKAGING_DIR}/changelog.gz
        DEPENDS ${LOTSEN_PACKAGING_DIR}/changelog VERBATIM)
    add_custom_target(lotsen_package_docs ALL
        DEPENDS ${LOTSEN_PACKAGING_DIR}/lotsen.1.gz ${LOTSEN_PACKAGING_DIR}/changelog.gz)

    install(FILES ${LOTSEN_PACKAGING_DIR}/lotsen.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${LOTSEN_PACKAGING_DIR}/changelog.gz ${LOTSEN_PACKAGING_DIR}/copyright
            DESTINATION ${LOTSEN_DOC_DIR})
else()
    install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${LOTSEN_DOC_DIR})
endif()

set(CPACK_PACKAGE_NAME "lotsen")
set(CPACK_PACKAGE_VENDOR "Lotsen developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# WiX takes the licence only from a .txt (or .rtf) file.
configure_file(${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_BINARY_DIR}/installer/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_BINARY_DIR}/installer/LICENSE.txt)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Lotsen")
set(CPACK_PACKAGE_EXECUTABLES "lotsen;Lotsen")
# The program is built with debug information (RelWithDebInfo); the package gets it stripped at install time.
set(CPACK_STRIP_FILES ON)
# Directories CPack creates get 0755 whatever the builder's umask (lintian checks them).
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/lotsen")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# xz, as dpkg-deb itself compresses: a smaller download than gzip.
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# The extended description; CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY before it as the synopsis.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Lotsen keeps the register of the young people (15-29) that a drop-in meeting
place follows, who neither work nor study: contacts, action plans, enrolments,
consents, follow-ups and the funder's reports, so that no one falls between the
chairs. The data stays in one local SQLite file, or, for a centre with several
PCs, in a shared PostgreSQL database. The user interface is in Swedish and
English.")
# dpkg-shlibdeps finds the libraries the program links (Qt Core/Gui/Widgets/Sql/PrintSupport/Charts, QtKeychain,
# libsodium, libxlsxwriter, libpq). Qt loads its SQL drivers as plugins, which it cannot see: QSQLITE for the
# register file, QPSQL for a shared database.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
# Qt's own Swedish texts (the text fields' context menus); Lotsen works without them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# pg_dump and pg_restore, only for `lotsen backup` of a shared database (and only on the PC that makes them).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-client")

# Windows: a fixed upgrade GUID so that a newer installer replaces an older one.
set(CPACK_WIX_UPGRADE_GUID "6C1F4E1A-2B7D-4C51-9A57-6F0C2E8B4D11")
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_SOURCE_DIR}/resources/icons/lotsen.ico)
set(CPACK_NSIS_DISPLAY_NAME "Lotsen")

if(WIN32)
    set(CPACK_GENERATOR "WIX")
    # windeployqt-based deployment of Qt's DLLs; qt_generate_deploy_app_script supports Windows in Qt 6.4.
    qt_generate_deploy_app_script(TARGET lotsen OUTPUT_SCRIPT LOTSEN_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${LOTSEN_DEPLOY_SCRIPT})
    # The other DLLs (QtKeychain, libsodium, libxlsxwriter, libpq and theirs), from the folders named here.
    set(LOTSEN_WINDOWS_DLL_DIRS "" CACHE STRING
        "Folders with the non-Qt DLLs lotsen.exe needs (e.g. vcpkg's installed/x64-windows/bin), for the installer")
    set(dll_dirs "")
    foreach(directory IN LISTS LOTSEN_WINDOWS_DLL_DIRS)
        file(TO_CMAKE_PATH "${directory}" directory)
        list(APPEND dll_dirs "${directory}")
    endforeach()
    get_filename_component(compiler_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
    find_program(LOTSEN_DUMPBIN dumpbin HINTS "${compiler_dir}")
    install(CODE "set(LOTSEN_EXECUTABLE \"$<TARGET_FILE:lotsen>\")
set(LOTSEN_WINDOWS_DLL_DIRS \"${dll_dirs}\")
set(LOTSEN_BIN_DIR bin)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL dumpbin)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND \"${LOTSEN_DUMPBIN}\")")
    install(SCRIPT ${CMAKE_SOURCE_DIR}/installer/WindowsRuntime.cmake)
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
