using Microsoft.Extensions.Logging;

namespace GraduateFair.Storage.FileSystem;

/// <summary>The reading side of blob files (writes are <see cref="BlobFileWriter"/>'s); each call runs on a <see cref="BlockingIoPool"/> thread or during recovery.</summary>
internal static class BlobFiles
{
    private const FileShare SharedAccess = FileShare.ReadWrite | FileShare.Delete;

    /// <summary>Reads a blob file's header and, for an append blob, measures its intact frames; null when there is no blob.</summary>
    public static BlobFileState? Load(string path, ILogger logger)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, SharedAccess, bufferSize: 0);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        using (file)
        {
            var fileLength = file.Length;
            Span<byte> start = stackalloc byte[BlobFileHeader.MaxLength];
            var read = file.ReadAtLeast(start, (int)Math.Min(start.Length, fileLength), throwOnEndOfStream: false);
            var header = BlobFileHeader.TryRead(start[..read], fileLength, path);
            if (header is null)
            {
                FileSystemBlobStoreLog.TruncatedHeader(logger);
                return null;
            }

            var lastModified = new DateTimeOffset(File.GetLastWriteTimeUtc(file.SafeFileHandle), TimeSpan.Zero);
            if (header.Kind == BlobKind.Block)
            {
                return new BlobFileState(header, fileLength - header.Length, fileLength, NeedsTruncate: false, lastModified);
            }

            file.Position = header.Length;
            using var buffered = new BufferedStream(file, 64 * 1024);
            var (validEnd, dataLength) = AppendFrames.Scan(buffered, header.Length, fileLength, output: null);
            if (validEnd < fileLength)
            {
                FileSystemBlobStoreLog.TornTail(logger, fileLength - validEnd);
            }

            return new BlobFileState(header, dataLength, validEnd, NeedsTruncate: validEnd < fileLength, lastModified);
        }
    }

    /// <summary>Reads a blob's whole content as described by its cached state.</summary>
    public static byte[] ReadContent(string path, BlobFileState state)
    {
        if (state.Length > Array.MaxLength)
        {
            throw new NotSupportedException($"The blob is {state.Length} bytes, too large to read into one buffer.");
        }

        var content = GC.AllocateUninitializedArray<byte>((int)state.Length);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, SharedAccess, bufferSize: 0);
        if (state.Kind == BlobKind.Block)
        {
            for (var done = 0; done < content.Length;)
            {
                var read = RandomAccess.Read(file.SafeFileHandle, content.AsSpan(done), state.Header.Length + done);
                if (read == 0)
                {
                    throw new InvalidDataException($"'{path}' is shorter than the blob it held.");
                }

                done += read;
            }

            return content;
        }

        file.Position = state.Header.Length;
        using var buffered = new BufferedStream(file, 64 * 1024);
        var (validEnd, dataLength) = AppendFrames.Scan(buffered, state.Header.Length, state.ValidEnd, content);
        if (validEnd != state.ValidEnd || dataLength != state.Length)
        {
            throw new InvalidDataException($"'{path}' has a damaged append frame at offset {validEnd}.");
        }

        return content;
    }

    /// <summary>
    /// The file offset where an append blob's first <paramref name="logicalLength"/> bytes of data
    /// end, or null when no frame ends there. Reads only the frames' length fields, up to the
    /// blob's intact end (whose frames <see cref="Load"/> has checked).
    /// </summary>
    public static long? FrameBoundary(string path, BlobFileState state, long logicalLength)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, SharedAccess);
        Span<byte> frame = stackalloc byte[AppendFrames.Overhead];
        var offset = (long)state.Header.Length;
        long data = 0;
        while (data < logicalLength && offset + frame.Length <= state.ValidEnd)
        {
            if (RandomAccess.Read(handle, frame, offset) != frame.Length)
            {
                return null;
            }

            var length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(frame);
            data += length;
            offset += AppendFrames.Overhead + length;
        }

        return data == logicalLength ? offset : null;
    }

    /// <summary>Deletes temporary files left by interrupted writes and empty folders below <paramref name="folder"/>.</summary>
    /// <returns>How many temporary files were deleted.</returns>
    public static int CleanUp(string folder)
    {
        var removed = 0;
        var directory = new DirectoryInfo(folder);
        foreach (var child in directory.GetDirectories())
        {
            removed += CleanUp(child.FullName);
            if (!child.EnumerateFileSystemInfos().Any())
            {
                child.Delete();
            }
        }

        foreach (var temp in directory.GetFiles("*" + BlobFileLayout.TempSuffix))
        {
            temp.Delete();
            removed++;
        }

        return removed;
    }
}
