import "reflect-metadata";
import { loadConfig } from "../../config.js";
import { openDatabase } from "../client.js";
import { prepareDatabase } from "../bootstrap.js";

const config = loadConfig();
const database = await openDatabase(config.database);
await prepareDatabase(database);
await database.close();
process.stdout.write(`migrations applied (${config.database.kind})\n`);
