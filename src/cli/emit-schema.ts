import { writeFile } from "node:fs/promises";
import { printAppSchema } from "../schema.js";

const target = process.argv[2] ?? "schema/schema.graphql";
await writeFile(target, await printAppSchema());
process.stdout.write(`wrote ${target}\n`);
