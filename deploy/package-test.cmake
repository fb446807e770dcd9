# The package test (deploy/test-packages.sh): packages this build, installs both .debs into a
# fresh Debian 12 root and gets a rating from the packaged kiosk to the packaged server.
# It needs root and Debian's mirror; where either is missing, or in a sanitizer build, it
# reports itself skipped (exit 77).
add_test(NAME packages_debian12
         COMMAND ${CMAKE_CURRENT_LIST_DIR}/test-packages.sh --build ${CMAKE_BINARY_DIR})
set_tests_properties(packages_debian12 PROPERTIES
    LABELS packages
    SKIP_RETURN_CODE 77
    TIMEOUT 900)
