# `cmake --install` layout (GNUInstallDirs) and the Debian package (`cpack -G DEB`).
# Included from the top-level CMakeLists.txt after app/ so that every target exists.
include(GNUInstallDirs)

set(EDGECIM_APP_ID org.edgecim.Studio)
set(EDGECIM_RESOURCES ${PROJECT_SOURCE_DIR}/resources)

install(TARGETS edgecim-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The MPI front end is optional (it exists only when MPI was found).
if(TARGET edgecim-mpi)
  install(TARGETS edgecim-mpi RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  # dpkg-shlibdeps finds libopenmpi3; mpirun itself comes with openmpi-bin.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS openmpi-bin)
endif()

if(EDGECIM_BUILD_GUI)
  install(TARGETS edgecim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  # Desktop menu entry, file type for *.edgecim.yaml presets, software-centre metadata.
  install(FILES ${EDGECIM_RESOURCES}/${EDGECIM_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${EDGECIM_RESOURCES}/${EDGECIM_APP_ID}.mime.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${EDGECIM_APP_ID}.xml)
  install(FILES ${EDGECIM_RESOURCES}/${EDGECIM_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  # PNGs are generated from the SVG by scripts/gen-icons.sh and committed.
  foreach(size 16 22 24 32 48 64 128 256)
    install(FILES ${EDGECIM_RESOURCES}/icons/hicolor/${size}x${size}/${EDGECIM_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
  install(FILES ${EDGECIM_RESOURCES}/icons/${EDGECIM_APP_ID}.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# The presets are compiled into the binaries (core/cmake/embed_presets.cmake), so the
# programs never read these files; they are installed for users to copy and edit, and
# to pass back with --config / open in the GUI.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/presets/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/edgecim/presets
        FILES_MATCHING PATTERN "*.yaml" PATTERN "*.md")
# Debian keeps a package's documents under its package name.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/edgecim-studio)
# Debian's machine-readable copyright file. The source is MIT, but edgecim and
# edgecim-cli link QCustomPlot (GPL-3.0-or-later), so those binaries, and the package
# that carries them, are GPL-3.0-or-later (README, section Licence). A build without the
# GUI links no QCustomPlot and is MIT throughout; the file says whichever is true.
# (No semicolons in these texts: CMake would read them as list separators.)
if(EDGECIM_BUILD_GUI)
  set(EDGECIM_COPYRIGHT_BINARIES
      "The programs edgecim and edgecim-cli in this package link QCustomPlot\n"
      " (Copyright 2011-2021 Emanuel Eichhammer, Debian package libqcustomplot2.1-qt6),\n"
      " which is licensed GPL-3.0-or-later. These two binaries, and so this package as\n"
      " distributed, are therefore under the GPL-3.0-or-later (below). The source code\n"
      " stays MIT. edgecim-mpi, when present, does not link QCustomPlot and is MIT.")
  file(READ ${PROJECT_SOURCE_DIR}/cmake/debian-copyright-gpl.txt EDGECIM_COPYRIGHT_GPL)
else()
  set(EDGECIM_COPYRIGHT_BINARIES
      "This build has no GUI: no program in it links QCustomPlot, and all of it is MIT.")
  set(EDGECIM_COPYRIGHT_GPL "")
endif()
string(JOIN "" EDGECIM_COPYRIGHT_BINARIES ${EDGECIM_COPYRIGHT_BINARIES})
set(EDGECIM_COPYRIGHT_CONTACT "The EdgeCIM Studio developers <edgecim@edgecim.org>")
configure_file(${PROJECT_SOURCE_DIR}/cmake/debian-copyright.in ${PROJECT_BINARY_DIR}/copyright @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/edgecim-studio)

# --- CPack: Debian package ---------------------------------------------------------
set(CPACK_PACKAGE_NAME edgecim-studio)
set(CPACK_PACKAGE_VENDOR "The EdgeCIM Studio developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The Maintainer field; a distributor sets their own with -DCPACK_PACKAGE_CONTACT=...
if(NOT CPACK_PACKAGE_CONTACT)
  set(CPACK_PACKAGE_CONTACT "The EdgeCIM Studio developers <edgecim@edgecim.org>")
endif()
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
# dpkg-shlibdeps (dpkg-dev) derives Depends from the linked libraries (Qt 6,
# QCustomPlot, yaml-cpp, libstdc++), so the list cannot drift from the build.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_PACKAGE_DESCRIPTION
    "EdgeCIM Studio simulates compute-in-memory accelerators running small language models: a Qt desktop application (edgecim) with live views of the pipeline, energy and roofline, and a headless command-line tool (edgecim-cli).")
include(CPack)
