// Lists the uses of deprecated declarations that TypeScript reports in the given files
// (the strike-through an editor shows): a JSON array of {file, text, message}.
// Usage: node deprecations.cjs <file>...
const path = require('node:path');
const fs = require('node:fs');
const ts = require('typescript');

const files = process.argv.slice(2).map((file) => path.resolve(file));
const options = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
};
const service = ts.createLanguageService({
  getScriptFileNames: () => files,
  getScriptVersion: () => '1',
  getScriptSnapshot: (file) => (fs.existsSync(file) ? ts.ScriptSnapshot.fromString(fs.readFileSync(file, 'utf8')) : undefined),
  getCurrentDirectory: () => process.cwd(),
  getCompilationSettings: () => options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
});
const found = files.flatMap((file) =>
  service
    .getSuggestionDiagnostics(file)
    .filter((diagnostic) => diagnostic.reportsDeprecated)
    .map((diagnostic) => ({
      file: path.basename(file),
      text: diagnostic.file.text.slice(diagnostic.start, diagnostic.start + diagnostic.length),
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    })),
);
console.log(JSON.stringify(found));
