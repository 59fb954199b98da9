// A folder the reader owns: note files with a block Lede owns, a rolling backup, and merging a folder back in.
export { contentHash } from '../hash';
export { fencedBlock, updateNoteFile, type BlockUpdate } from './fenced-block';
export { mergeByNewest, type MergeResult } from './merge';
export {
  backupProfile,
  noteFileName,
  readNewestBackups,
  writeVault,
  VAULT_FOLDER,
  type VaultDirectory,
  type VaultFileHandle,
  type VaultOptions,
  type VaultReport,
} from './write-vault';
