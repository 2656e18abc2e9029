/** What a CLI command returns, so that commands are testable without spawning a process. */
export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Wrong words on the command line: exit code 2 with the reason. */
export class UsageError extends Error {}
