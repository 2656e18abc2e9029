/**
 * Reads a ZIP archive (a .vsix) with Node alone, so that tests need no `unzip` on the machine:
 * the central directory gives each entry's name and place, zlib inflates the stored data.
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const endOfCentralDirectory = 0x06054b50;
const centralEntry = 0x02014b50;

export function readZip(path: string): Map<string, Buffer> {
  const zip = readFileSync(path);
  // the end record sits in the last 22 bytes plus a comment of at most 64 KiB
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== endOfCentralDirectory) end--;
  if (end < 0) throw new Error(`${path} is not a ZIP archive`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== centralEntry) throw new Error(`${path}: broken central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + skip;
  }
  return files;
}
