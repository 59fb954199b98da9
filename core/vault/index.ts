// A folder the reader owns: note files with a block Lede owns, a rolling backup, merging a folder back in (with
// deletions as tombstones), and the scheduled backup into the downloads folder where no folder can be chosen.
export { contentHash } from '../hash';
export { fencedBlock, updateNoteFile, type BlockUpdate } from './fenced-block';
export { articlesToImport, mergeByNewest, type MergeResult, type Tombstone } from './merge';
export { backupText, tombstonesOf } from './backup-text';
export {
  afterBackup,
  backupFiles,
  isBackupDue,
  nextBackupAt,
  normalizeBackupSchedule,
  BACKUP_DOWNLOADS_FOLDER,
  BACKUP_INTERVALS,
  DEFAULT_BACKUP_SCHEDULE,
  type BackupFile,
  type BackupInterval,
  type BackupSchedule,
} from './scheduled-backup';
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
