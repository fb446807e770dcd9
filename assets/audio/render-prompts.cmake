# Renders every prompt of prompts.tsv to WAV with espeak-ng, one folder per language:
#   cmake -DESPEAK=… -DPROMPTS=prompts.tsv -DOUT=dir -P render-prompts.cmake
# The words are those of the file, so what is heard is what prompts.tsv (and the screen) says.
file(STRINGS "${PROMPTS}" lines ENCODING UTF-8)
list(REMOVE_AT lines 0) # the header
file(MAKE_DIRECTORY "${OUT}/vi" "${OUT}/en")
foreach(line IN LISTS lines)
    if(line STREQUAL "")
        continue()
    endif()
    string(REPLACE "\t" ";" columns "${line}")
    list(LENGTH columns count)
    if(NOT count EQUAL 3)
        message(FATAL_ERROR "prompts.tsv: want id, vi and en separated by tabs: ${line}")
    endif()
    list(GET columns 0 id)
    list(GET columns 1 vi)
    list(GET columns 2 en)
    # -s 140: slower than espeak's default, for elderly listeners.
    foreach(pair IN ITEMS "vi|${vi}" "en|${en}")
        string(FIND "${pair}" "|" bar)
        string(SUBSTRING "${pair}" 0 ${bar} lang)
        math(EXPR start "${bar} + 1")
        string(SUBSTRING "${pair}" ${start} -1 text)
        execute_process(
            COMMAND "${ESPEAK}" -v ${lang} -s 140 -w "${OUT}/${lang}/${id}.wav" "${text}"
            RESULT_VARIABLE failed)
        if(failed)
            message(FATAL_ERROR "espeak-ng could not render ${id} (${lang})")
        endif()
    endforeach()
endforeach()
file(TOUCH "${OUT}/rendered.stamp")
