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

# Texts people read also live in data files (station titles, labels, instructions, questions and
# their answer options). They are written out as N_("...") lines, with the file they came from,
# so xgettext extracts them like code.
file(GLOB asset_files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/assets/stations/*.toml)
list(SORT asset_files)
set(asset_texts "")
foreach(asset ${asset_files})
  file(STRINGS ${SOURCE_DIR}/${asset} asset_lines ENCODING UTF-8)
  foreach(line IN LISTS asset_lines)
    if(line MATCHES "^[ \t]*(title|label|instruction|text)[ \t]*=[ \t]*\"([^\"]*)\"")
      string(APPEND asset_texts "/* ${asset} */ N_(\"${CMAKE_MATCH_2}\");\n")
    elseif(line MATCHES "^[ \t]*options[ \t]*=")
      string(REGEX MATCHALL "\\[[ \t]*\"[^\"]*\"[ \t]*,[ \t]*\"[^\"]*\"[ \t]*\\]" pairs "${line}")
      foreach(pair IN LISTS pairs)
        string(REGEX REPLACE "^.*,[ \t]*\"([^\"]*)\".*$" "\\1" option_label "${pair}")
        string(APPEND asset_texts "/* ${asset} */ N_(\"${option_label}\");\n")
      endforeach()
    endif()
  endforeach()
endforeach()
set(asset_source ${OUTPUT}.assets.cpp)
file(WRITE ${asset_source} "${asset_texts}")
list(APPEND sources ${asset_source})
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
file(REMOVE ${file_list} ${asset_source})
if(NOT result EQUAL 0)
  message(FATAL_ERROR "xgettext failed (${result})")
endif()
