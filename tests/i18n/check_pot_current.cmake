# Fails when locales/groepsconsult.pot differs from a fresh extraction (by msgctxt + msgid).
#   -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch dir> -DXGETTEXT=... -DMSGCOMM=...
set(fresh ${WORK_DIR}/fresh.pot)
set(diff ${WORK_DIR}/pot-difference.pot)
execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${SOURCE_DIR} -DOUTPUT=${fresh} -DXGETTEXT=${XGETTEXT}
                        -P ${SOURCE_DIR}/locales/extract_pot.cmake
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "extracting texts failed")
endif()
file(REMOVE ${diff})  # msgcomm writes nothing at all when there is no difference
# --unique keeps the messages found in only one of the two files: none when they agree.
execute_process(COMMAND ${MSGCOMM} --unique --no-location --no-wrap --omit-header --output-file=${diff}
                        ${SOURCE_DIR}/locales/groepsconsult.pot ${fresh}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "msgcomm failed")
endif()
if(EXISTS ${diff})
  file(READ ${diff} difference)
  string(REGEX MATCHALL "msgid \"[^\n]*" changed "${difference}")
  if(changed)
    string(REPLACE ";" "\n  " changed "${changed}")
    message(FATAL_ERROR "locales/groepsconsult.pot is out of date; these texts are new or gone:\n  ${changed}\n"
                        "Run: cmake --build <build> --target update-pot update-po, then translate.")
  endif()
endif()
message(STATUS "locales/groepsconsult.pot matches the code")
