# SPDX-License-Identifier: MIT
# Warning flags applied to every Cairn target through cairn_set_warnings().
function(cairn_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
  if(CAIRN_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
