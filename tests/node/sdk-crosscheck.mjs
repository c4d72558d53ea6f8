// Cross-checks our REST client's wire format with the official Azure Blob SDK.
// Reads the blobs our store wrote and writes blobs our store then reads.
// Environment: AZURE_STORAGE_CONNECTION_STRING, CONTAINER, BLOCK_BLOB, APPEND_BLOB, SDK_BLOCK_BLOB, SDK_APPEND_BLOB.
// Prints one JSON object on stdout.
import { BlobServiceClient } from "@azure/storage-blob";

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
};

const service = BlobServiceClient.fromConnectionString(env("AZURE_STORAGE_CONNECTION_STRING"));
const container = service.getContainerClient(env("CONTAINER"));

async function read(name) {
  const blob = container.getBlobClient(name);
  const properties = await blob.getProperties();
  const content = await blob.downloadToBuffer();
  return {
    content: content.toString("utf8"),
    contentType: properties.contentType,
    blobType: properties.blobType,
    etag: properties.etag,
    length: properties.contentLength,
  };
}

const block = await read(env("BLOCK_BLOB"));
const append = await read(env("APPEND_BLOB"));

const report = "fair,booths\nspring,12\n";
const written = await container.getBlockBlobClient(env("SDK_BLOCK_BLOB")).upload(report, Buffer.byteLength(report), {
  blobHTTPHeaders: { blobContentType: "text/csv; charset=utf-8" },
});

const journal = container.getAppendBlobClient(env("SDK_APPEND_BLOB"));
await journal.create();
await journal.appendBlock("{\"n\":1}\n", 8);
const appended = await journal.appendBlock("{\"n\":2}\n", 8);

console.log(JSON.stringify({
  block,
  append,
  sdkBlockETag: written.etag,
  sdkAppendETag: appended.etag,
}));
