# Debian packages hailong-server and hailong-kiosk (cpack -G DEB in the build folder).
include(GNUInstallDirs)

install(FILES ${CMAKE_CURRENT_LIST_DIR}/systemd/hailong-server.service
        DESTINATION lib/systemd/system COMPONENT server)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/systemd/hailong-server.default
        DESTINATION /etc/default RENAME hailong-server COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE
              ${CMAKE_CURRENT_LIST_DIR}/DEPLOY.md
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/hailong-server COMPONENT server)

install(FILES ${CMAKE_CURRENT_LIST_DIR}/kiosk/hailong-kiosk.service
        DESTINATION lib/systemd/system COMPONENT kiosk)
install(PROGRAMS ${CMAKE_CURRENT_LIST_DIR}/kiosk/hailong-kiosk-enrol
        DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT kiosk)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE
              ${CMAKE_CURRENT_LIST_DIR}/DEPLOY.md
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/hailong-kiosk COMPONENT kiosk)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hailong)
set(CPACK_PACKAGE_VENDOR "Hài Lòng")
set(CPACK_PACKAGE_CONTACT "Hài Lòng maintainers <hailong@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server kiosk)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_LICENSE GPL-3+)
set(CPACK_STRIP_FILES ON)
# Shared libraries are found by dpkg-shlibdeps; plugins and QML modules are named below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME hailong-server)
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "Hài Lòng server: ratings over HTTPS, satisfaction indicators, staff dashboard, reports")
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, fonts-noto-core, fonts-liberation2, adduser, openssl")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/debian/server/postinst;${CMAKE_CURRENT_LIST_DIR}/debian/server/prerm;${CMAKE_CURRENT_LIST_DIR}/debian/server/conffiles")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME hailong-kiosk)
set(CPACK_COMPONENT_KIOSK_DESCRIPTION
    "Hài Lòng kiosk: the citizen's one-tap satisfaction rating, fullscreen under cage")
# xwayland: Debian 12's cage 0.1.4 is built with Xwayland support and exits at start without
# the Xwayland binary, though the package does not depend on it. Xwayland itself only starts if
# an X client connects, which the kiosk (a Wayland client) never does.
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qml6-module-qtquick, qml6-module-qtquick-controls, \
qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtquick-templates, \
qml6-module-qtqml-workerscript, qml6-module-qtquick-virtualkeyboard, qt6-virtualkeyboard-plugin, \
qml6-module-qt-labs-folderlistmodel, qml6-module-qtmultimedia, qml6-module-qttexttospeech, \
qt6-wayland, libqt6svg6, fonts-noto-core, cage, xwayland, curl, openssl, adduser")
# Spoken prompts: Qt 6.4 plays sound through a PulseAudio server, which the kiosk user's
# session starts when one is installed; the speech-dispatcher voice is for language packs
# without recordings.
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS
    "pipewire-pulse, wireplumber, qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/debian/kiosk/postinst;${CMAKE_CURRENT_LIST_DIR}/debian/kiosk/prerm")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)

include(${CMAKE_CURRENT_LIST_DIR}/package-test.cmake)
