# SPDX-License-Identifier: Apache-2.0
# Shared compile settings and the helpers every target uses, so each folder's CMakeLists stays short.

# Strict Qt: no implicit QString->char*, no "signals/slots/emit" macros, fast string concatenation.
function(guardline_set_strict target)
  target_compile_definitions(${target} PRIVATE
    QT_NO_KEYWORDS QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH QT_DISABLE_DEPRECATED_UP_TO=0x060000)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter)
endfunction()

# guardline_add_library(NAME <target> ALIAS <Guardline::X> SOURCES ... LIBS ...)
function(guardline_add_library)
  cmake_parse_arguments(A "" "NAME;ALIAS" "SOURCES;LIBS;PRIVATE_LIBS" ${ARGN})
  add_library(${A_NAME} STATIC ${A_SOURCES})
  add_library(${A_ALIAS} ALIAS ${A_NAME})
  set_target_properties(${A_NAME} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  target_include_directories(${A_NAME} PUBLIC ${CMAKE_SOURCE_DIR}/src)
  target_link_libraries(${A_NAME} PUBLIC ${A_LIBS} PRIVATE ${A_PRIVATE_LIBS})
  guardline_set_strict(${A_NAME})
endfunction()

# guardline_add_test(NAME <name> SOURCES ... LIBS ... [GUI] [LABELS ...])
# GUI tests run each on an Xvfb of its own (tests/own-display.sh; QOpenGLWidget needs a real X server).
function(guardline_add_test)
  cmake_parse_arguments(A "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  if(A_GUI)
    # ASan builds: Mesa's driver stays loaded until LeakSanitizer's check at exit (the file says why).
    list(APPEND A_SOURCES ${CMAKE_SOURCE_DIR}/src/app/KeepGlDriverLoaded.cpp)
  endif()
  add_executable(${A_NAME} ${A_SOURCES})
  target_link_libraries(${A_NAME} PRIVATE Qt6::Test ${A_LIBS})
  guardline_set_strict(${A_NAME})
  target_compile_definitions(${A_NAME} PRIVATE
    GUARDLINE_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data"
    GUARDLINE_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    GUARDLINE_BINARY_DIR="${CMAKE_BINARY_DIR}")
  if(A_GUI)
    # Each GUI program on an X server of its own: on a shared display the other program's windows take
    # the input focus mid-test (tests/own-display.sh says how).
    add_test(NAME ${A_NAME} COMMAND bash ${CMAKE_SOURCE_DIR}/tests/own-display.sh $<TARGET_FILE:${A_NAME}>)
  else()
    add_test(NAME ${A_NAME} COMMAND ${A_NAME})
  endif()
  if(NOT A_TIMEOUT)
    set(A_TIMEOUT 300)
  endif()
  # Instrumented builds (preset asan) run the same tests 2-3 times slower: more time, same assertions.
  if(GUARDLINE_TEST_TIMEOUT_FACTOR GREATER 1)
    math(EXPR A_TIMEOUT "${A_TIMEOUT} * ${GUARDLINE_TEST_TIMEOUT_FACTOR}")
  endif()
  set(labels ${A_LABELS})
  if(A_NAME IN_LIST GUARDLINE_DATE_SENSITIVE_TESTS)
    list(APPEND labels dates)
  endif()
  if(A_GUI)
    list(APPEND labels gui)
  else()
    set_tests_properties(${A_NAME} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
  endif()
  set_tests_properties(${A_NAME} PROPERTIES TIMEOUT ${A_TIMEOUT} LABELS "${labels}")
endfunction()

# guardline_add_plugin(NAME <target> SOURCES ... LIBS ...): a connector plugin built against the SDK only,
# with a generated smoke test that loads, instantiates and tears it down.
function(guardline_add_plugin)
  cmake_parse_arguments(A "" "NAME" "SOURCES;LIBS" ${ARGN})
  add_library(${A_NAME} MODULE ${A_SOURCES})
  target_link_libraries(${A_NAME} PRIVATE Guardline::PluginSdk ${A_LIBS})
  guardline_set_strict(${A_NAME})
  set_target_properties(${A_NAME} PROPERTIES
    LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/plugins)
  install(TARGETS ${A_NAME} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/guardline/plugins)
  if(GUARDLINE_BUILD_TESTS)
    set(PLUGIN_FILE $<TARGET_FILE:${A_NAME}>)
    add_test(NAME plugin_smoke_${A_NAME}
             COMMAND tst_plugin_smoke $<TARGET_FILE:${A_NAME}>)
    set_tests_properties(plugin_smoke_${A_NAME} PROPERTIES
      ENVIRONMENT "QT_QPA_PLATFORM=offscreen" LABELS "plugin")
  endif()
endfunction()

# guardline_module_target(<out> <module> <kind>): the alias of a module's target, "Guardline::<Module><kind>"
# (guardline_module_target(t permits Logic) sets t to Guardline::PermitsLogic), for the logic and views targets.
function(guardline_module_target out module kind)
  string(SUBSTRING ${module} 0 1 first)
  string(TOUPPER ${first} first)
  string(SUBSTRING ${module} 1 -1 rest)
  set(${out} Guardline::${first}${rest}${kind} PARENT_SCOPE)
endfunction()
