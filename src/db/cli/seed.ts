import "reflect-metadata";
import { loadConfig } from "../../config.js";
import { openDatabase } from "../client.js";
import { prepareDatabase } from "../bootstrap.js";
import { isDatabaseEmpty, seedDemoData } from "../../seed/demo.js";

const config = loadConfig();
const database = await openDatabase(config.database);
await prepareDatabase(database);
if (await isDatabaseEmpty(database)) {
  const summary = await seedDemoData(database, { now: new Date() });
  process.stdout.write(`seeded: ${JSON.stringify(summary)}\n`);
} else {
  process.stdout.write("the database already holds people: not seeding\n");
}
await database.close();
