// Refuses what would let the TypeScript consumers compile against a contract that does not describe the API:
// type casts (`x as T`, `<T>x`), `any`, and non-null assertions (`x!`). Reads every .ts file under src/ with the
// TypeScript parser, so strings and comments never count. Exit code 1 lists each place.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const root = new URL("..", import.meta.url).pathname;
const files = (function list(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? list(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []);
})(join(root, "src"));

const found = [];
for (const file of files) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    const what = ts.isAsExpression(node) ? "type cast (as)"
      : ts.isTypeAssertionExpression(node) ? "type cast (<T>)"
      : ts.isNonNullExpression(node) ? "non-null assertion (!)"
      : node.kind === ts.SyntaxKind.AnyKeyword ? "any"
      : null;
    if (what !== null) {
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(root, file)}:${line + 1}:${character + 1}: ${what}: ${node.getText().slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

if (found.length > 0) {
  console.error(`${found.length} cast(s), any or non-null assertion(s) in the client code:\n${found.join("\n")}`);
  process.exit(1);
}
console.log(`check-source: ${files.length} file(s), 0 casts, 0 any, 0 non-null assertions`);
