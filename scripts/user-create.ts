/** `npm run user:create -- --email … --password … --role admin [--name …]`; see lib/auth/user-create-command.ts. */
import { parseUserCreateArgs, runUserCreate } from "@/lib/auth/user-create-command";
import { dataDir, EnvError, getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";

async function main(): Promise<number> {
  try {
    const account = parseUserCreateArgs(process.argv.slice(2));
    const env = getEnv();
    const result = await runUserCreate(account, { env, dataDir: dataDir(env) });
    const how = result.via === "studio" ? " through the running studio" : "";
    console.log(
      `Created ${result.user.role} account ${result.user.email} (${result.user.name})${result.owner ? ", the studio's owner" : ""}${how}.`,
    );
    return 0;
  } catch (error) {
    if (isAppError(error) || error instanceof EnvError) {
      console.error(`user:create: ${error.message}`);
      return 1;
    }
    log.error("user:create failed", { error });
    return 1;
  }
}

main().then((code) => process.exit(code));
