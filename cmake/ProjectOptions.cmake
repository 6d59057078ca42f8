# Compiler settings every project target takes through mc_project_target().

set(MC_SANITIZE_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
# MC_BUILD_FUZZ: every project target gets libFuzzer's coverage instrumentation
# and the sanitizers; the fuzz executables link libFuzzer itself (tests/fuzz).
set(MC_FUZZ_FLAGS -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                  -fno-sanitize-recover=undefined -g -O1)

# MC_SHARED_LIBS (CMakeLists.txt): DEFINE_SYMBOL is cleared below so that the libraries'
# objects compile with the same command line either way.
if(MC_SHARED_LIBS)
  set(MC_LIBRARY_TYPE SHARED)
else()
  set(MC_LIBRARY_TYPE STATIC)
endif()

# mc_project_target(TARGET): warnings (errors with MC_WERROR) and sanitizers.
function(mc_project_target target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(MC_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(MC_SANITIZE)
    target_compile_options(${target} PRIVATE ${MC_SANITIZE_FLAGS})
    target_link_options(${target} PRIVATE ${MC_SANITIZE_FLAGS})
  endif()
  if(MC_BUILD_FUZZ)
    target_compile_options(${target} PRIVATE ${MC_FUZZ_FLAGS})
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
  # With Ninja, CMake 3.25 does not re-run automoc when a re-glob adds a file
  # in an incremental build (a new Q_OBJECT class then links without its
  # vtable). When the source list changed since the last configure, drop the
  # autogen timestamp so that the step runs again.
  get_target_property(target_sources ${target} SOURCES)
  set(sources_stamp ${CMAKE_CURRENT_BINARY_DIR}/${target}.sources)
  set(previous_sources "")
  if(EXISTS ${sources_stamp})
    file(READ ${sources_stamp} previous_sources)
  endif()
  if(NOT previous_sources STREQUAL "${target_sources}")
    file(WRITE ${sources_stamp} "${target_sources}")
    file(REMOVE ${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/timestamp)
  endif()
  get_target_property(target_type ${target} TYPE)
  if(target_type STREQUAL "SHARED_LIBRARY")
    set_target_properties(${target} PROPERTIES DEFINE_SYMBOL "")
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER)
endfunction()

# mc_glob_sources(OUT DIR): every .cpp/.h below DIR. Each area adds files by
# creating them; no shared list has to be edited.
function(mc_glob_sources out dir)
  file(GLOB_RECURSE files CONFIGURE_DEPENDS
       "${dir}/*.cpp" "${dir}/*.h" "${dir}/*.hpp")
  set(${out} ${files} PARENT_SCOPE)
endfunction()
