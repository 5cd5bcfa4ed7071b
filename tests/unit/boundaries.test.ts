import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rules that keep each runtime on its side: checked on snippets placed in each folder. */
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries', () => {
  it.each([
    ['shared/domain/x.ts', "import fs from 'node:fs';"],
    ['shared/domain/x.ts', "import { app } from 'electron';"],
    ['shared/domain/x.ts', "import React from 'react';"],
    ['shared/domain/x.ts', "import Button from '@mui/material/Button';"],
    ['shared/domain/x.ts', "import Database from 'better-sqlite3';"],
    ['renderer/features/x.tsx', "import fs from 'node:fs';"],
    ['renderer/features/x.tsx', "import { ipcRenderer } from 'electron';"],
    ['renderer/features/x.tsx', "import { createApp } from '../../electron/backend/app';"],
    ['electron/backend/x.ts', "import { app } from 'electron';"],
    ['electron/backend/features/marks/handlers.ts', "import { dialog } from 'electron';"],
  ])('%s may not %s', async (file, source) => {
    expect(await restricted(file, `${source}\nexport const used = 1;\n`)).toBe(true);
  });

  it.each([
    ['electron/main.ts', "import { app } from 'electron';"],
    ['electron/ipc.ts', "import { ipcMain } from 'electron';"],
    ['electron/backend/x.ts', "import fs from 'node:fs';"],
    ['renderer/features/x.tsx', "import Button from '@mui/material/Button';"],
    ['shared/domain/x.ts', "import { z } from 'zod';"],
  ])('%s may %s', async (file, source) => {
    expect(await restricted(file, `${source}\nexport const used = 1;\n`)).toBe(false);
  });
});
