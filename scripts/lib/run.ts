// Runs a command with inherited output; resolves with its exit code.
import { spawn, type SpawnOptions } from "node:child_process";

export function run(
  command: string,
  args: string[],
  options: SpawnOptions = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export const bin = (name: string) => `node_modules/.bin/${name}`;
