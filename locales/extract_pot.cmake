# Extracts every marked text of app/ and devices/ into a .pot (cmake -P, run by `update-pot`
# and by the test that checks the shipped .pot is current).
#   -DSOURCE_DIR=<repo> -DOUTPUT=<file.pot> -DXGETTEXT=<xgettext>
# Keywords: _("…") and tr("…") translate now; N_("…") marks a msgid the core returns;
# C_("context", "…") / ctr(…) disambiguate short words; ntr("één …", "… meer", n) is a plural.
foreach(var SOURCE_DIR OUTPUT XGETTEXT)
  if(NOT ${var})
    message(FATAL_ERROR "extract_pot.cmake needs -D${var}=...")
  endif()
endforeach()

file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
  ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.hpp ${SOURCE_DIR}/devices/*.cpp ${SOURCE_DIR}/devices/*.hpp)
list(SORT sources)  # stable order: the .pot only changes when texts change
set(file_list ${OUTPUT}.files)
string(REPLACE ";" "\n" lines "${sources}")
file(WRITE ${file_list} "${lines}\n")

execute_process(
  COMMAND ${XGETTEXT} --language=C++ --from-code=UTF-8 --files-from=${file_list}
          --keyword=_ --keyword=N_ --keyword=tr --keyword=C_:1c,2 --keyword=ctr:1c,2 --keyword=ntr:1,2
          --add-comments=TRANSLATORS: --add-location=file --sort-by-file --no-wrap
          --package-name=groepsconsult --msgid-bugs-address=groepsconsult@localhost
          --output=${OUTPUT}
  WORKING_DIRECTORY ${SOURCE_DIR}
  RESULT_VARIABLE result)
file(REMOVE ${file_list})
if(NOT result EQUAL 0)
  message(FATAL_ERROR "xgettext failed (${result})")
endif()
