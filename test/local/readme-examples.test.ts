// The ```ts examples of local/runtime/README.md run as written. Each block is type-checked as if it were
// a file at the repository root (the README's import convention: './local/runtime', './src/…'), with the
// project's tsconfig, and then run: transpiled to CommonJS, its body wrapped in an async function (the
// examples may use top-level await), and its './…' imports resolved from the repository root. The
// blocks check what they claim with node:assert, so a wrong claim fails here. Run after the build:
// blocks that load the add-on use dist/Code.js.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');
const README = path.join(ROOT, 'local', 'runtime', 'README.md');

interface Block {
  /** 1-based line of the README where the code starts. */
  line: number;
  code: string;
  /** Where the block is type-checked as if it were a file: the repository root. */
  fileName: string;
}

function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]!.trim() !== '```ts') continue;
    const start = index + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '```') end++;
    if (end === lines.length) throw new Error(`local/runtime/README.md: the \`\`\`ts block at line ${index + 1} is not closed`);
    blocks.push({
      line: start + 1,
      code: lines.slice(start, end).join('\n') + '\n',
      fileName: path.join(ROOT, `readme-example-line-${start + 1}.ts`),
    });
    index = end;
  }
  return blocks;
}

const blocks = codeBlocks(readFileSync(README, 'utf8'));

function importsOf(block: Block): string[] {
  const source = ts.createSourceFile(block.fileName, block.code, ts.ScriptTarget.Latest);
  return source.statements
    .filter(ts.isImportDeclaration)
    .map((statement) => (statement.moduleSpecifier as ts.StringLiteral).text)
    .concat([...block.code.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1] as string));
}

/** Type errors in the blocks, as `line N: message` of the README; one program for all of them. */
function typeErrors(): string[] {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const options = { ...ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options, noEmit: true };
  const virtual = new Map(blocks.map((block) => [path.normalize(block.fileName), block]));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) => {
    const block = virtual.get(path.normalize(fileName));
    return block ? ts.createSourceFile(fileName, block.code, language) : getSourceFile(fileName, language, ...rest);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => virtual.has(path.normalize(fileName)) || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => virtual.get(path.normalize(fileName))?.code ?? readFile(fileName);
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && virtual.has(path.normalize(diagnostic.file.fileName)))
    .map((diagnostic) => {
      const block = virtual.get(path.normalize(diagnostic.file!.fileName))!;
      const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      return `README line ${block.line + line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
}

/** './local/runtime' is the repository's local/runtime, as for a script at the root (jest's loader compiles the .ts). */
function requireFromRoot(specifier: string): unknown {
  return jest.requireActual(specifier.startsWith('.') ? path.resolve(ROOT, specifier) : specifier);
}

async function run(block: Block): Promise<void> {
  const { outputText } = ts.transpileModule(block.code, {
    fileName: block.fileName,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const body = new Function('require', 'exports', `return (async () => {\n${outputText}\n})();`) as (
    require: (specifier: string) => unknown,
    exports: object,
  ) => Promise<void>;
  await body(requireFromRoot, {});
}

describe('local/runtime/README.md: the examples', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it('imports as a script at the repository root would (./local/runtime, ./src/…, node: or a package)', () => {
    const wrong = blocks.flatMap((block) =>
      importsOf(block)
        .filter((specifier) => specifier.startsWith('../') || (specifier.startsWith('.') && !specifier.startsWith('./')))
        .map((specifier) => `README line ${block.line}: ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it('type-check against the runtime’s real API', () => {
    expect(typeErrors()).toEqual([]);
  });

  it.each(blocks.map((block) => [block.line, block] as const))('the block at line %d runs', async (_line, block) => {
    await run(block);
  });
});
