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
# their answer options; questionnaire items, answers and scale ends; offers' days/times and cost). They are written out as N_("...") lines into a scratch copy named like
# the data file, found first through --directory, so xgettext extracts them like code and the
# .pot names the real data file as their source.
set(asset_dir ${OUTPUT}.assets)
file(REMOVE_RECURSE ${asset_dir})
file(GLOB asset_files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/assets/stations/*.toml
     ${SOURCE_DIR}/assets/questionnaires/*.toml ${SOURCE_DIR}/assets/offers/*.toml)
list(SORT asset_files)
foreach(asset ${asset_files})
  set(asset_texts "")
  file(STRINGS ${SOURCE_DIR}/${asset} asset_lines ENCODING UTF-8)
  foreach(line IN LISTS asset_lines)
    if(line MATCHES "^[ \t]*(title|label|instruction|text|low_label|high_label|when|cost)[ \t]*=[ \t]*\"([^\"]*)\"")
      string(APPEND asset_texts "/* ${asset} */ N_(\"${CMAKE_MATCH_2}\");\n")
    elseif(line MATCHES "^[ \t]*options[ \t]*=")
      # ["id", "label"] or ["id", "label", "pictogram"]: the label is the second string
      string(REGEX MATCHALL "\\[[ \t]*\"[^\"]*\"[ \t]*,[ \t]*\"[^\"]*\"[ \t]*(,[ \t]*\"[^\"]*\"[ \t]*)?\\]" pairs "${line}")
      foreach(pair IN LISTS pairs)
        string(REGEX REPLACE "^\\[[ \t]*\"[^\"]*\"[ \t]*,[ \t]*\"([^\"]*)\".*$" "\\1" option_label "${pair}")
        string(APPEND asset_texts "/* ${asset} */ N_(\"${option_label}\");\n")
      endforeach()
    endif()
  endforeach()
  file(WRITE ${asset_dir}/${asset} "${asset_texts}")
  list(APPEND sources ${asset})
endforeach()
set(file_list ${OUTPUT}.files)
string(REPLACE ";" "\n" lines "${sources}")
file(WRITE ${file_list} "${lines}\n")

execute_process(
  COMMAND ${XGETTEXT} --language=C++ --from-code=UTF-8 --files-from=${file_list}
          --keyword=_ --keyword=N_ --keyword=tr --keyword=C_:1c,2 --keyword=ctr:1c,2 --keyword=ntr:1,2
          --add-comments=TRANSLATORS: --add-location=file --sort-by-file --no-wrap
          --package-name=groepsconsult --msgid-bugs-address=groepsconsult@localhost
          --directory=${asset_dir} --directory=${SOURCE_DIR} --output=${OUTPUT}
  WORKING_DIRECTORY ${SOURCE_DIR}
  RESULT_VARIABLE result)
file(REMOVE ${file_list})
file(REMOVE_RECURSE ${asset_dir})
if(NOT result EQUAL 0)
  message(FATAL_ERROR "xgettext failed (${result})")
endif()
# Sources are UTF-8; say so, so msgmerge/msgcomm need not guess from the template placeholder.
file(READ ${OUTPUT} pot)
string(REPLACE "charset=CHARSET" "charset=UTF-8" pot "${pot}")
file(WRITE ${OUTPUT} "${pot}")
