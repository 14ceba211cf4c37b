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
