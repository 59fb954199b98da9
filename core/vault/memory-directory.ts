// An in-memory directory handle with the File System Access API's shape, for Node tests and benches.

class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export class MemoryDirectory {
  readonly files = new Map<string, string>();
  readonly dirs = new Map<string, MemoryDirectory>();
  /** Files written, for tests that check nothing is rewritten needlessly. */
  writes = 0;

  async getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<MemoryDirectory> {
    let d = this.dirs.get(name);
    if (!d) {
      if (!options?.create) throw new NotFoundError(name);
      this.dirs.set(name, (d = new MemoryDirectory()));
    }
    return d;
  }

  async getFileHandle(name: string, options?: { create?: boolean }) {
    if (!this.files.has(name)) {
      if (!options?.create) throw new NotFoundError(name);
      this.files.set(name, '');
    }
    return {
      getFile: async () => ({ text: async () => this.files.get(name) ?? '' }),
      createWritable: async () => {
        let buffer = '';
        return {
          write: async (data: string) => void (buffer += data),
          close: async () => {
            this.files.set(name, buffer);
            this.writes++;
          },
        };
      },
    };
  }

  async removeEntry(name: string): Promise<void> {
    if (!this.files.delete(name) && !this.dirs.delete(name)) throw new NotFoundError(name);
  }

  async *keys(): AsyncIterable<string> {
    yield* this.files.keys();
    yield* this.dirs.keys();
  }
}
