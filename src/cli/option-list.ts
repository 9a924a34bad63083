import type { Command, Option } from 'commander';
import { scorers } from '../index.js';

/** One option as the completion scripts and the man page show it, read from commander's own definition. */
export interface OptionSpec {
  short: string | undefined;
  long: string;
  /** Its value as --help names it (`N`, `FILE`); undefined for a flag. */
  value: string | undefined;
  /** Whether the value may be left out (`-k [N]`). */
  optionalValue: boolean;
  /** The values it takes, when there is a fixed list. */
  values: readonly string[] | undefined;
  /** Its value is a file name. */
  file: boolean;
  description: string;
  /** The default as --help shows it. */
  defaultValue: string | undefined;
}

/**
 * Every option of the program, in --help's order, with --help and --version: generated from the
 * same commander definitions as --help, so that the completion scripts and the man page list
 * exactly the options the command takes, whoever adds one.
 */
export function optionList(program: Command): OptionSpec[] {
  const help = program.createHelp();
  return help.visibleOptions(program).map((option) => spec(option, help.optionDescription(option)));
}

function spec(option: Option, described: string): OptionSpec {
  const value = /[<[]([^>\]]+)[>\]]/u.exec(option.flags)?.[1];
  const long = option.long ?? option.short ?? option.flags;
  const values = option.argChoices ?? (long === '--algorithm' ? scorers.map((s) => s.name) : undefined);
  return {
    short: option.short,
    long,
    value,
    optionalValue: option.optional,
    values,
    file: value === 'FILE',
    description: option.description,
    // Last in commander's parenthesis: "(choices: "a", "b", default: "a")".
    defaultValue: /\bdefault: (.*)\)$/u.exec(described)?.[1],
  };
}
