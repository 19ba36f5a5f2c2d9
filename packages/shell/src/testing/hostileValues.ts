/**
 * Values that broke, or would break, a naive quoter; each named after the defect it pins.
 * `MARKER` is replaced with a path that must never be created.
 */
export const hostileValues: Readonly<Record<string, string>> = {
  empty_string_becomes_unset: '',
  single_quote_ends_quoting: "it's",
  double_quote_ends_quoting: 'say "hi"',
  dollar_expands_variable: '$HOME',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the point.
  dollar_brace_expands_variable: '${HOME}',
  command_substitution_runs: '$(touch MARKER)',
  backtick_substitution_runs: '`touch MARKER`',
  quote_breakout_runs_command: "'; touch MARKER; '",
  double_quote_breakout_runs_command: '"; touch MARKER; "',
  fish_paren_substitution_runs: '(touch MARKER)',
  pwsh_subexpression_runs: '$(New-Item MARKER)',
  backslash_is_eaten: 'a\\b\\\\c\\',
  trailing_backslash_escapes_quote: 'ends with \\',
  backslash_quote_pair: "\\'",
  newline_splits_statement: 'line1\nline2; touch MARKER',
  trailing_newline_is_dropped: 'value\n',
  carriage_return_hides_text: 'abc\rdef',
  tab_collapses: 'a\tb',
  escape_byte_reaches_terminal: '\x1b[31mred',
  delete_byte: 'a\x7fb',
  bell_and_backspace: '\x07\x08',
  ctlesc_byte_doubled_by_bash: 'a\x01b',
  non_ascii_mangled: 'é日本語🔑',
  pwsh_smart_quote_ends_string: 'a\u2019b\u2018c\u201ad\u201be',
  // PowerShell reads a program's output in the console's code page: these UTF-8 bytes become a
  // closing quote there (cp932: ā + e is ﾄ‘; cp1252: ł is Å‚), and the rest runs.
  utf8_read_as_cp932_ends_string: '\u0101e; New-Item MARKER; #',
  utf8_read_as_cp1252_ends_string: '\u0142; New-Item MARKER; #',
  astral_character_is_two_code_units: '\u{1f511}x',
  history_expansion_bang: '!!',
  glob_expands: '*',
  tilde_expands: '~',
  semicolon_and_ampersand: 'a; b & c | d',
  cmd_caret_and_redirects: '^&|<>',
  leading_dash_is_an_option: '-e',
  hex_digit_after_escape: '\x01F',
  equals_and_plus_like_aws_secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY+/=',
  spaces_only: '   ',
  brace_expansion: '{a,b}',
  fish_pua_internal_encoding: '\uf600\uf6ff',
};
