# Runs at install time on Windows (install(SCRIPT), see Packaging.cmake), after Qt's deploy script: windeployqt
# copies Qt's own DLLs and plugins, but not the other libraries lotsen.exe links (QtKeychain, libsodium,
# libxlsxwriter, libpq and what they need in turn, such as zlib and OpenSSL). This copies every DLL that lotsen.exe
# needs from the folders in LOTSEN_WINDOWS_DLL_DIRS (e.g. vcpkg's installed\x64-windows\bin, PostgreSQL's bin) into
# the installed bin folder. Not run on Linux; written for Windows and not tested there (see README).
#   LOTSEN_EXECUTABLE        the built lotsen.exe
#   LOTSEN_WINDOWS_DLL_DIRS  the folders to take DLLs from
#   LOTSEN_BIN_DIR           the install prefix's bin folder, relative to CMAKE_INSTALL_PREFIX
if(NOT LOTSEN_WINDOWS_DLL_DIRS)
    message(WARNING "LOTSEN_WINDOWS_DLL_DIRS is empty: the libraries other than Qt's are not copied into the "
                    "installer, and lotsen.exe will not start on a PC that lacks them.")
    return()
endif()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${LOTSEN_EXECUTABLE}"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    DIRECTORIES ${LOTSEN_WINDOWS_DLL_DIRS}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-")
set(copied "")
foreach(library IN LISTS resolved)
    file(TO_CMAKE_PATH "${library}" library)
    foreach(directory IN LISTS LOTSEN_WINDOWS_DLL_DIRS)
        file(TO_CMAKE_PATH "${directory}" directory)
        string(TOLOWER "${library}" lowerLibrary)
        string(TOLOWER "${directory}/" lowerDirectory)
        string(FIND "${lowerLibrary}" "${lowerDirectory}" at)
        if(at EQUAL 0)
            list(APPEND copied "${library}")
            break()
        endif()
    endforeach()
endforeach()
if(copied)
    list(REMOVE_DUPLICATES copied)
    file(INSTALL ${copied} DESTINATION "${CMAKE_INSTALL_PREFIX}/${LOTSEN_BIN_DIR}")
endif()
foreach(name IN LISTS unresolved)
    message(STATUS "Not found in LOTSEN_WINDOWS_DLL_DIRS (expected from Windows or from Qt's deployment): ${name}")
endforeach()
