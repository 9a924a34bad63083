import type { Command } from 'commander';
import { optionList, type OptionSpec } from './option-list.js';
import type { CompletionShell } from './program.js';

/**
 * A completion script for `summarize`, generated from commander's option list when asked for.
 * Generated rather than made with tabtab or omelette: those add a dependency and a runtime hook
 * (the shell calls the tool back on every Tab, a Node start-up each time) and tabtab writes to the
 * user's shell start-up files; a generated script costs nothing at Tab time, and lists exactly
 * the options of this version, including any added later, without anyone keeping a list.
 */
export function completionScript(program: Command, shell: CompletionShell): string {
  const options = optionList(program);
  if (shell === 'bash') return bash(options);
  if (shell === 'zsh') return zsh(options);
  return fish(options);
}

const names = (o: OptionSpec): string[] => (o.short === undefined ? [o.long] : [o.short, o.long]);

function bash(options: OptionSpec[]): string {
  const cases = options
    .filter((o) => o.value !== undefined && !o.optionalValue)
    .map((o) => {
      const reply = o.values !== undefined ? `COMPREPLY=($(compgen -W '${o.values.join(' ')}' -- "$cur"))` : o.file ? 'compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur")' : 'COMPREPLY=()';
      return `    ${names(o).join('|')}) ${reply}; return ;;`;
    });
  return `# bash completion for summarize: summarize --completion bash
_summarize() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${cases.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W '${options.flatMap(names).join(' ')}' -- "$cur"))
    return
  fi
  # File names one a line, so that a name with spaces stays one.
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}
complete -F _summarize summarize
`;
}

/** Text for zsh's _arguments: its brackets, colons and quotes mean something there. */
function zshText(text: string): string {
  return text.replace(/'/gu, `'\\''`).replace(/([[\]:])/gu, '\\$1');
}

function zsh(options: OptionSpec[]): string {
  const specs = options.flatMap((o) => {
    const action = o.value === undefined ? '' : `${o.optionalValue ? '::' : ':'}${o.value.toLowerCase()}:${o.values !== undefined ? `(${o.values.join(' ')})` : o.file ? '_files' : ' '}`;
    return names(o).map((name) => `'${name}[${zshText(o.description)}]${action}'`);
  });
  return `#compdef summarize
# zsh completion for summarize: summarize --completion zsh > ~/.zfunc/_summarize
_arguments -s \\
  ${specs.join(' \\\n  ')} \\
  '*:file:_files'
`;
}

function fish(options: OptionSpec[]): string {
  const quote = (text: string): string => `'${text.replace(/\\/gu, '\\\\').replace(/'/gu, "\\'")}'`;
  const lines = options.map((o) => {
    const parts = ['complete -c summarize'];
    if (o.short !== undefined) parts.push(`-s ${o.short.slice(1)}`);
    parts.push(`-l ${o.long.slice(2)}`);
    if (o.value !== undefined && !o.optionalValue) parts.push(o.values !== undefined ? `-x -a ${quote(o.values.join(' '))}` : o.file ? '-r -F' : '-x');
    parts.push(`-d ${quote(o.description)}`);
    return parts.join(' ');
  });
  return `# fish completion for summarize: summarize --completion fish > ~/.config/fish/completions/summarize.fish\n${lines.join('\n')}\n`;
}
