// Prints Shared Key and service SAS signatures computed by the official @azure/storage-blob
// SDK for fixed requests. SharedKeySignerTests and ServiceSasTests hold these values as their
// known examples; run `node tests/node/print-known-signatures.mjs` to reproduce them.
import { StorageSharedKeyCredential, generateBlobSASQueryParameters, BlobSASPermissions, SASProtocol } from "@azure/storage-blob";

const account = "devstoreaccount1";
const key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
const credential = new StorageSharedKeyCredential(account, key);
const fixedDate = "Sat, 22 Nov 2025 05:00:00 GMT";
Date.prototype.toUTCString = () => fixedDate;

// The smallest request shape the SDK's StorageSharedKeyCredentialPolicy reads and writes.
function headerBag(initial) {
  const map = new Map(Object.entries(initial).map(([name, value]) => [name.toLowerCase(), { name, value: String(value) }]));
  return {
    get: (name) => map.get(name.toLowerCase())?.value,
    set: (name, value) => map.set(name.toLowerCase(), { name, value: String(value) }),
    headersArray: () => [...map.values()],
  };
}

function sign(method, url, headers, body) {
  const request = { method, url, body, headers: headerBag(headers) };
  const policy = credential.create({ sendRequest: async () => undefined }, {});
  policy.signRequest(request);
  return request.headers.get("authorization");
}

const put = sign(
  "PUT",
  "http://127.0.0.1:10000/devstoreaccount1/graduatefair/fairs/f-1/state.json",
  {
    "x-ms-version": "2025-01-05",
    "x-ms-blob-type": "BlockBlob",
    "x-ms-blob-content-type": "application/json",
    "x-ms-meta-writeid": "0123456789abcdef",
    "If-Match": "\"0x8DDE0B1C2D3E4F5\"",
  },
  "hello world");

const list = sign(
  "GET",
  "http://127.0.0.1:10000/devstoreaccount1/graduatefair?restype=container&comp=list&maxresults=2&prefix=fairs%2F&marker=2%21ab%2Fcd",
  { "x-ms-version": "2025-01-05" },
  undefined);

const sas = generateBlobSASQueryParameters(
  {
    containerName: "graduatefair",
    blobName: "resumes/g-1/resume.pdf",
    permissions: BlobSASPermissions.parse("r"),
    startsOn: new Date("2025-11-22T04:55:00Z"),
    expiresOn: new Date("2025-11-22T05:15:00Z"),
    protocol: SASProtocol.HttpsAndHttp,
    version: "2025-01-05",
    contentDisposition: "attachment; filename=\"__.pdf\"; filename*=UTF-8''%E7%AE%80%E5%8E%86.pdf",
  },
  credential);

console.log(JSON.stringify({ date: fixedDate, put, list, sasSignature: sas.signature, sas: sas.toString() }, null, 2));
