/**
 * Blob, EncodingUtil and the deterministic parts of Crypto (digests, MACs, random numbers).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { apexError, nullPointer } from '../runtime/errors';
import { ApexBlob } from '../values/misc';
import { defineLibType, method } from './registry';

const BlobType = defineLibType('Blob');
const EncodingUtil = defineLibType('System.EncodingUtil', 'EncodingUtil');
const Crypto = defineLibType('System.Crypto', 'Crypto');

function req<V>(v: unknown): V {
    if (v === null || v === undefined) {
        throw nullPointer();
    }
    return v as V;
}

const blobOf = (bytes: Buffer | Uint8Array): ApexBlob => new ApexBlob(new Uint8Array(bytes));

method(BlobType, 'static Blob valueOf(String)', (_s, [text]) => ApexBlob.fromString(req<string>(text)));
method(BlobType, 'String toString()', (b: ApexBlob) => b.toUtf8());
method(BlobType, 'Integer size()', (b: ApexBlob) => b.bytes.length);

method(EncodingUtil, 'static String base64Encode(Blob)', (_s, [b]) =>
    Buffer.from(req<ApexBlob>(b).bytes).toString('base64')
);
method(EncodingUtil, 'static Blob base64Decode(String)', (_s, [text]) =>
    blobOf(Buffer.from(req<string>(text), 'base64'))
);
method(EncodingUtil, 'static String convertToHex(Blob)', (_s, [b]) =>
    Buffer.from(req<ApexBlob>(b).bytes).toString('hex')
);
method(EncodingUtil, 'static Blob convertFromHex(String)', (_s, [text]) =>
    blobOf(Buffer.from(req<string>(text), 'hex'))
);
/** Java URLEncoder: spaces become '+', and `*`, `-`, `.`, `_` stay as they are. */
method(EncodingUtil, 'static String urlEncode(String, String)', (_s, [text]) =>
    encodeURIComponent(req<string>(text))
        .replace(/%20/g, '+')
        .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
);
method(EncodingUtil, 'static String urlDecode(String, String)', (_s, [text]) =>
    decodeURIComponent(req<string>(text).replace(/\+/g, ' '))
);

const DIGESTS: Record<string, string> = {
    MD5: 'md5',
    SHA1: 'sha1',
    'SHA-256': 'sha256',
    SHA256: 'sha256',
    'SHA-512': 'sha512',
    SHA512: 'sha512'
};
const MACS: Record<string, string> = { HMACMD5: 'md5', HMACSHA1: 'sha1', HMACSHA256: 'sha256', HMACSHA512: 'sha512' };

method(Crypto, 'static Blob generateDigest(String, Blob)', (_s, [algorithm, input]) => {
    const name = DIGESTS[req<string>(algorithm).toUpperCase()];
    if (!name) {
        throw apexError('System.InvalidParameterValueException', `Invalid algorithm: ${algorithm as string}`);
    }
    return blobOf(createHash(name).update(req<ApexBlob>(input).bytes).digest());
});
method(Crypto, 'static Blob generateMac(String, Blob, Blob)', (_s, [algorithm, input, key]) => {
    const name = MACS[req<string>(algorithm).toUpperCase()];
    if (!name) {
        throw apexError('System.InvalidParameterValueException', `Invalid algorithm: ${algorithm as string}`);
    }
    return blobOf(createHmac(name, req<ApexBlob>(key).bytes).update(req<ApexBlob>(input).bytes).digest());
});
method(Crypto, 'static Integer getRandomInteger()', () => randomBytes(4).readInt32BE(0));
method(Crypto, 'static Long getRandomLong()', () => randomBytes(8).readBigInt64BE(0));
method(Crypto, 'static Blob generateAesKey(Integer)', (_s, [bits]) => blobOf(randomBytes(req<number>(bits) / 8)));
